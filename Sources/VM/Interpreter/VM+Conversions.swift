// str(), repr() and format() of every built-in value, and the bridges to the formatting library.

import BigInt

extension VM {
    /// `repr(value)`.
    public func repr(_ value: Value) throws(PyError) -> String {
        var visiting: [UInt64] = []
        return try repr(value, visiting: &visiting)
    }

    /// `repr` as the built-in type of `value` computes it, whatever its class overrides
    /// (`list.__repr__(self)`).
    func builtinRepr(_ value: Value) throws(PyError) -> String {
        var visiting: [UInt64] = []
        return try repr(value, visiting: &visiting, honouringOverride: false)
    }

    private func repr(_ value: Value, visiting: inout [UInt64], honouringOverride: Bool = true) throws(PyError) -> String {
        if value.isSmallInt { return String(value.smallInt) }
        if value.isFloat { return FloatRepr.repr(value.float) }
        if value.isBool { return value == .true ? "True" : "False" }
        if value.isNone { return "None" }
        let object = value.object
        let type = object.type!
        if honouringOverride, type.instancesHaveDict, let method = type.lookup(identifier("__repr__")), method.as(PyFunction.self) != nil {
            return try textResult(try call(method, [value]), method: "__repr__")
        }
        // Containers that contain themselves print `[...]`.
        if visiting.contains(value.bits) {
            switch object {
            case is PyList: return "[...]"
            case is PyDict: return "{...}"
            default: return "..."
            }
        }
        visiting.append(value.bits)
        defer { visiting.removeLast() }
        func items(_ values: [Value], visiting: inout [UInt64]) throws(PyError) -> String {
            var parts: [String] = []
            for item in values { parts.append(try repr(item, visiting: &visiting)) }
            return parts.joined(separator: ", ")
        }
        switch object {
        case let string as PyStr: return Self.quote(string.value)
        case let big as PyInt: return String(big.value)
        case let number as PyFloatSubclassInstance: return FloatRepr.repr(number.value)
        case let list as PyList: return "[\(try items(list.items, visiting: &visiting))]"
        case let tuple as PyTuple:
            let inner = try items(tuple.items, visiting: &visiting)
            return tuple.items.count == 1 ? "(\(inner),)" : "(\(inner))"
        case let dict as PyDict:
            var parts: [String] = []
            for (key, item) in dict.entries {
                parts.append("\(try repr(key, visiting: &visiting)): \(try repr(item, visiting: &visiting))")
            }
            return "{\(parts.joined(separator: ", "))}"
        case let set as PySet:
            let isFrozen = type.isSubtype(of: frozensetType)
            if set.count == 0 { return "\(type.name)()" }
            let inner = "{\(try items(set.elements, visiting: &visiting))}"
            return isFrozen || type !== setType ? "\(type.name)(\(inner))" : inner
        case let bytes as PyBytes: return Self.bytesRepr(bytes.bytes)
        case let range as PyRange:
            return range.step == 1 ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
        case let slice as PySlice:
            return "slice(\(try repr(slice.start)), \(try repr(slice.stop)), \(try repr(slice.step)))"
        case let view as PyDictView:
            let name = switch view.kind {
            case .keys: "dict_keys"
            case .values: "dict_values"
            case .items: "dict_items"
            }
            var parts: [String] = []
            for (key, item) in view.dict.entries {
                switch view.kind {
                case .keys: parts.append(try repr(key, visiting: &visiting))
                case .values: parts.append(try repr(item, visiting: &visiting))
                case .items: parts.append("(\(try repr(key, visiting: &visiting)), \(try repr(item, visiting: &visiting)))")
                }
            }
            return "\(name)([\(parts.joined(separator: ", "))])"
        case let exception as PyBaseException:
            let arguments = (visibleArguments(exception).object as! PyTuple).items
            if arguments.count == 1 { return "\(type.name)(\(try repr(arguments[0], visiting: &visiting)))" }
            return "\(type.name)(\(try items(arguments, visiting: &visiting)))"
        case let classObject as PyType:
            return "<class '\(classObject.module == "builtins" ? classObject.name : "\(classObject.module).\(classObject.name)")'>"
        case let function as PyFunction:
            return "<function \(function.qualifiedName) at \(address(value))>"
        case let builtin as PyBuiltinFunction:
            if let owner = builtin.owner { return "<method '\(builtin.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(builtin.name)>"
        case let method as PyMethod:
            if method.function.as(PyBuiltinFunction.self) != nil {
                return "<built-in method \((method.function.object as! PyBuiltinFunction).name) of \(typeName(method.receiver)) object at \(address(method.receiver))>"
            }
            return "<bound method \(try callableName(method.function).dropLast(2)) of \(try repr(method.receiver, visiting: &visiting))>"
        case let module as PyModule:
            return module.dict.lookupString(identifier("__file__")).flatMap { $0.as(PyStr.self) }.map { "<module '\(module.name)' from '\($0.value)'>" } ?? "<module '\(module.name)' (built-in)>"
        default:
            if value == notImplemented { return "NotImplemented" }
            if value == ellipsis { return "Ellipsis" }
            if let method = nativeSpecialMethod(type, identifier("__repr__")) { return try textResult(try call(method, [value]), method: "__repr__") }
            let name = type.module == "builtins" ? type.name : "\(type.module).\(type.name)"
            return "<\(name) object at \(address(value))>"
        }
    }

    func address(_ value: Value) -> String {
        "0x" + String(value.bits & Value.payloadMask, radix: 16).leftPadded(to: 12)
    }

    private func textResult(_ result: Value, method: String) throws(PyError) -> String {
        guard let string = result.as(PyStr.self) else {
            throw typeError("\(method) returned non-string (type \(typeName(result)))")
        }
        return string.value
    }

    /// `str(value)`.
    public func toStr(_ value: Value) throws(PyError) -> String {
        if value.isObject {
            let object = value.object
            let type = object.type!
            if type.instancesHaveDict, let method = type.lookup(identifier("__str__")), method.as(PyFunction.self) != nil {
                return try textResult(try call(method, [value]), method: "__str__")
            }
            switch object {
            case let string as PyStr: return string.value
            case let exception as PyBaseException:
                let arguments = (exception.args.object as! PyTuple).items
                if type.isSubtype(of: exceptionType("KeyError")) && arguments.count == 1 { return try repr(arguments[0]) }
                if let message = try osErrorMessage(exception) { return message }
                switch arguments.count {
                case 0: return ""
                case 1: return try toStr(arguments[0])
                default: return try repr(exception.args)
                }
            default: break
            }
        }
        return try repr(value)
    }

    /// Python's quoting of str reprs: single quotes unless the text has one and no double quote.
    static func quote(_ text: String) -> String {
        let useDouble = text.contains("'") && !text.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case Unicode.Scalar(UInt8(ascii: quote == "'" ? "'" : "\"")): result += "\\" + String(quote)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else if scalar.value >= 0x80 && !isPrintable(scalar) {
                    if scalar.value <= 0xFF {
                        result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                    } else if scalar.value <= 0xFFFF {
                        result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                    } else {
                        result += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
                    }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result.append(quote)
        return result
    }

    /// Approximates `str.isprintable` for non-ASCII code points from their general category.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return scalar == " "
        default:
            return true
        }
    }

