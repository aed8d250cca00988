// Recursive-descent parser for Python 3.11 (without `match`): token handling, errors and entry points.

public struct Parser {
    /// A source position: 1-based line, 0-based UTF-8 column.
    struct Position {
        var line: Int
        var column: Int
    }

    var tokens: [Token]
    var index = 0
    let filename: String
    let lines: SourceLines
    /// Set while parsing an f-string replacement field, whose errors CPython prefixes with "f-string: ".
    let isFStringExpression: Bool
    /// End of the last consumed token that carries text (layout tokens have no extent).
    var lastEnd = Position(line: 1, column: 0)

    init(tokens: [Token], filename: String, lines: SourceLines, isFStringExpression: Bool = false) {
        self.tokens = tokens
        self.filename = filename
        self.lines = lines
        self.isFStringExpression = isFStringExpression
    }

    /// Parses a whole file (`exec` mode).
    public static func parseModule(_ source: String, filename: String) throws(SyntaxError) -> Module {
        let lexed = Lexer.tokenize(source, filename: filename)
        // CPython tokenizes the rest of the file after a parser error and reports any tokenizer error instead.
        if let error = lexed.error { throw error }
        var parser = Parser(tokens: lexed.tokens, filename: filename, lines: lexed.lines)
        do throws(SyntaxError) {
            var body: [Stmt] = []
            while parser.current.kind != .endOfFile {
                body += try parser.parseStatement()
            }
            return Module(body: body)
        } catch {
            throw parser.preferringUnclosedBracket(error, lexed.unclosedBracket)
        }
    }

    /// Parses the argument of `eval()`: expressions, optionally followed by newlines.
    public static func parseExpression(_ source: String, filename: String) throws(SyntaxError) -> Expr {
        // Like CPython's eval(), ignore leading spaces and tabs instead of reporting an unexpected indent.
        let stripped = String(source.drop(while: { $0 == " " || $0 == "\t" }))
        let lexed = Lexer.tokenize(stripped, filename: filename)
        if let error = lexed.error { throw error }
        var parser = Parser(tokens: lexed.tokens, filename: filename, lines: lexed.lines)
        do throws(SyntaxError) {
            let expression = try parser.parseStarExpressions()
            while parser.current.kind == .newline { parser.advance() }
            guard parser.current.kind == .endOfFile else { throw parser.invalidSyntax() }
            return expression
        } catch {
            throw parser.preferringUnclosedBracket(error, lexed.unclosedBracket)
        }
    }

    /// A bracket left open wins over a parser error once parsing got past the bracket's line.
    private func preferringUnclosedBracket(_ error: SyntaxError, _ bracket: Lexer.Bracket?) -> SyntaxError {
        guard let bracket, current.line > bracket.line || current.kind == .endOfFile else { return error }
        let symbol = Character(Unicode.Scalar(bracket.byte))
        return makeError("'\(symbol)' was never closed", line: bracket.line, column: bracket.column, endColumn: -1)
    }

    // MARK: - Tokens

    var current: Token { tokens[index] }

    func peek(_ distance: Int) -> Token { tokens[min(index + distance, tokens.count - 1)] }

