// Statement rules of the parser: blocks, compound statements and simple statements.

extension Parser {
    mutating func parseStatement() throws(SyntaxError) -> [Stmt] {
        let token = current
        if token.kind == .indent { throw invalidSyntax() }
        if token.isOp("@") { return [try parseDecorated()] }
        guard token.kind == .name else { return try parseSimpleStatements() }
        switch token.text {
        case "if": return [try parseIf()]
        case "while": return [try parseWhile()]
        case "for": return [try parseFor(asyncToken: nil)]
        case "try": return [try parseTry()]
        case "with": return [try parseWith(asyncToken: nil)]
        case "def": return [try parseFunction(decorators: [], asyncToken: nil)]
        case "class": return [try parseClass(decorators: [])]
        case "async":
            let asyncToken = advance()
            switch current.text {
            case "def": return [try parseFunction(decorators: [], asyncToken: asyncToken)]
            case "for": return [try parseFor(asyncToken: asyncToken)]
            case "with": return [try parseWith(asyncToken: asyncToken)]
            default: throw invalidSyntax()
            }
        case "match":
            try rejectMatchStatement()
            return try parseSimpleStatements()
        default:
            return try parseSimpleStatements()
        }
    }

    /// `match` is a soft keyword: only `match subject:` followed by a block is a match statement.
    private mutating func rejectMatchStatement() throws(SyntaxError) {
        let matchToken = current
        let saved = index, savedEnd = lastEnd
        advance()
        let isMatchStatement = (try? parseStarNamedExpressions()) != nil && current.isOp(":") && peek(1).kind == .newline
        index = saved
        lastEnd = savedEnd
        if isMatchStatement {
            throw error("the match statement is not supported by wand", at: matchToken)
        }
    }

    // MARK: - Blocks

    /// The `:` ending a compound statement's header; some rules in CPython's grammar demand it outright.
    mutating func expectColon(forced: Bool = false) throws(SyntaxError) {
        if accept(":") != nil { return }
        if current.kind == .newline || forced {
            throw makeError("expected ':'", line: current.line, column: current.column, endColumn: current.kind == .newline ? current.column : current.endColumn)
        }
        throw invalidSyntax()
    }

