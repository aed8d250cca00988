// printf-style `str % args` (port of PyUnicode_Format, Objects/unicodeobject.c).

import BigInt

/// What `str % args` needs to know about one argument. The VM conforms its value type:
/// - `percentInteger`: the value of an int or bool (or subclass); nil for anything else.
/// - `percentFloat`: the value of a float (or subclass); nil for anything else, ints included.
/// - `percentString`: the text of a str (or subclass); nil otherwise. Used by '%c'.
/// - `percentTypeName`: `type(x).__name__`, for error messages.
/// - `percentStr()` / `percentRepr()`: `str(x)` / `repr(x)`; errors raised by user `__str__`/`__repr__`
///   travel as `FormatError.propagating(error)`. `percentAscii()` defaults to escaping `repr(x)`.
public protocol PercentFormatOperand {
    func percentStr() throws(FormatError) -> String
    func percentRepr() throws(FormatError) -> String
    func percentAscii() throws(FormatError) -> String
    var percentInteger: BigInt? { get }
    var percentFloat: Double? { get }
    var percentString: String? { get }
    var percentTypeName: String { get }
}

extension PercentFormatOperand {
    public func percentAscii() throws(FormatError) -> String {
        AsciiEscaping.escape(try percentRepr())
    }
}

public enum PercentFormat {
    /// `format % args`.
    ///
    /// - `arguments`: the items when `args` is a tuple (`isTuple: true`), else `[args]`.
    /// - `mapping`: when `args` is a mapping (has `__getitem__` and is neither a tuple nor a str —
    ///   CPython counts lists too), a closure doing `args[key]`; nil otherwise. It enables
    ///   `%(key)s` and switches off the "not all arguments converted" check.
    public static func format<Operand: PercentFormatOperand>(
        _ format: String, arguments: [Operand], isTuple: Bool,
        mapping: ((String) throws(FormatError) -> Operand)? = nil
    ) throws(FormatError) -> String {
        var formatter = Formatter(format: Array(format.unicodeScalars),
                                  arguments: ArgumentCursor(items: arguments, isTuple: isTuple),
                                  mapping: mapping)
        return try formatter.run()
    }

    /// Consumes arguments the way CPython does: a non-tuple argument is used once, as a whole.
    private struct ArgumentCursor<Operand> {
        var items: [Operand]
        var isTuple: Bool
        var nextIndex = 0

        mutating func next() throws(FormatError) -> Operand {
            let available = isTuple ? items.count : min(items.count, 1)
            guard nextIndex < available else { throw .typeError("not enough arguments for format string") }
            nextIndex += 1
            return items[nextIndex - 1]
        }

        var hasUnusedArguments: Bool { nextIndex < (isTuple ? items.count : min(items.count, 1)) }
    }

    /// One conversion specifier's flags, width and precision.
    private struct Conversion {
        var leftAdjust = false
        var alwaysSign = false
        var blankSign = false
        var alternate = false
        var zeroPad = false
        var width: Int?
        var precision: Int?
        var code: Unicode.Scalar = "\0"
    }

    private struct Formatter<Operand: PercentFormatOperand> {
        let format: [Unicode.Scalar]
        var arguments: ArgumentCursor<Operand>
        let mapping: ((String) throws(FormatError) -> Operand)?
        var position = 0
        var output = ""

        mutating func run() throws(FormatError) -> String {
            while position < format.count {
                let scalar = format[position]
                position += 1
                if scalar != "%" {
                    output.unicodeScalars.append(scalar)
                } else if position < format.count && format[position] == "%" {
                    position += 1
                    output += "%"
                } else {
                    let conversion = try parseConversion()
                    output += try convert(conversion)
                }
            }
            if arguments.hasUnusedArguments && mapping == nil {
                throw .typeError("not all arguments converted during string formatting")
            }
            return output
        }

