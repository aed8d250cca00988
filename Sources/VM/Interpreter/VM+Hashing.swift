// hash() with CPython's algorithms, and dict and set operations that need hashing and equality.

import BigInt
#if canImport(Glibc)
import Glibc
#endif

extension VM {
    static let hashModulus: UInt64 = (1 << 61) - 1

    public func hash(_ value: Value) throws(PyError) -> Int {
        if value.isSmallInt { return Self.hashInteger(value.smallInt) }
        if value.isFloat { return Self.hashDouble(value.float) }
        if value.isBool { return value == .true ? 1 : 0 }
        if value.isNone { return 0xFCA86420 >> 4 }
        let object = value.object
        if let string = object as? PyStr, object.type === strType { return string.hash }
        let type = object.type!
        if type.instancesHaveDict {
            if let method = type.lookup(identifier("__hash__")) {
                if method.isNone { throw typeError("unhashable type: '\(type.name)'") }
                if method.as(PyFunction.self) != nil {
                    let result = try call(method, [value])
                    guard let integer = bigInt(result) else { throw typeError("__hash__ method should return an integer") }
                    return Self.hashBigInt(integer)
                }
            }
        }
        return try builtinHash(object)
    }

    /// `hash` as the built-in type of `object` computes it (`tuple.__hash__(self)`).
    func builtinHash(_ object: PyObject) throws(PyError) -> Int {
        switch object {
        case let string as PyStr: return string.hash
        case let big as PyInt: return Self.hashBigInt(big.value)
        case let number as PyFloatSubclassInstance: return Self.hashDouble(number.value)
        case let tuple as PyTuple: return try hashTuple(tuple.items)
        case let set as PySet where set.type.isSubtype(of: frozensetType): return try hashFrozenSet(set)
        case is PyList, is PyDict, is PySet:
            throw typeError("unhashable type: '\(object.type.name)'")
        case let bytes as PyBytes:
            return PyStr(type: strType, String(decoding: bytes.bytes, as: UTF8.self)).hash
        default:
            // Mutable native containers set `__hash__` to None, as CPython's do.
            let type = object.type!
            if !type.instancesHaveDict, type.lookup(identifier("__hash__"))?.isNone == true {
                throw typeError("unhashable type: '\(type.module).\(type.name)'")
            }
            // Identity hash, as object.__hash__: the address rotated by 4 bits.
            let address = UInt(Value(object).bits & Value.payloadMask)
            return Int(bitPattern: (address >> 4) | (address << (UInt.bitWidth - 4)))
        }
    }

    static func hashInteger(_ value: Int) -> Int {
        let magnitude = UInt64(value.magnitude) % hashModulus
        var result = Int(magnitude)
        if value < 0 { result = -result }
        return result == -1 ? -2 : result
    }

    static func hashBigInt(_ value: BigInt) -> Int {
        if let small = Int(exactly: value) { return hashInteger(small) }
        let magnitude = value.magnitude % BigUInt(hashModulus)
        var result = Int(magnitude)
        if value.sign == .minus { result = -result }
        return result == -1 ? -2 : result
    }

    /// `_Py_HashDouble`: equal to the hash of the equal int for integral values.
    static func hashDouble(_ value: Double) -> Int {
        if !value.isFinite {
            if value.isInfinite { return value > 0 ? 314159 : -314159 }
            return 0
        }
        var exponent: Int32 = 0
        var mantissa = frexp(value, &exponent)
        var sign: Int = 1
        if mantissa < 0 {
            sign = -1
            mantissa = -mantissa
        }
        var x: UInt64 = 0
        var e = Int(exponent)
        while mantissa != 0 {
            x = ((x << 28) & hashModulus) | x >> (61 - 28)
            mantissa *= 268435456.0
            e -= 28
            let y = UInt64(mantissa)
            mantissa -= Double(y)
            x += y
            if x >= hashModulus { x -= hashModulus }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & hashModulus) | x >> UInt64(61 - e)
        var result = Int(bitPattern: UInt(x)) * sign
        if result == -1 { result = -2 }
        return result
    }

