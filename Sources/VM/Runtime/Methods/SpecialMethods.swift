// Special methods of the built-in types, for code that calls them directly (`(1).__add__(2)`,
// `dict.__setitem__(self, key, value)`, `super().__getitem__(key)`) and for the subclasses that
// inherit them. Each computes what the built-in type does, whatever a subclass overrides.

extension VM {
    func installSpecialMethods() {
        installNumberSpecialMethods(intType, accepts: { vm, value in vm.isIntLike(value) })
        installNumberSpecialMethods(floatType, accepts: { vm, value in vm.isIntLike(value) || vm.floatValue(value) != nil })
        addMethod(intType, "__index__") { vm, args throws(PyError) in vm.int(vm.bigInt(args[0])!) }
        addMethod(intType, "__int__") { vm, args throws(PyError) in vm.int(vm.bigInt(args[0])!) }
        addMethod(intType, "__float__") { vm, args throws(PyError) in Value(try vm.double(args[0])!) }
        addMethod(floatType, "__float__") { vm, args throws(PyError) in Value(vm.floatValue(args[0])!) }
        addMethod(floatType, "__int__") { vm, args throws(PyError) in try vm.intConstructor(Value(vm.floatValue(args[0])!), base: .null) }

        let sequences: [(PyType, (Value) -> Bool)] = [
            (strType!, { $0.as(PyStr.self) != nil }), (bytesType!, { $0.as(PyBytes.self) != nil }), (listType!, { $0.as(PyList.self) != nil }),
            (tupleType!, { $0.as(PyTuple.self) != nil }), (dictType!, { $0.as(PyDict.self) != nil }),
            (setType!, { $0.as(PySet.self) != nil }), (frozensetType!, { $0.as(PySet.self) != nil }),
        ]
        for (type, accepts) in sequences {
            installContainerSpecialMethods(type, accepts: accepts)
        }
        for (type, operations) in [(strType!, [BinaryOperation.add, .multiply, .modulo]), (bytesType!, [.add, .multiply]), (listType!, [.add, .multiply]), (tupleType!, [.add, .multiply]), (dictType!, [.bitOr]),
                                   (setType!, [.bitOr, .bitAnd, .subtract, .bitXor]), (frozensetType!, [.bitOr, .bitAnd, .subtract, .bitXor])] {
            for operation in operations {
                installContainerOperation(type, operation)
            }
        }
        addMethod(strType, "__str__") { vm, args throws(PyError) in
            vm.typeOf(args[0]) === vm.strType ? args[0] : vm.str(try vm.receiver(args, PyStr.self, "str.__str__").value)
        }
        for type in [listType!, dictType!, setType!] {
            type.dict.insertOrReplace(key: identifier("__hash__"), value: .none)
        }
        for type in [listType!, dictType!] {
            addSpecialMethod(type, "__setitem__", arity: 2) { vm, args throws(PyError) in
                try vm.builtinSetItem(args[0], args[1], args[2])
                return .none
            }
            addSpecialMethod(type, "__delitem__", arity: 1) { vm, args throws(PyError) in
                try vm.builtinDeleteItem(args[0], args[1])
                return .none
            }
        }
    }

    /// Arithmetic, comparisons, truth, hash and repr of `int` or `float`; `accepts` tells which
    /// other operands the type's operations handle (others get NotImplemented).
    private func installNumberSpecialMethods(_ type: PyType, accepts: @escaping (VM, Value) -> Bool) {
        for operation in BinaryOperation.allCases where operation != .matrixMultiply {
            if type === floatType && [.leftShift, .rightShift, .bitOr, .bitXor, .bitAnd].contains(operation) { continue }
            let (forward, reflected, _) = operation.methodNames
            for (name, isReflected) in [(forward, false), (reflected, true)] {
                addSpecialMethod(type, name, arity: 1) { vm, args throws(PyError) in
                    guard accepts(vm, args[1]) else { return vm.notImplemented }
                    let (left, right) = isReflected ? (args[1], args[0]) : (args[0], args[1])
                    return try vm.numberOperation(operation, left, right) ?? vm.notImplemented
                }
            }
        }
        for (name, opcode) in [("__neg__", Opcode.unaryNegative), ("__pos__", .unaryPositive), ("__invert__", .unaryInvert)] {
            if type === floatType && opcode == .unaryInvert { continue }
            addSpecialMethod(type, name, arity: 0) { vm, args throws(PyError) in
                return try vm.numberUnaryOperation(opcode, args[0])!
            }
        }
        addSpecialMethod(type, "__abs__", arity: 0) { vm, args throws(PyError) in
            if let integer = vm.bigInt(args[0]) { return vm.int(integer < 0 ? -integer : integer) }
            return Value(Swift.abs(vm.floatValue(args[0])!))
        }
        addSpecialMethod(type, "__bool__", arity: 0) { vm, args throws(PyError) in
            if let integer = vm.bigInt(args[0]) { return Value(integer != 0) }
            return Value(vm.floatValue(args[0])! != 0)
        }
        installComparisons(type, accepts: { value in accepts(self, value) })
        installReprAndHash(type)
    }

