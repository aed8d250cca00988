// Converts a Double to text exactly as CPython's PyOS_double_to_string does, for repr, format() and '%'.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Port of CPython's `format_float_short` (Python/pystrtod.c). The correctly rounded digits come
/// from Swift's shortest-round-trip `description` (repr) or from the C library's `%e`/`%f`
/// (explicit precision; glibc rounds exactly, half-even on ties of the binary value), and the
/// layout rules are CPython's, which differ from C's `%g` (no-type 'g' with `.0`, alternate form).
enum DoubleToString {
    enum Style {
        /// 'e': `precision` digits after the point, always an exponent.
        case exponent
        /// 'f': `precision` digits after the point.
        case fixed
        /// 'g': `precision` significant digits, exponent when the value is too small or too large.
        case general
        /// 'r': shortest round-trip digits, exponent outside 1e-4 ..< 1e16 (`precision` is ignored).
        case repr
    }

    struct Options {
        var uppercase = false
        /// '#': keep trailing zeros for 'g' and always write the decimal point.
        var alternate = false
        /// Write integral values with a trailing `.0` (repr, and format() without a type).
        var addDotZero = false
        /// 'z': drop the minus sign of a result that rounds to zero.
        var noNegativeZero = false
    }

    /// The text of `x`, with a leading "-" when negative (never "+").
    static func convert(_ x: Double, style: Style, precision: Int, options: Options = Options()) -> String {
        if x.isNaN {
            // CPython ignores the sign of a NaN.
            return options.uppercase ? "NAN" : "nan"
        }
        if x.isInfinite {
            return (x < 0 ? "-" : "") + (options.uppercase ? "INF" : "inf")
        }
        var precision = precision
        let decimal: DecimalDigits
        switch style {
        case .exponent:
            decimal = DecimalDigits(exponentNotationOf: x, fractionDigits: precision)
            precision += 1
        case .fixed:
            decimal = DecimalDigits(fixedNotationOf: x, fractionDigits: precision)
        case .general:
            // A precision of 0 makes no sense for 'g'; CPython reads it as 1.
            precision = max(precision, 1)
            decimal = DecimalDigits(exponentNotationOf: x, fractionDigits: precision - 1)
        case .repr:
            decimal = DecimalDigits(shortestOf: x)
        }
        let digits = decimal.digits
        var decimalPoint = decimal.decimalPoint
        var negative = x.sign == .minus
        if options.noNegativeZero && negative && digits == [UInt8(ascii: "0")] {
            negative = false
        }

        // Output is a slice [start, end) of the digits padded with zeros on both sides, with the
        // decimal point at `decimalPoint`; this decides the slice and whether to use an exponent.
        var useExponent = false
        var end = digits.count
        switch style {
        case .exponent:
            useExponent = true
            end = precision
        case .fixed:
            end = decimalPoint + precision
        case .general:
            let limit = options.addDotZero ? precision - 1 : precision
            useExponent = decimalPoint <= -4 || decimalPoint > limit
            if options.alternate { end = precision }
        case .repr:
            // Exponent from 1e16 on: a 17-digit positional repr would show padding zeros that are not real.
            useExponent = decimalPoint <= -4 || decimalPoint > 16
        }
        var exponent = 0
        if useExponent {
            exponent = decimalPoint - 1
            decimalPoint = 1
        }
        let start = decimalPoint <= 0 ? decimalPoint - 1 : 0
        if !useExponent && options.addDotZero {
            end = max(end, decimalPoint + 1)
        } else {
            end = max(end, decimalPoint)
        }

        var text: [UInt8] = []
        let zero = UInt8(ascii: "0"), point = UInt8(ascii: ".")
        if negative { text.append(UInt8(ascii: "-")) }
        if decimalPoint <= 0 {
            text += repeatElement(zero, count: decimalPoint - start)
            text.append(point)
            text += repeatElement(zero, count: -decimalPoint)
        } else {
            text += repeatElement(zero, count: -start)
        }
        if 0 < decimalPoint && decimalPoint <= digits.count {
            text += digits[..<decimalPoint]
            text.append(point)
            text += digits[decimalPoint...]
        } else {
            text += digits
        }
        if digits.count < decimalPoint {
            text += repeatElement(zero, count: decimalPoint - digits.count)
            text.append(point)
            text += repeatElement(zero, count: end - decimalPoint)
        } else {
            text += repeatElement(zero, count: end - digits.count)
        }
        if text.last == point && !options.alternate {
            text.removeLast()
        }
        var result = String(decoding: text, as: UTF8.self)
        if useExponent {
            let magnitude = String(abs(exponent))
            result += (options.uppercase ? "E" : "e") + (exponent < 0 ? "-" : "+")
                + (magnitude.count < 2 ? "0" : "") + magnitude
        }
        return result
    }
}

/// A finite double's decimal digits the way David Gay's dtoa hands them out: no leading or
/// trailing zeros (zero itself is "0"), and the value is 0.d1d2d3… × 10^decimalPoint.
private struct DecimalDigits {
    var digits: [UInt8] = []
    var decimalPoint = 0

    init(shortestOf x: Double) {
        // Swift's description is the shortest string that round-trips, e.g. "1e-05", "0.1", "1.5e+300".
        self.init(parsing: x.magnitude.description)
    }

    init(exponentNotationOf x: Double, fractionDigits: Int) {
        self.init(parsing: Self.printf("%.*e", fractionDigits, x.magnitude))
    }

    init(fixedNotationOf x: Double, fractionDigits: Int) {
        self.init(parsing: Self.printf("%.*f", fractionDigits, x.magnitude))
    }

    /// Reads "123.456" or "1.23e+45" (no sign) into digits and decimal point position.
    private init(parsing text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let integerPart = mantissa.prefix { $0 != "." }
        digits = Array(mantissa.utf8.filter { $0 != UInt8(ascii: ".") })
        decimalPoint = integerPart.count + exponent
        let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leadingZeros)
        decimalPoint -= leadingZeros
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty {
            digits = [UInt8(ascii: "0")]
            decimalPoint = 1
        }
    }

    private static func printf(_ format: String, _ precision: Int, _ value: Double) -> String {
        let arguments: [CVarArg] = [Int32(clamping: precision), value]
        let length = withVaList(arguments) { vsnprintf(nil, 0, format, $0) }
        var buffer = [CChar](repeating: 0, count: Int(length) + 1)
        _ = buffer.withUnsafeMutableBufferPointer { pointer in
            withVaList(arguments) { vsnprintf(pointer.baseAddress, pointer.count, format, $0) }
        }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
