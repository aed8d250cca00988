// Insertion-ordered hash map with a separate open-addressing index, the layout CPython uses.

public final class PyDict: PyObject {
    /// One entry of the table: key, value and the key's hash side by side, so that a lookup
    /// touches one cache line and a dict owns one array of entries instead of three.
    struct Entry {
        var key: Value
        var value: Value
        var hash: Int
    }

    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?
    /// Entries in insertion order; a deleted entry keeps its place with a `.null` key.
    private var table: [Entry] = []
    /// Open-addressing table of entry indices: `emptySlot`, `deletedSlot` or an index into the entries.
    private var index: [Int32] = []
    public private(set) var count = 0
    /// Renewed on every change and unique across all dicts (like CPython's `ma_version_tag`), so
    /// an unchanged version means the same dict with the same contents: the interpreter's global
    /// caches trust the value they saw while it holds.
    public private(set) var version = 0
    private static var lastVersion = 0
    /// A copy of `version` outside the object, so that the hot loop can read a globals dict's
    /// version through a raw pointer without touching a reference count. Made on first request:
    /// most dicts (instance attributes, literals, keyword arguments) never serve as globals, and
    /// the cell was one of the five allocations that made an instance of a Python class.
    public private(set) var sharedVersionCell: UnsafeMutablePointer<Int>?
    public var versionCell: UnsafeMutablePointer<Int> {
        @inline(__always) get {
            if let sharedVersionCell { return sharedVersionCell }
            return makeVersionCell()
        }
    }

    @inline(never)
    private func makeVersionCell() -> UnsafeMutablePointer<Int> {
        let cell = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        cell.initialize(to: version)
        sharedVersionCell = cell
        return cell
    }

    private static let emptySlot: Int32 = -1
    private static let deletedSlot: Int32 = -2

    public override func traverse(_ marker: inout Marker) {
        // Element by element: passing the array itself would retain and release it.
        for position in 0..<table.count {
            marker.mark(table[position].key)
            marker.mark(table[position].value)
        }
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
                if table[position].hash == hash, try matches(table[position].key) { return position }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(mask))) & mask
        }
    }

    public override init(type: PyType?) {
        super.init(type: type)
        renewVersion()
    }

    deinit {
        sharedVersionCell?.deallocate()
    }

    /// Whether this is a class's attribute dict, whose changes invalidate the attribute cache.
    var belongsToType = false {
        didSet { AttributeCache.invalidateAll() }
    }

    private func renewVersion() {
        PyDict.lastVersion &+= 1
        version = PyDict.lastVersion
        sharedVersionCell?.pointee = version
        if belongsToType { AttributeCache.invalidateAll() }
    }

    /// Finds a `str` key without needing the VM: attribute and keyword lookups.
    public func lookupString(_ key: PyStr) -> Value? {
        position(ofString: key).map { table[$0].value }
    }

    /// The entry position of a `str` key, valid until `version` changes.
    public func position(ofString key: PyStr) -> Int? {
        let keyValue = Value(key)
        return findEntry(hash: key.hash) { (candidate: Value) -> Bool in
            candidate == keyValue || (candidate.as(PyStr.self)?.hasSameText(as: key) == true)
        }
    }

    public func value(at position: Int) -> Value { table[position].value }

    /// Whether some key has this hash: false proves a key with that hash is absent.
    @inline(__always)
    func mayHoldKey(withHash hash: Int) -> Bool {
        findEntry(hash: hash) { (_: Value) -> Bool in true } != nil
    }

    /// The value at `position` if the key there has exactly these bits (an interned name).
    @inline(__always)
    func value(at position: Int, ifKeyIs key: UInt64) -> Value? {
        position < table.count && table[position].key.bits == key ? table[position].value : nil
    }

    /// Replaces the value at `position` if the key there has exactly these bits.
    @inline(__always)
    func setValue(_ value: Value, at position: Int, ifKeyIs key: UInt64) -> Bool {
        guard position < table.count && table[position].key.bits == key else { return false }
        setValue(value, at: position)
        return true
    }

    /// Appends a str key (given by its bits) when the dict holds exactly `position` entries and no
    /// key with this hash: instances of one class gain their attributes in the same order, so an
    /// attribute store cache can add them where the previous instance had them.
    @inline(__always)
    func appendIfAbsent(_ value: Value, at position: Int, key: UInt64, hash: Int) -> Bool {
        guard position == table.count, !mayHoldKey(withHash: hash) else { return false }
        insertNew(key: Value(bits: key), hash: hash, value: value)
        return true
    }

    /// Makes room for `capacity` entries at once, so that filling the dict does not regrow it.
    public func reserveCapacity(_ capacity: Int) {
        table.reserveCapacity(capacity)
        if index.isEmpty && capacity > 0 { rebuildIndex(minimumCount: capacity) }
    }

    public func key(at position: Int) -> Value { table[position].key }
    /// Number of entry positions, live or deleted, for iteration with `isLive`.
    public var entryCount: Int { table.count }
    public func isLive(_ position: Int) -> Bool { !table[position].key.isNull }

    public func setValue(_ value: Value, at position: Int) {
        table[position].value = value
        renewVersion()
    }

    /// Appends a key known to be absent.
    public func insertNew(key: Value, hash: Int, value: Value) {
        if (table.count + 1) * 3 >= index.count * 2 { rebuildIndex(minimumCount: count + 1) }
        table.append(Entry(key: key, value: value, hash: hash))
        placeInIndex(entry: table.count - 1, hash: hash)
        count += 1
        renewVersion()
    }

    public func remove(at position: Int) {
        let hash = table[position].hash
        let mask = index.count - 1
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while index[slot] != Int32(position) {
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(mask))) & mask
        }
        index[slot] = PyDict.deletedSlot
        table[position].key = .null
        table[position].value = .null
        count -= 1
        renewVersion()
        if count == 0 {
            removeAll()
        }
    }

    public func removeAll() {
        table.removeAll()
        index.removeAll()
        count = 0
        renewVersion()
    }

    /// The live (key, value) pairs in insertion order.
    public var entries: [(key: Value, value: Value)] {
        var result: [(key: Value, value: Value)] = []
        result.reserveCapacity(count)
        for entry in table where !entry.key.isNull {
            result.append((entry.key, entry.value))
        }
        return result
    }

    public var hashesInOrder: [Int] {
        table.filter { !$0.key.isNull }.map(\.hash)
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
        if count != table.count {
            table.removeAll { $0.key.isNull }
        }
        var size = 8
        while size * 2 <= minimumCount * 3 { size <<= 1 }
        index = [Int32](repeating: PyDict.emptySlot, count: size)
        for position in 0..<table.count { placeInIndex(entry: position, hash: table[position].hash) }
    }
}
