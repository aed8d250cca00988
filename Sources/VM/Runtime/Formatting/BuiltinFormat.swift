// format(value, spec) for the built-in int, float and str types: their __format__ methods.

import BigInt

/// `int.__format__`, `float.__format__` and `str.__format__` (Python/formatter_unicode.c).
///
/// The VM parses the spec once with `FormatSpec(text, typeName:)` — the type name (e.g. "bool"
/// for `format(True, 's')`) only appears in error messages — or calls the `spec: String` overloads.
public enum BuiltinFormat {
    public static func format(_ value: BigInt, spec: String, typeName: String = "int") throws(FormatError) -> String {
        try format(value, spec: FormatSpec(spec, typeName: typeName))
    }

    public static func format(_ value: Double, spec: String, typeName: String = "float") throws(FormatError) -> String {
        try format(value, spec: FormatSpec(spec, typeName: typeName))
    }

    public static func format(_ value: String, spec: String, typeName: String = "str") throws(FormatError) -> String {
        try format(value, spec: FormatSpec(spec, typeName: typeName))
    }

    // MARK: str

    public static func format(_ value: String, spec: FormatSpec) throws(FormatError) -> String {
        let type = spec.type ?? "s"
        try FormatSpec.checkGrouping(spec.grouping, allowedWith: type)
        guard type == "s" else { throw FormatSpec.unknownFormatCode(type, typeName: spec.typeName) }
        switch spec.sign {
        case .space?: throw .valueError("Space not allowed in string format specifier")
        case .always?, .minusOnly?: throw .valueError("Sign not allowed in string format specifier")
        case nil: break
        }
        if spec.coercesNegativeZero {
            throw .valueError("Negative zero coercion (z) not allowed in string format specifier")
        }
        if spec.alternate {
            throw .valueError("Alternate form (#) not allowed in string format specifier")
        }
        let (fill, alignment) = spec.resolvedLayout(defaultAlignment: .left)
        if alignment == .afterSign {
            throw .valueError("'=' alignment not allowed in string format specifier")
        }
        var text = value
        if let precision = spec.precision, value.unicodeScalars.count > precision {
            text = String(String.UnicodeScalarView(value.unicodeScalars.prefix(precision)))
        }
        return Padding.apply(body: text, width: spec.width, alignment: alignment, fill: fill)
    }

    // MARK: int

    public static func format(_ value: BigInt, spec: FormatSpec) throws(FormatError) -> String {
        let type = spec.type ?? "d"
        let radix: Int
        switch type {
        case "d", "n", "c": radix = 10
        case "b": radix = 2
        case "o": radix = 8
        case "x", "X": radix = 16
        case "e", "E", "f", "F", "g", "G", "%":
            return try format(floatValue(of: value), spec: spec)
        default:
            throw FormatSpec.unknownFormatCode(type, typeName: spec.typeName)
        }
        if spec.precision != nil {
            throw .valueError("Precision not allowed in integer format specifier")
        }
        if spec.coercesNegativeZero {
            throw .valueError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        var layout = NumberLayout(negative: value.sign == .minus, digits: "")
        if type == "c" {
            if spec.sign != nil {
                throw .valueError("Sign not allowed with integer format specifier 'c'")
            }
            if spec.alternate {
                throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            layout.negative = false
            layout.digits = try String(Character(character(for: value)))
        } else {
            layout.digits = String(value.magnitude, radix: radix, uppercase: type == "X")
            if spec.alternate {
                layout.prefix = ["b": "0b", "o": "0o", "x": "0x", "X": "0X"][type] ?? ""
            }
        }
        // 'n' groups per the locale, and wand runs in the C locale, which has no grouping.
        let separator = type == "n" ? nil : spec.grouping.map { Character($0.rawValue) }
        let groupSize = spec.grouping == .underscore && radix != 10 ? 4 : 3
        return layout.render(spec: spec, separator: separator, groupSize: groupSize)
    }

    /// The code point `value` stands for in '%c' and format(n, 'c').
    static func character(for value: BigInt) throws(FormatError) -> Unicode.Scalar {
        guard let code = Int64(exactly: value) else {
            throw .overflowError("Python int too large to convert to C long")
        }
        // Lone surrogates cannot live in a Swift String; they become U+FFFD.
        guard (0...0x10FFFF).contains(code) else { throw .overflowError("%c arg not in range(0x110000)") }
        return Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
    }

    /// `float(n)`: correctly rounded, OverflowError when out of range (CPython's PyLong_AsDouble).
    static func floatValue(of value: BigInt) throws(FormatError) -> Double {
        if let small = Int64(exactly: value), small.magnitude <= 1 << 53 {
            return Double(small)
        }
        // The decimal parser rounds correctly (half-even), which a bitwise truncation would not.
        guard let double = Double(value.description), double.isFinite else {
            throw .overflowError("int too large to convert to float")
        }
        return double
    }

    // MARK: float

    public static func format(_ value: Double, spec: FormatSpec) throws(FormatError) -> String {
        var options = DoubleToString.Options(alternate: spec.alternate, noNegativeZero: spec.coercesNegativeZero)
        var style: DoubleToString.Style
        var precision = spec.precision ?? 6
        var number = value
        var percent = false
        switch spec.type {
        case nil:
            // Like repr without a precision; like 'g' with one, but always showing a decimal point.
            options.addDotZero = true
            style = spec.precision == nil ? .repr : .general
            precision = spec.precision ?? 0
        case "e"?, "E"?: style = .exponent
        case "f"?, "F"?: style = .fixed
        case "g"?, "G"?, "n"?: style = .general
        case "%"?:
            style = .fixed
            number *= 100
            percent = true
        case let type?:
            throw FormatSpec.unknownFormatCode(type, typeName: spec.typeName)
        }
        if precision > Int(Int32.max) {
            throw .valueError("precision too big")
        }
        options.uppercase = spec.type.map { "EFG".unicodeScalars.contains($0) } ?? false
        var text = DoubleToString.convert(number, style: style, precision: precision, options: options)[...]
        let negative = text.first == "-"
        if negative { text = text.dropFirst() }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let layout = NumberLayout(negative: negative, digits: String(digits),
                                  remainder: String(text[digits.endIndex...]) + (percent ? "%" : ""))
        let separator = spec.type == "n" ? nil : spec.grouping.map { Character($0.rawValue) }
        return layout.render(spec: spec, separator: separator, groupSize: 3)
    }
}
