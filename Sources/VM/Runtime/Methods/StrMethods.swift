// Methods of str: searching, splitting, case conversion, character classes, padding and encoding.

extension VM {
    func installStrMethods() {
        installStrSearchMethods()
        installStrSplitMethods()
        installStrCaseMethods()
        installStrClassificationMethods()
        installStrLayoutMethods()
        installStrEncode()
        installStrTranslation()
    }

    /// An argument that must be a str; `message` words the TypeError as the method does.
    private func strArgument(_ value: Value, _ message: @autoclosure () -> String) throws(PyError) -> PyStr {
        guard let string = value.as(PyStr.self) else { throw typeError(message()) }
        return string
    }

    /// The receiver's code points in `range` as a str: the receiver itself when that is all of it
    /// and it is an exact str, as CPython avoids copying unchanged strings.
    private func substringResult(_ receiver: Value, _ string: PyStr, _ range: Range<Int>) -> Value {
        if range.count == string.count && typeOf(receiver) === strType { return receiver }
        return str(string.substring(range))
    }

    // MARK: searching

    private func installStrSearchMethods() {
        for (name, fromRight, raisesWhenMissing) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            addMethod(strType, name) { vm, args throws(PyError) in
                let (string, needle, bounds) = try vm.searchArguments(args, name)
                if let position = vm.firstMatch(of: needle, in: string, bounds, fromRight: fromRight) { return vm.int(position) }
                if raisesWhenMissing { throw vm.valueError("substring not found") }
                return vm.int(-1)
            }
        }
        addMethod(strType, "count") { vm, args throws(PyError) in
            let (string, needle, bounds) = try vm.searchArguments(args, "count")
            guard bounds.end - bounds.start >= needle.count else { return vm.int(0) }
            if needle.count == 0 { return vm.int(bounds.end - bounds.start + 1) }
            return vm.int(string.occurrences(of: needle, within: bounds.start..<bounds.end).count)
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            addMethod(strType, name) { vm, args throws(PyError) in
                try vm.expectPositional(args, "str.\(name)", 1, 3, wording: .takes)
                let string = try vm.receiver(args, PyStr.self, "str.\(name)")
                let bounds = try vm.sliceBounds(args.argument(at: 2), args.argument(at: 3), length: string.count)
                func matches(_ affix: PyStr) -> Bool {
                    guard bounds.end - affix.count >= bounds.start else { return false }
                    return string.contains(affix, at: atEnd ? bounds.end - affix.count : bounds.start)
                }
                if let affix = args[1].as(PyStr.self) { return Value(matches(affix)) }
                guard let choices = args[1].as(PyTuple.self) else {
                    throw vm.typeError("\(name) first arg must be str or a tuple of str, not \(vm.typeName(args[1]))")
                }
                for choice in choices.items {
                    let affix = try vm.strArgument(choice, "tuple for \(name) must only contain str, not \(vm.typeName(choice))")
                    if matches(affix) { return .true }
                }
                return .false
            }
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            addMethod(strType, name) { vm, args throws(PyError) in
                let separatorValue = try vm.onlyArgument(args, "str.\(name)")
                let string = try vm.receiver(args, PyStr.self, "str.\(name)")
                let separator = try vm.strArgument(separatorValue, "must be str, not \(vm.typeName(separatorValue))")
                guard separator.count > 0 else { throw vm.valueError("empty separator") }
                guard let position = vm.firstMatch(of: separator, in: string, (0, string.count), fromRight: fromRight) else {
                    let whole = vm.substringResult(args[0], string, 0..<string.count)
                    return vm.tuple(fromRight ? [vm.str(""), vm.str(""), whole] : [whole, vm.str(""), vm.str("")])
                }
                let after = position + separator.count
                return vm.tuple([vm.str(string.substring(0..<position)), separatorValue, vm.str(string.substring(after..<string.count))])
            }
        }
        addMethod(strType, "replace") { vm, args throws(PyError) in
            try vm.expectPositional(args, "str.replace", 2, 3)
            let string = try vm.receiver(args, PyStr.self, "str.replace")
            let old = try vm.strArgument(args[1], "replace() argument 1 must be str, not \(vm.typeName(args[1]))")
            let new = try vm.strArgument(args[2], "replace() argument 2 must be str, not \(vm.typeName(args[2]))")
            let requested = try args.argument(at: 3).map { (value) throws(PyError) -> Int in try vm.index(value) } ?? -1
            let limit = requested < 0 ? Int.max : requested
            let positions: [Int]
            if old.count == 0 {
                // An empty pattern matches before every code point and at the end.
                positions = Array((0...string.count).prefix(limit))
            } else {
                positions = string.occurrences(of: old, within: 0..<string.count, limit: limit)
            }
            guard !positions.isEmpty else { return vm.substringResult(args[0], string, 0..<string.count) }
            var result = ""
            var copied = 0
            for position in positions {
                result += string.substring(copied..<position)
                result += new.value
                copied = position + old.count
            }
            result += string.substring(copied..<string.count)
            return vm.str(result)
        }
        for (name, atEnd) in [("removeprefix", false), ("removesuffix", true)] {
            addMethod(strType, name) { vm, args throws(PyError) in
                let affixValue = try vm.onlyArgument(args, "str.\(name)")
                let string = try vm.receiver(args, PyStr.self, "str.\(name)")
                let affix = try vm.strArgument(affixValue, "\(name)() argument must be str, not \(vm.typeName(affixValue))")
                let remaining = string.count - affix.count
                guard affix.count > 0, string.contains(affix, at: atEnd ? remaining : 0) else {
                    return vm.substringResult(args[0], string, 0..<string.count)
                }
                return vm.str(string.substring(atEnd ? 0..<remaining : affix.count..<string.count))
            }
        }
    }

    /// The receiver, the str searched for and the start and end of `find`-like methods.
    private func searchArguments(_ args: CallArguments, _ name: String) throws(PyError) -> (PyStr, PyStr, (start: Int, end: Int)) {
        try expectPositional(args, "str.\(name)", 1, 3, wording: .takes)
        let string = try receiver(args, PyStr.self, "str.\(name)")
        let needle = try strArgument(args[1], "must be str, not \(typeName(args[1]))")
        let bounds = try sliceBounds(args.argument(at: 2), args.argument(at: 3), length: string.count)
        return (string, needle, bounds)
    }

    /// Position of the leftmost (or rightmost) occurrence of `needle` within the bounds.
    private func firstMatch(of needle: PyStr, in string: PyStr, _ bounds: (start: Int, end: Int), fromRight: Bool) -> Int? {
        guard bounds.end - bounds.start >= needle.count else { return nil }
        if needle.count == 0 { return fromRight ? bounds.end : bounds.start }
        let range = bounds.start..<bounds.end
        return fromRight ? string.lastOccurrences(of: needle, within: range, limit: 1).first
            : string.occurrences(of: needle, within: range, limit: 1).first
    }

    // MARK: splitting and joining

    private func installStrSplitMethods() {
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            addMethod(strType, name) { vm, args throws(PyError) in
                let string = try vm.receiver(args, PyStr.self, "str.\(name)")
                let bound = try vm.bindMethodArguments(args, name, ["sep", "maxsplit"])
                let requested = try bound[1].map { (value) throws(PyError) -> Int in try vm.index(value) } ?? -1
                let maxSplit = requested < 0 ? Int.max : requested
                let fields: [Range<Int>]
                if let separatorValue = bound[0], !separatorValue.isNone {
                    let separator = try vm.strArgument(separatorValue, "must be str or None, not \(vm.typeName(separatorValue))")
                    guard separator.count > 0 else { throw vm.valueError("empty separator") }
                    fields = vm.separatedFields(string, separator, maxSplit: maxSplit, fromRight: fromRight)
                } else if fromRight {
                    fields = string.scanCodePoints(ascii: { TextAlgorithms.lastWhitespaceFields($0, maxSplit: maxSplit) },
                                                   unicode: { TextAlgorithms.lastWhitespaceFields($0, maxSplit: maxSplit) })
                } else {
                    fields = string.scanCodePoints(ascii: { TextAlgorithms.whitespaceFields($0, maxSplit: maxSplit) },
                                                   unicode: { TextAlgorithms.whitespaceFields($0, maxSplit: maxSplit) })
                }
                return vm.list(fields.map { vm.substringResult(args[0], string, $0) })
            }
        }
        addMethod(strType, "splitlines") { vm, args throws(PyError) in
            let string = try vm.receiver(args, PyStr.self, "str.splitlines")
            let bound = try vm.bindMethodArguments(args, "splitlines", ["keepends"])
            let keepEnds = try bound[0].map { (value) throws(PyError) -> Bool in try vm.index(value) != 0 } ?? false
            let lines = string.scanCodePoints(ascii: { TextAlgorithms.lines($0, keepEnds: keepEnds) },
                                              unicode: { TextAlgorithms.lines($0, keepEnds: keepEnds) })
            return vm.list(lines.map { vm.substringResult(args[0], string, $0) })
        }
        addMethod(strType, "join") { vm, args throws(PyError) in
            let iterable = try vm.onlyArgument(args, "str.join")
            let separator = try vm.receiver(args, PyStr.self, "str.join")
            guard vm.isIterable(iterable) else { throw vm.typeError("can only join an iterable") }
            let items = try vm.collect(iterable)
            var parts: [String] = []
            parts.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                let part = try vm.strArgument(item, "sequence item \(index): expected str instance, \(vm.typeName(item)) found")
                parts.append(part.value)
            }
            if items.count == 1 && vm.typeOf(items[0]) === vm.strType { return items[0] }
            return vm.str(parts.joined(separator: separator.value))
        }
        for (name, leading, trailing) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            addMethod(strType, name) { vm, args throws(PyError) in
                try vm.expectPositional(args, "str.\(name)", 0, 1)
                let string = try vm.receiver(args, PyStr.self, "str.\(name)")
                let range: Range<Int>
                if let charsValue = args.argument(at: 1), !charsValue.isNone {
                    let chars = try vm.strArgument(charsValue, "\(name) arg must be None or str")
                    let stripped = Set(chars.value.unicodeScalars.map(\.value))
                    range = string.scanCodePoints(
                        ascii: { TextAlgorithms.strippedRange($0, leading: leading, trailing: trailing) { stripped.contains($0) } },
                        unicode: { TextAlgorithms.strippedRange($0, leading: leading, trailing: trailing) { stripped.contains($0) } })
                } else {
                    range = string.scanCodePoints(
                        ascii: { TextAlgorithms.strippedRange($0, leading: leading, trailing: trailing, PythonCharacters.isWhitespace) },
                        unicode: { TextAlgorithms.strippedRange($0, leading: leading, trailing: trailing, PythonCharacters.isWhitespace) })
                }
                return vm.substringResult(args[0], string, range)
            }
        }
    }

    /// Fields between occurrences of a non-empty separator, at most `maxSplit` splits counted from
    /// the left (or from the right for `rsplit`).
    private func separatedFields(_ string: PyStr, _ separator: PyStr, maxSplit: Int, fromRight: Bool) -> [Range<Int>] {
        let whole = 0..<string.count
        let positions = fromRight ? string.lastOccurrences(of: separator, within: whole, limit: maxSplit).reversed()
            : string.occurrences(of: separator, within: whole, limit: maxSplit)
        var fields: [Range<Int>] = []
        fields.reserveCapacity(positions.count + 1)
        var start = 0
        for position in positions {
            fields.append(start..<position)
            start = position + separator.count
        }
        fields.append(start..<string.count)
        return fields
    }

    // MARK: case conversion

    private func installStrCaseMethods() {
        let conversions: [(String, CaseConversion)] = [
            ("upper", .upper), ("lower", .lower), ("swapcase", .swapcase), ("title", .title),
            ("capitalize", .capitalize), ("casefold", .casefold),
        ]
        for (name, conversion) in conversions {
            addMethod(strType, name) { vm, args throws(PyError) in
                try vm.expectNoArguments(args, "str.\(name)")
                let string = try vm.receiver(args, PyStr.self, "str.\(name)")
                return vm.str(conversion.apply(to: string))
            }
        }
    }

    // MARK: character classes

    private func installStrClassificationMethods() {
        /// Methods true when the str is non-empty and every code point is in the class.
        let everyCodePoint: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isdecimal", CharacterClass.isDecimal), ("isdigit", CharacterClass.isDigit),
            ("isnumeric", CharacterClass.isNumeric), ("isalpha", CharacterClass.isAlpha),
            ("isalnum", CharacterClass.isAlphanumeric), ("isspace", { PythonCharacters.isWhitespace($0.value) }),
        ]
        for (name, isMember) in everyCodePoint {
            addStrPredicate(name) { string in string.count > 0 && string.value.unicodeScalars.allSatisfy(isMember) }
        }
        addStrPredicate("isprintable") { $0.value.unicodeScalars.allSatisfy(CharacterClass.isPrintable) }
        addStrPredicate("isascii") { $0.isASCII }
        addStrPredicate("isupper") { CharacterClass.hasOnlyCase($0, upper: true) }
        addStrPredicate("islower") { CharacterClass.hasOnlyCase($0, upper: false) }
        addStrPredicate("istitle", CharacterClass.isTitleCased)
        addStrPredicate("isidentifier", CharacterClass.isIdentifier)
    }

    private func addStrPredicate(_ name: String, _ predicate: @escaping (PyStr) -> Bool) {
        addMethod(strType, name) { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "str.\(name)")
            return Value(predicate(try vm.receiver(args, PyStr.self, "str.\(name)")))
        }
    }

    // MARK: padding and tabs

    private func installStrLayoutMethods() {
        for name in ["center", "ljust", "rjust"] {
            addMethod(strType, name) { vm, args throws(PyError) in
                try vm.expectPositional(args, "str.\(name)", 1, 2)
                let string = try vm.receiver(args, PyStr.self, "str.\(name)")
                let width = try vm.index(args[1])
                let fill = try args.argument(at: 2).map { (value) throws(PyError) -> String in try vm.fillCharacter(value) } ?? " "
                guard width > string.count else { return vm.substringResult(args[0], string, 0..<string.count) }
                let padding = width - string.count
                let left = switch name {
                case "ljust": 0
                case "rjust": padding
                // CPython's `pad` rounds the odd space to the left only when the width is odd too.
                default: padding / 2 + (padding & width & 1)
                }
                return vm.str(String(repeating: fill, count: left) + string.value + String(repeating: fill, count: padding - left))
            }
        }
        addMethod(strType, "zfill") { vm, args throws(PyError) in
            let width = try vm.index(try vm.onlyArgument(args, "str.zfill"))
            let string = try vm.receiver(args, PyStr.self, "str.zfill")
            guard width > string.count else { return vm.substringResult(args[0], string, 0..<string.count) }
            let zeros = String(repeating: "0", count: width - string.count)
            if let first = string.value.unicodeScalars.first, first == "+" || first == "-" {
                return vm.str(String(first) + zeros + string.substring(1..<string.count))
            }
            return vm.str(zeros + string.value)
        }
        addMethod(strType, "expandtabs") { vm, args throws(PyError) in
            let string = try vm.receiver(args, PyStr.self, "str.expandtabs")
            let bound = try vm.bindMethodArguments(args, "expandtabs", ["tabsize"])
            let tabSize = try bound[0].map { (value) throws(PyError) -> Int in try vm.index(value) } ?? 8
            var result = String.UnicodeScalarView()
            var column = 0
            for scalar in string.value.unicodeScalars {
                switch scalar {
                case "\t":
                    guard tabSize > 0 else { continue }
                    let spaces = tabSize - column % tabSize
                    result.append(contentsOf: repeatElement(" ", count: spaces))
                    column += spaces
                case "\n", "\r":
                    result.append(scalar)
                    column = 0
                default:
                    result.append(scalar)
                    column += 1
                }
            }
            return vm.str(String(result))
        }
    }

    /// The fill character of `center`, `ljust` and `rjust`.
    private func fillCharacter(_ value: Value) throws(PyError) -> String {
        let fill = try strArgument(value, "The fill character must be a unicode character, not \(typeName(value))")
        guard fill.count == 1 else { throw typeError("The fill character must be exactly one character long") }
        return fill.value
    }

    // MARK: translation

    private func installStrTranslation() {
        // A static method: the table is built from its arguments alone.
        let makeTranslation = builtinFunction("maketrans") { vm, args throws(PyError) in
            try vm.rejectKeywords("maketrans", args)
            if let failure = vm.argumentCountError("maketrans", args, minimum: 1, maximum: 3) { throw failure }
            let table = vm.newDict()
            if args.count == 1 {
                guard let mapping = args[0].as(PyDict.self) else {
                    throw vm.typeError("if you give only one argument to maketrans it must be a dict")
                }
                for (key, value) in mapping.entries {
                    if let character = key.as(PyStr.self) {
                        guard character.count == 1 else { throw vm.valueError("string keys in translate table must be of length 1") }
                        try vm.dictSet(table, vm.int(Int(character.scalar(at: 0).value)), value)
                    } else if vm.isIntLike(key) {
                        try vm.dictSet(table, key, value)
                    } else {
                        throw vm.typeError("keys in translate table must be strings or integers")
                    }
                }
                return Value(table)
            }
            let from = try vm.strArgument(args[0], "maketrans() argument 1 must be str, not \(vm.typeName(args[0]))")
            let to = try vm.strArgument(args[1], "maketrans() argument 2 must be str, not \(vm.typeName(args[1]))")
            guard from.count == to.count else { throw vm.valueError("the first two maketrans arguments must have equal length") }
            for index in 0..<from.count {
                try vm.dictSet(table, vm.int(Int(from.scalar(at: index).value)), vm.int(Int(to.scalar(at: index).value)))
            }
            if args.count == 3 {
                let deleted = try vm.strArgument(args[2], "maketrans() argument 3 must be str, not \(vm.typeName(args[2]))")
                for index in 0..<deleted.count { try vm.dictSet(table, vm.int(Int(deleted.scalar(at: index).value)), .none) }
            }
            return Value(table)
        }
        strType.dict.insertOrReplace(key: identifier("maketrans"), value: permanent(PyDescriptor(type: staticMethodType, getter: makeTranslation)))
        addMethod(strType, "translate") { vm, args throws(PyError) in
            let string = try vm.receiver(args, PyStr.self, "str.translate")
            let table = try vm.onlyArgument(args, "str.translate")
            var result = String.UnicodeScalarView()
            for scalar in string.value.unicodeScalars {
                let mapped: Value
                do throws(PyError) {
                    mapped = try vm.getItem(table, vm.int(Int(scalar.value)))
                } catch {
                    // A code point the table does not map (any LookupError) stays as it is.
                    guard vm.isInstance(error.exception, vm.exceptionType("LookupError")) else { throw error }
                    result.append(scalar)
                    continue
                }
                if mapped.isNone { continue }
                if let code = vm.machineInt(mapped) {
                    guard let replacement = Unicode.Scalar(UInt32(clamping: max(code, 0))), code >= 0 else {
                        throw vm.valueError("character mapping must be in range(0x110000)")
                    }
                    result.append(replacement)
                } else if let text = mapped.as(PyStr.self) {
                    result.append(contentsOf: text.value.unicodeScalars)
                } else {
                    throw vm.typeError("character mapping must return integer, None or str")
                }
            }
            return vm.str(String(result))
        }
    }

    // MARK: encoding

    private func installStrEncode() {
        addMethod(strType, "encode") { vm, args throws(PyError) in
            let string = try vm.receiver(args, PyStr.self, "str.encode")
            let bound = try vm.bindMethodArguments(args, "encode", ["encoding", "errors"])
            let encoding = try bound[0].map { (value) throws(PyError) -> String in
                try vm.strArgument(value, "encode() argument 'encoding' must be str, not \(vm.typeName(value))").value
            } ?? "utf-8"
            let errors = try bound[1].map { (value) throws(PyError) -> String in
                try vm.strArgument(value, "encode() argument 'errors' must be str, not \(vm.typeName(value))").value
            } ?? "strict"
            let bytes = try vm.encode(string, encoding: encoding, errors: errors)
            return vm.track(PyBytes(type: vm.bytesType, bytes))
        }
    }

    /// Encodes with one of the codecs the VM knows: UTF-8, ASCII and Latin-1, under the
    /// `strict`, `ignore` and `replace` error handlers.
    func encode(_ string: PyStr, encoding: String, errors: String) throws(PyError) -> [UInt8] {
        let codec = try textCodec(encoding)
        if codec == .utf8 { return Array(string.value.utf8) }
        let (codecName, limit) = (codec.name, codec.byteLimit)
        let scalars = string.scalars
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar.value < limit {
                bytes.append(UInt8(scalar.value))
                position += 1
                continue
            }
            // Error handlers receive the whole run of unencodable code points, as in CPython.
            var runEnd = position + 1
            while runEnd < scalars.count && scalars[runEnd].value >= limit { runEnd += 1 }
            switch errors {
            case "ignore": break
            case "replace": bytes.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: runEnd - position))
            case "strict":
                let what = runEnd - position == 1 ? "character '\(Self.escapedCodePoint(scalar))' in position \(position)"
                    : "characters in position \(position)-\(runEnd - 1)"
                throw error(exceptionType("UnicodeEncodeError"), "'\(codecName)' codec can't encode \(what): ordinal not in range(\(limit))")
            default: throw error(exceptionType("LookupError"), "unknown error handler name '\(errors)'")
            }
            position = runEnd
        }
        return bytes
    }

    /// `\xe9`, `\u20ac` or `\U0001f600`, as codec error messages show a code point.
    private static func escapedCodePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        let (prefix, width) = scalar.value < 0x100 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        return prefix + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }
}

