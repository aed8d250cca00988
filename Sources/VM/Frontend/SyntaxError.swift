// A compile-time error reported the way CPython 3.11 reports it.

public struct SyntaxError: Error, Sendable {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column of the error's start (CPython's `SyntaxError.offset`); 0 when unknown.
    public var column: Int
    /// 1-based column just past the error's end (`end_offset`); 0 when unknown.
    public var endColumn: Int
    /// The offending source line without its line terminator.
    public var lineText: String

    public init(_ kind: Kind = .syntaxError, _ message: String, filename: String, line: Int, column: Int, endColumn: Int = 0, lineText: String) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.lineText = lineText
    }

    /// The report CPython prints to stderr: location, the stripped source line, a caret line, and
    /// `Kind: message`.
    public var report: String {
        var text = "  File \"\(filename)\", line \(line)\n"
        let stripped = lineText.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
        if !stripped.isEmpty {
            let removed = lineText.utf8.count - stripped.utf8.count
            let trimmedLine = String(stripped).trimmingSuffixWhitespace()
            text += "    \(trimmedLine)\n"
            if column > 0 {
                let start = max(column - 1 - removed, 0)
                let width = endColumn > column ? endColumn - column : 1
                let caretCount = min(max(width, 1), max(trimmedLine.count - start, 1))
                text += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: caretCount) + "\n"
            }
        }
        text += "\(kind.rawValue): \(message)\n"
        return text
    }
}

extension String {
    func trimmingSuffixWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\n" || last == "\r" || last == "\u{0C}" { s = s.dropLast() }
        return String(s)
    }
}
