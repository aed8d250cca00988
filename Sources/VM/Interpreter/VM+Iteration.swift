// The iteration protocol: iter(), next(), and collecting or unpacking iterables.

import BigInt

extension VM {
    public func getIterator(_ iterable: Value) throws(PyError) -> Value {
        if let iterator = commonIterator(iterable) { return iterator }
        let type = typeOf(iterable)
        if type.instancesHaveDict, let method = type.lookup(identifier("__iter__")), method.as(PyFunction.self) != nil {
            let iterator = try call(method, [iterable])
            guard typeOf(iterator).lookup(identifier("__next__")) != nil || iterator.as(PyNativeIterator.self) != nil || isBuiltinIterator(iterator) else {
                throw typeError("iter() returned non-iterator of type '\(typeName(iterator))'")
            }
            return iterator
        }
        if let iterator = builtinIterator(iterable) { return iterator }
        if iterable.isObject, let method = nativeSpecialMethod(type, identifier("__iter__")) { return try call(method, [iterable]) }
        // Classes defined in Python, and native types that are their own iterators (io.StringIO).
        if type.lookup(identifier("__next__")) != nil { return iterable }
        if type.instancesHaveDict, let getitem = type.lookup(identifier("__getitem__")) {
            return track(PyNativeIterator(type: iteratorType, state: [iterable, getitem]) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                do throws(PyError) {
                    let item = try vm.call(iterator.state[1], [iterator.state[0], vm.int(iterator.counter)])
                    iterator.counter += 1
                    return item
                } catch {
                    if vm.typeOf(error.exception).isSubtype(of: vm.exceptionType("IndexError")) || vm.typeOf(error.exception).isSubtype(of: vm.exceptionType("StopIteration")) { return nil }
                    throw error
                }
            })
        }
        throw typeError("'\(type.name)' object is not iterable")
    }

    /// The iterator of an exact list or of a range of Ints, and list and range iterators and
    /// plain generators themselves: what most loops iterate, found without casts or reference
    /// counting; nil for anything else.
    @inline(__always)
    func commonIterator(_ iterable: Value) -> Value? {
        if iterable.isInstance(exactly: PyRangeIterator.self) || iterable.isInstance(exactly: PyListIterator.self)
            || (iterable.isInstance(exactly: PyGenerator.self) && iterable.objectTypeAddress == generatorTypeAddress) {
            return iterable
        }
        if iterable.isInstance(exactly: PyList.self) && iterable.objectTypeAddress == listTypeAddress {
            return track(PyListIterator(type: iteratorType, list: iterable.unmanaged(PyList.self).takeUnretainedValue()))
        }
        if iterable.isInstance(exactly: PyRange.self), let machine = iterable.unmanaged(PyRange.self)._withUnsafeGuaranteedRef({ $0.machine }) {
            return track(PyRangeIterator(type: iteratorType, start: machine.start, step: machine.step, count: machine.count))
        }
        return nil
    }

    /// `iter(iterable)` as its built-in type makes it (`list.__iter__(self)`); nil for other types.
    func builtinIterator(_ iterable: Value) -> Value? {
        guard iterable.isObject else { return nil }
        switch iterable.object {
        case let list as PyList: return track(PyListIterator(type: iteratorType, list: list))
        case let tuple as PyTuple: return track(PyTupleIterator(type: iteratorType, items: tuple.items))
        case let range as PyRange:
            if let machine = range.machine {
                return track(PyRangeIterator(type: iteratorType, start: machine.start, step: machine.step, count: machine.count))
            }
            return track(PyNativeIterator(type: iteratorType, state: [iterable]) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                let range = iterator.state[0].object as! PyRange
                guard iterator.counter < range.length else { return nil }
                defer { iterator.counter += 1 }
                return vm.int(range.element(at: BigInt(iterator.counter)))
            })
        case let string as PyStr: return track(PyStrIterator(type: iteratorType, string: string))
        case let dict as PyDict: return track(PyDictIterator(type: iteratorType, dict: dict, kind: .keys))
        case let view as PyDictView: return track(PyDictIterator(type: iteratorType, dict: view.dict, kind: view.kind))
        case let set as PySet: return track(PySetIterator(type: iteratorType, set: set))
        case let bytes as PyBytes:
            return track(PyTupleIterator(type: iteratorType, items: bytes.bytes.map { Value(smallInt: Int($0)) }))
        default:
            return isBuiltinIterator(iterable) ? iterable : nil
        }
    }

    func isBuiltinIterator(_ value: Value) -> Bool {
        // By exact class (all of them are final): casts would retain the object.
        value.isInstance(exactly: PyListIterator.self) || value.isInstance(exactly: PyTupleIterator.self)
            || value.isInstance(exactly: PyRangeIterator.self) || value.isInstance(exactly: PyStrIterator.self)
            || value.isInstance(exactly: PyDictIterator.self) || value.isInstance(exactly: PySetIterator.self)
            || value.isInstance(exactly: PyNativeIterator.self)
            || (value.isInstance(exactly: PyGenerator.self) && value.objectTypeAddress == generatorTypeAddress)
    }

    /// The next item, or nil when the iterator is exhausted (StopIteration is absorbed).
    public func nextItem(_ iterator: Value) throws(PyError) -> Value? {
        // Generators first and without a cast: `list(genexpr)` and friends resume them per item.
        if iterator.isInstance(exactly: PyGenerator.self) && iterator.objectTypeAddress == generatorTypeAddress {
            return try resume(iterator.unmanaged(PyGenerator.self).takeUnretainedValue(), sending: .none)
        }
        guard iterator.isObject else { throw typeError("'\(typeName(iterator))' object is not an iterator") }
        switch iterator.object {
        case let list as PyListIterator:
            return list.next()
        case let tuple as PyTupleIterator:
            guard tuple.index < tuple.items.count else { return nil }
            defer { tuple.index += 1 }
            return tuple.items[tuple.index]
        case let range as PyRangeIterator:
            guard range.remaining > 0 else { return nil }
            range.remaining -= 1
            defer { range.next &+= range.step }
            return int(range.next)
        case let string as PyStrIterator:
            guard string.index < string.string.count else { return nil }
            defer { string.index += 1 }
            return str(String(string.string.scalar(at: string.index)))
        case let dict as PyDictIterator:
            guard let position = try nextDictPosition(dict) else { return nil }
            switch dict.kind {
            case .keys: return dict.dict.key(at: position)
            case .values: return dict.dict.value(at: position)
            case .items: return tuple([dict.dict.key(at: position), dict.dict.value(at: position)])
            }
        case let set as PySetIterator:
            if set.set.count != set.expectedCount {
                throw error(exceptionType("RuntimeError"), "Set changed size during iteration")
            }
            guard set.index < set.elements.count else { return nil }
            defer { set.index += 1 }
            return set.elements[set.index]
        case let native as PyNativeIterator:
            return try native.step(self, native)
        case let generator as PyGenerator where generator.type === generatorType:
            return try resume(generator, sending: .none)
        default:
            let type = iterator.object.type!
            guard let method = type.lookup(identifier("__next__")) else {
                throw typeError("'\(type.name)' object is not an iterator")
            }
            do {
                return try call(method, [iterator])
            } catch {
                if typeOf(error.exception).isSubtype(of: exceptionType("StopIteration")) { return nil }
                throw error
            }
        }
    }

    /// What `nextPair` found.
    enum PairStep {
        /// The iterator does not produce pairs this way; use `nextItem`.
        case notPairs
        case exhausted
        case pair(Value, Value)
    }

    /// The next item of an `enumerate` or `dict.items()` iterator as its two parts, for
    /// `for a, b in …`, which would unpack the tuple at once: no tuple is built. Errors and
    /// exhaustion are exactly `nextItem`'s.
    func nextPair(_ iterator: Value) throws(PyError) -> PairStep {
        if iterator.isInstance(exactly: PyNativeIterator.self) {
            let native = iterator.unmanaged(PyNativeIterator.self).takeUnretainedValue()
            guard native.isEnumerate else { return .notPairs }
            guard let (index, item) = try nextEnumeration(native) else { return .exhausted }
            return .pair(index, item)
        }
        if iterator.isInstance(exactly: PyDictIterator.self) {
            let dictIterator = iterator.unmanaged(PyDictIterator.self).takeUnretainedValue()
            guard dictIterator.kind == .items else { return .notPairs }
            guard let position = try nextDictPosition(dictIterator) else { return .exhausted }
            return .pair(dictIterator.dict.key(at: position), dictIterator.dict.value(at: position))
        }
        return .notPairs
    }

    /// The next (index, item) of an `enumerate` iterator, or nil when its source is exhausted.
    func nextEnumeration(_ enumeration: PyNativeIterator) throws(PyError) -> (Value, Value)? {
        guard let item = try nextItem(enumeration.state[0]) else { return nil }
        defer { enumeration.counter += 1 }
        return (int(enumeration.counter), item)
    }

    /// Advances a dict iterator to its next live entry, as CPython's checks for size changes.
    private func nextDictPosition(_ iterator: PyDictIterator) throws(PyError) -> Int? {
        if iterator.dict.count != iterator.expectedCount {
            iterator.position = Int.max / 2
            throw error(exceptionType("RuntimeError"), "dictionary changed size during iteration")
        }
        while iterator.position < iterator.dict.entryCount && !iterator.dict.isLive(iterator.position) { iterator.position += 1 }
        guard iterator.position < iterator.dict.entryCount else { return nil }
        defer { iterator.position += 1 }
        return iterator.position
    }

    /// All items of an iterable.
    public func collect(_ iterable: Value) throws(PyError) -> [Value] {
        if iterable.isInstance(exactly: PyList.self) && iterable.objectTypeAddress == listTypeAddress {
            return iterable.unmanaged(PyList.self)._withUnsafeGuaranteedRef { $0.items }
        }
        if iterable.isInstance(exactly: PyTuple.self) && iterable.objectTypeAddress == tupleTypeAddress {
            return iterable.unmanaged(PyTuple.self)._withUnsafeGuaranteedRef { $0.items }
        }
        // The iterator and the items are rooted while the iteration runs Python code, so that
        // a collection there (allowed when every native caller roots what it holds) keeps them.
        let iterator = try getIterator(iterable)
        rootedValues.append(iterator)
        defer { rootedValues.removeLast() }
        // Growing from empty would reallocate at 1, 2, 4 and 8 items: most collected iterables
        // (generator expressions over a row, a permutation) are that short.
        var items = heap.itemArray(minimumCapacity: 8)
        try withUnsafeMutablePointer(to: &items) { (rooted: UnsafeMutablePointer<[Value]>) throws(PyError) in
            rootedArrays.append(UnsafePointer(rooted))
            defer { rootedArrays.removeLast() }
            if let generator = inlineResumableGenerator(iterator) {
                try runCollectingYields(generator, into: rooted)
            } else {
                while let item = try nextItem(iterator) { rooted.pointee.append(item) }
            }
        }
        return items
    }

    func unpack(_ sequence: Value, count: Int) throws(PyError) -> [Value] {
        let items: [Value]
        do {
            items = try collect(sequence)
        } catch {
            if typeOf(error.exception).isSubtype(of: exceptionType("TypeError")), !isIterable(sequence) {
                throw typeError("cannot unpack non-iterable \(typeName(sequence)) object")
            }
            throw error
        }
        if items.count > count { throw valueError("too many values to unpack (expected \(count))") }
        if items.count < count { throw valueError("not enough values to unpack (expected \(count), got \(items.count))") }
        return items
    }

    func unpackStarred(_ sequence: Value, before: Int, after: Int) throws(PyError) -> [Value] {
        guard isIterable(sequence) else { throw typeError("cannot unpack non-iterable \(typeName(sequence)) object") }
        let items = try collect(sequence)
        guard items.count >= before + after else {
            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        return Array(items[0..<before]) + [list(Array(items[before..<(items.count - after)]))] + Array(items[(items.count - after)...])
    }

    func isIterable(_ value: Value) -> Bool {
        guard value.isObject else { return false }
        switch value.object {
        case is PyList, is PyTuple, is PyStr, is PyDict, is PySet, is PyRange, is PyDictView, is PyBytes: return true
        default:
            let type = value.object.type!
            return isBuiltinIterator(value) || type.lookup(identifier("__iter__")) != nil || type.lookup(identifier("__getitem__")) != nil
        }
    }
}
