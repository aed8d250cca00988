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

    /// The entry for (`type`, `name`), to read or to fill. Names must be interned, so that an
    /// address names one text for the life of the process.
    @inline(__always)
    static func entry(type: PyType, name: PyStr) -> UnsafeMutablePointer<Entry> {
        let typeAddress = UInt(bitPattern: Unmanaged.passUnretained(type).toOpaque())
        let nameAddress = UInt(bitPattern: Unmanaged.passUnretained(name).toOpaque())
        let slot = Int(truncatingIfNeeded: ((typeAddress >> 4) &* 31 ^ (nameAddress >> 4)) & UInt(size - 1))
        return entries + slot
    }
}
