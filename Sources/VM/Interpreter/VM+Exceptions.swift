// Creating, raising, matching and printing exceptions.

extension VM {
    public func makeException(_ type: PyType, _ arguments: [Value]) -> Value {
        track(PyBaseException(type: type, dict: newDict(), args: tuple(arguments)))
    }

    public func error(_ type: PyType, _ message: String) -> PyError {
        PyError(makeException(type, [str(message)]))
    }

    public func typeError(_ message: String) -> PyError { error(exceptionType("TypeError"), message) }
    public func valueError(_ message: String) -> PyError { error(exceptionType("ValueError"), message) }
    public func indexError(_ message: String) -> PyError { error(exceptionType("IndexError"), message) }
    func recursionError() -> PyError { error(exceptionType("RecursionError"), "maximum recursion depth exceeded") }
    public func keyError(_ key: Value) -> PyError { PyError(makeException(exceptionType("KeyError"), [key])) }

    /// What `raise value` raises: an exception instance, or a class instantiated without
    /// arguments; `cause` (when not null) becomes `__cause__`.
    func makeRaisable(_ value: Value, cause: Value) throws(PyError) -> Value {
        var exception = value
        if let type = value.as(PyType.self) {
            guard type.isSubtype(of: exceptionType("BaseException")) else {
                throw typeError("exceptions must derive from BaseException")
            }
            exception = try call(value, [])
            guard exception.as(PyBaseException.self) != nil else {
                throw typeError("calling \(try repr(value)) should have returned an instance of BaseException, not \(typeName(exception))")
            }
        } else if value.as(PyBaseException.self) == nil {
            throw typeError("exceptions must derive from BaseException")
        }
        if !cause.isNull {
            let object = exception.object as! PyBaseException
            if let causeType = cause.as(PyType.self), causeType.isSubtype(of: exceptionType("BaseException")) {
                object.cause = try call(cause, [])
            } else if cause.isNone || cause.as(PyBaseException.self) != nil {
                object.cause = cause
            } else {
                throw typeError("exception causes must derive from BaseException")
            }
            object.suppressContext = true
        }
        return exception
    }

    /// `except type:` — a class or a tuple of classes.
    func exceptionMatches(_ exception: Value, _ type: Value) throws(PyError) -> Bool {
        if let tuple = type.as(PyTuple.self) {
            for element in tuple.items where try exceptionMatches(exception, element) { return true }
            return false
        }
        guard let expected = type.as(PyType.self), expected.isSubtype(of: exceptionType("BaseException")) else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return typeOf(exception).isSubtype(of: expected)
    }

    func exceptionAttribute(_ exception: PyBaseException, _ name: String) -> Value? {
        switch name {
        case "args": return visibleArguments(exception)
        case "__cause__": return exception.cause
        case "__context__": return exception.context
        case "__suppress_context__": return Value(exception.suppressContext)
        case "__traceback__": return Value.none
        case "__dict__": return Value(exception.dict)
        case "code" where exception.type.isSubtype(of: exceptionType("SystemExit")):
            let arguments = (exception.args.object as! PyTuple).items
            return arguments.isEmpty ? Value.none : (arguments.count == 1 ? arguments[0] : exception.args)
        case "errno", "strerror", "filename", "filename2": return osErrorAttribute(exception, name)
        case "value" where exception.type.isSubtype(of: exceptionType("StopIteration")):
            let arguments = (exception.args.object as! PyTuple).items
            return arguments.first ?? Value.none
        default: return nil
        }
    }

    func setExceptionAttribute(_ exception: PyBaseException, _ name: String, _ value: Value) throws(PyError) -> Bool {
        switch name {
        case "args":
            exception.args = tuple(try collect(value))
        case "__cause__":
            exception.cause = value
            exception.suppressContext = true
        case "__context__":
            exception.context = value
        case "__suppress_context__":
            exception.suppressContext = try isTruthy(value)
        default:
            return false
        }
        return true
    }

    /// The last line of a traceback: `Type: message`, or just `Type` without a message.
    public func exceptionSummary(_ exception: Value) -> String {
        let type = typeOf(exception)
        let name = type.module == "builtins" || type.module == "__main__" ? type.name : "\(type.module).\(type.name)"
        let message = (try? toStr(exception)) ?? "<exception str() failed>"
        return message.isEmpty ? name : "\(name): \(message)"
    }

    /// The full report CPython prints for an uncaught exception, chained exceptions included.
    public func formatTraceback(_ exception: Value) -> String {
        var text = ""
        guard let object = exception.as(PyBaseException.self) else { return exceptionSummary(exception) + "\n" }
        if !object.cause.isNone {
            text += formatTraceback(object.cause)
            text += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !object.context.isNone && !object.suppressContext {
            text += formatTraceback(object.context)
            text += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !object.traceback.isEmpty {
            text += "Traceback (most recent call last):\n"
            for entry in object.traceback.reversed() {
                text += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
                if let line = sourceLine(entry.filename, entry.line) {
                    let stripped = line.drop(while: { $0 == " " || $0 == "\t" })
                    if !stripped.isEmpty { text += "    \(stripped)\n" }
                }
            }
        }
        text += exceptionSummary(exception)
        if let suggestion = nameSuggestion(object) { text += ". Did you mean: '\(suggestion)'?" }
        return text + "\n"
    }

    /// CPython's `_Py_Offer_Suggestions`: for an AttributeError, the closest attribute of the
    /// object; for a NameError, the closest local variable, then global, then built-in.
    private func nameSuggestion(_ exception: PyBaseException) -> String? {
        switch exception.suggestionSource {
        case .attribute(let object, let name) where exception.type.isSubtype(of: exceptionType("AttributeError")):
            return NameSuggestions.closest(to: name, among: attributeNames(object))
        case .variable(let localNames, let globals, let name) where exception.type === exceptionType("NameError"):
            func keys(_ dict: PyDict) -> [String] { dict.entries.compactMap { $0.key.as(PyStr.self)?.value } }
            return NameSuggestions.closest(to: name, among: localNames)
                ?? NameSuggestions.closest(to: name, among: keys(globals))
                ?? NameSuggestions.closest(to: name, among: keys(builtins.dict))
        default:
            return nil
        }
    }
}
