// str.format / format_map templates: parsing into literal text and replacement fields, and rendering.

/// Port of Objects/stringlib/unicode_format.h.
///
/// Parsing is lazy, as in CPython: an error late in the template surfaces only after the fields
/// before it were resolved, so `Segments` is walked with `next()`. Most VM code only needs
/// `FormatString.render(_:resolver:)`, which does the walking, the auto-numbering, nested specs
/// and conversions, and calls back into the VM (`FormatFieldResolver`) for values and `__format__`.
public enum FormatString {
    /// A piece of template: literal text (with "{{"/"}}" already unescaped) then maybe a field.
    public struct Segment: Equatable {
        public var literal: String
        public var field: ReplacementField?
    }

    /// `{fieldName!conversion:formatSpec}` as written.
    public struct ReplacementField: Equatable {
        /// e.g. "", "0", "name", "a[0].b"; split it with `FieldName(_:autoNumbering:)`.
        public var fieldName: String
        /// The scalar after '!', unvalidated (CPython checks it only when rendering).
        public var conversion: Unicode.Scalar?
        public var formatSpec: String
        /// The spec holds `{...}` fields and must be rendered as a template first.
        public var formatSpecHasFields: Bool
    }

    /// Iterates a template's segments (CPython's MarkupIterator).
    public struct Segments {
        private let scalars: [Unicode.Scalar]
        private var position = 0

        public init(_ template: String) {
            scalars = Array(template.unicodeScalars)
        }

        public mutating func next() throws(FormatError) -> Segment? {
            guard position < scalars.count else { return nil }
            let start = position
            var brace: Unicode.Scalar?
            while position < scalars.count {
                let scalar = scalars[position]
                position += 1
                if scalar == "{" || scalar == "}" {
                    brace = scalar
                    break
                }
            }
            let atEnd = position >= scalars.count
            var literalEnd = position
            var fieldFollows = brace != nil
            if brace == "}" && (atEnd || scalars[position] != "}") {
                throw .valueError("Single '}' encountered in format string")
            }
            if atEnd && brace == "{" {
                throw .valueError("Single '{' encountered in format string")
            }
            if let brace, !atEnd {
                if scalars[position] == brace {
                    // A doubled brace: keep one in the literal and skip the other.
                    position += 1
                    fieldFollows = false
                } else {
                    literalEnd -= 1
                }
            }
            let literal = String(String.UnicodeScalarView(scalars[start..<literalEnd]))
            return Segment(literal: literal, field: fieldFollows ? try parseField() : nil)
        }

        private mutating func parseField() throws(FormatError) -> ReplacementField {
            let nameStart = position
            var terminator: Unicode.Scalar?
            scan: while position < scalars.count {
                let scalar = scalars[position]
                position += 1
                switch scalar {
                case "{":
                    throw .valueError("unexpected '{' in field name")
                case "[":
                    while position < scalars.count && scalars[position] != "]" { position += 1 }
                case "}", ":", "!":
                    terminator = scalar
                    break scan
                default:
                    continue
                }
            }
            guard let terminator else { throw .valueError("expected '}' before end of string") }
            var field = ReplacementField(fieldName: String(String.UnicodeScalarView(scalars[nameStart..<(position - 1)])),
                                         conversion: nil, formatSpec: "", formatSpecHasFields: false)
            if terminator == "}" { return field }
            if terminator == "!" {
                guard position < scalars.count else {
                    throw .valueError("end of string while looking for conversion specifier")
                }
                field.conversion = scalars[position]
                position += 1
                if position < scalars.count {
                    let next = scalars[position]
                    position += 1
                    if next == "}" { return field }
                    if next != ":" { throw .valueError("expected ':' after conversion specifier") }
                }
            }
            let specStart = position
            var depth = 1
            while position < scalars.count {
                let scalar = scalars[position]
                position += 1
                if scalar == "{" {
                    field.formatSpecHasFields = true
                    depth += 1
                } else if scalar == "}" {
                    depth -= 1
                    if depth == 0 {
                        field.formatSpec = String(String.UnicodeScalarView(scalars[specStart..<(position - 1)]))
                        return field
                    }
                }
            }
            throw .valueError("unmatched '{' in format spec")
        }
    }