    /// Length, items, membership, iteration, comparisons, hash and repr of a container type.
    private func installContainerSpecialMethods(_ type: PyType, accepts: @escaping (Value) -> Bool) {
        addSpecialMethod(type, "__len__", arity: 0) { vm, args throws(PyError) in
            return vm.int(try vm.builtinLength(args[0])!)
        }
        addSpecialMethod(type, "__contains__", arity: 1) { vm, args throws(PyError) in
            return Value(try vm.builtinContains(args[0], args[1]))
        }
        addSpecialMethod(type, "__iter__", arity: 0) { vm, args throws(PyError) in
            return vm.builtinIterator(args[0])!
        }
        if type !== setType && type !== frozensetType {
            addSpecialMethod(type, "__getitem__", arity: 1) { vm, args throws(PyError) in
                return try vm.builtinGetItem(args[0], args[1])
            }
        }
        installComparisons(type, accepts: accepts)
        installReprAndHash(type)
    }

    private func installComparisons(_ type: PyType, accepts: @escaping (Value) -> Bool) {
        for operation in ComparisonOperation.allCases {
            addSpecialMethod(type, operation.methodName, arity: 1) { vm, args throws(PyError) in
                guard accepts(args[1]), let result = try vm.builtinComparison(args[0], args[1], operation, honouringOverrides: false) else {
                    return vm.notImplemented
                }
                return Value(result)
            }
        }
    }

    private func installReprAndHash(_ type: PyType) {
        addSpecialMethod(type, "__repr__", arity: 0) { vm, args throws(PyError) in
            return vm.str(try vm.builtinRepr(args[0]))
        }
        addSpecialMethod(type, "__hash__", arity: 0) { vm, args throws(PyError) in
            if !args[0].isObject { return vm.int(try vm.hash(args[0])) }
            return vm.int(try vm.builtinHash(args[0].object))
        }
    }

    /// `__op__`, `__rop__` and, for mutable types, `__iop__` of a sequence, set or dict operator.
    private func installContainerOperation(_ type: PyType, _ operation: BinaryOperation) {
        let (forward, reflected, inPlace) = operation.methodNames
        let isMutable = type === listType || type === setType || type === dictType
        let isSequence = type === strType || type === bytesType || type === listType || type === tupleType
        var variants: [(name: String, isReflected: Bool, isInPlace: Bool)] = [(forward, false, false)]
        // Sequences repeat from either side; sets combine from either side; only `*` is reflected for sequences.
        if operation == .multiply || type === setType || type === frozensetType || type === dictType { variants.append((reflected, true, false)) }
        if isMutable { variants.append((inPlace, false, true)) }
        for variant in variants {
            addSpecialMethod(type, variant.name, arity: 1) { vm, args throws(PyError) in
                let (left, right) = variant.isReflected ? (args[1], args[0]) : (args[0], args[1])
                if let result = try vm.builtinContainerOperation(operation, left, right, inPlace: variant.isInPlace) { return result }
                guard isSequence else { return vm.notImplemented }
                // Sequences raise where numbers and sets would return NotImplemented, as CPython's
                // sq_concat and sq_repeat slots do.
                if operation == .multiply { throw vm.typeError("'\(vm.typeName(args[1]))' object cannot be interpreted as an integer") }
                if type === vm.bytesType { throw vm.typeError("can't concat \(vm.typeName(args[1])) to \(vm.typeName(args[0]))") }
                throw vm.typeError("can only concatenate \(type.name) (not \"\(vm.typeName(args[1]))\") to \(type.name)")
            }
        }
    }

    /// The special methods that CPython defines as ordinary methods rather than slot wrappers;
    /// their argument errors are worded differently.
    static let specialMethodsDefinedAsMethods: Set<String> = ["list.__getitem__", "dict.__getitem__", "dict.__contains__"]

    /// Adds a special method that takes `arity` positional arguments after the receiver, checked
    /// with CPython's messages.
    private func addSpecialMethod(_ type: PyType, _ name: String, arity: Int, _ body: @escaping NativeFunction) {
        let isMethod = Self.specialMethodsDefinedAsMethods.contains("\(type.name).\(name)")
        addMethod(type, name) { (vm: VM, args: CallArguments) throws(PyError) -> Value in
            let given = args.count - 1
            if isMethod {
                try vm.rejectKeywords(args, "\(type.name).\(name)")
                guard given == arity else { throw vm.typeError("\(type.name).\(name)() takes exactly one argument (\(given) given)") }
            } else {
                guard args.keywordNames.isEmpty else { throw vm.typeError("wrapper \(name)() takes no keyword arguments") }
                guard given == arity else { throw vm.typeError("expected \(arity) argument\(arity == 1 ? "" : "s"), got \(given)") }
            }
            return try body(vm, args)
        }
    }
}