    var currentStart: Position { Position(line: current.line, column: current.column) }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        switch token.kind {
        case .name, .number, .string, .op: lastEnd = Position(line: token.endLine, column: token.endColumn)
        default: break
        }
        return token
    }

    mutating func accept(_ op: String) -> Token? {
        current.isOp(op) ? advance() : nil
    }

    mutating func acceptKeyword(_ keyword: String) -> Token? {
        current.isKeyword(keyword) ? advance() : nil
    }

    @discardableResult
    mutating func expect(_ op: String) throws(SyntaxError) -> Token {
        guard current.isOp(op) else { throw invalidSyntax() }
        return advance()
    }

    mutating func expectKeyword(_ keyword: String) throws(SyntaxError) {
        guard current.isKeyword(keyword) else { throw invalidSyntax() }
        advance()
    }

    mutating func expectIdentifier() throws(SyntaxError) -> Token {
        guard current.isIdentifier else { throw invalidSyntax() }
        return advance()
    }

    /// A node spanning from `start` to the end of the last consumed token.
    func node(_ kind: Expr.Kind, from start: Position) -> Expr {
        Expr(kind, line: start.line, column: start.column, endLine: lastEnd.line, endColumn: lastEnd.column)
    }

    func statement(_ kind: Stmt.Kind, from start: Position) -> Stmt {
        Stmt(kind, line: start.line, column: start.column, endLine: lastEnd.line)
    }

    static func start(of expression: Expr) -> Position { Position(line: expression.line, column: expression.column) }

    // MARK: - Errors

    /// An error between 0-based byte columns of one line; an `endColumn` of -1 is reported as CPython's "unknown".
    func makeError(_ message: String, kind: SyntaxError.Kind = .syntaxError, line: Int, column: Int, endColumn: Int) -> SyntaxError {
        let text = lines.text(of: line)
        let start = SourceLines.characterColumn(text, byteColumn: column) + 1
        let end = endColumn < 0 ? 0 : SourceLines.characterColumn(text, byteColumn: endColumn) + 1
        let fullMessage = isFStringExpression ? "f-string: " + message : message
        return SyntaxError(kind, fullMessage, filename: filename, line: line, column: start, endColumn: end, lineText: text)
    }

    func error(_ message: String, at token: Token, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        let endColumn = token.endLine == token.line ? token.endColumn : token.column
        return makeError(message, kind: kind, line: token.line, column: token.column, endColumn: endColumn)
    }

    func error(_ message: String, spanning expression: Expr) -> SyntaxError {
        error(message, from: Self.start(of: expression), to: expression)
    }

    func error(_ message: String, from start: Position, to end: Expr) -> SyntaxError {
        let endColumn = end.endLine == start.line ? end.endColumn : -1
        return makeError(message, line: start.line, column: start.column, endColumn: endColumn)
    }

    /// The generic error at the current token, with CPython's special cases for layout tokens.
    func invalidSyntax() -> SyntaxError {
        switch current.kind {
        case .indent:
            return makeError("unexpected indent", kind: .indentationError, line: current.line, column: current.endColumn - 1, endColumn: -1)
        case .dedent:
            return makeError("unexpected unindent", kind: .indentationError, line: current.line, column: current.column, endColumn: -1)
        default:
            return error("invalid syntax", at: current)
        }
    }

    /// Whether the current token can begin an expression (used to spot a forgotten comma or legacy `print x`).
    var currentStartsExpression: Bool {
        switch current.kind {
        case .number, .string: return true
        case .name: return current.isIdentifier || ["True", "False", "None", "lambda", "not", "await"].contains(current.text)
        case .op: return ["(", "[", "{", "...", "-", "+", "~"].contains(current.text)
        default: return false
        }
    }

    /// Inside brackets, two juxtaposed expressions are most likely missing a comma between them.
    mutating func forgottenCommaError(after previous: Expr) -> SyntaxError {
        let failure = invalidSyntax()
        guard currentStartsExpression, !current.isOp("("), !current.isOp("[") else { return failure }
        if case .name = previous.kind, current.kind == .string { return failure }
        let saved = index, savedEnd = lastEnd
        defer {
            index = saved
            lastEnd = savedEnd
        }
        guard let following = try? parseExpression() else { return failure }
        return error("invalid syntax. Perhaps you forgot a comma?", from: Self.start(of: previous), to: following)
    }

    /// Expects the closing bracket of a display or call whose last element was `previous`.
    @discardableResult
    mutating func expectClosing(_ closing: String, after previous: Expr?) throws(SyntaxError) -> Token {
        if let token = accept(closing) { return token }
        if let previous { throw forgottenCommaError(after: previous) }
        throw invalidSyntax()
    }
}