        /// The next format character, or nil at the end (which always ends in "incomplete format").
        private mutating func read() -> Unicode.Scalar? {
            guard position < format.count else { return nil }
            position += 1
            return format[position - 1]
        }

        private mutating func parseConversion() throws(FormatError) -> Conversion {
            var conversion = Conversion()
            if position < format.count && format[position] == "(" {
                guard let mapping else { throw .typeError("format requires a mapping") }
                position += 1
                let keyStart = position
                var depth = 1
                while depth > 0, let scalar = read() {
                    if scalar == ")" { depth -= 1 } else if scalar == "(" { depth += 1 }
                }
                guard depth == 0 else { throw .valueError("incomplete format key") }
                let key = String(String.UnicodeScalarView(format[keyStart..<(position - 1)]))
                arguments = ArgumentCursor(items: [try mapping(key)], isTuple: false)
            }
            var current = read()
            flags: while let scalar = current {
                switch scalar {
                case "-": conversion.leftAdjust = true
                case "+": conversion.alwaysSign = true
                case " ": conversion.blankSign = true
                case "#": conversion.alternate = true
                case "0": conversion.zeroPad = true
                default: break flags
                }
                current = read()
            }
            if current == "*" {
                let width = try starArgument()
                if width < 0 { conversion.leftAdjust = true }
                conversion.width = width.magnitude > Int.max ? Int.max : abs(width)
                current = read()
            } else if let scalar = current, let digit = scalar.asciiDigitValue {
                var width = digit
                current = read()
                while let scalar = current, let digit = scalar.asciiDigitValue {
                    guard width <= (Int.max - digit) / 10 else { throw .valueError("width too big") }
                    width = width * 10 + digit
                    current = read()
                }
                conversion.width = width
            }
            if current == "." {
                current = read()
                if current == "*" {
                    conversion.precision = max(0, try starArgument())
                    current = read()
                } else if let scalar = current, let digit = scalar.asciiDigitValue {
                    var precision = digit
                    current = read()
                    while let scalar = current, let digit = scalar.asciiDigitValue {
                        guard precision <= (Int(Int32.max) - digit) / 10 else { throw .valueError("precision too big") }
                        precision = precision * 10 + digit
                        current = read()
                    }
                    conversion.precision = precision
                } else {
                    conversion.precision = 0
                }
            }
            // C length modifiers are accepted and ignored.
            if let scalar = current, scalar == "h" || scalar == "l" || scalar == "L" {
                current = read()
            }
            guard let code = current else { throw .valueError("incomplete format") }
            conversion.code = code
            return conversion
        }

        private mutating func starArgument() throws(FormatError) -> Int {
            guard let value = try arguments.next().percentInteger else { throw .typeError("* wants int") }
            guard let small = Int(exactly: value) else {
                throw .overflowError("Python int too large to convert to C ssize_t")
            }
            return small
        }

