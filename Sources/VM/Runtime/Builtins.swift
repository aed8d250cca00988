// The builtins module: print, len, the type constructors and the other built-in functions.

import BigInt

extension VM {
    func installBuiltins() {
        let dict = newDict()
        builtins = PyModule(type: moduleType, name: "builtins", dict: dict)
        _ = permanent(builtins)
        modules = newDict()
        _ = permanent(modules)
        modules.insertOrReplace(key: identifier("builtins"), value: Value(builtins))
        dict.insertOrReplace(key: identifier("__name__"), value: Value(identifier("builtins")))
        for type in [typeType!, objectType!, intType!, boolType!, floatType!, strType!, bytesType!, listType!, tupleType!, dictType!, setType!, frozensetType!, rangeType!, sliceType!, propertyType!, staticMethodType!, classMethodType!, superType!] {
            dict.insertOrReplace(key: intern(type.name), value: Value(type))
        }
        for (name, type) in exceptionTypes { dict.insertOrReplace(key: intern(name), value: Value(type)) }
        dict.insertOrReplace(key: identifier("None"), value: .none)
        dict.insertOrReplace(key: identifier("True"), value: .true)
        dict.insertOrReplace(key: identifier("False"), value: .false)
        dict.insertOrReplace(key: identifier("NotImplemented"), value: notImplemented)
        dict.insertOrReplace(key: identifier("Ellipsis"), value: ellipsis)
        installConstructors()
        installBuiltinFunctions()
        installOpen(into: builtins)
        installExceptionMethods()
        installOSErrorConstructor()
        installObjectMethods()
        installGeneratorMethods()
        installStrMethods()
        installListMethods()
        installTupleMethods()
        installBytesMethods()
        installDictMethods()
        installSetMethods()
        installNumberMethods()
        installConstructionMethods()
        installSpecialMethods()
        installTypeConstruction()
    }

    func argumentCountError(_ name: String, _ arguments: CallArguments, minimum: Int, maximum: Int) -> PyError? {
        let count = arguments.count
        if count >= minimum && count <= maximum { return nil }
        if minimum == maximum {
            if minimum == 1 { return typeError("\(name)() takes exactly one argument (\(count) given)") }
            return typeError("\(name) expected \(minimum) argument\(minimum == 1 ? "" : "s"), got \(count)")
        }
        if count < minimum { return typeError("\(name) expected at least \(minimum) argument\(minimum == 1 ? "" : "s"), got \(count)") }
        return typeError("\(name) expected at most \(maximum) argument\(maximum == 1 ? "" : "s"), got \(count)")
    }

    func rejectKeywords(_ name: String, _ arguments: CallArguments, allowing allowed: Set<String> = []) throws(PyError) {
        for keyword in arguments.keywordNames where !allowed.contains(keyword.value) {
            if allowed.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
            throw typeError("'\(keyword.value)' is an invalid keyword argument for \(name)()")
        }
    }

    /// `rootsWhatItHolds`: the constructor runs Python code only through `collect`, before it
    /// holds any other value, so collections may run meanwhile (`list(generator)` of a long
    /// generator then frees its garbage as it goes).
    func defineConstructor(_ type: PyType, rootsWhatItHolds: Bool = false, _ constructor: @escaping Constructor) {
        type.constructorIndex = constructors.count
        type.constructorRootsWhatItHolds = rootsWhatItHolds
        constructors.append(constructor)
    }

    private func define(_ name: String, _ function: @escaping NativeFunction) {
        addFunction(builtins, name, function)
    }

    // MARK: constructors

