// Turns Python source bytes into tokens, including INDENT/DEDENT, the way CPython 3.11's tokenizer does.

import BigInt

struct Lexer {
    /// An opening bracket still waiting for its partner.
    struct Bracket {
        var byte: UInt8
        var line: Int
        var column: Int
    }

    struct Output {
        var tokens: [Token]
        /// The first tokenizer error; CPython reports it in preference to any parser error.
        var error: SyntaxError?
        /// The innermost bracket left open at the end of the source.
        var unclosedBracket: Bracket?
        var lines: SourceLines
    }

    private let source: [UInt8]
    private let filename: String
    private let lines: SourceLines
    /// Where the first line sits in the enclosing file, for f-string expressions lexed on their own.
    private let firstLine: Int
    private let firstColumn: Int
    private var position = 0
    private var line: Int
    private var lineStart = 0
    private var indents: [Int] = [0]
    /// Indentation measured with tabs as one column: CPython's check for inconsistent tab use.
    private var alternateIndents: [Int] = [0]
    private var brackets: [Bracket] = []
    private var atLineStart = true
    private var tokens: [Token] = []

    private init(source: [UInt8], filename: String, firstLine: Int, firstColumn: Int, insideBrackets: Bool) {
        self.source = source
        self.filename = filename
        self.lines = SourceLines(source)
        self.firstLine = firstLine
        self.firstColumn = firstColumn
        self.line = firstLine
        if insideBrackets {
            brackets.append(Bracket(byte: UInt8(ascii: "("), line: firstLine, column: firstColumn))
            atLineStart = false
        }
    }

    /// Tokenizes a whole file (newlines normalized, BOM removed).
    static func tokenize(_ text: String, filename: String) -> Output {
        var lexer = Lexer(source: normalizedBytes(text), filename: filename, firstLine: 1, firstColumn: 0, insideBrackets: false)
        return lexer.run()
    }

    /// Tokenizes an f-string replacement field's expression, which behaves as if parenthesized.
    static func tokenizeExpression(_ bytes: [UInt8], filename: String, line: Int, column: Int) -> Output {
        var lexer = Lexer(source: bytes, filename: filename, firstLine: line, firstColumn: column, insideBrackets: true)
        var output = lexer.run()
        output.unclosedBracket = nil
        return output
    }

