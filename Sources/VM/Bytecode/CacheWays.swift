// Several receiver types per cached name: the ways of the method and attribute caches.

/// A site often sees instances of several classes — subclasses running a method of their common
/// base class, as the four task classes of pyperformance's richards do — so each name has
/// `CacheWays.count` entries, one per receiver type. A site that sees more types keeps the first
/// ones and lets the others take turns in the last entry.
enum CacheWays {
    static let count = 4
}

/// A cache entry that answers for one receiver type while it is current.
protocol TypeKeyedCacheEntry {
    var type: UnsafeRawPointer? { get }
    var isCurrent: Bool { get }
}

extension UnsafeMutablePointer where Pointee: TypeKeyedCacheEntry {
    /// The entry of these ways that answers for `type`, if any (it may be stale).
    @inline(__always)
    func way(for type: UnsafeRawPointer) -> UnsafeMutablePointer<Pointee>? {
        for index in 0..<CacheWays.count where self[index].type == type { return self + index }
        return nil
    }

    /// The entry to fill for `type`: the one already answering for it, else the first empty or
    /// stale one, else the last.
    func wayToFill(for type: UnsafeRawPointer?) -> UnsafeMutablePointer<Pointee> {
        if let type, let existing = way(for: type) { return existing }
        for index in 0..<CacheWays.count where self[index].type == nil || !self[index].isCurrent { return self + index }
        return self + (CacheWays.count - 1)
    }
}
