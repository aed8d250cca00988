// set and frozenset, with CPython 3.11's table, probing and resizing so iteration order matches.

public final class PySet: PyObject {
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?
    /// CPython's `setentry` table; empty slots hold `.null`, deleted ones `PySet.dummy`.
    private(set) var tableKeys: [Value]
    private(set) var tableHashes: [Int]
    /// Active plus dummy slots.
    private var fill = 0
    public private(set) var count = 0
    public private(set) var version = 0

    static let dummy = Value(bits: 0xFFFD_0000_0000_0001)
    private static let minimumSize = 8
    private static let linearProbes = 9
    private static let perturbShift = 5

    public init(type: PyType) {
        tableKeys = [Value](repeating: .null, count: PySet.minimumSize)
        tableHashes = [Int](repeating: 0, count: PySet.minimumSize)
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        for key in tableKeys where key.isObject { marker.mark(key) }
        if let attributes { marker.mark(attributes) }
    }

    var mask: Int { tableKeys.count - 1 }

    /// The elements in table order, which is the order Python iterates them.
    public var elements: [Value] {
        tableKeys.filter { !$0.isNull && $0 != PySet.dummy }
    }

    public var elementsWithHashes: [(key: Value, hash: Int)] {
        (0..<tableKeys.count).compactMap { slot in
            let key = tableKeys[slot]
            return key.isNull || key == PySet.dummy ? nil : (key, tableHashes[slot])
        }
    }

    /// Slot holding an element equal to the key, following `set_add_entry`'s probe sequence.
    func find<E: Error>(hash: Int, _ matches: (Value) throws(E) -> Bool) throws(E) -> Int? {
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while true {
            var probes = slot + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var current = slot
            while true {
                let key = tableKeys[current]
                if key.isNull && tableHashes[current] == 0 { return nil }
                if key != PySet.dummy && !key.isNull && tableHashes[current] == hash, try matches(key) { return current }
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
                let existing = tableKeys[current]
                if existing.isNull && tableHashes[current] == 0 {
                    if let freeSlot {
                        tableKeys[freeSlot] = key
                        tableHashes[freeSlot] = hash
                        count += 1
                        version &+= 1
                        return true
                    }
                    tableKeys[current] = key
                    tableHashes[current] = hash
                    fill += 1
                    count += 1
                    version &+= 1
                    if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                    return true
                }
                if existing == PySet.dummy {
                    // CPython 3.11 reuses the last dummy on the probe path, not the first.
                    freeSlot = current
                } else if tableHashes[current] == hash, try matches(existing) {
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
        tableKeys[slot] = PySet.dummy
        tableHashes[slot] = -1
        count -= 1
        version &+= 1
    }

    public func removeAll() {
        tableKeys = [Value](repeating: .null, count: PySet.minimumSize)
        tableHashes = [Int](repeating: 0, count: PySet.minimumSize)
        fill = 0
        count = 0
        version &+= 1
    }

    /// `set_swap_bodies` with a set that is dropped afterwards: takes its table as it is.
    func replaceTable(with other: PySet) {
        tableKeys = other.tableKeys
        tableHashes = other.tableHashes
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
            tableKeys = other.tableKeys
            tableHashes = other.tableHashes
            fill = other.fill
            count = other.count
            version &+= 1
            return
        }
        if fill == 0 {
            fill = other.count
            count = other.count
            for (key, hash) in other.elementsWithHashes { insertClean(key, hash: hash) }
            version &+= 1
            return
        }
        for (key, hash) in other.elementsWithHashes {
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
        if size == PySet.minimumSize && tableKeys.count == size && fill == count { return }
        let old = elementsWithHashes
        tableKeys = [Value](repeating: .null, count: size)
        tableHashes = [Int](repeating: 0, count: size)
        fill = count
        for (key, hash) in old { insertClean(key, hash: hash) }
    }

    /// `set_insert_clean`: places a key known to be absent into a table without dummies.
    private func insertClean(_ key: Value, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var slot = Int(perturb & UInt(mask))
        while true {
            let probes = slot + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            if let free = (slot...slot + probes).first(where: { tableKeys[$0].isNull }) {
                tableKeys[free] = key
                tableHashes[free] = hash
                return
            }
            perturb >>= UInt(PySet.perturbShift)
            slot = (slot &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }
}