    /// CPython reads source in universal-newlines mode and skips a UTF-8 byte order mark.
    private static func normalizedBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        var pending = iterator.next()
        if pending == 0xEF {
            let second = iterator.next(), third = iterator.next()
            if second == 0xBB && third == 0xBF {
                pending = iterator.next()
            } else {
                bytes.append(0xEF)
                if let second { bytes.append(second) }
                pending = third
            }
        }
        while let byte = pending {
            pending = iterator.next()
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
                if pending == UInt8(ascii: "\n") { pending = iterator.next() }
            } else {
                bytes.append(byte)
            }
        }
        return bytes
    }

    private mutating func run() -> Output {
        var error: SyntaxError?
        do {
            try lexAll()
        } catch let caught {
            error = caught
        }
        let last = Token(kind: .endOfFile, text: "", number: nil, line: line, column: column(of: position), endLine: line, endColumn: column(of: position))
        tokens.append(last)
        return Output(tokens: tokens, error: error, unclosedBracket: brackets.last, lines: lines)
    }

    // MARK: - Positions and errors

    private func column(of offset: Int) -> Int {
        offset - lineStart + (line == firstLine ? firstColumn : 0)
    }

    private func peek(_ distance: Int = 0) -> UInt8 {
        let index = position + distance
        return index < source.count ? source[index] : 0
    }

    private var atEnd: Bool { position >= source.count }

    /// An error at a 0-based byte column of the current line; SyntaxError wants 1-based character columns.
    private func error(_ message: String, kind: SyntaxError.Kind = .syntaxError, line errorLine: Int? = nil, column: Int, endColumn: Int? = nil) -> SyntaxError {
        let errorLine = errorLine ?? line
        let text = lines.text(of: errorLine - firstLine + 1)
        let start = SourceLines.characterColumn(text, byteColumn: column - (errorLine == firstLine ? firstColumn : 0)) + 1
        let end = endColumn.map { SourceLines.characterColumn(text, byteColumn: $0 - (errorLine == firstLine ? firstColumn : 0)) + 1 } ?? start
        return SyntaxError(kind, message, filename: filename, line: errorLine, column: start, endColumn: end, lineText: text)
    }

    private mutating func startNewLine(at offset: Int) {
        line += 1
        lineStart = offset
    }

    private mutating func append(_ kind: TokenKind, text: String = "", number: Constant? = nil, from start: Int, startLine: Int, startColumn: Int) {
        tokens.append(Token(kind: kind, text: text, number: number, line: startLine, column: startColumn, endLine: line, endColumn: column(of: start)))
    }

    // MARK: - Main loop

    private mutating func lexAll() throws(SyntaxError) {
        while true {
            if atLineStart {
                atLineStart = false
                if try measureIndentation() { continue }
            }
            skipWhitespace()
            if atEnd {
                finishSource()
                return
            }
            let byte = peek()
            let start = position, startColumn = column(of: position)
            switch byte {
            case UInt8(ascii: "#"):
                while !atEnd && peek() != UInt8(ascii: "\n") { position += 1 }
            case UInt8(ascii: "\n"):
                position += 1
                if brackets.isEmpty {
                    tokens.append(Token(kind: .newline, text: "", number: nil, line: line, column: startColumn, endLine: line, endColumn: startColumn))
                    atLineStart = true
                }
                startNewLine(at: position)
            case UInt8(ascii: "\\"):
                position += 1
                guard peek() == UInt8(ascii: "\n") else {
                    throw error("unexpected character after line continuation character", column: startColumn + 1)
                }
                position += 1
                startNewLine(at: position)
                if atEnd { throw error("unexpected EOF while parsing", column: 0) }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try lexNumber(startColumn: startColumn)
            case UInt8(ascii: "."):
                if Self.isDigit(peek(1)) {
                    try lexNumber(startColumn: startColumn)
                } else {
                    try lexOperator(startColumn: startColumn)
                }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                try lexString(from: start, startColumn: startColumn)
            default:
                if Self.isIdentifierStart(byte) {
                    try lexNameOrString(startColumn: startColumn)
                } else if byte >= 0x80 {
                    try lexNonASCIIName(startColumn: startColumn)
                } else {
                    try lexOperator(startColumn: startColumn)
                }
            }
        }
    }

    private mutating func skipWhitespace() {
        while !atEnd {
            let byte = peek()
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0C else { return }
            position += 1
        }
    }

    private mutating func finishSource() {
        if brackets.isEmpty {
            if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
                let startColumn = column(of: position)
                tokens.append(Token(kind: .newline, text: "", number: nil, line: line, column: startColumn, endLine: line, endColumn: startColumn))
            }
            // CPython places the closing DEDENTs on the line after the last one.
            let dedentLine = lineStart == position ? line : line + 1
            while indents.count > 1 {
                indents.removeLast()
                tokens.append(Token(kind: .dedent, text: "", number: nil, line: dedentLine, column: 0, endLine: dedentLine, endColumn: 0))
            }
        }
    }

    /// Reads a line's indentation and emits INDENT/DEDENT; returns true for a blank or comment-only line.
    private mutating func measureIndentation() throws(SyntaxError) -> Bool {
        var width = 0, alternateWidth = 0
        while !atEnd {
            switch peek() {
            case UInt8(ascii: " "):
                width += 1
                alternateWidth += 1
            case UInt8(ascii: "\t"):
                width = (width / 8 + 1) * 8
                alternateWidth += 1
            case 0x0C:
                width = 0
                alternateWidth = 0
            default:
                break
            }
            guard peek() == UInt8(ascii: " ") || peek() == UInt8(ascii: "\t") || peek() == 0x0C else { break }
            position += 1
        }
        let next = peek()
        if atEnd || next == UInt8(ascii: "#") || next == UInt8(ascii: "\n") {
            return !atEnd ? skipBlankLine() : false
        }
        let inconsistentTabs = error("inconsistent use of tabs and spaces in indentation", kind: .tabError, column: 0, endColumn: -1)
        if width == indents.last! {
            if alternateWidth != alternateIndents.last! { throw inconsistentTabs }
        } else if width > indents.last! {
            if alternateWidth <= alternateIndents.last! { throw inconsistentTabs }
            indents.append(width)
            alternateIndents.append(alternateWidth)
            tokens.append(Token(kind: .indent, text: "", number: nil, line: line, column: 0, endLine: line, endColumn: column(of: position)))
        } else {
            while width < indents.last! {
                indents.removeLast()
                alternateIndents.removeLast()
                tokens.append(Token(kind: .dedent, text: "", number: nil, line: line, column: column(of: position), endLine: line, endColumn: column(of: position)))
            }
            if width != indents.last! {
                throw error("unindent does not match any outer indentation level", kind: .indentationError, column: column(of: position) + 1, endColumn: -1)
            }
            if alternateWidth != alternateIndents.last! { throw inconsistentTabs }
        }
        return false
    }

    /// Blank and comment-only lines produce no tokens at all.
    private mutating func skipBlankLine() -> Bool {
        while !atEnd && peek() != UInt8(ascii: "\n") { position += 1 }
        if !atEnd {
            position += 1
            startNewLine(at: position)
        }
        atLineStart = true
        return true
    }

    // MARK: - Names

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierContinue(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

    private static let stringPrefixes: Set<String> = ["r", "u", "b", "br", "rb", "f", "fr", "rf"]

    private mutating func lexNameOrString(startColumn: Int) throws(SyntaxError) {
        let start = position
        while !atEnd && Self.isIdentifierContinue(peek()) { position += 1 }
        if peek() >= 0x80 {
            position = start
            try lexNonASCIIName(startColumn: startColumn)
            return
        }
        let text = String(decoding: source[start..<position], as: UTF8.self)
        if (peek() == UInt8(ascii: "'") || peek() == UInt8(ascii: "\"")) && Self.stringPrefixes.contains(text.lowercased()) {
            try lexString(from: start, startColumn: startColumn)
            return
        }
        append(.name, text: text, from: position, startLine: line, startColumn: startColumn)
    }

    /// Identifiers may use any characters with the XID_Start/XID_Continue properties.
    private mutating func lexNonASCIIName(startColumn: Int) throws(SyntaxError) {
        let start = position
        var isFirst = true
        while !atEnd {
            let byte = peek()
            if byte < 0x80 {
                guard Self.isIdentifierContinue(byte) && !(isFirst && Self.isDigit(byte)) else { break }
                position += 1
            } else {
                let length = Self.sequenceLength(byte)
                let scalarText = String(decoding: source[position..<min(position + length, source.count)], as: UTF8.self)
                let scalar = scalarText.unicodeScalars.first!
                let valid = isFirst ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
                guard valid else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    throw error("invalid character '\(scalar)' (U+\(padded))", column: column(of: position))
                }
                position += length
            }
            isFirst = false
        }
        let text = String(decoding: source[start..<position], as: UTF8.self)
        append(.name, text: text, from: position, startLine: line, startColumn: startColumn)
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    // MARK: - Operators

    private static let threeCharacterOperators: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    private static let twoCharacterOperators: Set<String> = [
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
    ]
    private static let closingFor: [UInt8: UInt8] = [UInt8(ascii: "("): UInt8(ascii: ")"), UInt8(ascii: "["): UInt8(ascii: "]"), UInt8(ascii: "{"): UInt8(ascii: "}")]

    private mutating func lexOperator(startColumn: Int) throws(SyntaxError) {
        let byte = peek()
        var length = 1
        if position + 3 <= source.count, Self.threeCharacterOperators.contains(String(decoding: source[position..<position + 3], as: UTF8.self)) {
            length = 3
        } else if position + 2 <= source.count, Self.twoCharacterOperators.contains(String(decoding: source[position..<position + 2], as: UTF8.self)) {
            length = 2
        }
        if length == 1 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                brackets.append(Bracket(byte: byte, line: line, column: startColumn))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard let open = brackets.last else {
                    throw error("unmatched '\(Character(Unicode.Scalar(byte)))'", column: startColumn)
                }
                if Self.closingFor[open.byte] != byte {
                    let closing = Character(Unicode.Scalar(byte)), opening = Character(Unicode.Scalar(open.byte))
                    let suffix = open.line == line ? "" : " on line \(open.line)"
                    throw error("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'\(suffix)", column: startColumn)
                }
                brackets.removeLast()
            default:
                break
            }
        }
        let text = String(decoding: source[position..<position + length], as: UTF8.self)
        position += length
        append(.op, text: text, from: position, startLine: line, startColumn: startColumn)
    }

    // MARK: - Numbers

    private mutating func lexNumber(startColumn: Int) throws(SyntaxError) {
        let start = position
        if peek() == UInt8(ascii: "0"), let radix = Self.radix(for: peek(1)) {
            position += 2
            let (name, isValid): (String, (UInt8) -> Bool) = switch radix {
            case 16: ("hexadecimal", { Self.isDigit($0) || (0x61...0x66).contains($0 | 0x20) })
            case 8: ("octal", { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") })
            default: ("binary", { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") })
            }
            repeat {
                if peek() == UInt8(ascii: "_") { position += 1 }
                guard isValid(peek()) else {
                    if Self.isDigit(peek()) {
                        throw error("invalid digit '\(Character(Unicode.Scalar(peek())))' in \(name) literal", column: column(of: position) + 1)
                    }
                    throw error("invalid \(name) literal", column: column(of: position) - 1)
                }
                while isValid(peek()) { position += 1 }
            } while peek() == UInt8(ascii: "_")
            if Self.isDigit(peek()) {
                throw error("invalid digit '\(Character(Unicode.Scalar(peek())))' in \(name) literal", column: column(of: position) + 1)
            }
            try verifyEndOfNumber(kind: name)
            let digits = String(decoding: source[(start + 2)..<position].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            appendNumber(.int(BigInt(digits, radix: radix)!), start: start, startColumn: startColumn)
            return
        }
        var isFloat = false
        if peek() != UInt8(ascii: ".") { try scanDigits() }
        let integerPart = source[start..<position]
        if peek() == UInt8(ascii: ".") {
            isFloat = true
            position += 1
            if Self.isDigit(peek()) { try scanDigits() }
        }
        if peek() | 0x20 == UInt8(ascii: "e") {
            let exponentStart = position
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            if Self.isDigit(peek()) {
                isFloat = true
                try scanDigits()
            } else {
                // Not an exponent after all (`1else`): leave the letter for verifyEndOfNumber.
                position = exponentStart
            }
        }
        if peek() | 0x20 == UInt8(ascii: "j") {
            position += 1
            try verifyEndOfNumber(kind: "imaginary")
            appendNumber(.imaginary(parseDouble(from: start, to: position - 1)), start: start, startColumn: startColumn)
            return
        }
        try verifyEndOfNumber(kind: "decimal")
        if isFloat {
            appendNumber(.float(parseDouble(from: start, to: position)), start: start, startColumn: startColumn)
            return
        }
        let digits = integerPart.filter { $0 != UInt8(ascii: "_") }
        if digits.count > 1 && digits.first == UInt8(ascii: "0") && digits.contains(where: { $0 != UInt8(ascii: "0") }) {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", column: startColumn, endColumn: startColumn + 1)
        }
        appendNumber(.int(BigInt(String(decoding: digits, as: UTF8.self))!), start: start, startColumn: startColumn)
    }

    private static func radix(for byte: UInt8) -> Int? {
        switch byte | 0x20 {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// Digits with single underscores between them.
    private mutating func scanDigits() throws(SyntaxError) {
        while true {
            while Self.isDigit(peek()) { position += 1 }
            guard peek() == UInt8(ascii: "_") else { return }
            position += 1
            guard Self.isDigit(peek()) else { throw error("invalid decimal literal", column: column(of: position) - 1) }
        }
    }

    /// A number may be directly followed by a few keywords (`1if x else 2`) but not by other names.
    private mutating func verifyEndOfNumber(kind: String) throws(SyntaxError) {
        let next = peek()
        guard Self.isIdentifierStart(next) || next >= 0x80 else { return }
        for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"] where source[position...].starts(with: keyword.utf8) {
            return
        }
        throw error("invalid \(kind) literal", column: column(of: position) - 1)
    }

    private func parseDouble(from start: Int, to end: Int) -> Double {
        Double(String(decoding: source[start..<end].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self))!
    }

    private mutating func appendNumber(_ value: Constant, start: Int, startColumn: Int) {
        let text = String(decoding: source[start..<position], as: UTF8.self)
        append(.number, text: text, number: value, from: position, startLine: line, startColumn: startColumn)
    }

    // MARK: - Strings

    /// Scans a string literal starting at its prefix; the parser decodes the text.
    private mutating func lexString(from start: Int, startColumn: Int) throws(SyntaxError) {
        let startLine = line
        let quote = peek()
        let isTriple = peek(1) == quote && peek(2) == quote
        position += isTriple ? 3 : 1
        while true {
            if atEnd {
                let detectedLine = lineStart == position && line > firstLine ? line - 1 : line
                let message = isTriple
                    ? "unterminated triple-quoted string literal (detected at line \(detectedLine))"
                    : "unterminated string literal (detected at line \(detectedLine))"
                throw error(message, line: startLine, column: startColumn)
            }
            let byte = peek()
            if byte == quote {
                if !isTriple {
                    position += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    position += 3
                    break
                }
                position += 1
            } else if byte == UInt8(ascii: "\\") {
                position += 1
                if peek() == UInt8(ascii: "\n") {
                    position += 1
                    startNewLine(at: position)
                } else if !atEnd {
                    position += 1
                }
            } else if byte == UInt8(ascii: "\n") {
                if !isTriple {
                    throw error("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn)
                }
                position += 1
                startNewLine(at: position)
            } else {
                position += 1
            }
        }
        let text = String(decoding: source[start..<position], as: UTF8.self)
        append(.string, text: text, from: position, startLine: startLine, startColumn: startColumn)
    }
}