/// The case conversions of str, with CPython's rules for title case and the final sigma.
private enum CaseConversion {
    case upper, lower, swapcase, title, capitalize, casefold

    private enum Target { case upper, lower, title, folded, unchanged }

    /// The mapping CPython's `do_upper`, `do_title`, … apply to one code point.
    private func target(isFirst: Bool, isUpper: Bool, isLower: Bool, previousIsCased: Bool) -> Target {
        switch self {
        case .upper: .upper
        case .lower: .lower
        case .casefold: .folded
        case .swapcase: isUpper ? .lower : (isLower ? .upper : .unchanged)
        case .title: previousIsCased ? .lower : .title
        case .capitalize: isFirst ? .title : .lower
        }
    }

    func apply(to string: PyStr) -> String {
        string.isASCII ? applyToASCII(string.value) : applyToUnicode(string.scalars)
    }

    private func applyToASCII(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var previousIsCased = false
        for index in bytes.indices {
            let byte = bytes[index]
            let isUpper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            let isLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            switch target(isFirst: index == 0, isUpper: isUpper, isLower: isLower, previousIsCased: previousIsCased) {
            case .upper, .title: if isLower { bytes[index] = byte - 32 }
            case .lower, .folded: if isUpper { bytes[index] = byte + 32 }
            case .unchanged: break
            }
            previousIsCased = isUpper || isLower
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func applyToUnicode(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var previousIsCased = false
        for (index, scalar) in scalars.enumerated() {
            let properties = scalar.properties
            let mapped: String
            switch target(isFirst: index == 0, isUpper: properties.isUppercase, isLower: properties.isLowercase, previousIsCased: previousIsCased) {
            case .upper: mapped = properties.uppercaseMapping
            case .title: mapped = properties.titlecaseMapping
            case .lower: mapped = Self.isFinalSigma(scalars, index) ? "ς" : properties.lowercaseMapping
            case .folded: mapped = Self.specialFolding[scalar.value] ?? properties.lowercaseMapping
            case .unchanged: mapped = String(scalar)
            }
            result.append(contentsOf: mapped.unicodeScalars)
            previousIsCased = properties.isCased
        }
        return String(result)
    }

    /// Capital sigma lowercases to final sigma at the end of a word (Unicode's Final_Sigma context).
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard scalars[index] == "Σ" else { return false }
        var before = index - 1
        while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0 && scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }

    /// Full case foldings that differ from the lowercase mapping (Swift exposes no case folding).
    private static let specialFolding: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0x149: "\u{2BC}n", 0x17F: "s", 0x345: "ι", 0x3C2: "σ", 0x3D0: "β",
        0x3D1: "θ", 0x3D5: "φ", 0x3D6: "π", 0x3F0: "κ", 0x3F1: "ρ", 0x3F5: "ε", 0x1E9B: "\u{1E61}",
        0x1FBE: "ι", 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    ]
}