    /// Whether a template numbers its fields "{}" automatically or "{0}" manually; it may not mix.
    /// One value is shared by a template and the templates nested in its format specs.
    public struct AutoNumbering {
        private enum State { case undecided, automatic, manual }
        private var state = State.undecided
        private var nextIndex = 0

        public init() {}

        /// The argument index for an empty ("{}") or numeric first part.
        mutating func index(explicit: Int?) throws(FormatError) -> Int {
            if state == .undecided { state = explicit == nil ? .automatic : .manual }
            switch (state, explicit) {
            case (.manual, nil):
                throw .valueError("cannot switch from manual field specification to automatic field numbering")
            case (.automatic, _?):
                throw .valueError("cannot switch from automatic field numbering to manual field specification")
            case (_, let index?):
                return index
            case (_, nil):
                nextIndex += 1
                return nextIndex - 1
            }
        }
    }

    /// A field name split into what to look up first and the accessors applied after it.
    public struct FieldName {
        public enum Argument: Equatable { case positional(Int), keyword(String) }
        public enum Accessor: Equatable { case attribute(String), index(Int), key(String) }

        public let argument: Argument
        private let scalars: [Unicode.Scalar]
        private var position: Int

        public init(_ name: String, autoNumbering: inout AutoNumbering) throws(FormatError) {
            scalars = Array(name.unicodeScalars)
            position = scalars.firstIndex { $0 == "." || $0 == "[" } ?? scalars.count
            let first = Array(scalars[..<position])
            if first.isEmpty {
                argument = .positional(try autoNumbering.index(explicit: nil))
            } else if let index = try FormatString.integer(first) {
                argument = .positional(try autoNumbering.index(explicit: index))
            } else {
                argument = .keyword(String(String.UnicodeScalarView(first)))
            }
        }

        /// The next ".name", "[index]" or "[key]"; nil when done. Errors come lazily, as in CPython.
        public mutating func nextAccessor() throws(FormatError) -> Accessor? {
            guard position < scalars.count else { return nil }
            let opener = scalars[position]
            position += 1
            let nameStart = position
            let name: [Unicode.Scalar]
            switch opener {
            case ".":
                while position < scalars.count && scalars[position] != "." && scalars[position] != "[" { position += 1 }
                name = Array(scalars[nameStart..<position])
            case "[":
                guard let close = scalars[position...].firstIndex(of: "]") else {
                    throw .valueError("Missing ']' in format string")
                }
                position = close + 1
                name = Array(scalars[nameStart..<close])
            default:
                throw .valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
            if opener == "[", let index = try FormatString.integer(name) {
                return .index(index)
            }
            if name.isEmpty { throw .valueError("Empty attribute in format string") }
            let text = String(String.UnicodeScalarView(name))
            return opener == "." ? .attribute(text) : .key(text)
        }
    }

    /// A whole run of Unicode decimal digits as an Int; nil when empty or not all digits.
    static func integer(_ scalars: [Unicode.Scalar]) throws(FormatError) -> Int? {
        guard !scalars.isEmpty else { return nil }
        var value = 0
        for scalar in scalars {
            guard let digit = scalar.decimalDigitValue else { return nil }
            guard value <= (Int.max - digit) / 10 else {
                throw .valueError("Too many decimal digits in format string")
            }
            value = value * 10 + digit
        }
        return value
    }

    /// `template.format(*args, **kwargs)` / `template.format_map(mapping)`.
    public static func render<Resolver: FormatFieldResolver>(_ template: String, resolver: Resolver) throws(FormatError) -> String {
        var autoNumbering = AutoNumbering()
        return try render(template, resolver: resolver, autoNumbering: &autoNumbering, depth: 2)
    }