    /// CPython 3.8+'s xxHash-based tuple hash.
    func hashTuple(_ items: [Value]) throws(PyError) -> Int {
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var accumulator = prime5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try hash(item)))
            accumulator &+= lane &* prime2
            accumulator = (accumulator << 31) | (accumulator >> 33)
            accumulator &*= prime1
        }
        accumulator &+= UInt64(items.count) ^ (prime5 ^ 3527539)
        if accumulator == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: accumulator))
    }

    /// CPython's frozenset hash (order-independent).
    func hashFrozenSet(_ set: PySet) throws(PyError) -> Int {
        func shuffle(_ h: UInt64) -> UInt64 { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt64 = 0
        set.forEachElement { _, elementHash in hash ^= shuffle(UInt64(bitPattern: Int64(elementHash))) }
        if set.count & 1 != 0 { hash ^= shuffle(0) }
        hash ^= (UInt64(set.count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt64.max { hash = 590923713 }
        return Int(Int64(bitPattern: hash))
    }

    // MARK: dict

    public func dictGet(_ dict: PyDict, _ key: Value) throws(PyError) -> Value? {
        let keyHash = try hash(key)
        let position = try dict.findEntry(hash: keyHash) { (candidate: Value) throws(PyError) -> Bool in try equals(candidate, key) }
        return position.map { dict.value(at: $0) }
    }

    public func dictSet(_ dict: PyDict, _ key: Value, _ value: Value) throws(PyError) {
        let keyHash = try hash(key)
        if let position = try dict.findEntry(hash: keyHash, { (candidate: Value) throws(PyError) -> Bool in try equals(candidate, key) }) {
            dict.setValue(value, at: position)
        } else {
            dict.insertNew(key: key, hash: keyHash, value: value)
        }
    }

    /// Removes `key` and returns its value, or nil when absent.
    public func dictRemove(_ dict: PyDict, _ key: Value) throws(PyError) -> Value? {
        let keyHash = try hash(key)
        guard let position = try dict.findEntry(hash: keyHash, { (candidate: Value) throws(PyError) -> Bool in try equals(candidate, key) }) else { return nil }
        let value = dict.value(at: position)
        dict.remove(at: position)
        return value
    }

    /// `dict.update`: from a mapping (a dict or anything with `keys()`) or an iterable of pairs.
    public func dictUpdate(_ dict: PyDict, from source: Value) throws(PyError) {
        if let other = source.as(PyDict.self) {
            for (key, value) in other.entries { try dictSet(dict, key, value) }
            return
        }
        let sourceType = typeOf(source)
        if sourceType.lookup(identifier("keys")) != nil {
            for key in try collect(try callMethod(source, "keys", [])) {
                try dictSet(dict, key, try getItem(source, key))
            }
            return
        }
        for (index, element) in try collect(source).enumerated() {
            let pair: [Value]
            do {
                pair = try collect(element)
            } catch {
                throw typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                throw valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try dictSet(dict, pair[0], pair[1])
        }
    }

    /// `**mapping` in a call: keys must be strings and must not repeat.
    func dictMerge(_ dict: PyDict, from source: Value, callee: Value) throws(PyError) {
        guard let other = source.as(PyDict.self) else {
            throw typeError("\(try callableName(callee)) argument after ** must be a mapping, not \(typeName(source))")
        }
        for (key, value) in other.entries {
            guard key.as(PyStr.self) != nil else { throw typeError("keywords must be strings") }
            if try dictGet(dict, key) != nil {
                throw typeError("\(try callableName(callee)) got multiple values for keyword argument '\((key.object as! PyStr).value)'")
            }
            try dictSet(dict, key, value)
        }
    }

    func dictEquals(_ left: PyDict, _ right: PyDict) throws(PyError) -> Bool {
        guard left.count == right.count else { return false }
        for (key, value) in left.entries {
            guard let other = try dictGet(right, key), try equals(value, other) else { return false }
        }
        return true
    }

    // MARK: set

    public func setAdd(_ set: PySet, _ item: Value) throws(PyError) {
        let itemHash = try hash(item)
        try set.add(item, hash: itemHash) { (candidate: Value) throws(PyError) -> Bool in try equals(candidate, item) }
    }

    public func setContains(_ set: PySet, _ item: Value) throws(PyError) -> Bool {
        let itemHash = try hashForSetLookup(item)
        return try set.find(hash: itemHash) { (candidate: Value) throws(PyError) -> Bool in try equals(candidate, item) } != nil
    }

    /// Removes `item`; returns whether it was present.
    @discardableResult
    public func setRemove(_ set: PySet, _ item: Value) throws(PyError) -> Bool {
        let itemHash = try hashForSetLookup(item)
        guard let slot = try set.find(hash: itemHash, { (candidate: Value) throws(PyError) -> Bool in try equals(candidate, item) }) else { return false }
        set.remove(slot: slot)
        return true
    }

    /// A `set` looked up in a set is hashed as the equal frozenset, as CPython does.
    private func hashForSetLookup(_ item: Value) throws(PyError) -> Int {
        if let set = item.as(PySet.self), !set.type.isSubtype(of: frozensetType) { return try hashFrozenSet(set) }
        return try hash(item)
    }

    public func setMerge(_ target: PySet, _ source: PySet) throws(PyError) {
        try target.merge(source) { (candidate: Value, key: Value) throws(PyError) -> Bool in try equals(candidate, key) }
    }

    /// `set_update_internal`: merges a set's table, else adds an iterable's items in order.
    func updateSet(_ set: PySet, with other: Value) throws(PyError) {
        if let otherSet = other.as(PySet.self) { return try setMerge(set, otherSet) }
        for item in try collect(other) { try setAdd(set, item) }
    }
}
