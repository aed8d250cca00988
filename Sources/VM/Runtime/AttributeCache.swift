// A process-wide cache of class attribute lookups along the MRO, like CPython's type cache.

/// Looking an attribute up on a class walks its MRO and probes each class's dict; the same
/// (class, name) pairs recur constantly (`__init__`, `__setattr__`, methods). The cache maps a
/// pair to what the walk found. Any change to any class's dict renews the epoch, which makes
/// every entry stale at once: class dicts rarely change once a program runs.
enum AttributeCache {
    struct Entry {
        var type: UnsafeRawPointer?
        var name: UnsafeRawPointer?
        var epoch = 0
        /// What the walk found; `.null` when the name is on no class of the MRO.
        var value = Value.null
    }

    private static let size = 4096
    private static let entries: UnsafeMutablePointer<Entry> = {
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: size)
        entries.initialize(repeating: Entry(), count: size)
        return entries
    }()
    /// Starts at 1 so that empty entries (epoch 0) never match.
    private(set) static var epoch = 1

    static func invalidateAll() { epoch &+= 1 }

    /// What `name` resolves to along `type`'s MRO: from the cache, or from `walk`, whose answer
    /// is then cached. Names must be interned, so that an address names one text for the life
    /// of the process.
    @inline(__always)
    static func lookup(_ type: PyType, _ name: PyStr, walk: () -> Value?) -> Value? {
        let typeAddress = type.address
        let nameAddress = name.address
        let slot = Int(truncatingIfNeeded: ((UInt(bitPattern: typeAddress) >> 4) &* 31 ^ (UInt(bitPattern: nameAddress) >> 4)) & UInt(size - 1))
        let entry = entries + slot
        if entry.pointee.type == typeAddress && entry.pointee.name == nameAddress && entry.pointee.epoch == epoch {
            let value = entry.pointee.value
            return value.isNull ? nil : value
        }
        let found = walk()
        entry.pointee = Entry(type: typeAddress, name: nameAddress, epoch: epoch, value: found ?? .null)
        return found
    }
}
