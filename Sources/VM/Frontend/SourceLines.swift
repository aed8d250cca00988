// Source text split into lines, for the excerpts error reports quote.

struct SourceLines {
    private let source: [UInt8]
    private var lineStarts: [Int] = [0]

    init(_ source: [UInt8]) {
        self.source = source
        for (index, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
            lineStarts.append(index + 1)
        }
    }

    /// The 1-based line's text without its newline.
    func text(of line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = start
        while end < source.count && source[end] != UInt8(ascii: "\n") { end += 1 }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    /// CPython reports error columns in characters, while positions are tracked in UTF-8 bytes.
    static func characterColumn(_ lineText: String, byteColumn: Int) -> Int {
        let utf8 = Array(lineText.utf8)
        guard byteColumn > 0 else { return byteColumn }
        guard byteColumn <= utf8.count else { return lineText.unicodeScalars.count + byteColumn - utf8.count }
        return String(decoding: utf8[0..<byteColumn], as: UTF8.self).unicodeScalars.count
    }
}
