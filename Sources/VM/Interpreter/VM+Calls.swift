// Calling any callable: Python functions, built-ins, bound methods, classes and callable instances.

extension VM {
    /// Calls `callable` from Swift. CallArguments are copied onto the VM stack so that the
    /// collector sees them and Python functions find them where their frame expects them.
    public func call(_ callable: Value, _ arguments: [Value], keywordNames: [PyStr] = []) throws(PyError) -> Value {
        let savedTop = frames.last?.stackTop ?? 0
        let calleeSlot = savedTop
        guard calleeSlot + arguments.count + 2 < stackCapacity else {
            throw recursionError()
        }
        stack[calleeSlot] = callable
        for (index, argument) in arguments.enumerated() { stack[calleeSlot + 1 + index] = argument }
        let argumentStart = calleeSlot + 1
        let argumentEnd = argumentStart + arguments.count
        if !frames.isEmpty { frames[frames.count - 1].stackTop = argumentEnd }
        // The Swift caller may hold values that no root reaches.
        nativeCallDepth += 1
        defer {
            nativeCallDepth -= 1
            if !frames.isEmpty { frames[frames.count - 1].stackTop = savedTop }
        }
        return try callOnStack(callable, argumentStart: argumentStart, count: arguments.count, keywordNames: keywordNames)
    }

    /// Calls a callable whose arguments are at `stack[argumentStart..<argumentStart + count]`.
    private func callOnStack(_ callable: Value, argumentStart: Int, count: Int, keywordNames: [PyStr]) throws(PyError) -> Value {
        if let function = callable.as(PyFunction.self) {
            try enterFunction(function, argumentStart: argumentStart, count: count, keywordNames: keywordNames, returnsToNative: true)
            return try run()
        }
        if let method = callable.as(PyMethod.self) {
            var index = argumentStart + count
            while index > argumentStart {
                stack[index] = stack[index - 1]
                index -= 1
            }
            stack[argumentStart] = method.receiver
            if !frames.isEmpty { frames[frames.count - 1].stackTop = argumentStart + count + 1 }
            return try callOnStack(method.function, argumentStart: argumentStart, count: count + 1, keywordNames: keywordNames)
        }
        return try callNonFunction(callable, CallArguments(values: UnsafeBufferPointer(start: stack + argumentStart, count: count), keywordNames: keywordNames))
    }

    /// Calls anything but a Python function (the interpreter handles those itself).
    /// Calls a function implemented in Swift; a method of a built-in type first checks that its
    /// receiver is an instance of that type.
    @inline(__always)
    func callBuiltin(_ builtin: PyBuiltinFunction, _ arguments: CallArguments) throws(PyError) -> Value {
        if let owner = builtin.owner {
            guard arguments.count > 0 else {
                throw typeError("unbound method \(owner.name).\(builtin.name)() needs an argument")
            }
            let receiverType = arguments[0].objectTypeAddress
            guard receiverType == owner.address || typeOf(arguments[0]).isSubtype(of: owner) else {
                throw wrongReceiver(builtin, owner, arguments[0])
            }
        }
        nativeCallDepth += 1
        defer { nativeCallDepth -= 1 }
        return try builtin.function(self, arguments)
    }

    private func callType(_ type: PyType, _ callable: Value, _ arguments: CallArguments) throws(PyError) -> Value {
        if let metaclassCall = metaclassCall(type) {
            return try call(metaclassCall, [callable] + Array(arguments.values), keywordNames: arguments.keywordNames)
        }
        if type.constructorRootsWhatItHolds { return try instantiate(type, arguments) }
        nativeCallDepth += 1
        defer { nativeCallDepth -= 1 }
        return try instantiate(type, arguments)
    }

    func callNonFunction(_ callable: Value, _ arguments: CallArguments) throws(PyError) -> Value {
        guard callable.isObject else { throw typeError("'\(typeName(callable))' object is not callable") }
        // Built-in types (`set(…)`, `tuple(…)`) first, without the casts and retains below.
        if callable.isInstance(exactly: PyType.self) {
            let result = callable.unmanaged(PyType.self)._withUnsafeGuaranteedRef { type in
                Result { () throws(PyError) -> Value in try callType(type, callable, arguments) }
            }
            return try result.get()
        }
        switch callable.object {
        case let builtin as PyBuiltinFunction:
            return try callBuiltin(builtin, arguments)
        case let method as PyMethod:
            return try call(method.function, [method.receiver] + Array(arguments.values), keywordNames: arguments.keywordNames)
        case is PyFunction:
            return try call(callable, Array(arguments.values), keywordNames: arguments.keywordNames)
        default:
            let type = callable.object.type!
            if type.instancesHaveDict, let method = type.lookup(identifier("__call__")) {
                return try call(method, [callable] + Array(arguments.values), keywordNames: arguments.keywordNames)
            }
            throw typeError("'\(type.name)' object is not callable")
        }
    }

