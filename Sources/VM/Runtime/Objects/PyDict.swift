// Insertion-ordered hash map with a separate open-addressing index, the layout CPython uses.

public final class PyDict: PyObject {
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?
    /// Entries in insertion order; a deleted entry keeps its place with a `.null` key.
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private var hashes: [Int] = []
    /// Open-addressing table of entry indices: `emptySlot`, `deletedSlot` or an index into the entries.
    private var index: [Int32] = []
    public private(set) var count = 0
    /// Renewed on every change and unique across all dicts (like CPython's `ma_version_tag`), so
    /// an unchanged version means the same dict with the same contents: the interpreter's global
    /// caches trust the value they saw while it holds. It lives outside the object so the hot
    /// loop can read it through a raw pointer, without touching a reference count.
    public let versionCell: UnsafeMutablePointer<Int> = .allocate(capacity: 1)
    @inline(__always) public var version: Int { versionCell.pointee }
    private static var lastVersion = 0

    private static let emptySlot: Int32 = -1
    private static let deletedSlot: Int32 = -2

    public override func traverse(_ marker: inout Marker) {
        marker.mark(keys)
        marker.mark(values)
        if let attributes { marker.mark(attributes) }
    }

    /// Finds the entry for a key with `hash` that `matches` accepts.
    @inline(__always)
    func findEntry<E: Error>(hash: Int, _ matches: (Value) throws(E) -> Bool) throws(E) -> Int? {
        guard !index.isEmpty else { return nil }
        let mask = index.count - 1
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while true {
            let entry = index[slot]
            if entry == PyDict.emptySlot { return nil }
            if entry >= 0 {
                let position = Int(entry)
                if hashes[position] == hash, try matches(keys[position]) { return position }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(mask))) & mask
        }
    }

    public override init(type: PyType?) {
        versionCell.initialize(to: 0)
        super.init(type: type)
        renewVersion()
    }

    deinit {
        versionCell.deallocate()
    }

    /// Whether this is a class's attribute dict, whose changes invalidate the attribute cache.
    var belongsToType = false {
        didSet { AttributeCache.invalidateAll() }
    }

    private func renewVersion() {
        PyDict.lastVersion &+= 1
        versionCell.pointee = PyDict.lastVersion
        if belongsToType { AttributeCache.invalidateAll() }
    }

    /// Finds a `str` key without needing the VM: attribute and keyword lookups.
    public func lookupString(_ key: PyStr) -> Value? {
        position(ofString: key).map { values[$0] }
    }

    /// The entry position of a `str` key, valid until `version` changes.
    public func position(ofString key: PyStr) -> Int? {
        let keyValue = Value(key)
        return findEntry(hash: key.hash) { (candidate: Value) -> Bool in
            candidate == keyValue || (candidate.as(PyStr.self)?.hasSameText(as: key) == true)
        }
    }

    public func value(at position: Int) -> Value { values[position] }

    /// Whether some key has this hash: false proves a key with that hash is absent.
    @inline(__always)
    func mayHoldKey(withHash hash: Int) -> Bool {
        findEntry(hash: hash) { (_: Value) -> Bool in true } != nil
    }

    /// The value at `position` if the key there has exactly these bits (an interned name).
    @inline(__always)
    func value(at position: Int, ifKeyIs key: UInt64) -> Value? {
        position < keys.count && keys[position].bits == key ? values[position] : nil
    }

    /// Replaces the value at `position` if the key there has exactly these bits.
    @inline(__always)
    func setValue(_ value: Value, at position: Int, ifKeyIs key: UInt64) -> Bool {
        guard position < keys.count && keys[position].bits == key else { return false }
        setValue(value, at: position)
        return true
    }
    public func key(at position: Int) -> Value { keys[position] }
    /// Number of entry positions, live or deleted, for iteration with `isLive`.
    public var entryCount: Int { keys.count }
    public func isLive(_ position: Int) -> Bool { !keys[position].isNull }

    public func setValue(_ value: Value, at position: Int) {
        values[position] = value
        renewVersion()
    }

    /// Appends a key known to be absent.
    public func insertNew(key: Value, hash: Int, value: Value) {
        if (keys.count + 1) * 3 >= index.count * 2 { rebuildIndex(minimumCount: count + 1) }
        keys.append(key)
        values.append(value)
        hashes.append(hash)
        placeInIndex(entry: keys.count - 1, hash: hash)
        count += 1
        renewVersion()
    }

    public func remove(at position: Int) {
        let hash = hashes[position]
        let mask = index.count - 1
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while index[slot] != Int32(position) {
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(mask))) & mask
        }
        index[slot] = PyDict.deletedSlot
        keys[position] = .null
        values[position] = .null
        count -= 1
        renewVersion()
        if count == 0 {
            removeAll()
        }
    }

    public func removeAll() {
        keys.removeAll()
        values.removeAll()
        hashes.removeAll()
        index.removeAll()
        count = 0
        renewVersion()
    }

    /// The live (key, value) pairs in insertion order.
    public var entries: [(key: Value, value: Value)] {
        var result: [(key: Value, value: Value)] = []
        result.reserveCapacity(count)
        for position in 0..<keys.count where !keys[position].isNull {
            result.append((keys[position], values[position]))
        }
        return result
    }

    public var hashesInOrder: [Int] {
        (0..<keys.count).filter { !keys[$0].isNull }.map { hashes[$0] }
    }

    private func placeInIndex(entry: Int, hash: Int) {
        let mask = index.count - 1
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while index[slot] >= 0 {
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(mask))) & mask
        }
        index[slot] = Int32(entry)
    }

    /// Drops deleted entries and sizes the index for `minimumCount` live entries.
    private func rebuildIndex(minimumCount: Int) {
        if count != keys.count {
            var live = 0
            for position in 0..<keys.count where !keys[position].isNull {
                keys[live] = keys[position]
                values[live] = values[position]
                hashes[live] = hashes[position]
                live += 1
            }
            keys.removeLast(keys.count - live)
            values.removeLast(values.count - live)
            hashes.removeLast(hashes.count - live)
        }
        var size = 8
        while size * 2 <= minimumCount * 3 { size <<= 1 }
        index = [Int32](repeating: PyDict.emptySlot, count: size)
        for position in 0..<keys.count { placeInIndex(entry: position, hash: hashes[position]) }
    }
}
