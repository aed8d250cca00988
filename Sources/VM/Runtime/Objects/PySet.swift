// set and frozenset, with CPython 3.11's table, probing and resizing so iteration order matches.

public final class PySet: PyObject {
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?
    /// CPython's `setentry`: a key and its hash side by side, so that a set's table is one
    /// allocation.
    struct Entry {
        var key: Value
        var hash: Int
    }

    /// CPython's table; empty slots hold `.null`, deleted ones `PySet.dummy`.
    private var table: [Entry]
    /// Active plus dummy slots.
    private var fill = 0
    public private(set) var count = 0
    public private(set) var version = 0

    static let dummy = Value(bits: 0xFFFD_0000_0000_0001)
    private static let minimumSize = 8
    private static let linearProbes = 9
    private static let perturbShift = 5

    /// Empty tables of up to 1024 slots by size (index: log2 of the size), shared until first
    /// written: a new table is then one copy of a prebuilt one. `Array(repeating:count:)`
    /// allocates through an entry point of the standard library that is not specialized and
    /// looks up the array type's metadata on every call (docs/internals.md).
    private static var emptyTables: [[Entry]] = Array(repeating: [], count: 11)

    private static func emptyTable(size: Int) -> [Entry] {
        let slot = size.trailingZeroBitCount
        guard slot < emptyTables.count else { return [Entry](repeating: Entry(key: .null, hash: 0), count: size) }
        if emptyTables[slot].isEmpty { emptyTables[slot] = [Entry](repeating: Entry(key: .null, hash: 0), count: size) }
        return emptyTables[slot]
    }

    public init(type: PyType) {
        table = PySet.emptyTable(size: PySet.minimumSize)
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        for entry in table where entry.key.isObject { marker.mark(entry.key) }
        if let attributes { marker.mark(attributes) }
    }

    var mask: Int { table.count - 1 }

    private static func isElement(_ key: Value) -> Bool { !key.isNull && key != PySet.dummy }

    /// The elements in table order, which is the order Python iterates them.
    public var elements: [Value] {
        var elements: [Value] = []
        elements.reserveCapacity(count)
        for entry in table where PySet.isElement(entry.key) { elements.append(entry.key) }
        return elements
    }

    /// Calls `body` with each element and its hash, in table order.
    public func forEachElement<E: Error>(_ body: (_ key: Value, _ hash: Int) throws(E) -> Void) throws(E) {
        for entry in table where PySet.isElement(entry.key) { try body(entry.key, entry.hash) }
    }

    /// The slot of the first element in table order, which iteration would yield first.
    var firstElementSlot: Int? { table.firstIndex { PySet.isElement($0.key) } }

    func element(at slot: Int) -> Value { table[slot].key }

    /// Slot holding an element equal to the key, following `set_add_entry`'s probe sequence.
    func find<E: Error>(hash: Int, _ matches: (Value) throws(E) -> Bool) throws(E) -> Int? {
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while true {
            var probes = slot + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var current = slot
            while true {
                let entry = table[current]
                if entry.key.isNull && entry.hash == 0 { return nil }
                if entry.hash == hash && PySet.isElement(entry.key), try matches(entry.key) { return current }
                if probes == 0 { break }
                probes -= 1
                current += 1
            }
            perturb >>= UInt(PySet.perturbShift)
            slot = (slot &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }

    /// `set_add_entry`: returns false when an equal element was already present.
    @discardableResult
    func add<E: Error>(_ key: Value, hash: Int, _ matches: (Value) throws(E) -> Bool) throws(E) -> Bool {
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        var freeSlot: Int?
        while true {
            var probes = slot + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var current = slot
            while true {
                let existing = table[current]
                if existing.key.isNull && existing.hash == 0 {
                    if let freeSlot {
                        table[freeSlot] = Entry(key: key, hash: hash)
                        count += 1
                        version &+= 1
                        return true
                    }
                    table[current] = Entry(key: key, hash: hash)
                    fill += 1
                    count += 1
                    version &+= 1
                    if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                    return true
                }
                if existing.key == PySet.dummy {
                    // CPython 3.11 reuses the last dummy on the probe path, not the first.
                    freeSlot = current
                } else if existing.hash == hash, try matches(existing.key) {
                    return false
                }
                if probes == 0 { break }
                probes -= 1
                current += 1
            }
            perturb >>= UInt(PySet.perturbShift)
            slot = (slot &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }

    public func remove(slot: Int) {
        table[slot] = Entry(key: PySet.dummy, hash: -1)
        count -= 1
        version &+= 1
    }

    public func removeAll() {
        table = PySet.emptyTable(size: PySet.minimumSize)
        fill = 0
        count = 0
        version &+= 1
    }

    /// `set_swap_bodies` with a set that is dropped afterwards: takes its table as it is.
    func replaceTable(with other: PySet) {
        table = other.table
        fill = other.fill
        count = other.count
        version &+= 1
    }

    /// `set_merge` with another set's entries, including its fast paths that keep the other
    /// table's layout.
    func merge<E: Error>(_ other: PySet, _ equal: (Value, Value) throws(E) -> Bool) throws(E) {
        guard other.count > 0 else { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            fill = other.fill
            count = other.count
            version &+= 1
            return
        }
        if fill == 0 {
            fill = other.count
            count = other.count
            other.forEachElement { key, hash in insertClean(key, hash: hash) }
            version &+= 1
            return
        }
        try other.forEachElement { (key, hash) throws(E) in
            try add(key, hash: hash) { (candidate: Value) throws(E) -> Bool in try equal(candidate, key) }
        }
    }

    /// The end of `set_difference_update_internal`: a table that is more than a quarter dummies
    /// is rebuilt without them.
    func shedDummies() {
        if fill - count > mask / 4 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
    }

    private func resize(minimumUsed: Int) {
        var size = PySet.minimumSize
        while size <= minimumUsed { size <<= 1 }
        // `set_table_resize` leaves a minimum-size table without dummies as it is.
        if size == PySet.minimumSize && table.count == size && fill == count { return }
        let old = table
        table = PySet.emptyTable(size: size)
        fill = count
        for entry in old where PySet.isElement(entry.key) { insertClean(entry.key, hash: entry.hash) }
    }

    /// `set_insert_clean`: places a key known to be absent into a table without dummies.
    private func insertClean(_ key: Value, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while true {
            let probes = slot + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            for candidate in slot...slot + probes where table[candidate].key.isNull {
                table[candidate] = Entry(key: key, hash: hash)
                return
            }
            perturb >>= UInt(PySet.perturbShift)
            slot = (slot &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }
}