    private func installConstructors() {
        defineConstructor(intType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("int", arguments, allowing: ["base"])
            let baseArgument = arguments.keyword("base") ?? (arguments.count > 1 ? arguments[1] : .null)
            if arguments.count == 0 { return Value(smallInt: 0) }
            return try vm.intConstructor(arguments[0], base: baseArgument)
        }
        defineConstructor(boolType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("bool", arguments, minimum: 0, maximum: 1) { throw failure }
            return Value(arguments.count == 0 ? false : try vm.isTruthy(arguments[0]))
        }
        defineConstructor(floatType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("float", arguments, minimum: 0, maximum: 1) { throw failure }
            if arguments.count == 0 { return Value(0.0) }
            return Value(try vm.floatConstructor(arguments[0]))
        }
        defineConstructor(strType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            if arguments.values.count > 3 { throw vm.typeError("str() takes at most 3 arguments (\(arguments.values.count) given)") }
            if arguments.count == 0 { return Value(vm.intern("")) }
            if let bytes = arguments[0].as(PyBytes.self), arguments.count > 1 || arguments.keyword("encoding") != nil {
                return vm.str(String(decoding: bytes.bytes, as: UTF8.self))
            }
            return vm.str(try vm.toStr(arguments[0]))
        }
        defineConstructor(listType, rootsWhatItHolds: true) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("list", arguments, minimum: 0, maximum: 1) { throw failure }
            return vm.track(PyList(type: type, arguments.count == 0 ? [] : try vm.collect(arguments[0])))
        }
        defineConstructor(tupleType, rootsWhatItHolds: true) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("tuple", arguments)
            if let failure = vm.argumentCountError("tuple", arguments, minimum: 0, maximum: 1) { throw failure }
            if arguments.count == 1, let tuple = arguments[0].as(PyTuple.self), tuple.type === vm.tupleType { return arguments[0] }
            return vm.tuple(arguments.count == 0 ? [] : try vm.collect(arguments[0]))
        }
        defineConstructor(dictType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            let dict = vm.newDict()
            try vm.fillDict(dict, arguments)
            return Value(dict)
        }
        for frozen in [false, true] {
            defineConstructor(frozen ? frozensetType : setType, rootsWhatItHolds: true) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
                try vm.rejectKeywords(frozen ? "frozenset" : "set", arguments)
                if let failure = vm.argumentCountError(type.name, arguments, minimum: 0, maximum: 1) { throw failure }
                if arguments.count == 1, let source = arguments[0].as(PySet.self) {
                    let set = vm.newSet(frozen: frozen)
                    try vm.setMerge(set, source)
                    return Value(set)
                }
                // Items first: the new set is not rooted while `collect` runs Python code.
                let items = arguments.count == 1 ? try vm.collect(arguments[0]) : []
                let set = vm.newSet(frozen: frozen)
                for item in items { try vm.setAdd(set, item) }
                return Value(set)
            }
        }
        defineConstructor(rangeType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("range", arguments)
            if arguments.count == 0 { throw vm.typeError("range expected at least 1 argument, got 0") }
            if arguments.count > 3 { throw vm.typeError("range expected at most 3 arguments, got \(arguments.count)") }
            // Int arguments, as nearly all are, stay clear of BigInt arithmetic.
            let count = arguments.count
            if let first = vm.machineInt(arguments[0]), let second = count > 1 ? vm.machineInt(arguments[1]) : 0,
               let third = count > 2 ? vm.machineInt(arguments[2]) : 1 {
                let (start, stop, step) = count == 1 ? (0, first, 1) : (first, second, third)
                if step == 0 { throw vm.valueError("range() arg 3 must not be zero") }
                return vm.track(PyRange(type: vm.rangeType, start: start, stop: stop, step: step))
            }
            func bound(_ position: Int, default value: BigInt) throws(PyError) -> BigInt {
                position < arguments.count ? try vm.bigIndex(arguments[position]) : value
            }
            let (start, stop, step) = arguments.count == 1 ? (BigInt(0), try bound(0, default: 0), BigInt(1))
                : (try bound(0, default: 0), try bound(1, default: 0), try bound(2, default: 1))
            if step == 0 { throw vm.valueError("range() arg 3 must not be zero") }
            return vm.track(PyRange(type: vm.rangeType, start: start, stop: stop, step: step))
        }
        defineConstructor(sliceType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            let parts = Array(arguments.positional)
            switch parts.count {
            case 1: return vm.track(PySlice(type: vm.sliceType, start: .none, stop: parts[0], step: .none))
            case 2: return vm.track(PySlice(type: vm.sliceType, start: parts[0], stop: parts[1], step: .none))
            case 3: return vm.track(PySlice(type: vm.sliceType, start: parts[0], stop: parts[1], step: parts[2]))
            default: throw vm.typeError("slice expected at least 1 argument, got \(parts.count)")
            }
        }
        defineConstructor(bytesType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            if arguments.count == 0 { return vm.track(PyBytes(type: vm.bytesType, [])) }
            if let string = arguments[0].as(PyStr.self) { return vm.track(PyBytes(type: vm.bytesType, Array(string.value.utf8))) }
            if let count = vm.machineInt(arguments[0]) { return vm.track(PyBytes(type: vm.bytesType, [UInt8](repeating: 0, count: max(0, count)))) }
            var bytes: [UInt8] = []
            for item in try vm.collect(arguments[0]) {
                let value = try vm.index(item)
                guard (0...255).contains(value) else { throw vm.valueError("bytes must be in range(0, 256)") }
                bytes.append(UInt8(value))
            }
            return vm.track(PyBytes(type: vm.bytesType, bytes))
        }
        for (type, name) in [(propertyType!, "property"), (staticMethodType!, "staticmethod"), (classMethodType!, "classmethod")] {
            defineConstructor(type) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
                let parts = Array(arguments.positional)
                guard type === vm.propertyType || parts.count == 1 else { throw vm.typeError("\(name) expected 1 argument, got \(parts.count)") }
                let getter = parts.first ?? arguments.keyword("fget") ?? .none
                let setter = parts.count > 1 ? parts[1] : (arguments.keyword("fset") ?? .none)
                let deleter = parts.count > 2 ? parts[2] : (arguments.keyword("fdel") ?? .none)
                return vm.track(PyDescriptor(type: type, getter: getter, setter: setter, deleter: deleter, doc: arguments.keyword("doc") ?? .none))
            }
        }
        // property.getter / .setter / .deleter: a copy with one accessor replaced.
        for accessor in ["getter", "setter", "deleter"] {
            addMethod(propertyType, accessor) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                let old = arguments[0].object as! PyDescriptor
                let new = arguments[1]
                return vm.track(PyDescriptor(type: vm.propertyType,
                                             getter: accessor == "getter" ? new : old.getter,
                                             setter: accessor == "setter" ? new : old.setter,
                                             deleter: accessor == "deleter" ? new : old.deleter,
                                             doc: old.doc))
            }
        }
        defineConstructor(superType) { (vm: VM, _: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.makeSuper(arguments)
        }
    }

    func intConstructor(_ value: Value, base: Value) throws(PyError) -> Value {
        if !base.isNull {
            guard let text = value.as(PyStr.self)?.value else { throw typeError("int() can't convert non-string with explicit base") }
            let radix = try index(base)
            guard radix == 0 || (2...36).contains(radix) else { throw valueError("int() base must be >= 2 and <= 36, or 0") }
            return try parseInteger(text, base: radix)
        }
        if isIntLike(value) { return int(bigInt(value)!) }
        if value.isFloat {
            let double = value.float
            if double.isNaN { throw valueError("cannot convert float NaN to integer") }
            if double.isInfinite { throw error(exceptionType("OverflowError"), "cannot convert float infinity to integer") }
            return int(BigInt(double.rounded(.towardZero)))
        }
        if let string = value.as(PyStr.self) { return try parseInteger(string.value, base: 10) }
        let type = typeOf(value)
        for name in ["__int__", "__index__", "__trunc__"] {
            if type.instancesHaveDict, let method = type.lookup(intern(name)) { return try call(method, [value]) }
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(type.name)'")
    }

    /// int(text, base) with Python's literal rules: whitespace, sign, underscores, prefixes.
    func parseInteger(_ text: String, base: Int) throws(PyError) -> Value {
        let invalid = valueError("invalid literal for int() with base \(base): \(Self.quote(text))")
        var body = Substring(Self.asciiDigitsAndSpaces(text).trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}"))
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            negative = first == "-"
            body = body.dropFirst()
        }
        var radix = base
        let lower = body.lowercased()
        for (prefix, prefixRadix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == 0 || base == prefixRadix) {
            radix = prefixRadix
            body = body.dropFirst(2)
            if body.first == "_" { body = body.dropFirst() }
            break
        }
        if radix == 0 {
            radix = 10
            if body.count > 1, body.first == "0", body.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        guard !body.isEmpty, body.first != "_", body.last != "_", !body.contains("__") else { throw invalid }
        var digitValues: [Int] = []
        for character in body where character != "_" {
            guard let ascii = character.asciiValue, let value = Self.digitValue(ascii), value < radix else { throw invalid }
            digitValues.append(value)
        }
        let magnitude = Self.integer(fromDigits: digitValues, radix: radix)
        return int(negative ? -magnitude : magnitude)
    }

    /// The value of an ASCII digit or letter (`a`/`A` is 10, up to `z` for base 36).
    private static func digitValue(_ ascii: UInt8) -> Int? {
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(ascii - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(ascii - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(ascii - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// Combines digits a machine word at a time, so long literals cost few BigInt operations
    /// (BigInt's own parser stops short of base 36).
    private static func integer(fromDigits digits: [Int], radix: Int) -> BigInt {
        var result = BigInt(0)
        var chunk = 0
        var scale = 1
        for digit in digits {
            if scale > Int.max / radix / radix {
                result = result * BigInt(scale) + BigInt(chunk)
                chunk = 0
                scale = 1
            }
            chunk = chunk * radix + digit
            scale *= radix
        }
        return result * BigInt(scale) + BigInt(chunk)
    }

    /// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, applied before int() and float()
    /// parse text: any Unicode decimal digit becomes its ASCII digit and any white space a space.
    static func asciiDigitsAndSpaces(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.append(scalar)
            } else if scalar.properties.isWhitespace {
                result.append(" ")
            } else if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                result.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(digit)))
            } else {
                // Anything else stays non-ASCII, so the parser rejects it.
                result.append(scalar)
            }
        }
        return String(result)
    }

    func floatConstructor(_ value: Value) throws(PyError) -> Double {
        if let double = try double(value) { return double }
        if let string = value.as(PyStr.self) {
            let text = Self.asciiDigitsAndSpaces(string.value).trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}").replacingUnderscoresBetweenDigits()
            let lower = text.lowercased()
            switch lower {
            case "inf", "+inf", "infinity", "+infinity": return .infinity
            case "-inf", "-infinity": return -.infinity
            case "nan", "+nan", "-nan": return .nan
            default: break
            }
            if let parsed = Double(text), !lower.contains("x"), !lower.hasPrefix("0x"), text.allSatisfy({ $0.isASCII }) { return parsed }
            throw valueError("could not convert string to float: \(Self.quote(string.value))")
        }
        let type = typeOf(value)
        if type.instancesHaveDict, let method = type.lookup(identifier("__float__")) {
            let result = try call(method, [value])
            guard result.isFloat else { throw typeError("\(type.name).__float__ returned non-float (type \(typeName(result)))") }
            return result.float
        }
        throw typeError("float() argument must be a string or a real number, not '\(type.name)'")
    }

    // MARK: functions

    private func installBuiltinFunctions() {
        define("__build_class__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in try vm.buildClass(arguments) }
        define("print") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("print", arguments, allowing: ["sep", "end", "file", "flush"])
            func text(_ name: String, _ fallback: String) throws(PyError) -> String {
                guard let value = arguments.keyword(name), !value.isNone else { return fallback }
                guard let string = value.as(PyStr.self) else { throw vm.typeError("\(name) must be None or a string, not \(vm.typeName(value))") }
                return string.value
            }
            let separator = try text("sep", " ")
            let terminator = try text("end", "\n")
            let file = arguments.keyword("file") ?? .none
            // nil: the process's stdout, which `sys.stdout` still is.
            let destination = file.isNone ? try vm.standardStream(vm.identifier("stdout")) : file
            let flush = try arguments.keyword("flush").map { (value) throws(PyError) -> Bool in try vm.isTruthy(value) } ?? false
            if let destination, destination.as(PyStream.self) == nil, destination.as(PyFile.self) == nil {
                if destination.isNone { return .none }
                // Like CPython, one `write` call per piece.
                for (position, value) in arguments.positional.enumerated() {
                    if position > 0 { _ = try vm.callMethod(destination, "write", [vm.str(separator)]) }
                    _ = try vm.callMethod(destination, "write", [vm.str(try vm.toStr(value))])
                }
                _ = try vm.callMethod(destination, "write", [vm.str(terminator)])
                if flush { _ = try vm.callMethod(destination, "flush", []) }
                return .none
            }
            var pieces: [String] = []
            for value in arguments.positional { pieces.append(try vm.toStr(value)) }
            let line = pieces.joined(separator: separator) + terminator
            if let file = destination?.as(PyFile.self) {
                // One write of the whole line: no difference a file object could observe.
                _ = try vm.write(vm.str(line), to: file)
                if flush, let failure = file.flushWrites() { throw vm.osError(failure, path: nil) }
                return .none
            }
            let channel = destination.map { ($0.object as! PyStream).channel } ?? vm.output
            channel.write(line)
            if flush { channel.flush() }
            return .none
        }
        define("len") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("len", arguments, minimum: 1, maximum: 1) { throw failure }
            return vm.int(try vm.length(arguments[0]))
        }
        define("repr") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("repr", arguments, minimum: 1, maximum: 1) { throw failure }
            return vm.str(try vm.repr(arguments[0]))
        }
        define("ascii") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            vm.str(AsciiEscaping.escape(try vm.repr(arguments[0])))
        }
        define("format") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("format", arguments, minimum: 1, maximum: 2) { throw failure }
            return vm.str(try vm.format(arguments[0], spec: arguments.count > 1 ? try vm.requireString(arguments[1], "format() argument 2") : ""))
        }
        define("abs") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("abs", arguments, minimum: 1, maximum: 1) { throw failure }
            let value = arguments[0]
            let type = vm.typeOf(value)
            // Classes defined in Python decide through `__abs__`, which int and float subclasses inherit.
            if type.instancesHaveDict, let method = type.lookup(vm.identifier("__abs__")) { return try vm.call(method, [value]) }
            if let integer = vm.bigInt(value) { return vm.int(integer.magnitude.description == "" ? 0 : BigInt(integer.magnitude)) }
            if value.isFloat { return Value(Swift.abs(value.float)) }
            throw vm.typeError("bad operand type for abs(): '\(type.name)'")
        }
        define("min") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in try vm.extreme(arguments, name: "min", operation: .less) }
        define("max") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in try vm.extreme(arguments, name: "max", operation: .greater) }
        define("sum") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("sum", arguments, allowing: ["start"])
            if let failure = vm.argumentCountError("sum", arguments, minimum: 1, maximum: 2) { throw failure }
            var total = arguments.keyword("start") ?? (arguments.count > 1 ? arguments[1] : Value(smallInt: 0))
            if total.as(PyStr.self) != nil { throw vm.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let iterator = try vm.getIterator(arguments[0])
            while let item = try vm.nextItem(iterator) {
                if total.isSmallInt && item.isSmallInt {
                    total = vm.int(total.smallInt + item.smallInt)
                } else if total.isFloat && item.isFloat {
                    total = Value(total.float + item.float)
                } else {
                    total = try vm.binaryOperation(.add, total, item)
                }
            }
            return total
        }
        define("sorted") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("sorted", arguments, allowing: ["key", "reverse"])
            if let failure = vm.argumentCountError("sorted", arguments, minimum: 1, maximum: 1) { throw failure }
            var items = try vm.collect(arguments[0])
            let key = arguments.keyword("key") ?? .none
            try vm.sortValues(&items, key: key.isNone ? nil : key, reverse: try vm.isTruthy(arguments.keyword("reverse") ?? .false))
            return vm.list(items)
        }
        define("reversed") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("reversed", arguments, minimum: 1, maximum: 1) { throw failure }
            let sequence = arguments[0]
            let type = vm.typeOf(sequence)
            if type.instancesHaveDict, let method = type.lookup(vm.identifier("__reversed__")) { return try vm.call(method, [sequence]) }
            if let method = vm.nativeSpecialMethod(type, vm.identifier("__reversed__")) { return try vm.call(method, [sequence]) }
            if let range = sequence.as(PyRange.self) {
                if let bounds = range.machine, bounds.step != Int.min,
                   case (let offset, false) = max(bounds.count - 1, 0).multipliedReportingOverflow(by: bounds.step),
                   case (let last, false) = bounds.start.addingReportingOverflow(offset),
                   case (let stop, false) = bounds.start.subtractingReportingOverflow(bounds.step) {
                    // Bounds that fit in Ints keep the reversed range off big-int arithmetic.
                    return try vm.getIterator(vm.track(PyRange(type: vm.rangeType, start: last, stop: bounds.count == 0 ? last : stop, step: -bounds.step)))
                }
                let last = range.length == 0 ? range.start : range.element(at: range.length - 1)
                let stop = range.length == 0 ? last : range.start - range.step
                return try vm.getIterator(vm.track(PyRange(type: vm.rangeType, start: last, stop: stop, step: -range.step)))
            }
            guard sequence.as(PyList.self) != nil || sequence.as(PyTuple.self) != nil || sequence.as(PyStr.self) != nil || sequence.as(PyDict.self) != nil || type.lookup(vm.identifier("__getitem__")) != nil && type.instancesHaveDict
                    || vm.nativeSpecialMethod(type, vm.identifier("__getitem__")) != nil else {
                throw vm.typeError("'\(type.name)' object is not reversible")
            }
            return vm.track(PyNativeIterator(type: vm.iteratorType, state: [sequence], counter: try vm.length(sequence) - 1) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                let source = iterator.state[0]
                if let list = source.as(PyList.self), iterator.counter >= list.items.count { iterator.counter = list.items.count - 1 }
                guard iterator.counter >= 0 else { return nil }
                defer { iterator.counter -= 1 }
                if let dict = source.as(PyDict.self) { return dict.entries[iterator.counter].key }
                return try vm.getItem(source, vm.int(iterator.counter))
            })
        }
        define("enumerate") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("enumerate", arguments, allowing: ["start"])
            let start = arguments.keyword("start") ?? (arguments.count > 1 ? arguments[1] : Value(smallInt: 0))
            return vm.track(PyNativeIterator(type: vm.iteratorType, state: [try vm.getIterator(arguments[0])], counter: try vm.index(start), isEnumerate: true) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                guard let (index, item) = try vm.nextEnumeration(iterator) else { return nil }
                return vm.tuple([index, item])
            })
        }
        define("zip") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("zip", arguments, allowing: ["strict"])
            let strict = try arguments.keyword("strict").map { (value) throws(PyError) -> Bool in try vm.isTruthy(value) } ?? false
            var iterators: [Value] = []
            for iterable in arguments.positional { iterators.append(try vm.getIterator(iterable)) }
            return vm.track(PyNativeIterator(type: vm.iteratorType, state: iterators) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                guard !iterator.state.isEmpty else { return nil }
                var items: [Value] = []
                for (position, source) in iterator.state.enumerated() {
                    guard let item = try vm.nextItem(source) else {
                        if strict { try vm.checkZipLengths(iterator.state, exhausted: position) }
                        return nil
                    }
                    items.append(item)
                }
                return vm.tuple(items)
            })
        }
        define("map") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            guard arguments.count >= 2 else { throw vm.typeError("map() must have at least two arguments.") }
            var state = [arguments[0]]
            for iterable in arguments.positional.dropFirst() { state.append(try vm.getIterator(iterable)) }
            return vm.track(PyNativeIterator(type: vm.iteratorType, state: state) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                var items: [Value] = []
                for source in iterator.state.dropFirst() {
                    guard let item = try vm.nextItem(source) else { return nil }
                    items.append(item)
                }
                return try vm.call(iterator.state[0], items)
            })
        }
        define("filter") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("filter", arguments, minimum: 2, maximum: 2) { throw failure }
            return vm.track(PyNativeIterator(type: vm.iteratorType, state: [arguments[0], try vm.getIterator(arguments[1])]) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                while let item = try vm.nextItem(iterator.state[1]) {
                    let keep = iterator.state[0].isNone ? item : try vm.call(iterator.state[0], [item])
                    if try vm.isTruthy(keep) { return item }
                }
                return nil
            })
        }
        define("isinstance") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("isinstance", arguments, minimum: 2, maximum: 2) { throw failure }
            return Value(try vm.isInstance(arguments[0], classInfo: arguments[1], name: "isinstance"))
        }
        define("issubclass") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("issubclass", arguments, minimum: 2, maximum: 2) { throw failure }
            guard let type = arguments[0].as(PyType.self) else { throw vm.typeError("issubclass() arg 1 must be a class") }
            return Value(try vm.isSubclass(type, classInfo: arguments[1]))
        }
        define("callable") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let value = arguments[0]
            guard value.isObject else { return .false }
            switch value.object {
            case is PyFunction, is PyBuiltinFunction, is PyMethod, is PyType: return .true
            default: return Value(value.object.type.lookup(vm.identifier("__call__")) != nil)
            }
        }
        define("ord") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("ord", arguments, minimum: 1, maximum: 1) { throw failure }
            guard let string = arguments[0].as(PyStr.self) else {
                throw vm.typeError("ord() expected string of length 1, but \(vm.typeName(arguments[0])) found")
            }
            guard string.count == 1 else { throw vm.typeError("ord() expected a character, but string of length \(string.count) found") }
            return vm.int(Int(string.scalar(at: 0).value))
        }
        define("chr") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("chr", arguments, minimum: 1, maximum: 1) { throw failure }
            let code = try vm.index(arguments[0])
            guard (0...0x10FFFF).contains(code) else { throw vm.valueError("chr() arg not in range(0x110000)") }
            guard let scalar = Unicode.Scalar(code) else { throw vm.valueError("wand cannot represent surrogate code point \(code)") }
            return vm.str(String(scalar))
        }
        define("divmod") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("divmod", arguments, minimum: 2, maximum: 2) { throw failure }
            let (left, right) = (arguments[0], arguments[1])
            if right.isFloat && right.float == 0 || left.isFloat && (vm.machineInt(right) == 0) {
                throw vm.error(vm.exceptionType("ZeroDivisionError"), "float divmod()")
            }
            return vm.tuple([try vm.binaryOperation(.floorDivide, left, right), try vm.binaryOperation(.modulo, left, right)])
        }
        define("pow") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("pow", arguments, minimum: 2, maximum: 3) { throw failure }
            if arguments.count == 3, !arguments[2].isNone {
                guard let base = vm.bigInt(arguments[0]), let exponent = vm.bigInt(arguments[1]), let modulus = vm.bigInt(arguments[2]) else {
                    throw vm.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if modulus == 0 { throw vm.valueError("pow() 3rd argument cannot be 0") }
                // As CPython: work modulo |modulus| (a negative exponent inverts the base first),
                // then give a nonzero result the modulus's sign.
                let modulusMagnitude = modulus.magnitude
                if modulusMagnitude == 1 { return Value(smallInt: 0) }
                var residue = VM.floorDivision(base, BigInt(modulusMagnitude)).remainder.magnitude
                if exponent < 0 {
                    guard let inverse = residue.inverse(modulusMagnitude) else {
                        throw vm.valueError("base is not invertible for the given modulus")
                    }
                    residue = inverse
                }
                let result = BigInt(residue.power(exponent.magnitude, modulus: modulusMagnitude))
                return vm.int(modulus < 0 && result != 0 ? result - BigInt(modulusMagnitude) : result)
            }
            return try vm.binaryOperation(.power, arguments[0], arguments[1])
        }
        define("round") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("round", arguments, allowing: ["ndigits"])
            let digits = arguments.keyword("ndigits") ?? (arguments.count > 1 ? arguments[1] : .none)
            return try vm.round(arguments[0], digits: digits)
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            define(name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                if let failure = vm.argumentCountError(name, arguments, minimum: 1, maximum: 1) { throw failure }
                let integer = try vm.bigIndex(arguments[0])
                let digits = String(integer.magnitude, radix: radix)
                return vm.str((integer.sign == .minus && integer != 0 ? "-" : "") + prefix + digits)
            }
        }
        define("any") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("any", arguments, minimum: 1, maximum: 1) { throw failure }
            let iterator = try vm.getIterator(arguments[0])
            while let item = try vm.nextItem(iterator) { if try vm.isTruthy(item) { return .true } }
            return .false
        }
        define("all") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("all", arguments, minimum: 1, maximum: 1) { throw failure }
            let iterator = try vm.getIterator(arguments[0])
            while let item = try vm.nextItem(iterator) { if try !vm.isTruthy(item) { return .false } }
            return .true
        }
        define("iter") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("iter", arguments, minimum: 1, maximum: 2) { throw failure }
            if arguments.count == 2 {
                return vm.track(PyNativeIterator(type: vm.iteratorType, state: [arguments[0], arguments[1]]) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                    let item = try vm.call(iterator.state[0], [])
                    return try vm.equals(item, iterator.state[1]) ? nil : item
                })
            }
            return try vm.getIterator(arguments[0])
        }
        define("next") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("next", arguments, minimum: 1, maximum: 2) { throw failure }
            let iterator = arguments[0]
            guard vm.isBuiltinIterator(iterator) || vm.typeOf(iterator).lookup(vm.identifier("__next__")) != nil else {
                throw vm.typeError("'\(vm.typeName(iterator))' object is not an iterator")
            }
            if let item = try vm.nextItem(iterator) { return item }
            if arguments.count == 2 { return arguments[1] }
            throw vm.stopIteration(iterator.as(PyGenerator.self)?.returnValue ?? .none)
        }
        define("hash") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("hash", arguments, minimum: 1, maximum: 1) { throw failure }
            return vm.int(try vm.hash(arguments[0]))
        }
        define("id") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let value = arguments[0]
            return vm.int(value.isObject ? Int(value.bits & Value.payloadMask) : Int(truncatingIfNeeded: value.bits >> 1))
        }
        define("getattr") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("getattr", arguments, minimum: 2, maximum: 3) { throw failure }
            let name = try vm.attributeName(arguments[1])
            if arguments.count == 3 { return try vm.attributeOrNil(arguments[0], name) ?? arguments[2] }
            return try vm.getAttribute(arguments[0], name)
        }
        define("setattr") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("setattr", arguments, minimum: 3, maximum: 3) { throw failure }
            try vm.setAttribute(arguments[0], try vm.attributeName(arguments[1]), arguments[2])
            return .none
        }
        define("hasattr") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("hasattr", arguments, minimum: 2, maximum: 2) { throw failure }
            return Value(try vm.attributeOrNil(arguments[0], try vm.attributeName(arguments[1])) != nil)
        }
        define("delattr") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.deleteAttribute(arguments[0], try vm.attributeName(arguments[1]))
            return .none
        }
        define("vars") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            guard arguments.count == 1 else { throw vm.typeError("vars() without arguments is not supported by wand") }
            return try vm.getAttribute(arguments[0], "__dict__")
        }
        define("globals") { (vm: VM, _: CallArguments) throws(PyError) -> Value in
            Value(vm.frames.last!.globals)
        }
        define("locals") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("locals", arguments, minimum: 0, maximum: 0) { throw failure }
            let frame = vm.frames.last!
            if let mapping = frame.locals.as(PyDict.self) { return Value(mapping) }
            if frame.function.isNull { return Value(frame.globals) }
            // A function's locals: a new dict of the bound fast locals, then of the cells and free variables.
            let snapshot = vm.newDict()
            let code = frame.code
            for (offset, name) in code.localNames.enumerated() where !vm.stack[frame.base + offset].isNull {
                snapshot.insertOrReplace(key: vm.intern(name), value: vm.stack[frame.base + offset])
            }
            for (offset, name) in (code.cellNames + code.freeNames).enumerated() {
                if let cell = vm.stack[frame.base + code.localCount + offset].as(PyCell.self), !cell.value.isNull {
                    snapshot.insertOrReplace(key: vm.intern(name), value: cell.value)
                }
            }
            return Value(snapshot)
        }
        define("input") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if arguments.count > 0 {
                let prompt = vm.str(try vm.toStr(arguments[0]))
                if let stream = try vm.standardStream(vm.identifier("stdout")), stream.as(PyStream.self) == nil {
                    _ = try vm.callMethod(stream, "write", [prompt])
                } else {
                    vm.output.write((prompt.object as! PyStr).value)
                }
            }
            vm.output.flush()
            guard let line = vm.readLineReleasingLock() else {
                throw vm.error(vm.exceptionType("EOFError"), "EOF when reading a line")
            }
            return vm.str(line)
        }
    }

    /// `zip(strict=True)` once the iterator at `exhausted` ran out: every one must have run out
    /// together, else a ValueError worded as CPython's.
    func checkZipLengths(_ iterators: [Value], exhausted: Int) throws(PyError) {
        func earlier(_ position: Int) -> String { position == 1 ? "argument 1" : "arguments 1-\(position)" }
        if exhausted > 0 { throw valueError("zip() argument \(exhausted + 1) is shorter than \(earlier(exhausted))") }
        for position in 1..<max(iterators.count, 1) where try nextItem(iterators[position]) != nil {
            throw valueError("zip() argument \(position + 1) is longer than \(earlier(position))")
        }
    }

    /// The name argument of getattr(), setattr(), hasattr(), delattr() and `object.__setattr__`.
    func attributeName(_ value: Value) throws(PyError) -> PyStr {
        guard let name = value.as(PyStr.self) else { throw typeError("attribute name must be string, not '\(typeName(value))'") }
        return intern(name.value)
    }

    func requireString(_ value: Value, _ what: String) throws(PyError) -> String {
        guard let string = value.as(PyStr.self) else { throw typeError("\(what) must be str, not \(typeName(value))") }
        return string.value
    }

    /// Reads one line from stdin without its newline; nil at end of file.
    func readLineReleasingLock() -> String? {
        withVMLockReleased { Swift.readLine(strippingNewline: true) }
    }

    public func length(_ value: Value) throws(PyError) -> Int {
        let type = typeOf(value)
        if type.instancesHaveDict, let method = type.lookup(identifier("__len__")), method.as(PyFunction.self) != nil {
            let result = try index(try call(method, [value]))
            if result < 0 { throw valueError("__len__() should return >= 0") }
            return result
        }
        if let count = try builtinLength(value) { return count }
        throw typeError("object of type '\(type.name)' has no len()")
    }

    /// `len(value)` as its built-in type computes it (`list.__len__(self)`); nil for other types.
    func builtinLength(_ value: Value) throws(PyError) -> Int? {
        if value.isObject {
            switch value.object {
            case let string as PyStr: return string.count
            case let list as PyList: return list.items.count
            case let tuple as PyTuple: return tuple.items.count
            case let dict as PyDict: return dict.count
            case let set as PySet: return set.count
            case let range as PyRange:
                guard let count = range.machine?.count ?? Int(exactly: range.length) else {
                    throw error(exceptionType("OverflowError"), "Python int too large to convert to C ssize_t")
                }
                return count
            case let bytes as PyBytes: return bytes.bytes.count
            case let view as PyDictView: return view.dict.count
            default:
                if let method = nativeSpecialMethod(typeOf(value), identifier("__len__")) { return try index(try call(method, [value])) }
            }
        }
        return nil
    }

    /// `isinstance(value, classInfo)`, deferring to a metaclass's `__instancecheck__`.
    func isInstance(_ value: Value, classInfo: Value, name: String) throws(PyError) -> Bool {
        // CPython's shortcut, taken before any `__instancecheck__`: the exact type matches.
        if let objectType = value.objectTypeAddress, classInfo.isObject,
           objectType == UnsafeRawPointer(bitPattern: UInt(classInfo.bits & Value.payloadMask)) { return true }
        if let hook = try classCheckHook(classInfo, "__instancecheck__") {
            return try isTruthy(try call(hook, [classInfo, value]))
        }
        if let tuple = classInfo.as(PyTuple.self), tuple.type === tupleType {
            for element in tuple.items where try isInstance(value, classInfo: element, name: name) { return true }
            return false
        }
        return try matchesClassInfo(typeOf(value), classInfo, name: name)
    }

    /// `__instancecheck__` or `__subclasscheck__` of the metaclass of `classInfo`, when it is a
    /// class whose metaclass is defined in Python.
    func classCheckHook(_ classInfo: Value, _ name: String) throws(PyError) -> Value? {
        guard let type = classInfo.as(PyType.self), type.type !== typeType, type.type.instancesHaveDict else { return nil }
        return type.type.lookup(intern(name))
    }

    /// `issubclass(type, classInfo)`, deferring to a metaclass's `__subclasscheck__`.
    func isSubclass(_ type: PyType, classInfo: Value) throws(PyError) -> Bool {
        if let hook = try classCheckHook(classInfo, "__subclasscheck__") {
            return try isTruthy(try call(hook, [classInfo, Value(type)]))
        }
        if let tuple = classInfo.as(PyTuple.self), tuple.type === tupleType {
            for element in tuple.items where try isSubclass(type, classInfo: element) { return true }
            return false
        }
        return try matchesClassInfo(type, classInfo, name: "issubclass")
    }

    func matchesClassInfo(_ type: PyType, _ classInfo: Value, name: String) throws(PyError) -> Bool {
        if let expected = classInfo.as(PyType.self) { return type.isSubtype(of: expected) }
        if let tuple = classInfo.as(PyTuple.self) {
            for element in tuple.items where try matchesClassInfo(type, element, name: name) { return true }
            return false
        }
        throw typeError("\(name)() arg 2 must be a type, a tuple of types, or a union")
    }

    /// min() and max(): one iterable or several arguments, with `key` and `default`.
    private func extreme(_ arguments: CallArguments, name: String, operation: ComparisonOperation) throws(PyError) -> Value {
        try rejectKeywords(name, arguments, allowing: ["key", "default"])
        let key = arguments.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let fallback = arguments.keyword("default")
        let candidates: [Value]
        if arguments.count == 1 {
            candidates = try collect(arguments[0])
        } else if arguments.count == 0 {
            throw typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if fallback != nil { throw typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            candidates = Array(arguments.positional)
        }
        guard var best = candidates.first else {
            if let fallback { return fallback }
            throw valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { (function) throws(PyError) -> Value in try call(function, [best]) } ?? best
        for candidate in candidates.dropFirst() {
            let candidateKey = try key.map { (function) throws(PyError) -> Value in try call(function, [candidate]) } ?? candidate
            if try isTruthy(try compare(candidateKey, bestKey, operation)) {
                best = candidate
                bestKey = candidateKey
            }
        }
        return best
    }

    /// round(number, ndigits) with round-half-even, as CPython does.
    func round(_ value: Value, digits: Value) throws(PyError) -> Value {
        if let integer = bigInt(value) {
            guard !digits.isNone else { return int(integer) }
            let places = try index(digits)
            if places >= 0 { return int(integer) }
            let scale = BigInt(10).power(-places)
            return int(Self.quotientRoundedHalfEven(integer, scale) * scale)
        }
        guard let double = floatValue(value) else {
            let type = typeOf(value)
            if type.instancesHaveDict, let method = type.lookup(identifier("__round__")) {
                return try call(method, digits.isNone ? [value] : [value, digits])
            }
            throw typeError("type \(type.name) doesn't define __round__ method")
        }
        if digits.isNone {
            if double.isNaN { throw valueError("cannot convert float NaN to integer") }
            if double.isInfinite { throw error(exceptionType("OverflowError"), "cannot convert float infinity to integer") }
            return int(BigInt(double.rounded(.toNearestOrEven)))
        }
        let places = try index(digits)
        guard double.isFinite, places < 330 else { return Value(double) }
        // Correctly rounded through the shortest decimal string, as CPython's dtoa-based round.
        let formatted = (try? BuiltinFormat.format(double, spec: ".\(max(places, 0))f")) ?? ""
        if places >= 0, let rounded = Double(formatted) { return Value(rounded) }
        // To tens, hundreds, ...: the exact value rounded half to even, then the nearest double.
        if places < -330 { return Value(double.sign == .minus ? -0.0 : 0.0) }
        let (numerator, denominator) = Self.integerRatio(double)
        let scale = BigInt(10).power(-places)
        let quotient = Self.quotientRoundedHalfEven(numerator, denominator * scale)
        let rounded = Self.roundedQuotient(quotient * scale, 1)
        if rounded.isInfinite { throw error(exceptionType("OverflowError"), "rounded value too large to represent") }
        return Value(quotient == 0 ? (double.sign == .minus ? -0.0 : 0.0) : rounded)
    }

    /// numerator / denominator (denominator > 0) rounded to the nearest int, ties to even.
    private static func quotientRoundedHalfEven(_ numerator: BigInt, _ denominator: BigInt) -> BigInt {
        let (quotient, remainder) = floorDivision(numerator, denominator)
        let twice = remainder * 2
        return twice > denominator || (twice == denominator && quotient % 2 != 0) ? quotient + 1 : quotient
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// Removes underscores that sit between two digits (float("1_000.5")); leaves others to fail.
    func replacingUnderscoresBetweenDigits() -> String {
        let characters = Array(self)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character == "_", index > 0, index < characters.count - 1, characters[index - 1].isNumber, characters[index + 1].isNumber { continue }
            result.append(character)
        }
        return result
    }
}
