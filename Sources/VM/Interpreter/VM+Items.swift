// Subscripting: indexing and slicing of sequences and mappings, item assignment and deletion.

import BigInt

extension VM {
    /// An index argument as an Int (`__index__`): ints and bools only.
    public func index(_ value: Value) throws(PyError) -> Int {
        if value.isSmallInt { return value.smallInt }
        if let integer = machineInt(value) { return integer }
        guard let integer = Int(exactly: try bigIndex(value)) else {
            throw error(exceptionType("IndexError"), "cannot fit 'int' into an index-sized integer")
        }
        return integer
    }

    /// An index argument of any size (`__index__`), for range bounds and range indexing.
    public func bigIndex(_ value: Value) throws(PyError) -> BigInt {
        if let integer = bigInt(value) { return integer }
        let type = typeOf(value)
        if type.instancesHaveDict, let method = type.lookup(identifier("__index__")) {
            return try bigIndex(try call(method, [value]))
        }
        throw typeError("'\(type.name)' object cannot be interpreted as an integer")
    }

    /// Normalises a sequence index, raising IndexError with `message` when out of range.
    func sequenceIndex(_ value: Value, count: Int, typeName name: String, message: String) throws(PyError) -> Int {
        guard isIntLike(value) || typeOf(value).lookup(identifier("__index__")) != nil else {
            throw typeError("\(name) indices must be integers or slices, not \(typeName(value))")
        }
        var position = try index(value)
        if position < 0 { position += count }
        guard position >= 0 && position < count else { throw indexError(message) }
        return position
    }

    /// `slice.indices(count)`: start, stop, step clamped as CPython's `PySlice_AdjustIndices`.
    /// Generic so that ranges, whose lengths are arbitrary-precision, share it with the sequences.
    public func sliceIndices<Index: BinaryInteger>(_ slice: PySlice, count: Index) throws(PyError) -> (start: Index, stop: Index, step: Index) {
        func bound(_ value: Value) throws(PyError) -> Index? {
            if value.isNone { return nil }
            if value.isSmallInt, let small = Index(exactly: value.smallInt) { return small }
            guard isIntLike(value) || typeOf(value).lookup(identifier("__index__")) != nil else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            let integer = try bigIndex(value)
            // Bounds beyond a machine index clamp (they select up to an end) but stay clear of overflow.
            return Index(exactly: integer) ?? Index(clamping: integer.sign == .minus ? Int.min / 2 : Int.max / 2)
        }
        let step = try bound(slice.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        return Self.adjustSliceIndices(start: try bound(slice.start), stop: try bound(slice.stop), step: step, count: count)
    }

    /// Clamps a slice's bounds (nil for None) to a sequence of `count` items; `step` is not zero.
    @inline(__always)
    static func adjustSliceIndices<Index: BinaryInteger>(start: Index?, stop: Index?, step: Index, count: Index) -> (start: Index, stop: Index, step: Index) {
        let adjustedStart: Index
        let adjustedStop: Index
        if let start {
            adjustedStart = start < 0 ? max(start + count, step < 0 ? -1 : 0) : min(start, step < 0 ? count - 1 : count)
        } else {
            adjustedStart = step < 0 ? count - 1 : 0
        }
        if let stop {
            adjustedStop = stop < 0 ? max(stop + count, step < 0 ? -1 : 0) : min(stop, step < 0 ? count - 1 : count)
        } else {
            adjustedStop = step < 0 ? -1 : count
        }
        return (adjustedStart, adjustedStop, step)
    }

    /// Positions selected by a slice, in order.
    func slicePositions(_ slice: PySlice, count: Int) throws(PyError) -> [Int] {
        let (start, stop, step) = try sliceIndices(slice, count: count)
        return Array(stride(from: start, to: stop, by: step))
    }

    /// The elements `items[slice]` selects, copied in one pass (a contiguous copy for step 1).
    func sliceElements<Element>(_ items: [Element], _ slice: PySlice) throws(PyError) -> [Element] {
        let (start, stop, step) = try sliceIndices(slice, count: items.count)
        return Self.elements(of: items, start: start, stop: stop, step: step)
    }

    /// The items that adjusted slice indices select.
    @inline(__always)
    static func elements<Element>(of items: [Element], start: Int, stop: Int, step: Int) -> [Element] {
        var selected: [Element] = []
        appendElements(of: items, start: start, stop: stop, step: step, to: &selected)
        return selected
    }

    /// How many items adjusted slice indices select.
    @inline(__always)
    static func sliceLength(start: Int, stop: Int, step: Int) -> Int {
        max(0, (stop - start + step + (step > 0 ? -1 : 1)) / step)
    }

    /// Appends the items that adjusted slice indices select to `selected`.
    @inline(__always)
    static func appendElements<Element>(of items: [Element], start: Int, stop: Int, step: Int, to selected: inout [Element]) {
        items.withUnsafeBufferPointer { appendElements(of: $0, start: start, stop: stop, step: step, to: &selected) }
    }

    @inline(__always)
    static func appendElements<Element>(of items: UnsafeBufferPointer<Element>, start: Int, stop: Int, step: Int, to selected: inout [Element]) {
        if step == 1 {
            if start < stop { selected.append(contentsOf: UnsafeBufferPointer(rebasing: items[start..<stop])) }
            return
        }
        if step == -1 {
            // `x[::-1]`, `x[k::-1]`: a contiguous copy reversed in place.
            guard start > stop else { return }
            let first = selected.count
            selected.append(contentsOf: UnsafeBufferPointer(rebasing: items[(stop + 1)...start]))
            selected.withUnsafeMutableBufferPointer { selected in
                var reversed = UnsafeMutableBufferPointer(rebasing: selected[first...])
                reversed.reverse()
            }
            return
        }
        // Reserve and append: `Array(unsafeUninitializedCapacity:)` is not specialized here and
        // looked up the array's generic metadata at run time on every call (15 % of fannkuch).
        selected.reserveCapacity(selected.count + sliceLength(start: start, stop: stop, step: step))
        for position in stride(from: start, to: stop, by: step) { selected.append(items[position]) }
    }

    public func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
        let type = typeOf(container)
        if type.instancesHaveDict, let method = type.lookup(identifier("__getitem__")), method.as(PyFunction.self) != nil {
            return try call(method, [container, key])
        }
        return try builtinGetItem(container, key)
    }

