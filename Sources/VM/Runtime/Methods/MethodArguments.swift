// Argument checking shared by the methods of built-in types, with CPython's error messages.

extension CallArguments {
    /// The positional argument at `index` (0 is the receiver), or nil when fewer were given.
    func argument(at index: Int) -> Value? { index < count ? self[index] : nil }
}

/// Which of CPython's argument parsers a method uses, since each words count errors its own way.
enum ArgumentCountWording {
    /// `_PyArg_CheckPositional`: "pop expected at most 1 argument, got 2".
    case expected
    /// `PyArg_ParseTuple` and Argument Clinic: "find() takes at most 3 arguments (4 given)".
    case takes
}

extension VM {
    /// The receiver as the Swift class of its built-in type; rejects receivers of other types when
    /// a method is called unbound (`str.upper(5)`).
    func receiver<T: PyObject>(_ args: CallArguments, _ kind: T.Type, _ qualifiedName: String) throws(PyError) -> T {
        // The exact class first: a pointer compare instead of a dynamic cast.
        if args.count > 0, args[0].isInstance(exactly: T.self) { return args[0].unmanaged(T.self).takeUnretainedValue() }
        if args.count > 0, let object = args[0].as(T.self) { return object }
        let parts = qualifiedName.split(separator: ".")
        let receiverDescription = args.count > 0 ? "a '\(typeName(args[0]))' object" : "nothing"
        throw typeError("descriptor '\(parts.last ?? "")' for '\(parts.first ?? "")' objects doesn't apply to \(receiverDescription)")
    }

    /// Methods that take positional arguments only reject keywords naming the method with its type.
    func rejectKeywords(_ args: CallArguments, _ qualifiedName: String) throws(PyError) {
        guard args.keywordNames.isEmpty else { throw typeError("\(qualifiedName)() takes no keyword arguments") }
    }

    /// `METH_NOARGS` methods such as `str.upper`.
    func expectNoArguments(_ args: CallArguments, _ qualifiedName: String) throws(PyError) {
        try rejectKeywords(args, qualifiedName)
        guard args.count == 1 else { throw typeError("\(qualifiedName)() takes no arguments (\(args.count - 1) given)") }
    }

    /// `METH_O` methods such as `list.append`: returns the one argument.
    func onlyArgument(_ args: CallArguments, _ qualifiedName: String) throws(PyError) -> Value {
        try rejectKeywords(args, qualifiedName)
        guard args.count == 2 else { throw typeError("\(qualifiedName)() takes exactly one argument (\(args.count - 1) given)") }
        return args[1]
    }

    /// Checks a positional-only signature of `minimum...maximum` arguments after the receiver.
    func expectPositional(_ args: CallArguments, _ qualifiedName: String, _ minimum: Int, _ maximum: Int, wording: ArgumentCountWording = .expected) throws(PyError) {
        try rejectKeywords(args, qualifiedName)
        try checkPositionalCount(args, qualifiedName, minimum, maximum, wording: wording)
    }

    /// Checks the number of positional arguments after the receiver, for methods that also take
    /// keywords of their own (`dict.update`).
    func checkPositionalCount(_ args: CallArguments, _ qualifiedName: String, _ minimum: Int, _ maximum: Int, wording: ArgumentCountWording = .expected) throws(PyError) {
        let given = args.count - 1
        guard given < minimum || given > maximum else { return }
        let name = qualifiedName.split(separator: ".").last.map(String.init) ?? qualifiedName
        throw typeError(argumentCountMessage(name, given: given, minimum: minimum, maximum: maximum, wording: wording))
    }

    private func argumentCountMessage(_ name: String, given: Int, minimum: Int, maximum: Int, wording: ArgumentCountWording) -> String {
        func arguments(_ count: Int) -> String { count == 1 ? "1 argument" : "\(count) arguments" }
        switch wording {
        case .expected:
            if minimum == maximum { return "\(name) expected \(arguments(minimum)), got \(given)" }
            return given < minimum ? "\(name) expected at least \(arguments(minimum)), got \(given)"
                : "\(name) expected at most \(arguments(maximum)), got \(given)"
        case .takes:
            if minimum == maximum { return "\(name)() takes exactly \(arguments(minimum)) (\(given) given)" }
            return given < minimum ? "\(name)() takes at least \(arguments(minimum)) (\(given) given)"
                : "\(name)() takes at most \(arguments(maximum)) (\(given) given)"
        }
    }

    /// Binds arguments to named parameters as Argument Clinic does: the first `positionalLimit`
    /// may be passed by position, all by keyword; the first `required` must be given. Returns one
    /// entry per parameter, nil when it was not passed.
    func bindMethodArguments(_ args: CallArguments, _ name: String, _ parameters: [String], required: Int = 0, positionalLimit: Int? = nil) throws(PyError) -> [Value?] {
        let positionalLimit = positionalLimit ?? parameters.count
        let positionalCount = args.count - 1
        let total = positionalCount + args.keywordNames.count
        if total > parameters.count {
            throw typeError(argumentCountMessage(name, given: total, minimum: 0, maximum: parameters.count, wording: .takes))
        }
        if positionalCount > positionalLimit {
            if positionalLimit == 0 { throw typeError("\(name)() takes no positional arguments") }
            throw typeError("\(name)() takes at most \(positionalLimit) positional argument\(positionalLimit == 1 ? "" : "s") (\(positionalCount) given)")
        }
        var bound = [Value?](repeating: nil, count: parameters.count)
        for index in 0..<positionalCount { bound[index] = args[index + 1] }
        for (offset, keyword) in args.keywordNames.enumerated() {
            guard let index = parameters.firstIndex(of: keyword.value) else {
                throw typeError("'\(keyword.value)' is an invalid keyword argument for \(name)()")
            }
            if bound[index] != nil {
                throw typeError("argument for \(name)() given by name ('\(keyword.value)') and position (\(index + 1))")
            }
            bound[index] = args.values[args.count + offset]
        }
        if let missing = (0..<required).first(where: { bound[$0] == nil }) {
            throw typeError("\(name)() missing required argument '\(parameters[missing])' (pos \(missing + 1))")
        }
        return bound
    }

    /// A start or end index of `str.find` (where None means "omitted") or `list.index` (where it
    /// is an error).
    func sliceIndexArgument(_ value: Value?, allowsNone: Bool) throws(PyError) -> Int? {
        guard let value else { return nil }
        if allowsNone && value.isNone { return nil }
        guard isIntLike(value) || typeOf(value).lookup(identifier("__index__")) != nil else {
            throw typeError("slice indices must be integers\(allowsNone ? " or None" : "") or have an __index__ method")
        }
        // Like CPython, indices beyond the machine range clamp rather than fail.
        if let wide = bigInt(value), Int(exactly: wide) == nil { return wide < 0 ? -Int.max : Int.max }
        return try index(value)
    }

    /// The range `start..<end` of a sequence of `length` selects, with slice semantics: negative
    /// indices count from the end and the end is clamped. The start is clamped only below, so a
    /// start beyond the end yields an empty range that callers can tell from a clamped one.
    func sliceBounds(_ start: Value?, _ end: Value?, length: Int, allowsNone: Bool = true) throws(PyError) -> (start: Int, end: Int) {
        func adjust(_ index: Int) -> Int { index < 0 ? max(index + length, 0) : index }
        let lower = adjust(try sliceIndexArgument(start, allowsNone: allowsNone) ?? 0)
        let upper = min(adjust(try sliceIndexArgument(end, allowsNone: allowsNone) ?? length), length)
        return (lower, upper)
    }
}
