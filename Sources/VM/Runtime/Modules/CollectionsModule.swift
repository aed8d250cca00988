// The _collections module: `deque`, native so that both ends take O(1) (Sources/VM/Library's
// `collections` re-exports it). Methods and messages follow CPython's `_collectionsmodule.c`.

extension VM {
    func makeCollectionsModule() -> PyModule {
        let module = newModule("_collections")
        let type = makeType("deque", base: objectType, layout: .object, isSubclassable: false, module: "collections")
        module.dict.insertOrReplace(key: intern("deque"), value: Value(type))
        defineConstructor(type) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("deque", arguments, allowing: ["iterable", "maxlen"])
            if arguments.count > 2 { throw vm.typeError("deque() takes at most 2 arguments (\(arguments.count) given)") }
            let maximum = arguments.keyword("maxlen") ?? (arguments.count > 1 ? arguments[1] : .none)
            var maximumLength: Int?
            if !maximum.isNone {
                guard vm.isIntLike(maximum) else { throw vm.typeError("an integer is required") }
                maximumLength = try vm.index(maximum)
                if maximumLength! < 0 { throw vm.valueError("maxlen must be non-negative") }
            }
            let deque = PyDeque(type: type, maximumLength: maximumLength)
            let result = vm.track(deque)
            if let iterable = arguments.keyword("iterable") ?? (arguments.count > 0 ? arguments[0] : nil) {
                try vm.extend(deque, with: iterable, atLeft: false)
            }
            return result
        }
        let iteratorType = makeType("_deque_iterator", base: objectType, layout: .iterator, isSubclassable: false, module: "_collections")
        let reverseIteratorType = makeType("_deque_reverse_iterator", base: objectType, layout: .iterator, isSubclassable: false, module: "_collections")
        installDequeMethods(type)
        installDequeProtocols(type, iteratorType: iteratorType, reverseIteratorType: reverseIteratorType)
        return module
    }

    /// Adds a method of `deque`; `body` gets the deque and the arguments (the deque is `arguments[0]`).
    private func addDequeMethod(_ type: PyType, _ name: String, _ body: @escaping (VM, PyDeque, CallArguments) throws(PyError) -> Value) {
        let qualifiedName = "deque.\(name)"
        addMethod(type, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try body(vm, try vm.receiver(arguments, PyDeque.self, qualifiedName), arguments)
        }
    }

    /// Appends the items of `iterable` one by one at either end; a deque extended with itself
    /// takes a snapshot first, as CPython does.
    private func extend(_ deque: PyDeque, with iterable: Value, atLeft: Bool) throws(PyError) {
        if iterable.as(PyDeque.self) === deque {
            for item in deque.items { atLeft ? deque.appendLeft(item) : deque.append(item) }
            return
        }
        let iterator = try getIterator(iterable)
        while let item = try nextItem(iterator) { atLeft ? deque.appendLeft(item) : deque.append(item) }
    }

    /// A deque position from an index argument, with CPython's messages.
    private func dequePosition(_ deque: PyDeque, _ key: Value) throws(PyError) -> Int {
        guard isIntLike(key) || typeOf(key).lookup(identifier("__index__")) != nil else {
            throw typeError("sequence index must be integer, not '\(typeName(key))'")
        }
        var position = try index(key)
        if position < 0 { position += deque.count }
        guard position >= 0 && position < deque.count else { throw indexError("deque index out of range") }
        return position
    }

    /// The position of the first item equal to `value` in `range`; comparing may run Python
    /// code, which must not change the deque.
    private func dequeFind(_ deque: PyDeque, _ value: Value, in range: Range<Int>) throws(PyError) -> Int? {
        let state = deque.state
        for position in range where position < deque.count {
            let found = try equals(deque[position], value)
            if deque.state != state { throw error(exceptionType("RuntimeError"), "deque mutated during iteration") }
            if found { return position }
        }
        return nil
    }

    private func copyDeque(_ deque: PyDeque) -> PyDeque {
        let copy = PyDeque(type: deque.type, maximumLength: deque.maximumLength)
        _ = track(copy)
        for item in deque.items { copy.append(item) }
        return copy
    }

    private func installDequeMethods(_ type: PyType) {
        addDequeMethod(type, "append") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            deque.append(try vm.onlyArgument(arguments, "deque.append"))
            return .none
        }
        addDequeMethod(type, "appendleft") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            deque.appendLeft(try vm.onlyArgument(arguments, "deque.appendleft"))
            return .none
        }
        addDequeMethod(type, "pop") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "deque.pop")
            guard deque.count > 0 else { throw vm.indexError("pop from an empty deque") }
            return deque.removeLast()
        }
        addDequeMethod(type, "popleft") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "deque.popleft")
            guard deque.count > 0 else { throw vm.indexError("pop from an empty deque") }
            return deque.removeFirst()
        }
        addDequeMethod(type, "extend") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.extend(deque, with: try vm.onlyArgument(arguments, "deque.extend"), atLeft: false)
            return .none
        }
        addDequeMethod(type, "extendleft") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.extend(deque, with: try vm.onlyArgument(arguments, "deque.extendleft"), atLeft: true)
            return .none
        }
        addDequeMethod(type, "rotate") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "rotate", 0, 1)
            deque.rotate(by: try arguments.argument(at: 1).map { (value) throws(PyError) -> Int in try vm.index(value) } ?? 1)
            return .none
        }
        addDequeMethod(type, "clear") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "deque.clear")
            deque.removeAll()
            return .none
        }
        for name in ["copy", "__copy__"] {
            addDequeMethod(type, name) { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
                try vm.expectNoArguments(arguments, "deque.\(name)")
                return Value(vm.copyDeque(deque))
            }
        }
        addDequeMethod(type, "count") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            let value = try vm.onlyArgument(arguments, "deque.count")
            var total = 0
            var position = 0
            while let found = try vm.dequeFind(deque, value, in: position..<deque.count) {
                total += 1
                position = found + 1
            }
            return vm.int(total)
        }
        addDequeMethod(type, "index") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "index", 1, 3)
            let (start, end) = try vm.sliceBounds(arguments.argument(at: 2), arguments.argument(at: 3), length: deque.count, allowsNone: false)
            guard start < end, let position = try vm.dequeFind(deque, arguments[1], in: start..<end) else {
                throw vm.valueError("\(try vm.repr(arguments[1])) is not in deque")
            }
            return vm.int(position)
        }
        addDequeMethod(type, "insert") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "insert", 2, 2)
            if deque.isFull { throw vm.indexError("deque already at its maximum size") }
            var position = try vm.index(arguments[1])
            position = position < 0 ? max(position + deque.count, 0) : min(position, deque.count)
            deque.insert(arguments[2], at: position)
            return .none
        }
        addDequeMethod(type, "remove") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            let value = try vm.onlyArgument(arguments, "deque.remove")
            guard let position = try vm.dequeFind(deque, value, in: 0..<deque.count) else {
                throw vm.valueError("\(try vm.repr(value)) is not in deque")
            }
            _ = deque.remove(at: position)
            return .none
        }
        addDequeMethod(type, "reverse") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "deque.reverse")
            deque.reverse()
            return .none
        }
        let maxlen = builtinFunction("maxlen", owner: type) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.receiver(arguments, PyDeque.self, "deque.maxlen").maximumLength.map { vm.int($0) } ?? .none
        }
        type.dict.insertOrReplace(key: intern("maxlen"), value: permanent(PyDescriptor(type: propertyType, getter: maxlen)))
    }

    private func installDequeProtocols(_ type: PyType, iteratorType: PyType, reverseIteratorType: PyType) {
        type.dict.insertOrReplace(key: intern("__hash__"), value: .none)
        addDequeMethod(type, "__len__") { (vm: VM, deque: PyDeque, _: CallArguments) throws(PyError) -> Value in vm.int(deque.count) }
        addDequeMethod(type, "__contains__") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            Value(try vm.dequeFind(deque, arguments[1], in: 0..<deque.count) != nil)
        }
        addDequeMethod(type, "__getitem__") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            deque[try vm.dequePosition(deque, arguments[1])]
        }
        addDequeMethod(type, "__setitem__") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            deque[try vm.dequePosition(deque, arguments[1])] = arguments[2]
            return .none
        }
        addDequeMethod(type, "__delitem__") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            _ = deque.remove(at: try vm.dequePosition(deque, arguments[1]))
            return .none
        }
        for (name, iteratorKind, reversed) in [("__iter__", iteratorType, false), ("__reversed__", reverseIteratorType, true)] {
            addDequeMethod(type, name) { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
                let expectedState = deque.state
                return vm.track(PyNativeIterator(type: iteratorKind, state: [arguments[0]]) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                    let deque = iterator.state[0].object as! PyDeque
                    if deque.state != expectedState {
                        iterator.counter = Int.max
                        throw vm.error(vm.exceptionType("RuntimeError"), "deque mutated during iteration")
                    }
                    guard iterator.counter < deque.count else { return nil }
                    defer { iterator.counter += 1 }
                    return deque[reversed ? deque.count - 1 - iterator.counter : iterator.counter]
                })
            }
        }
        addDequeMethod(type, "__repr__") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            guard vm.nativeReprsInProgress.insert(arguments[0].bits).inserted else { return vm.str("[...]") }
            defer { vm.nativeReprsInProgress.remove(arguments[0].bits) }
            let items = try vm.repr(vm.list(deque.items))
            let name = vm.typeName(arguments[0])
            return vm.str(deque.maximumLength.map { "\(name)(\(items), maxlen=\($0))" } ?? "\(name)(\(items))")
        }
        for operation in [ComparisonOperation.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual] {
            addDequeMethod(type, operation.methodName) { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
                guard let other = arguments[1].as(PyDeque.self) else { return vm.notImplemented }
                return Value(try vm.compareSequences(deque.items, other.items, operation))
            }
        }
        addDequeMethod(type, "__add__") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            guard let other = arguments[1].as(PyDeque.self) else {
                throw vm.typeError("can only concatenate deque (not \"\(vm.typeName(arguments[1]))\") to deque")
            }
            let result = vm.copyDeque(deque)
            for item in other.items { result.append(item) }
            return Value(result)
        }
        addDequeMethod(type, "__iadd__") { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
            try vm.extend(deque, with: arguments[1], atLeft: false)
            return arguments[0]
        }
        for (name, inPlace) in [("__mul__", false), ("__rmul__", false), ("__imul__", true)] {
            addDequeMethod(type, name) { (vm: VM, deque: PyDeque, arguments: CallArguments) throws(PyError) -> Value in
                guard vm.isIntLike(arguments[1]) else {
                    throw vm.typeError("can't multiply sequence by non-int of type '\(vm.typeName(arguments[1]))'")
                }
                let times = try vm.index(arguments[1])
                let result = inPlace ? deque : vm.copyDeque(deque)
                let items = deque.items
                if times <= 0 {
                    result.removeAll()
                } else {
                    // With a maximum length only the last `maxlen` items survive; skip the rest.
                    let total = items.count * times
                    let kept = min(total, deque.maximumLength ?? total)
                    result.removeAll()
                    for position in (total - kept)..<total { result.append(items[position % items.count]) }
                }
                return Value(result)
            }
        }
    }
}