    /// `container[key]` as its built-in type computes it (`dict.__getitem__(self, key)`), with a
    /// dict subclass's `__missing__`.
    func builtinGetItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
        let type = typeOf(container)
        guard container.isObject else { throw typeError("'\(type.name)' object is not subscriptable") }
        let slice = key.as(PySlice.self)
        switch container.object {
        case let list as PyList:
            if let slice { return self.list(try sliceElements(list.items, slice)) }
            return list.items[try sequenceIndex(key, count: list.items.count, typeName: "list", message: "list index out of range")]
        case let tuple as PyTuple:
            if let slice { return self.tuple(try sliceElements(tuple.items, slice)) }
            return tuple.items[try sequenceIndex(key, count: tuple.items.count, typeName: "tuple", message: "tuple index out of range")]
        case let string as PyStr:
            if let slice {
                let (start, stop, step) = try sliceIndices(slice, count: string.count)
                if step == 1 { return str(start < stop ? string.substring(start..<stop) : "") }
                var scalars = String.UnicodeScalarView()
                for position in stride(from: start, to: stop, by: step) { scalars.append(string.scalar(at: position)) }
                return str(String(scalars))
            }
            let position = try sequenceIndex(key, count: string.count, typeName: "string", message: "string index out of range")
            return str(String(string.scalar(at: position)))
        case let dict as PyDict:
            if let value = try dictGet(dict, key) { return value }
            if type !== dictType, let missing = type.lookup(identifier("__missing__")) {
                return try call(missing, [container, key])
            }
            throw keyError(key)
        case let range as PyRange:
            if let slice {
                // As CPython's compute_slice: the slice's indices mapped through the range.
                let (start, stop, step) = try sliceIndices(slice, count: range.length)
                return track(PyRange(type: rangeType, start: range.element(at: start), stop: range.element(at: stop), step: step * range.step))
            }
            if let bounds = range.machine, let index = machineInt(key) {
                let position = index < 0 ? index + bounds.count : index
                guard position >= 0 && position < bounds.count else { throw indexError("range object index out of range") }
                return int(bounds.start + position * bounds.step)
            }
            guard isIntLike(key) || typeOf(key).lookup(identifier("__index__")) != nil else {
                throw typeError("range indices must be integers or slices, not \(typeName(key))")
            }
            var position = try bigIndex(key)
            if position < 0 { position += range.length }
            guard position >= 0 && position < range.length else { throw indexError("range object index out of range") }
            return int(range.element(at: position))
        case let bytes as PyBytes:
            if let slice { return track(PyBytes(type: bytesType, try sliceElements(bytes.bytes, slice))) }
            return int(Int(bytes.bytes[try sequenceIndex(key, count: bytes.bytes.count, typeName: "byte", message: "index out of range")]))
        case let genericType as PyType:
            if let method = genericType.lookup(identifier("__class_getitem__")) { return try call(method, [container, key]) }
            throw typeError("type '\(genericType.name)' is not subscriptable")
        default:
            if let method = nativeSpecialMethod(type, identifier("__getitem__")) { return try call(method, [container, key]) }
            throw typeError("'\(type.name)' object is not subscriptable")
        }
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
        let type = typeOf(container)
        if type.instancesHaveDict, let method = type.lookup(identifier("__setitem__")), method.as(PyFunction.self) != nil {
            _ = try call(method, [container, key, value])
            return
        }
        try builtinSetItem(container, key, value)
    }

    /// `container[key] = value` as its built-in type does it (`dict.__setitem__(self, key, value)`).
    func builtinSetItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
        let type = typeOf(container)
        guard container.isObject else { throw typeError("'\(type.name)' object does not support item assignment") }
        switch container.object {
        case let list as PyList:
            if let slice = key.as(PySlice.self) {
                try assignSlice(list, slice, value)
                return
            }
            list.items[try sequenceIndex(key, count: list.items.count, typeName: "list", message: "list assignment index out of range")] = value
        case let dict as PyDict:
            try dictSet(dict, key, value)
        default:
            if let method = nativeSpecialMethod(type, identifier("__setitem__")) {
                _ = try call(method, [container, key, value])
                return
            }
            throw typeError("'\(type.name)' object does not support item assignment")
        }
    }

    private func assignSlice(_ list: PyList, _ slice: PySlice, _ value: Value) throws(PyError) {
        let replacement = value.as(PyList.self) === list ? list.items : try collectForSlice(value)
        let (start, stop, step) = try sliceIndices(slice, count: list.items.count)
        if step == 1 {
            list.items.replaceSubrange(start..<max(start, stop), with: replacement)
            return
        }
        let positions = Array(stride(from: start, to: stop, by: step))
        guard positions.count == replacement.count else {
            throw valueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(positions.count)")
        }
        for (position, item) in zip(positions, replacement) { list.items[position] = item }
    }

    private func collectForSlice(_ value: Value) throws(PyError) -> [Value] {
        do {
            return try collect(value)
        } catch {
            if typeOf(error.exception).isSubtype(of: exceptionType("TypeError")) {
                throw typeError("can only assign an iterable")
            }
            throw error
        }
    }

    public func deleteItem(_ container: Value, _ key: Value) throws(PyError) {
        let type = typeOf(container)
        if type.instancesHaveDict, let method = type.lookup(identifier("__delitem__")), method.as(PyFunction.self) != nil {
            _ = try call(method, [container, key])
            return
        }
        try builtinDeleteItem(container, key)
    }

    /// `del container[key]` as its built-in type does it (`dict.__delitem__(self, key)`).
    func builtinDeleteItem(_ container: Value, _ key: Value) throws(PyError) {
        let type = typeOf(container)
        guard container.isObject else { throw typeError("'\(type.name)' object does not support item deletion") }
        switch container.object {
        case let list as PyList:
            if let slice = key.as(PySlice.self) {
                let doomed = Set(try slicePositions(slice, count: list.items.count))
                list.items = list.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                return
            }
            list.items.remove(at: try sequenceIndex(key, count: list.items.count, typeName: "list", message: "list assignment index out of range"))
        case let dict as PyDict:
            if try dictRemove(dict, key) == nil { throw keyError(key) }
        default:
            if let method = nativeSpecialMethod(type, identifier("__delitem__")) {
                _ = try call(method, [container, key])
                return
            }
            throw typeError("'\(type.name)' object does not support item deletion")
        }
    }
}
