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
            (strType!, { $0.as(PyStr.self) != nil }), (listType!, { $0.as(PyList.self) != nil }),
            (tupleType!, { $0.as(PyTuple.self) != nil }), (dictType!, { $0.as(PyDict.self) != nil }),
            (setType!, { $0.as(PySet.self) != nil }), (frozensetType!, { $0.as(PySet.self) != nil }),
        ]
        for (type, accepts) in sequences {
            installContainerSpecialMethods(type, accepts: accepts)
        }
        for (type, operations) in [(strType!, [BinaryOperation.add, .multiply, .modulo]), (listType!, [.add, .multiply]), (tupleType!, [.add, .multiply]), (dictType!, [.bitOr]),
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
            addMethod(type, "__setitem__") { vm, args throws(PyError) in
                try vm.expectSpecialArguments(args, 2)
                try vm.builtinSetItem(args[0], args[1], args[2])
                return .none
            }
            addMethod(type, "__delitem__") { vm, args throws(PyError) in
                try vm.expectSpecialArguments(args, 1)
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
                addMethod(type, name) { vm, args throws(PyError) in
                    try vm.expectSpecialArguments(args, 1)
                    guard accepts(vm, args[1]) else { return vm.notImplemented }
                    let (left, right) = isReflected ? (args[1], args[0]) : (args[0], args[1])
                    return try vm.numberOperation(operation, left, right) ?? vm.notImplemented
                }
            }
        }
        for (name, opcode) in [("__neg__", Opcode.unaryNegative), ("__pos__", .unaryPositive), ("__invert__", .unaryInvert)] {
            if type === floatType && opcode == .unaryInvert { continue }
            addMethod(type, name) { vm, args throws(PyError) in
                try vm.expectSpecialArguments(args, 0)
                return try vm.numberUnaryOperation(opcode, args[0])!
            }
        }
        addMethod(type, "__abs__") { vm, args throws(PyError) in
            try vm.expectSpecialArguments(args, 0)
            if let integer = vm.bigInt(args[0]) { return vm.int(integer < 0 ? -integer : integer) }
            return Value(Swift.abs(vm.floatValue(args[0])!))
        }
        addMethod(type, "__bool__") { vm, args throws(PyError) in
            try vm.expectSpecialArguments(args, 0)
            if let integer = vm.bigInt(args[0]) { return Value(integer != 0) }
            return Value(vm.floatValue(args[0])! != 0)
        }
        installComparisons(type, accepts: { value in accepts(self, value) })
        installReprAndHash(type)
    }

    /// Length, items, membership, iteration, comparisons, hash and repr of a container type.
    private func installContainerSpecialMethods(_ type: PyType, accepts: @escaping (Value) -> Bool) {
        addMethod(type, "__len__") { vm, args throws(PyError) in
            try vm.expectSpecialArguments(args, 0)
            return vm.int(try vm.builtinLength(args[0])!)
        }
        addMethod(type, "__contains__") { vm, args throws(PyError) in
            try vm.expectSpecialArguments(args, 1)
            return Value(try vm.builtinContains(args[0], args[1]))
        }
        addMethod(type, "__iter__") { vm, args throws(PyError) in
            try vm.expectSpecialArguments(args, 0)
            return vm.builtinIterator(args[0])!
        }
        if type !== setType && type !== frozensetType {
            addMethod(type, "__getitem__") { vm, args throws(PyError) in
                try vm.expectSpecialArguments(args, 1)
                return try vm.builtinGetItem(args[0], args[1])
            }
        }
        installComparisons(type, accepts: accepts)
        installReprAndHash(type)
    }

    private func installComparisons(_ type: PyType, accepts: @escaping (Value) -> Bool) {
        for operation in ComparisonOperation.allCases {
            addMethod(type, operation.methodName) { vm, args throws(PyError) in
                try vm.expectSpecialArguments(args, 1)
                guard accepts(args[1]), let result = try vm.builtinComparison(args[0], args[1], operation, honouringOverrides: false) else {
                    return vm.notImplemented
                }
                return Value(result)
            }
        }
    }

    private func installReprAndHash(_ type: PyType) {
        addMethod(type, "__repr__") { vm, args throws(PyError) in
            try vm.expectSpecialArguments(args, 0)
            return vm.str(try vm.builtinRepr(args[0]))
        }
        addMethod(type, "__hash__") { vm, args throws(PyError) in
            try vm.expectSpecialArguments(args, 0)
            if !args[0].isObject { return vm.int(try vm.hash(args[0])) }
            return vm.int(try vm.builtinHash(args[0].object))
        }
    }

    /// `__op__`, `__rop__` and, for mutable types, `__iop__` of a sequence, set or dict operator.
    private func installContainerOperation(_ type: PyType, _ operation: BinaryOperation) {
        let (forward, reflected, inPlace) = operation.methodNames
        let isMutable = type === listType || type === setType || type === dictType
        let isSequence = type === strType || type === listType || type === tupleType
        var variants: [(name: String, isReflected: Bool, isInPlace: Bool)] = [(forward, false, false)]
        // Sequences repeat from either side; sets combine from either side; only `*` is reflected for sequences.
        if operation == .multiply || type === setType || type === frozensetType || type === dictType { variants.append((reflected, true, false)) }
        if isMutable { variants.append((inPlace, false, true)) }
        for variant in variants {
            addMethod(type, variant.name) { vm, args throws(PyError) in
                try vm.expectSpecialArguments(args, 1)
                let (left, right) = variant.isReflected ? (args[1], args[0]) : (args[0], args[1])
                if let result = try vm.builtinContainerOperation(operation, left, right, inPlace: variant.isInPlace) { return result }
                guard isSequence else { return vm.notImplemented }
                // Sequences raise where numbers and sets would return NotImplemented, as CPython's
                // sq_concat and sq_repeat slots do.
                if operation == .multiply { throw vm.typeError("'\(vm.typeName(args[1]))' object cannot be interpreted as an integer") }
                throw vm.typeError("can only concatenate \(type.name) (not \"\(vm.typeName(args[1]))\") to \(type.name)")
            }
        }
    }

    /// Special methods take a fixed number of arguments after the receiver.
    private func expectSpecialArguments(_ args: CallArguments, _ count: Int) throws(PyError) {
        try rejectKeywords(args, "")
        let given = args.count - 1
        guard given != count else { return }
        if count == 0 { throw typeError("expected 0 arguments, got \(given)") }
        throw typeError("expected \(count) argument\(count == 1 ? "" : "s"), got \(given)")
    }
}
