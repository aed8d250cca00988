// The tokens the lexer hands to the parser.

enum TokenKind: Equatable {
    case name
    case number
    /// One string literal, prefix and quotes included; the parser decodes it (and any f-string fields).
    case string
    case op
    case newline
    case indent
    case dedent
    case endOfFile
}

struct Token {
    var kind: TokenKind
    /// The identifier, operator or raw literal text; empty for layout tokens.
    var text: String
    /// The value of a `.number` token.
    var number: Constant?
    /// 1-based line and 0-based UTF-8 column, as CPython's tokenizer reports them.
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int

    func isOp(_ spelling: String) -> Bool { kind == .op && text == spelling }

    /// Keywords are lexed as names; soft keywords (`match`) are not keywords here.
    func isKeyword(_ spelling: String) -> Bool { kind == .name && text == spelling }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    var isIdentifier: Bool { kind == .name && !Token.keywords.contains(text) }
}
