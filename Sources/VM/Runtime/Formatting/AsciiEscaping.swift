// Turns repr() text into ascii() text, shared by '%a' and the '!a' conversion.

public enum AsciiEscaping {
    /// `ascii(x)` is `repr(x)` with every non-ASCII code point written as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
    public static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.unicodeScalars.append(scalar)
            } else if value <= 0xFF {
                result += "\\x" + hex(value, digits: 2)
            } else if value <= 0xFFFF {
                result += "\\u" + hex(value, digits: 4)
            } else {
                result += "\\U" + hex(value, digits: 8)
            }
        }
        return result
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: digits - text.count) + text
    }
}
