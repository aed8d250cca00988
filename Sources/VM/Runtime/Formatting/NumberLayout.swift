// Lays out a formatted number: sign, base prefix, grouped digits, fraction/exponent, padding.

/// Port of CPython's `calc_number_spec` + `fill_number` (Python/formatter_unicode.c), shared by
/// `int.__format__` and `float.__format__`.
struct NumberLayout {
    var negative: Bool
    /// "0x", "0b", "0o", "0X" or "".
    var prefix = ""
    /// The integer digits, ungrouped (for 'c' the character; for inf/nan empty).
    var digits: String
    /// Everything after the integer digits: ".", fraction, exponent, "%".
    var remainder = ""

    func render(spec: FormatSpec, separator: Character?, groupSize: Int) -> String {
        var head = ""
        switch spec.sign {
        case .always?: head = negative ? "-" : "+"
        case .space?: head = negative ? "-" : " "
        case .minusOnly?, nil: head = negative ? "-" : ""
        }
        head += prefix
        let (fill, alignment) = spec.resolvedLayout(defaultAlignment: .right)
        // With '0' fill after the sign, the zeros become part of the digits so they get grouped too.
        var minimumDigitsWidth = 0
        if fill == "0" && alignment == .afterSign, let width = spec.width {
            minimumDigitsWidth = width - head.unicodeScalars.count - remainder.unicodeScalars.count
        }
        let grouped = digits.isEmpty ? "" : Self.group(digits, separator: separator, groupSize: groupSize,
                                                        minimumWidth: minimumDigitsWidth)
        return Padding.apply(head: head, body: grouped + remainder, width: spec.width, alignment: alignment, fill: fill)
    }

    /// Inserts `separator` every `groupSize` digits from the right, first left-padding with zeros
    /// (separators included) up to `minimumWidth` — CPython's `_PyUnicode_InsertThousandsGrouping`,
    /// which is why `format(1234, '09,')` is "0,001,234" and not "00001,234".
    static func group(_ digits: String, separator: Character?, groupSize: Int, minimumWidth: Int) -> String {
        let characters = Array(digits)
        guard let separator else {
            return String(repeating: "0", count: max(0, minimumWidth - characters.count)) + digits
        }
        var groups: [String] = []
        var remaining = characters.count
        var minimumWidth = minimumWidth
        while true {
            let length = min(groupSize, max(remaining, minimumWidth, 1))
            let zeros = max(0, length - remaining)
            let taken = max(0, min(remaining, length))
            groups.append(String(repeating: "0", count: zeros) + String(characters[(remaining - taken)..<remaining]))
            remaining -= taken
            minimumWidth -= groupSize
            if remaining <= 0 && minimumWidth <= 0 { break }
            minimumWidth -= 1
        }
        return groups.reversed().joined(separator: String(separator))
    }
}
