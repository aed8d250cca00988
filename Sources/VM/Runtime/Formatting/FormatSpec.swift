// The parsed format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type].

/// A format spec as `int.__format__`, `float.__format__` and `str.__format__` read it
/// (port of `parse_internal_render_format_spec`, Python/formatter_unicode.c).
///
/// Options that were not written stay `nil`/`false`; each formatter supplies its own defaults
/// (numbers align right, strings left; the `0` flag means `=` alignment only for numbers).
public struct FormatSpec: Equatable, Sendable {
    public enum Alignment: Unicode.Scalar, Sendable {
        case left = "<", right = ">", center = "^", afterSign = "="
    }

    public enum Sign: Unicode.Scalar, Sendable {
        case minusOnly = "-", always = "+", space = " "
    }

    public enum Grouping: Unicode.Scalar, Sendable {
        case comma = ",", underscore = "_"
    }

    public var fill: Unicode.Scalar?
    public var alignment: Alignment?
    public var sign: Sign?
    /// 'z': a negative zero result is written without its sign.
    public var coercesNegativeZero = false
    /// '#'
    public var alternate = false
    /// A '0' right before the width without an explicit fill: zero padding.
    public var zeroPadding = false
    public var width: Int?
    public var grouping: Grouping?
    public var precision: Int?
    public var type: Unicode.Scalar?
    /// The Python type whose `__format__` is parsing this spec, named in error messages.
    public var typeName: String

    public init(typeName: String) {
        self.typeName = typeName
    }

    public init(_ text: String, typeName: String) throws(FormatError) {
        self.typeName = typeName
        let scalars = Array(text.unicodeScalars)
        var position = 0
        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        if let second = peek(1), let alignment = Alignment(rawValue: second) {
            self.fill = scalars[position]
            self.alignment = alignment
            position += 2
        } else if let first = peek(), let alignment = Alignment(rawValue: first) {
            self.alignment = alignment
            position += 1
        }
        if let first = peek(), let sign = Sign(rawValue: first) {
            self.sign = sign
            position += 1
        }
        if peek() == "z" {
            coercesNegativeZero = true
            position += 1
        }
        if peek() == "#" {
            alternate = true
            position += 1
        }
        if fill == nil && peek() == "0" {
            zeroPadding = true
            position += 1
        }
        width = try Self.parseInteger(scalars, at: &position)
        if peek() == "," {
            grouping = .comma
            position += 1
        }
        if peek() == "_" {
            if grouping != nil { throw .valueError("Cannot specify both ',' and '_'.") }
            grouping = .underscore
            position += 1
        }
        if peek() == "," && grouping == .underscore {
            throw .valueError("Cannot specify both ',' and '_'.")
        }
        if peek() == "." {
            position += 1
            guard let precision = try Self.parseInteger(scalars, at: &position) else {
                throw .valueError("Format specifier missing precision")
            }
            self.precision = precision
        }
        if scalars.count - position > 1 {
            throw .valueError("Invalid format specifier '\(text)' for object of type '\(typeName)'")
        }
        if position < scalars.count {
            type = scalars[position]
        }
        if grouping != nil, let type {
            try Self.checkGrouping(grouping, allowedWith: type)
        }
    }

    /// The fill character and alignment in effect, given the formatter's default alignment.
    func resolvedLayout(defaultAlignment: Alignment) -> (fill: Unicode.Scalar, alignment: Alignment) {
        let fill = self.fill ?? (zeroPadding ? "0" : " ")
        let alignment = self.alignment ?? (zeroPadding && defaultAlignment == .right ? .afterSign : defaultAlignment)
        return (fill, alignment)
    }

    /// PEP 378 allows ',' and '_' with decimal and float types; PEP 515 allows '_' with b, o, x, X.
    static func checkGrouping(_ grouping: Grouping?, allowedWith type: Unicode.Scalar) throws(FormatError) {
        guard let grouping else { return }
        switch type {
        case "d", "e", "f", "g", "E", "G", "%", "F":
            return
        case "b", "o", "x", "X":
            if grouping == .underscore { return }
            fallthrough
        default:
            throw .valueError("Cannot specify '\(Character(grouping.rawValue))' with \(quotedCode(type)).")
        }
    }

    /// How CPython names a presentation type in messages: 'x', or '\x1' when not printable ASCII.
    static func quotedCode(_ type: Unicode.Scalar) -> String {
        if type.value > 32 && type.value < 128 {
            return "'\(Character(type))'"
        }
        return "'\\x\(String(type.value, radix: 16))'"
    }

    static func unknownFormatCode(_ type: Unicode.Scalar, typeName: String) -> FormatError {
        .valueError("Unknown format code \(quotedCode(type)) for object of type '\(typeName)'")
    }

    /// Reads a run of Unicode decimal digits; nil when there is none.
    private static func parseInteger(_ scalars: [Unicode.Scalar], at position: inout Int) throws(FormatError) -> Int? {
        var value = 0
        var sawDigit = false
        while position < scalars.count, let digit = scalars[position].decimalDigitValue {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 {
                throw .valueError("Too many decimal digits in format string")
            }
            value = sum
            sawDigit = true
            position += 1
        }
        return sawDigit ? value : nil
    }
}

extension Unicode.Scalar {
    /// The value of a Unicode decimal digit (any script), as CPython's Py_UNICODE_TODECIMAL.
    var decimalDigitValue: Int? {
        guard properties.numericType == .decimal, let value = properties.numericValue else { return nil }
        return Int(value)
    }
}