        private mutating func convert(_ conversion: Conversion) throws(FormatError) -> String {
            let argument = try arguments.next()
            var text: String
            var isNumber = false
            switch conversion.code {
            case "s": text = try argument.percentStr()
            case "r": text = try argument.percentRepr()
            case "a": text = try argument.percentAscii()
            case "d", "i", "u", "o", "x", "X":
                text = integerText(try integer(of: argument, code: conversion.code), conversion: conversion)
                isNumber = true
            case "e", "E", "f", "F", "g", "G":
                text = DoubleToString.convert(try double(of: argument), style: floatStyle(conversion.code),
                                              precision: conversion.precision ?? 6,
                                              options: .init(uppercase: "EFG".unicodeScalars.contains(conversion.code),
                                                             alternate: conversion.alternate))
                isNumber = true
            case "c":
                text = String(Character(try character(of: argument)))
            default:
                let code = conversion.code
                let shown = (31...126).contains(code.value) ? Character(code) : "?"
                throw .valueError("unsupported format character '\(shown)' (0x\(String(code.value, radix: 16))) at index \(position - 1)")
            }
            if "sra".unicodeScalars.contains(conversion.code), let precision = conversion.precision,
               text.unicodeScalars.count > precision {
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(precision)))
            }
            return pad(text, isNumber: isNumber, conversion: conversion)
        }

        /// Splits a number's sign and '#' prefix from its digits so zero padding goes between them.
        private func pad(_ text: String, isNumber: Bool, conversion: Conversion) -> String {
            var head = ""
            var body = Substring(text)
            if isNumber {
                if body.first == "-" || body.first == "+" {
                    head = String(body.removeFirst())
                } else if conversion.alwaysSign {
                    head = "+"
                } else if conversion.blankSign {
                    head = " "
                }
                if conversion.alternate && "xXo".unicodeScalars.contains(conversion.code) {
                    head += body.prefix(2)
                    body = body.dropFirst(2)
                }
            }
            let alignment: FormatSpec.Alignment
            if conversion.leftAdjust {
                alignment = .left
            } else if isNumber && conversion.zeroPad {
                alignment = .afterSign
            } else {
                alignment = .right
            }
            return Padding.apply(head: head, body: String(body), width: conversion.width, alignment: alignment,
                                 fill: alignment == .afterSign ? "0" : " ")
        }

        private func floatStyle(_ code: Unicode.Scalar) -> DoubleToString.Style {
            switch code {
            case "e", "E": return .exponent
            case "f", "F": return .fixed
            default: return .general
            }
        }

        /// int(x) for %d/%i/%u (floats truncate), operator.index(x) for %o/%x/%X.
        private func integer(of argument: Operand, code: Unicode.Scalar) throws(FormatError) -> BigInt {
            if let integer = argument.percentInteger { return integer }
            let isDecimal = code == "d" || code == "i" || code == "u"
            if isDecimal, let double = argument.percentFloat {
                if double.isNaN { throw .valueError("cannot convert float NaN to integer") }
                if double.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
                return BigInt(double.rounded(.towardZero))
            }
            let requirement = isDecimal ? "a real number" : "an integer"
            throw .typeError("%\(Character(code)) format: \(requirement) is required, not \(argument.percentTypeName)")
        }

        private func double(of argument: Operand) throws(FormatError) -> Double {
            if let double = argument.percentFloat { return double }
            if let integer = argument.percentInteger { return try BuiltinFormat.floatValue(of: integer) }
            throw .typeError("must be real number, not \(argument.percentTypeName)")
        }

        private func character(of argument: Operand) throws(FormatError) -> Unicode.Scalar {
            if let string = argument.percentString {
                guard string.unicodeScalars.count == 1, let scalar = string.unicodeScalars.first else {
                    throw .typeError("%c requires int or char")
                }
                return scalar
            }
            guard let integer = argument.percentInteger else { throw .typeError("%c requires int or char") }
            // Unlike format(n, 'c'), '%c' reports a too-large int as out of range.
            guard Int64(exactly: integer) != nil else { throw .overflowError("%c arg not in range(0x110000)") }
            return try BuiltinFormat.character(for: integer)
        }

        /// CPython's _PyUnicode_FormatLong: the precision is a minimum digit count, '#' keeps 0o/0x/0X.
        private func integerText(_ value: BigInt, conversion: Conversion) -> String {
            let radix = ["o": 8, "x": 16, "X": 16][conversion.code] ?? 10
            var digits = String(value.magnitude, radix: radix, uppercase: conversion.code == "X")
            if let precision = conversion.precision, precision > digits.count {
                digits = String(repeating: "0", count: precision - digits.count) + digits
            }
            let prefix = conversion.alternate && radix != 10 ? "0" + String(Character(conversion.code)) : ""
            return (value.sign == .minus ? "-" : "") + prefix + digits
        }
    }
}

private extension Unicode.Scalar {
    var asciiDigitValue: Int? {
        ("0"..."9").contains(self) ? Int(value - 48) : nil
    }
}