    private static func render<Resolver: FormatFieldResolver>(
        _ template: String, resolver: Resolver, autoNumbering: inout AutoNumbering, depth: Int
    ) throws(FormatError) -> String {
        // The template plus one level of nested specs: "{:{}}" is fine, "{:{:{}}}" is not.
        guard depth > 0 else { throw .valueError("Max string recursion exceeded") }
        var segments = Segments(template)
        var output = ""
        while let segment = try segments.next() {
            output += segment.literal
            guard let field = segment.field else { continue }
            var name = try FieldName(field.fieldName, autoNumbering: &autoNumbering)
            var value: Resolver.Value
            switch name.argument {
            case .positional(let index):
                guard let found = try resolver.positionalArgument(index) else {
                    throw FormatError(.indexError, "Replacement index \(index) out of range for positional args tuple")
                }
                value = found
            case .keyword(let key):
                guard let found = try resolver.keywordArgument(key) else { throw FormatError(.keyError, key) }
                value = found
            }
            while let accessor = try name.nextAccessor() {
                switch accessor {
                case .attribute(let attribute): value = try resolver.attribute(attribute, of: value)
                case .index(let index): value = try resolver.item(index, of: value)
                case .key(let key): value = try resolver.item(key, of: value)
                }
            }
            var converted: String?
            if let conversion = field.conversion {
                switch conversion {
                case "s": converted = try resolver.str(value)
                case "r": converted = try resolver.repr(value)
                case "a": converted = AsciiEscaping.escape(try resolver.repr(value))
                default:
                    let shown = conversion.value > 32 && conversion.value < 127
                        ? String(Character(conversion)) : "\\x\(String(conversion.value, radix: 16))"
                    throw .valueError("Unknown conversion specifier \(shown)")
                }
            }
            let spec = field.formatSpecHasFields
                ? try render(field.formatSpec, resolver: resolver, autoNumbering: &autoNumbering, depth: depth - 1)
                : field.formatSpec
            if let converted {
                output += try BuiltinFormat.format(converted, spec: spec)
            } else {
                output += try resolver.format(value, spec: spec)
            }
        }
        return output
    }
}

/// The VM side of `str.format`: argument lookup, attribute/item access, str/repr and `format()`.
/// Errors from Python code (a failing `__getattr__`, `__format__`…) travel as `FormatError.propagating`.
public protocol FormatFieldResolver {
    associatedtype Value
    /// `args[index]`, or nil when out of range (the renderer raises the IndexError). For
    /// `format_map`, throw `FormatError.positionalFieldInFormatMap`.
    func positionalArgument(_ index: Int) throws(FormatError) -> Value?
    /// `kwargs[name]`, or nil when missing (the renderer raises KeyError). `format_map` may throw
    /// instead, e.g. to propagate a `__missing__` result's error.
    func keywordArgument(_ name: String) throws(FormatError) -> Value?
    /// `getattr(value, name)`.
    func attribute(_ name: String, of value: Value) throws(FormatError) -> Value
    /// `value[index]` for a decimal index such as "{0[2]}".
    func item(_ index: Int, of value: Value) throws(FormatError) -> Value
    /// `value[key]` for any other index such as "{0[name]}" or "{0[-1]}" (a str key).
    func item(_ key: String, of value: Value) throws(FormatError) -> Value
    func str(_ value: Value) throws(FormatError) -> String
    func repr(_ value: Value) throws(FormatError) -> String
    /// `format(value, spec)`, i.e. `type(value).__format__(value, spec)`.
    func format(_ value: Value, spec: String) throws(FormatError) -> String
}

extension FormatError {
    /// What `format_map` raises for "{0}" or "{}": it has no positional arguments.
    public static let positionalFieldInFormatMap = FormatError(.valueError, "Format string contains positional fields")
}
