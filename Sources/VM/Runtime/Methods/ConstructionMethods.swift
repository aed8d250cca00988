// `__new__` and `__init__` of the built-in types that classes defined in Python may derive from.

extension VM {
    /// Subclasses reach these through instantiation, `super()` and calls such as
    /// `tuple.__new__(cls, items)` or `dict.__init__(self, pairs)`.
    func installConstructionMethods() {
        // Immutable types: `__new__` makes the value, which an instance of the subclass then holds.
        for type in [intType!, floatType!, strType!, bytesType!, tupleType!, frozensetType!] {
            let construct = constructors[type.constructorIndex]
            installNew(type) { (vm: VM, subtype: PyType, arguments: CallArguments) throws(PyError) -> Value in
                // The constructor gets the subclass, whose name some of CPython's errors use.
                let value = try construct(vm, subtype, arguments)
                return subtype === type ? value : try vm.subclassInstance(subtype, holding: value)
            }
        }
        // Mutable types: `__new__` makes an empty instance and `__init__` fills it.
        for type in [listType!, dictType!, setType!] {
            let new = installNew(type) { (vm: VM, subtype: PyType, arguments: CallArguments) throws(PyError) -> Value in
                if subtype === type { return try vm.instantiate(type, CallArguments(values: UnsafeBufferPointer(start: nil, count: 0))) }
                return try vm.allocateInstance(subtype, arguments)
            }
            allocatingNewDescriptors.append(new)
        }
        addMethod(dictType, "__init__") { vm, args throws(PyError) in
            let dict = try vm.receiver(args, PyDict.self, "dict.__init__")
            try vm.fillDict(dict, CallArguments(values: UnsafeBufferPointer(rebasing: args.values.dropFirst()), keywordNames: args.keywordNames))
            return .none
        }
        addMethod(setType, "__init__") { vm, args throws(PyError) in
            let set = try vm.receiver(args, PySet.self, "set.__init__")
            try vm.rejectKeywords("set", args)
            if let failure = vm.argumentCountError(vm.typeName(args[0]), CallArguments(values: UnsafeBufferPointer(rebasing: args.values.dropFirst())), minimum: 0, maximum: 1) {
                throw failure
            }
            set.removeAll()
            if args.count == 2 { try vm.updateSet(set, with: args[1]) }
            return .none
        }
    }

    /// `dict(mapping_or_pairs, **keywords)` and `dict.__init__`: adds the arguments' items.
    func fillDict(_ dict: PyDict, _ arguments: CallArguments) throws(PyError) {
        if let failure = argumentCountError("dict", arguments, minimum: 0, maximum: 1) { throw failure }
        if arguments.count == 1 { try dictUpdate(dict, from: arguments[0]) }
        for (offset, name) in arguments.keywordNames.enumerated() {
            try dictSet(dict, Value(name), arguments.values[arguments.count + offset])
        }
    }

    /// Installs `type.__new__(subtype, arguments…)`, a static method as in CPython.
    @discardableResult
    private func installNew(_ type: PyType, _ make: @escaping Constructor) -> Value {
        let function = builtinFunction("__new__") { (vm: VM, args: CallArguments) throws(PyError) -> Value in
            guard args.count >= 1 else { throw vm.typeError("\(type.name).__new__(): not enough arguments") }
            guard let subtype = args[0].as(PyType.self) else {
                throw vm.typeError("\(type.name).__new__(X): X is not a type object (\(vm.typeName(args[0])))")
            }
            guard subtype.isSubtype(of: type) else {
                throw vm.typeError("\(type.name).__new__(\(subtype.name)): \(subtype.name) is not a subtype of \(type.name)")
            }
            return try make(vm, subtype, CallArguments(values: UnsafeBufferPointer(rebasing: args.values.dropFirst()), keywordNames: args.keywordNames))
        }
        let descriptor = permanent(PyDescriptor(type: staticMethodType, getter: function))
        type.dict.insertOrReplace(key: identifier("__new__"), value: descriptor)
        return descriptor
    }
}
