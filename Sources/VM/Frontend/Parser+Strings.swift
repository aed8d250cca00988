// String literals for the parser: prefixes, escape sequences, implicit concatenation and f-strings.

extension Parser {
    /// One piece of an f-string before positions are assigned.
    enum StringPiece {
        case literal(String)
        case field(value: Expr, conversion: Character?, formatSpec: [StringPiece]?)
    }

    /// Adjacent literals form one constant, or one JoinedStr as soon as any of them is an f-string.
    mutating func parseStrings() throws(SyntaxError) -> Expr {
        let first = current
        let start = currentStart
        var pieces: [StringPiece] = []
        var bytes: [UInt8] = []
        var sawBytes = false, sawText = false, sawFString = false
        while current.kind == .string {
            let token = advance()
            let raw = Array(token.text.utf8)
            let prefixLength = raw.firstIndex(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") })!
            let prefix = String(decoding: raw[0..<prefixLength], as: UTF8.self).lowercased()
            let quoteLength = raw.count - prefixLength >= 6 && raw[prefixLength + 1] == raw[prefixLength] && raw[prefixLength + 2] == raw[prefixLength] ? 3 : 1
            let body = (prefixLength + quoteLength)..<(raw.count - quoteLength)
            let isRaw = prefix.contains("r")
            if prefix.contains("b") {
                sawBytes = true
                bytes += try decodeBytes(raw[body], isRaw: isRaw, token: token)
            } else if prefix.contains("f") {
                sawText = true
                sawFString = true
                var scanner = FStringScanner(raw: raw, position: body.lowerBound, end: body.upperBound, isRaw: isRaw, token: token)
                pieces += try parseFStringPieces(&scanner, depth: 0)
            } else {
                sawText = true
                pieces.append(.literal(try decodeText(raw[body], isRaw: isRaw, token: token)))
            }
        }
        if sawBytes && sawText {
            throw makeError("cannot mix bytes and nonbytes literals", line: first.line, column: first.column, endColumn: lastEnd.line == first.line ? lastEnd.column : -1)
        }
        if sawBytes { return node(.constant(.bytes(bytes)), from: start) }
        if !sawFString {
            let text = pieces.map { piece -> String in
                if case .literal(let text) = piece { return text }
                return ""
            }.joined()
            return node(.constant(.string(text)), from: start)
        }
        return node(.joinedString(joinedValues(pieces, from: start)), from: start)
    }

    /// CPython merges adjacent literal text, drops empty text, and gives every piece the whole literal's span.
    private func joinedValues(_ pieces: [StringPiece], from start: Position) -> [Expr] {
        var values: [Expr] = []
        var pendingText = ""
        func flushText() {
            if !pendingText.isEmpty { values.append(node(.constant(.string(pendingText)), from: start)) }
            pendingText = ""
        }
        for piece in pieces {
            switch piece {
            case .literal(let text):
                pendingText += text
            case .field(let value, let conversion, let formatSpec):
                flushText()
                let spec = formatSpec.map { node(.joinedString(joinedValues($0, from: start)), from: start) }
                values.append(node(.formattedValue(value: value, conversion: conversion, formatSpec: spec), from: start))
            }
        }
        flushText()
        return values
    }

    // MARK: - F-strings

    /// A cursor over one f-string token's bytes.
    struct FStringScanner {
        let raw: [UInt8]
        var position: Int
        var end: Int
        let isRaw: Bool
        let token: Token

        var atEnd: Bool { position >= end }
        func peek(_ distance: Int = 0) -> UInt8 { position + distance < end ? raw[position + distance] : 0 }

        /// Source position of a byte of the token, for expressions inside replacement fields.
        func location(of offset: Int) -> Position {
            var line = token.line, column = token.column
            for byte in raw[0..<offset] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                } else {
                    column += 1
                }
            }
            return Position(line: line, column: column)
        }
    }

    private func fStringError(_ message: String, _ scanner: FStringScanner) -> SyntaxError {
        // CPython points just past the whole literal.
        makeError("f-string: " + message, line: scanner.token.endLine, column: scanner.token.endColumn, endColumn: scanner.token.endColumn)
    }

    /// Literal text and replacement fields, up to the end of the token or (in a format spec) an unmatched `}`.
    private mutating func parseFStringPieces(_ scanner: inout FStringScanner, depth: Int) throws(SyntaxError) -> [StringPiece] {
        var pieces: [StringPiece] = []
        var literal: [UInt8] = []
        func flushLiteral(_ parser: Parser) throws(SyntaxError) {
            if !literal.isEmpty {
                pieces.append(.literal(try parser.decodeText(literal[...], isRaw: scanner.isRaw, token: scanner.token)))
            }
            literal = []
        }
        while !scanner.atEnd {
            let byte = scanner.peek()
            if byte == UInt8(ascii: "{") {
                if scanner.peek(1) == UInt8(ascii: "{") && depth == 0 {
                    literal.append(byte)
                    scanner.position += 2
                    continue
                }
                try flushLiteral(self)
                scanner.position += 1
                pieces += try parseReplacementField(&scanner, depth: depth)
            } else if byte == UInt8(ascii: "}") {
                if depth > 0 { break }
                guard scanner.peek(1) == UInt8(ascii: "}") else { throw fStringError("single '}' is not allowed", scanner) }
                literal.append(byte)
                scanner.position += 2
            } else if byte == UInt8(ascii: "\\") && !scanner.isRaw && scanner.peek(1) == UInt8(ascii: "N") && scanner.peek(2) == UInt8(ascii: "{") {
                // `\N{NAME}`: the braces belong to the escape, not to a field.
                while !scanner.atEnd && scanner.peek() != UInt8(ascii: "}") {
                    literal.append(scanner.peek())
                    scanner.position += 1
                }
                if !scanner.atEnd {
                    literal.append(scanner.peek())
                    scanner.position += 1
                }
            } else {
                if byte == UInt8(ascii: "\\") && !scanner.isRaw && scanner.position + 1 < scanner.end {
                    literal.append(byte)
                    scanner.position += 1
                }
                literal.append(scanner.peek())
                scanner.position += 1
            }
        }
        try flushLiteral(self)
        return pieces
    }

    /// One `{expression[=][!conversion][:spec]}` field, starting just after `{`.
    private mutating func parseReplacementField(_ scanner: inout FStringScanner, depth: Int) throws(SyntaxError) -> [StringPiece] {
        if depth >= 2 { throw fStringError("expressions nested too deeply", scanner) }
        let expressionStart = scanner.position
        var nesting = 0
        var quote: (byte: UInt8, isTriple: Bool)?
        var isDebug = false
        scan: while !scanner.atEnd {
            let byte = scanner.peek()
            if let open = quote {
                if byte == open.byte && (!open.isTriple || (scanner.peek(1) == byte && scanner.peek(2) == byte)) {
                    scanner.position += open.isTriple ? 3 : 1
                    quote = nil
                } else {
                    scanner.position += 1
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                throw fStringError("expression part cannot include a backslash", scanner)
            case UInt8(ascii: "#"):
                throw fStringError("expression part cannot include '#'", scanner)
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                let isTriple = scanner.peek(1) == byte && scanner.peek(2) == byte
                quote = (byte, isTriple)
                scanner.position += isTriple ? 3 : 1
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                nesting += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                if nesting == 0 { throw fStringError("unmatched '\(Character(Unicode.Scalar(byte)))'", scanner) }
                nesting -= 1
            case UInt8(ascii: "}"):
                if nesting == 0 { break scan }
                nesting -= 1
            case UInt8(ascii: "!") where nesting == 0:
                if scanner.peek(1) != UInt8(ascii: "=") { break scan }
                scanner.position += 1
            case UInt8(ascii: ":") where nesting == 0:
                break scan
            case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">") where nesting == 0:
                if scanner.peek(1) == UInt8(ascii: "=") {
                    scanner.position += 2
                    continue
                }
                if byte == UInt8(ascii: "=") {
                    isDebug = true
                    scanner.position += 1
                    break scan
                }
            default:
                break
            }
            scanner.position += 1
        }
        if quote != nil { throw fStringError("unterminated string", scanner) }
        if scanner.atEnd { throw fStringError("expecting '}'", scanner) }
        let expressionEnd = isDebug ? scanner.position - 1 : scanner.position
        let expressionBytes = Array(scanner.raw[expressionStart..<expressionEnd])
        if expressionBytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == 0x0C }) {
            let next = scanner.peek()
            if next == UInt8(ascii: "!") { throw fStringError("expression required before '!'", scanner) }
            if next == UInt8(ascii: ":") { throw fStringError("expression required before ':'", scanner) }
            throw fStringError("empty expression not allowed", scanner)
        }
        let value = try parseFieldExpression(expressionBytes, at: scanner.location(of: expressionStart))
        if isDebug {
            while scanner.peek() == UInt8(ascii: " ") { scanner.position += 1 }
        }
        var pieces: [StringPiece] = []
        if isDebug {
            pieces.append(.literal(String(decoding: scanner.raw[expressionStart..<scanner.position], as: UTF8.self)))
        }
        var conversion: Character?
        if scanner.peek() == UInt8(ascii: "!") {
            scanner.position += 1
            let letter = scanner.peek()
            guard letter == UInt8(ascii: "s") || letter == UInt8(ascii: "r") || letter == UInt8(ascii: "a") else {
                if scanner.atEnd || letter == UInt8(ascii: "}") || letter == UInt8(ascii: ":") {
                    throw fStringError("missing conversion character", scanner)
                }
                throw fStringError("invalid conversion character: expected 's', 'r', or 'a'", scanner)
            }
            conversion = Character(Unicode.Scalar(letter))
            scanner.position += 1
        }
        var formatSpec: [StringPiece]?
        if scanner.peek() == UInt8(ascii: ":") {
            scanner.position += 1
            formatSpec = try parseFStringPieces(&scanner, depth: depth + 1)
        }
        guard scanner.peek() == UInt8(ascii: "}") else {
            throw fStringError("expecting '}'", scanner)
        }
        scanner.position += 1
        if isDebug && conversion == nil && formatSpec == nil {
            conversion = "r"
        }
        pieces.append(.field(value: value, conversion: conversion, formatSpec: formatSpec))
        return pieces
    }

    /// Parses a field's expression with its own lexer, keeping positions in the enclosing file.
    private func parseFieldExpression(_ bytes: [UInt8], at location: Position) throws(SyntaxError) -> Expr {
        let lexed = Lexer.tokenizeExpression(bytes, filename: filename, line: location.line, column: location.column)
        if var error = lexed.error {
            error.message = "f-string: " + error.message
            throw error
        }
        var parser = Parser(tokens: lexed.tokens, filename: filename, lines: lines, isFStringExpression: true)
        do throws(SyntaxError) {
            let expression = try parser.parseStarExpressionsOrYield()
            guard parser.current.kind == .endOfFile else {
                throw parser.forgottenCommaError(after: expression)
            }
            return expression
        } catch {
            // CPython compiles the field as `(expression)` on its own, so columns count from that text.
            var relocated = error
            if relocated.line == location.line && relocated.column > 0 {
                relocated.column -= location.column - 1
                if relocated.endColumn > 0 { relocated.endColumn -= location.column - 1 }
            }
            throw relocated
        }
    }

    // MARK: - Escape sequences

    /// The decoding error CPython's codec reports, positioned after the literal.
    private func unicodeError(_ detail: String, from start: Int, to end: Int, codec: String, token: Token) -> SyntaxError {
        makeError("(\(codec) error) '\(codec == "unicode" ? "unicodeescape" : codec)' codec can't decode bytes in position \(start)-\(end): \(detail)", line: token.endLine, column: token.endColumn, endColumn: token.endColumn)
    }

    func decodeText(_ body: ArraySlice<UInt8>, isRaw: Bool, token: Token) throws(SyntaxError) -> String {
        if isRaw || !body.contains(UInt8(ascii: "\\")) { return String(decoding: body, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var pendingUTF8: [UInt8] = []
        func flush() {
            if !pendingUTF8.isEmpty { scalars.append(contentsOf: String(decoding: pendingUTF8, as: UTF8.self).unicodeScalars) }
            pendingUTF8 = []
        }
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < body.endIndex else {
                pendingUTF8.append(byte)
                index += 1
                continue
            }
            flush()
            let escapeStart = index - body.startIndex
            let letter = body[index + 1]
            index += 2
            if let simple = Self.simpleEscapes[letter] {
                if simple != 0xFF { scalars.append(Unicode.Scalar(simple)) }
                continue
            }
            switch letter {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(letter - UInt8(ascii: "0"))
                var count = 1
                while count < 3, index < body.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(body[index]) {
                    value = value * 8 + UInt32(body[index] - UInt8(ascii: "0"))
                    index += 1
                    count += 1
                }
                scalars.append(Unicode.Scalar(value)!)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let width = letter == UInt8(ascii: "x") ? 2 : letter == UInt8(ascii: "u") ? 4 : 8
                let digits = body[index..<min(index + width, body.endIndex)].prefix(while: { Self.hexValue($0) != nil })
                guard digits.count == width else {
                    let name = letter == UInt8(ascii: "x") ? "\\xXX" : letter == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw unicodeError("truncated \(name) escape", from: escapeStart, to: escapeStart + 1 + digits.count, codec: "unicode", token: token)
                }
                let value = digits.reduce(UInt32(0)) { $0 * 16 + UInt32(Self.hexValue($1)!) }
                index += width
                guard let scalar = Unicode.Scalar(value) else {
                    if value > 0x10FFFF {
                        throw unicodeError("illegal Unicode character", from: escapeStart, to: escapeStart + 1 + width, codec: "unicode", token: token)
                    }
                    // Lone surrogates cannot live in a Swift string.
                    scalars.append("\u{FFFD}")
                    continue
                }
                scalars.append(scalar)
            case UInt8(ascii: "N"):
                guard index < body.endIndex, body[index] == UInt8(ascii: "{"),
                      let close = body[index...].firstIndex(of: UInt8(ascii: "}")) else {
                    throw unicodeError("malformed \\N character escape", from: escapeStart, to: escapeStart + 1, codec: "unicode", token: token)
                }
                let name = String(decoding: body[(index + 1)..<close], as: UTF8.self)
                guard let scalar = UnicodeNames.scalar(named: name) else {
                    throw unicodeError("unknown Unicode character name", from: escapeStart, to: close - body.startIndex, codec: "unicode", token: token)
                }
                scalars.append(scalar)
                index = close + 1
            default:
                // Unknown escapes are kept verbatim (CPython only warns).
                pendingUTF8 += [UInt8(ascii: "\\"), letter]
            }
        }
        flush()
        return String(scalars)
    }

    private func decodeBytes(_ body: ArraySlice<UInt8>, isRaw: Bool, token: Token) throws(SyntaxError) -> [UInt8] {
        if body.contains(where: { $0 >= 0x80 }) {
            throw makeError("bytes can only contain ASCII literal characters", line: token.line, column: token.column, endColumn: token.endLine == token.line ? token.endColumn : -1)
        }
        if isRaw { return Array(body) }
        var result: [UInt8] = []
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < body.endIndex else {
                result.append(byte)
                index += 1
                continue
            }
            let escapeStart = index - body.startIndex
            let letter = body[index + 1]
            index += 2
            if let simple = Self.simpleEscapes[letter] {
                if simple != 0xFF { result.append(simple) }
                continue
            }
            switch letter {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(letter - UInt8(ascii: "0"))
                var count = 1
                while count < 3, index < body.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(body[index]) {
                    value = value * 8 + Int(body[index] - UInt8(ascii: "0"))
                    index += 1
                    count += 1
                }
                result.append(UInt8(value & 0xFF))
            case UInt8(ascii: "x"):
                let digits = body[index..<min(index + 2, body.endIndex)].prefix(while: { Self.hexValue($0) != nil })
                guard digits.count == 2 else {
                    throw makeError("(value error) invalid \\x escape at position \(escapeStart)", line: token.endLine, column: token.endColumn, endColumn: token.endColumn)
                }
                result.append(Self.hexValue(digits.first!)! * 16 + Self.hexValue(digits.last!)!)
                index += 2
            default:
                result += [UInt8(ascii: "\\"), letter]
            }
        }
        return result
    }

    /// Single-letter escapes; 0xFF marks a backslash-newline, which produces nothing.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\n"): 0xFF, UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "'"): UInt8(ascii: "'"),
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B,
    ]

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