    static func bytesRepr(_ bytes: [UInt8]) -> String {
        let useDouble = bytes.contains(UInt8(ascii: "'")) && !bytes.contains(UInt8(ascii: "\""))
        var result = useDouble ? "b\"" : "b'"
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): result += "\\\\"
            case UInt8(ascii: "\n"): result += "\\n"
            case UInt8(ascii: "\r"): result += "\\r"
            case UInt8(ascii: "\t"): result += "\\t"
            case UInt8(ascii: "'") where !useDouble: result += "\\'"
            case 0x20..<0x7F: result.append(Character(Unicode.Scalar(byte)))
            default: result += "\\x" + String(byte, radix: 16).leftPadded(to: 2)
            }
        }
        result += useDouble ? "\"" : "'"
        return result
    }

    // MARK: formatting

    func pyError(_ failure: FormatError) -> PyError {
        switch failure.kind {
        case .propagated: return failure.underlying as? PyError ?? typeError(failure.message)
        case .valueError: return valueError(failure.message)
        case .typeError: return typeError(failure.message)
        case .keyError: return keyError(str(failure.message))
        case .indexError: return indexError(failure.message)
        case .overflowError: return error(exceptionType("OverflowError"), failure.message)
        }
    }

    /// `format(value, spec)`.
    public func format(_ value: Value, spec: String) throws(PyError) -> String {
        let type = typeOf(value)
        if type.instancesHaveDict, let method = type.lookup(identifier("__format__")), method.as(PyFunction.self) != nil {
            return try textResult(try call(method, [value, str(spec)]), method: "__format__")
        }
        // As `int.__format__`, `float.__format__` and `str.__format__`: an empty spec means `str()`,
        // which a subclass may override.
        if spec.isEmpty && (value.isBool || type.instancesHaveDict) { return try toStr(value) }
        do throws(FormatError) {
            if let integer = bigInt(value) { return try BuiltinFormat.format(integer, spec: spec, typeName: type.name) }
            if let double = floatValue(value) { return try BuiltinFormat.format(double, spec: spec, typeName: type.name) }
            if let string = value.as(PyStr.self) { return try BuiltinFormat.format(string.value, spec: spec, typeName: type.name) }
        } catch {
            throw pyError(error)
        }
        if spec.isEmpty { return try toStr(value) }
        throw typeError("unsupported format string passed to \(type.name).__format__")
    }

    /// f-string `{value!conversion:spec}`.
    func formatValue(_ value: Value, conversion: Int, spec: Value) throws(PyError) -> Value {
        var converted = value
        switch conversion {
        case 1: converted = str(try toStr(value))
        case 2: converted = str(try repr(value))
        case 3: converted = str(AsciiEscaping.escape(try repr(value)))
        default: break
        }
        let specText = spec.isNull ? "" : (spec.object as! PyStr).value
        if specText.isEmpty, converted.as(PyStr.self)?.type === strType { return converted }
        return str(try format(converted, spec: specText))
    }

    /// `text % arguments`.
    func percentFormat(_ text: String, _ arguments: Value) throws(PyError) -> Value {
        let tupleItems = arguments.as(PyTuple.self)?.items
        // CPython's PyMapping_Check: anything subscriptable other than a tuple or str.
        let argumentsType = typeOf(arguments)
        let isSubscriptable: Bool
        switch argumentsType.layout {
        case .dict, .list, .range, .bytes: isSubscriptable = true
        default: isSubscriptable = argumentsType.lookup(identifier("__getitem__")) != nil
        }
        let isMapping = tupleItems == nil && arguments.as(PyStr.self) == nil && isSubscriptable
        let operands = (tupleItems ?? [arguments]).map { PercentOperand(vm: self, value: $0) }
        do throws(FormatError) {
            let mapping: ((String) throws(FormatError) -> PercentOperand)? = isMapping ? { (key: String) throws(FormatError) -> PercentOperand in
                do {
                    return PercentOperand(vm: self, value: try self.getItem(arguments, self.str(key)))
                } catch {
                    throw FormatError.propagating(error)
                }
            } : nil
            return str(try PercentFormat.format(text, arguments: operands, isTuple: tupleItems != nil, mapping: mapping))
        } catch {
            throw pyError(error)
        }
    }
}

/// A value as `str % args` sees it.
struct PercentOperand: PercentFormatOperand {
    let vm: VM
    let value: Value

    func percentStr() throws(FormatError) -> String {
        do { return try vm.toStr(value) } catch { throw FormatError.propagating(error) }
    }

    func percentRepr() throws(FormatError) -> String {
        do { return try vm.repr(value) } catch { throw FormatError.propagating(error) }
    }

    var percentInteger: BigInt? { vm.bigInt(value) }
    var percentFloat: Double? { vm.floatValue(value) }
    var percentString: String? { value.as(PyStr.self)?.value }
    var percentTypeName: String { vm.typeName(value) }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