    /// CPython words the error after the kind of descriptor: special methods are slot wrappers,
    /// except a few that built-in types define as ordinary methods.
    private func wrongReceiver(_ builtin: PyBuiltinFunction, _ owner: PyType, _ receiver: Value) -> PyError {
        let name = builtin.name
        let isOrdinaryMethod = Self.specialMethodsDefinedAsMethods.contains("\(owner.name).\(name)")
        if name.hasPrefix("__") && name.hasSuffix("__") && !isOrdinaryMethod {
            return typeError("descriptor '\(name)' requires a '\(owner.name)' object but received a '\(typeName(receiver))'")
        }
        return typeError("descriptor '\(name)' for '\(owner.name)' objects doesn't apply to a '\(typeName(receiver))' object")
    }

    /// The name CPython uses for a callable in argument errors, e.g. `f()` or `Point.__init__()`.
    func callableName(_ callable: Value) throws(PyError) -> String {
        if let function = callable.as(PyFunction.self) { return "\(function.qualifiedName)()" }
        if let builtin = callable.as(PyBuiltinFunction.self) { return "\(builtin.name)()" }
        if let method = callable.as(PyMethod.self) { return try callableName(method.function) }
        if let type = callable.as(PyType.self) { return "\(type.name)()" }
        return "\(typeName(callable)) object"
    }

    /// Binds call arguments to a new frame's locals following CPython's rules and messages.
    func bindArguments(_ function: PyFunction, _ arguments: [Value], keywordNames: [PyStr], base: Int) throws(PyError) {
        let code = function.code
        let name = function.qualifiedName
        let positionalCount = arguments.count - keywordNames.count
        let parameterCount = code.argumentCount
        let locals = stack + base
        for index in 0..<code.localNames.count { locals[index] = .null }
        // Positional parameters.
        for index in 0..<min(positionalCount, parameterCount) { locals[index] = arguments[index] }
        var nextSlot = parameterCount + code.keywordOnlyCount
        if code.flags.contains(.varArgs) {
            locals[nextSlot] = tuple(positionalCount > parameterCount ? Array(arguments[parameterCount..<positionalCount]) : [])
            nextSlot += 1
        } else if positionalCount > parameterCount {
            let defaultsCount = function.defaults.count
            let given = positionalCount
            let takes = defaultsCount > 0 ? "from \(parameterCount - defaultsCount) to \(parameterCount)" : "\(parameterCount)"
            let keywordOnlyGiven = keywordNames.filter { keyword in code.localNames[parameterCount..<parameterCount + code.keywordOnlyCount].contains(keyword.value) }.count
            let plural = parameterCount == 1 && defaultsCount == 0 ? "argument" : "arguments"
            var message = "\(name)() takes \(takes) positional \(plural) but \(given) \(given == 1 ? "was" : "were") given"
            if keywordOnlyGiven > 0 {
                message = "\(name)() takes \(takes) positional \(plural) but \(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given"
            }
            throw typeError(message)
        }
        // Keyword arguments.
        var extraKeywords: PyDict?
        if code.flags.contains(.varKeywords) {
            extraKeywords = newDict()
            locals[nextSlot] = Value(extraKeywords!)
        }
        for (offset, keyword) in keywordNames.enumerated() {
            let value = arguments[positionalCount + offset]
            if let index = code.localNames[0..<(parameterCount + code.keywordOnlyCount)].firstIndex(of: keyword.value), index >= code.positionalOnlyCount {
                if !locals[index].isNull {
                    throw typeError("\(name)() got multiple values for argument '\(keyword.value)'")
                }
                locals[index] = value
            } else if let extraKeywords {
                if extraKeywords.lookupString(keyword) != nil {
                    throw typeError("\(name)() got multiple values for keyword argument '\(keyword.value)'")
                }
                extraKeywords.insertOrReplace(key: keyword, value: value)
            } else {
                // As CPython: any positional-only parameter named by a keyword explains the failure,
                // and all of them are listed, in parameter order.
                let positionalOnlyGiven = code.localNames[0..<code.positionalOnlyCount].filter { parameter in
                    keywordNames.contains { $0.value == parameter }
                }
                if !positionalOnlyGiven.isEmpty {
                    throw typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyGiven.joined(separator: ", "))'")
                }
                throw typeError("\(name)() got an unexpected keyword argument '\(keyword.value)'")
            }
        }
        // Defaults and missing arguments.
        let firstDefault = parameterCount - function.defaults.count
        var missing: [String] = []
        for index in 0..<parameterCount where locals[index].isNull {
            if index >= firstDefault {
                locals[index] = function.defaults[index - firstDefault]
            } else {
                missing.append(code.localNames[index])
            }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }
        var missingKeywordOnly: [String] = []
        for index in parameterCount..<(parameterCount + code.keywordOnlyCount) where locals[index].isNull {
            let parameter = code.localNames[index]
            if let value = function.keywordDefaults?.lookupString(intern(parameter)) {
                locals[index] = value
            } else {
                missingKeywordOnly.append(parameter)
            }
        }
        if !missingKeywordOnly.isEmpty { throw missingArguments(name, missingKeywordOnly, kind: "keyword-only") }
    }

    private func missingArguments(_ function: String, _ names: [String], kind: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let noun = names.count == 1 ? "argument" : "arguments"
        return typeError("\(function)() missing \(names.count) required \(kind) \(noun): \(list)")
    }
}