    /// A block after `:`; `construct` names it the way CPython's IndentationError does.
    mutating func parseBlock(after construct: String, line headerLine: Int) throws(SyntaxError) -> [Stmt] {
        guard current.kind == .newline else { return try parseSimpleStatements() }
        let newline = advance()
        guard current.kind == .indent else {
            let message = "expected an indented block after \(construct) on line \(headerLine)"
            if current.kind == .endOfFile {
                throw makeError(message, kind: .indentationError, line: newline.line, column: newline.column, endColumn: -1)
            }
            throw error(message, at: current, kind: .indentationError)
        }
        advance()
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            body += try parseStatement()
        }
        if current.kind == .dedent { advance() }
        return body
    }

    // MARK: - Compound statements

    private mutating func parseIf() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let start = Position(line: keyword.line, column: keyword.column)
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(after: "'\(keyword.text)' statement", line: keyword.line)
        var orElse: [Stmt] = []
        if current.isKeyword("elif") {
            orElse = [try parseIf()]
        } else {
            orElse = try parseElse()
        }
        return statement(.if(test: test, body: body, orElse: orElse), from: start)
    }

    private mutating func parseElse() throws(SyntaxError) -> [Stmt] {
        guard let elseToken = acceptKeyword("else") else { return [] }
        try expectColon(forced: true)
        return try parseBlock(after: "'else' statement", line: elseToken.line)
    }

    private mutating func parseWhile() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let start = Position(line: keyword.line, column: keyword.column)
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(after: "'while' statement", line: keyword.line)
        let orElse = try parseElse()
        return statement(.while(test: test, body: body, orElse: orElse), from: start)
    }

    private mutating func parseFor(asyncToken: Token?) throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let first = asyncToken ?? keyword
        let start = Position(line: first.line, column: first.column)
        let target = try parseTargetList()
        try validateTarget(target, purpose: .assign)
        try expectKeyword("in")
        let iterable = try parseStarExpressions()
        try expectColon(forced: true)
        let body = try parseBlock(after: "'for' statement", line: keyword.line)
        let orElse = try parseElse()
        return statement(.for(target: target, iterable: iterable, body: body, orElse: orElse, isAsync: asyncToken != nil), from: start)
    }

    private mutating func parseTry() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let start = Position(line: keyword.line, column: keyword.column)
        try expectColon(forced: true)
        let body = try parseBlock(after: "'try' statement", line: keyword.line)
        var handlers: [ExceptHandler] = []
        while current.isKeyword("except") {
            handlers.append(try parseExceptHandler())
        }
        let orElse = handlers.isEmpty ? [] : try parseElse()
        var finalBody: [Stmt] = []
        if let finallyToken = acceptKeyword("finally") {
            try expectColon(forced: true)
            finalBody = try parseBlock(after: "'finally' statement", line: finallyToken.line)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: current)
        }
        return statement(.try(body: body, handlers: handlers, orElse: orElse, finally: finalBody), from: start)
    }

    private mutating func parseExceptHandler() throws(SyntaxError) -> ExceptHandler {
        let keyword = advance()
        if current.isOp("*") {
            throw error("except* is not supported by wand", at: current)
        }
        var type: Expr?
        var name: String?
        if !current.isOp(":") && current.kind != .newline {
            let parsed = try parseExpression()
            if current.isOp(",") {
                let rest = try parseStarExpressions(startingWith: parsed)
                throw error("multiple exception types must be parenthesized", spanning: rest)
            }
            type = parsed
            if acceptKeyword("as") != nil {
                name = try expectIdentifier().text
            }
        }
        try expectColon()
        let body = try parseBlock(after: "'except' statement", line: keyword.line)
        return ExceptHandler(type: type, name: name, body: body, line: keyword.line, column: keyword.column)
    }

    private mutating func parseWith(asyncToken: Token?) throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let first = asyncToken ?? keyword
        let start = Position(line: first.line, column: first.column)
        let items: [WithItem]
        if let parenthesized = parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            var parsed = [try parseWithItem()]
            while accept(",") != nil {
                parsed.append(try parseWithItem())
            }
            items = parsed
        }
        try expectColon()
        let body = try parseBlock(after: "'with' statement", line: keyword.line)
        return statement(.with(items: items, body: body, isAsync: asyncToken != nil), from: start)
    }

    /// `with (a as b, c):` — tried first, as in CPython; on failure the parentheses belong to an expression.
    private mutating func parseParenthesizedWithItems() -> [WithItem]? {
        guard current.isOp("(") else { return nil }
        let saved = index, savedEnd = lastEnd
        advance()
        var items: [WithItem] = []
        while !current.isOp(")") {
            guard let item = try? parseWithItem() else { break }
            items.append(item)
            if accept(",") == nil { break }
        }
        if !items.isEmpty, accept(")") != nil, current.isOp(":") {
            return items
        }
        index = saved
        lastEnd = savedEnd
        return nil
    }

    private mutating func parseWithItem() throws(SyntaxError) -> WithItem {
        let context = try parseExpression()
        guard acceptKeyword("as") != nil else { return WithItem(context: context, target: nil) }
        let target = try parseTarget()
        try validateTarget(target, purpose: .assign)
        return WithItem(context: context, target: target)
    }

    private mutating func parseDecorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept("@") != nil {
            decorators.append(try parseNamedExpression())
            guard current.kind == .newline else { throw invalidSyntax() }
            advance()
        }
        if current.isKeyword("class") { return try parseClass(decorators: decorators) }
        if current.isKeyword("def") { return try parseFunction(decorators: decorators, asyncToken: nil) }
        if current.isKeyword("async") && peek(1).isKeyword("def") {
            let asyncToken = advance()
            return try parseFunction(decorators: decorators, asyncToken: asyncToken)
        }
        throw invalidSyntax()
    }

    private mutating func parseFunction(decorators: [Expr], asyncToken: Token?) throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let first = asyncToken ?? keyword
        let start = Position(line: first.line, column: first.column)
        let name = try expectIdentifier().text
        guard accept("(") != nil else {
            throw makeError("expected '('", line: current.line, column: current.column, endColumn: current.endColumn)
        }
        let arguments = try parseParameters(closing: ")", allowsAnnotations: true)
        try expect(")")
        var returns: Expr?
        if accept("->") != nil {
            returns = try parseExpression()
        }
        try expectColon(forced: true)
        let body = try parseBlock(after: "function definition", line: keyword.line)
        let definition = FunctionDefinition(name: name, arguments: arguments, body: body, decorators: decorators, returns: returns, isAsync: asyncToken != nil)
        return statement(.functionDefinition(definition), from: start)
    }

    private mutating func parseClass(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let start = Position(line: keyword.line, column: keyword.column)
        let name = try expectIdentifier().text
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if let open = accept("(") {
            (bases, keywords) = try parseCallArguments(open: open)
        }
        try expectColon()
        let body = try parseBlock(after: "class definition", line: keyword.line)
        return statement(.classDefinition(ClassDefinition(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)), from: start)
    }

    /// Parameters of a `def` (up to `)`) or a `lambda` (up to `:`, without annotations).
    mutating func parseParameters(closing: String, allowsAnnotations: Bool) throws(SyntaxError) -> Arguments {
        var arguments = Arguments()
        var seenStar = false, seenSlash = false
        var bareStar: Token?
        while !current.isOp(closing) {
            if let slash = accept("/") {
                if seenSlash { throw error("/ may appear only once", at: slash) }
                if seenStar { throw error("/ must be ahead of *", at: slash) }
                if arguments.positional.isEmpty { throw error("at least one argument must precede /", at: slash) }
                seenSlash = true
                arguments.positionalOnly = arguments.positional
                arguments.positional = []
            } else if let star = accept("*") {
                if seenStar { throw error("* argument may appear only once", at: star) }
                seenStar = true
                if current.isOp(",") || current.isOp(closing) {
                    bareStar = star
                } else {
                    arguments.varArgs = try parseParameter(allowsAnnotations: allowsAnnotations)
                }
            } else if accept("**") != nil {
                arguments.varKeywords = try parseParameter(allowsAnnotations: allowsAnnotations)
                _ = accept(",")
                if !current.isOp(closing) { throw error("arguments cannot follow var-keyword argument", at: current) }
                break
            } else {
                let parameterToken = current
                let parameter = try parseParameter(allowsAnnotations: allowsAnnotations)
                var defaultValue: Expr?
                if accept("=") != nil {
                    defaultValue = try parseExpression()
                }
                if seenStar {
                    arguments.keywordOnly.append(parameter)
                    arguments.keywordDefaults.append(defaultValue)
                } else if let defaultValue {
                    arguments.positional.append(parameter)
                    arguments.defaults.append(defaultValue)
                } else {
                    if !arguments.defaults.isEmpty {
                        throw error("non-default argument follows default argument", at: parameterToken)
                    }
                    arguments.positional.append(parameter)
                }
            }
            if accept(",") == nil { break }
        }
        if let bareStar, arguments.keywordOnly.isEmpty {
            throw makeError("named arguments must follow bare *", line: bareStar.line, column: bareStar.column, endColumn: current.endColumn)
        }
        return arguments
    }

    private mutating func parseParameter(allowsAnnotations: Bool) throws(SyntaxError) -> Parameter {
        let name = try expectIdentifier()
        var annotation: Expr?
        if allowsAnnotations, accept(":") != nil {
            annotation = try parseExpression()
        }
        return Parameter(name: name.text, annotation: annotation, line: name.line, column: name.column)
    }

    // MARK: - Simple statements

    mutating func parseSimpleStatements() throws(SyntaxError) -> [Stmt] {
        var statements = [try parseSimpleStatement()]
        while accept(";") != nil && current.kind != .newline {
            statements.append(try parseSimpleStatement())
        }
        guard current.kind == .newline else {
            throw try unexpectedTokenAfter(statements.last!)
        }
        advance()
        return statements
    }

    /// Python 2 habits get a dedicated message: `print x` and `exec code`.
    private mutating func unexpectedTokenAfter(_ statement: Stmt) throws(SyntaxError) -> SyntaxError {
        guard case .expression(let expression) = statement.kind, case .name(let name) = expression.kind,
              name == "print" || name == "exec", currentStartsExpression else { return invalidSyntax() }
        let arguments = try parseStarExpressions()
        return error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?", from: Self.start(of: expression), to: arguments)
    }

    private mutating func parseSimpleStatement() throws(SyntaxError) -> Stmt {
        let token = current
        let start = currentStart
        if token.kind == .name {
            switch token.text {
            case "pass":
                advance()
                return statement(.pass, from: start)
            case "break":
                advance()
                return statement(.break, from: start)
            case "continue":
                advance()
                return statement(.continue, from: start)
            case "return":
                advance()
                let value = endsSimpleStatement ? nil : try parseStarExpressions()
                return statement(.return(value), from: start)
            case "raise":
                advance()
                var exception: Expr?, cause: Expr?
                if !endsSimpleStatement {
                    exception = try parseExpression()
                    if acceptKeyword("from") != nil { cause = try parseExpression() }
                }
                return statement(.raise(exception: exception, cause: cause), from: start)
            case "global", "nonlocal":
                advance()
                var names = [try expectIdentifier().text]
                while accept(",") != nil { names.append(try expectIdentifier().text) }
                return statement(token.text == "global" ? .global(names) : .nonlocal(names), from: start)
            case "del":
                advance()
                let targets = try parseDeleteTargets()
                return statement(.delete(targets), from: start)
            case "assert":
                advance()
                let test = try parseExpression()
                let message = accept(",") != nil ? try parseExpression() : nil
                return statement(.assert(test: test, message: message), from: start)
            case "import":
                advance()
                let operand = try parseImportNames()
                return statement(.import(operand), from: start)
            case "from":
                return try parseFromImport()
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    private var endsSimpleStatement: Bool { current.kind == .newline || current.isOp(";") }

    private mutating func parseDeleteTargets() throws(SyntaxError) -> [Expr] {
        var targets: [Expr] = []
        repeat {
            if endsSimpleStatement && !targets.isEmpty { break }
            let target = try parseTarget()
            try validateTarget(target, purpose: .delete)
            targets.append(target)
        } while accept(",") != nil
        return targets
    }

    private mutating func parseDottedName() throws(SyntaxError) -> String {
        var name = try expectIdentifier().text
        while accept(".") != nil {
            name += "." + (try expectIdentifier().text)
        }
        return name
    }

    private mutating func parseImportNames() throws(SyntaxError) -> [Alias] {
        var aliases: [Alias] = []
        repeat {
            let first = current
            let name = try parseDottedName()
            let asName = acceptKeyword("as") != nil ? try expectIdentifier().text : nil
            aliases.append(Alias(name: name, asName: asName, line: first.line, column: first.column))
        } while accept(",") != nil
        return aliases
    }

    private mutating func parseFromImport() throws(SyntaxError) -> Stmt {
        let start = currentStart
        advance()
        var level = 0
        while true {
            if accept(".") != nil {
                level += 1
            } else if accept("...") != nil {
                level += 3
            } else {
                break
            }
        }
        let module = current.isKeyword("import") && level > 0 ? nil : try parseDottedName()
        try expectKeyword("import")
        if let star = accept("*") {
            return statement(.importFrom(module: module, names: [Alias(name: "*", asName: nil, line: star.line, column: star.column)], level: level), from: start)
        }
        let parenthesized = accept("(") != nil
        var names: [Alias] = []
        repeat {
            if parenthesized && current.isOp(")") && !names.isEmpty { break }
            let nameToken = try expectIdentifier()
            let asName = acceptKeyword("as") != nil ? try expectIdentifier().text : nil
            names.append(Alias(name: nameToken.text, asName: asName, line: nameToken.line, column: nameToken.column))
        } while accept(",") != nil
        if parenthesized {
            try expect(")")
        } else if current.isOp(",") {
            throw error("trailing comma not allowed without surrounding parentheses", at: current)
        }
        return statement(.importFrom(module: module, names: names, level: level), from: start)
    }

    private static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "@=": .matrixMultiply, "/=": .trueDivide, "//=": .floorDivide,
        "%=": .modulo, "**=": .power, "<<=": .leftShift, ">>=": .rightShift, "|=": .bitOr, "^=": .bitXor, "&=": .bitAnd,
    ]

    /// Expression statements and the assignment forms, which all begin with an expression.
    private mutating func parseExpressionStatement() throws(SyntaxError) -> Stmt {
        let start = currentStart
        let startsParenthesized = current.isOp("(")
        let first = try parseStarExpressionsOrYield()
        if current.isOp("=") {
            var parts = [first]
            while accept("=") != nil {
                parts.append(try parseStarExpressionsOrYield())
            }
            let value = parts.removeLast()
            try validateAssignmentTargets(parts)
            return statement(.assign(targets: parts, value: value), from: start)
        }
        if current.isOp(":") {
            advance()
            let annotation = try parseExpression()
            let value = accept("=") != nil ? try parseStarExpressionsOrYield() : nil
            switch first.kind {
            case .name:
                return statement(.annotatedAssign(target: first, annotation: annotation, value: value, simple: !startsParenthesized), from: start)
            case .attribute, .subscript:
                return statement(.annotatedAssign(target: first, annotation: annotation, value: value, simple: false), from: start)
            case .tuple:
                throw error("only single target (not tuple) can be annotated", spanning: first)
            case .list:
                throw error("only single target (not list) can be annotated", spanning: first)
            default:
                throw error("illegal target for annotation", spanning: first)
            }
        }
        if current.kind == .op, let op = Self.augmentedOperators[current.text] {
            switch first.kind {
            case .name, .attribute, .subscript:
                break
            default:
                throw error("'\(Self.describe(first))' is an illegal expression for augmented assignment", spanning: first)
            }
            advance()
            let value = try parseStarExpressionsOrYield()
            return statement(.augmentedAssign(target: first, op: op, value: value), from: start)
        }
        return statement(.expression(first), from: start)
    }

    private func validateAssignmentTargets(_ targets: [Expr]) throws(SyntaxError) {
        // CPython's invalid_named_expression: `f() = 1` most likely meant a comparison.
        if targets.count == 1, let target = targets.first, Self.invalidTarget(target, purpose: .assign) != nil, Self.isComparisonCandidate(target) {
            throw error("cannot assign to \(Self.describe(target)) here. Maybe you meant '==' instead of '='?", spanning: target)
        }
        for target in targets {
            try validateTarget(target, purpose: .assign)
        }
    }

    private static func isComparisonCandidate(_ target: Expr) -> Bool {
        switch target.kind {
        case .list, .tuple, .generatorExpression, .compare, .boolean, .conditional, .lambda, .starred, .named, .yield, .yieldFrom:
            return false
        case .unary(.not, _):
            return false
        case .constant(let value):
            return value != .bool(true) && value != .bool(false) && value != .none
        default:
            return true
        }
    }
}
