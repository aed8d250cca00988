// The one width/fill/alignment routine behind format(), str.format() and '%'.

enum Padding {
    /// `head` + `body` widened to `width` code points with `fill`.
    ///
    /// `head` is a number's sign and base prefix: `.afterSign` puts the fill between head and body
    /// ("-0042", "+  42"); the other alignments pad outside both. Centering puts the odd
    /// character on the right, as CPython does.
    static func apply(head: String = "", body: String, width: Int?, alignment: FormatSpec.Alignment,
                      fill: Unicode.Scalar) -> String {
        let length = head.unicodeScalars.count + body.unicodeScalars.count
        let padding = (width ?? 0) - length
        guard padding > 0 else { return head + body }
        let filler = { (count: Int) in String(repeating: String(Character(fill)), count: count) }
        switch alignment {
        case .left:
            return head + body + filler(padding)
        case .right:
            return filler(padding) + head + body
        case .center:
            return filler(padding / 2) + head + body + filler(padding - padding / 2)
        case .afterSign:
            return head + filler(padding) + body
        }
    }
}
