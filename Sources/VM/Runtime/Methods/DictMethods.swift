// Methods of dict: lookups with defaults, removal, views, update, copy and fromkeys.

extension VM {
    func installDictMethods() {
        addMethod(dictType, "get") { vm, args throws(PyError) in
            try vm.expectPositional(args, "dict.get", 1, 2)
            let dict = try vm.receiver(args, PyDict.self, "dict.get")
            return try vm.dictGet(dict, args[1]) ?? args.argument(at: 2) ?? .none
        }
        addMethod(dictType, "setdefault") { vm, args throws(PyError) in
            try vm.expectPositional(args, "dict.setdefault", 1, 2)
            let dict = try vm.receiver(args, PyDict.self, "dict.setdefault")
            if let existing = try vm.dictGet(dict, args[1]) { return existing }
            let value = args.argument(at: 2) ?? .none
            try vm.dictSet(dict, args[1], value)
            return value
        }
        addMethod(dictType, "pop") { vm, args throws(PyError) in
            try vm.expectPositional(args, "dict.pop", 1, 2)
            let dict = try vm.receiver(args, PyDict.self, "dict.pop")
            if let value = try vm.dictRemove(dict, args[1]) { return value }
            if let fallback = args.argument(at: 2) { return fallback }
            throw vm.keyError(args[1])
        }
        addMethod(dictType, "popitem") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "dict.popitem")
            let dict = try vm.receiver(args, PyDict.self, "dict.popitem")
            // Last in, first out: the newest live entry.
            guard let position = (0..<dict.entryCount).last(where: dict.isLive) else {
                throw vm.error(vm.exceptionType("KeyError"), "popitem(): dictionary is empty")
            }
            let pair = vm.tuple([dict.key(at: position), dict.value(at: position)])
            dict.remove(at: position)
            return pair
        }
        let views: [(String, PyType, DictIterationKind)] = [("keys", dictKeysType, .keys), ("values", dictValuesType, .values), ("items", dictItemsType, .items)]
        for (name, viewType, kind) in views {
            addMethod(dictType, name) { vm, args throws(PyError) in
                try vm.expectNoArguments(args, "dict.\(name)")
                return vm.track(PyDictView(type: viewType, dict: try vm.receiver(args, PyDict.self, "dict.\(name)"), kind: kind))
            }
        }
        addMethod(dictType, "update") { vm, args throws(PyError) in
            try vm.checkPositionalCount(args, "dict.update", 0, 1)
            let dict = try vm.receiver(args, PyDict.self, "dict.update")
            if let source = args.argument(at: 1) { try vm.dictUpdate(dict, from: source) }
            for (offset, name) in args.keywordNames.enumerated() {
                try vm.dictSet(dict, Value(name), args.values[args.count + offset])
            }
            return .none
        }
        addMethod(dictType, "copy") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "dict.copy")
            return Value(vm.copyDict(try vm.receiver(args, PyDict.self, "dict.copy")))
        }
        addMethod(dictType, "clear") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "dict.clear")
            try vm.receiver(args, PyDict.self, "dict.clear").removeAll()
            return .none
        }
        installDictFromKeys()
    }

    /// A new dict with the same entries, reusing their hashes.
    func copyDict(_ dict: PyDict) -> PyDict {
        let copy = newDict()
        for ((key, value), hash) in zip(dict.entries, dict.hashesInOrder) { copy.insertNew(key: key, hash: hash, value: value) }
        return copy
    }

    /// `dict.fromkeys` is a class method: called on the class or an instance, it receives the class.
    private func installDictFromKeys() {
        let fromKeys = builtinFunction("fromkeys") { vm, args throws(PyError) in
            try vm.expectPositional(args, "dict.fromkeys", 1, 2)
            let value = args.argument(at: 2) ?? .none
            guard let type = args[0].as(PyType.self), type !== vm.dictType else {
                let dict = vm.newDict()
                for key in try vm.collect(args[1]) { try vm.dictSet(dict, key, value) }
                return Value(dict)
            }
            // A subclass is instantiated and filled through its own `__setitem__`.
            let instance = try vm.call(args[0], [])
            for key in try vm.collect(args[1]) { try vm.setItem(instance, key, value) }
            return instance
        }
        dictType.dict.insertOrReplace(key: identifier("fromkeys"), value: permanent(PyDescriptor(type: classMethodType, getter: fromKeys)))
    }
}