/// Python's per-code-point classes behind `str.isdigit` and friends, from the Unicode database.
private enum CharacterClass {
    static func isDecimal(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("0"..."9").contains(scalar) }
        return scalar.properties.numericType == .decimal
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("0"..."9").contains(scalar) }
        return scalar.properties.numericType == .decimal || scalar.properties.numericType == .digit
    }

    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("0"..."9").contains(scalar) }
        return scalar.properties.numericType != nil
    }

    static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { isAlpha(scalar) || isNumeric(scalar) }

    /// Everything but control, format, surrogate, private-use, unassigned and separator code
    /// points, except that the space is printable.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x20..<0x7F).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator: return false
        default: return true
        }
    }

    /// `isupper` (or `islower`): some cased code point, and none of the other case or title case.
    static func hasOnlyCase(_ string: PyStr, upper: Bool) -> Bool {
        var sawCased = false
        for scalar in string.value.unicodeScalars {
            let properties = scalar.properties
            let isWanted = upper ? properties.isUppercase : properties.isLowercase
            let isOther = upper ? properties.isLowercase : properties.isUppercase
            if isOther || properties.generalCategory == .titlecaseLetter { return false }
            if isWanted { sawCased = true }
        }
        return sawCased
    }

    /// `istitle`: uppercase or title case only at the start of words, lowercase only inside them.
    static func isTitleCased(_ string: PyStr) -> Bool {
        var sawCased = false
        var previousIsCased = false
        for scalar in string.value.unicodeScalars {
            let properties = scalar.properties
            if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
                if previousIsCased { return false }
                previousIsCased = true
                sawCased = true
            } else if properties.isLowercase {
                if !previousIsCased { return false }
                previousIsCased = true
                sawCased = true
            } else {
                previousIsCased = false
            }
        }
        return sawCased
    }

    static func isIdentifier(_ string: PyStr) -> Bool {
        var scalars = string.value.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else { return false }
        while let scalar = scalars.next() {
            if !scalar.properties.isXIDContinue { return false }
        }
        return true
    }
}
