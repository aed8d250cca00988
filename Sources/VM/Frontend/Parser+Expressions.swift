// Expression rules of the parser, from lambdas and conditionals down to atoms, plus target checks.

extension Parser {
    enum TargetPurpose { case assign, delete }

    // MARK: - Expression lists

    mutating func parseStarExpressionsOrYield() throws(SyntaxError) -> Expr {
        current.isKeyword("yield") ? try parseYield() : try parseStarExpressions()
    }

    mutating func parseStarExpressions() throws(SyntaxError) -> Expr {
        try parseStarExpressions(startingWith: parseStarExpression())
    }

    /// Continues `first, second, …` into a tuple when a comma follows `first`.
    mutating func parseStarExpressions(startingWith first: Expr) throws(SyntaxError) -> Expr {
        guard current.isOp(",") else { return first }
        var elements = [first]
        while accept(",") != nil {
            guard currentStartsExpression || current.isOp("*") else { break }
            elements.append(try parseStarExpression())
        }
        return node(.tuple(elements), from: Self.start(of: first))
    }

    private mutating func parseStarExpression() throws(SyntaxError) -> Expr {
        if let star = accept("*") {
            let value = try parseBitwiseOr()
            return node(.starred(value), from: Position(line: star.line, column: star.column))
        }
        return try parseExpression()
    }

    mutating func parseStarNamedExpression() throws(SyntaxError) -> Expr {
        if let star = accept("*") {
            let value = try parseBitwiseOr()
            return node(.starred(value), from: Position(line: star.line, column: star.column))
        }
        return try parseNamedExpression()
    }

    mutating func parseStarNamedExpressions() throws(SyntaxError) -> Expr {
        let first = try parseStarNamedExpression()
        guard current.isOp(",") else { return first }
        var elements = [first]
        while accept(",") != nil && (currentStartsExpression || current.isOp("*")) {
            elements.append(try parseStarNamedExpression())
        }
        return node(.tuple(elements), from: Self.start(of: first))
    }

    /// Assignment targets of `for` and comprehensions: comma-separated primaries, stopping before `in`.
    mutating func parseTargetList() throws(SyntaxError) -> Expr {
        let first = try parseTarget()
        guard current.isOp(",") else { return first }
        var elements = [first]
        while accept(",") != nil && !current.isKeyword("in") && !current.isOp("=") {
            elements.append(try parseTarget())
        }
        return node(.tuple(elements), from: Self.start(of: first))
    }

    mutating func parseTarget() throws(SyntaxError) -> Expr {
        if let star = accept("*") {
            let value = try parseTarget()
            return node(.starred(value), from: Position(line: star.line, column: star.column))
        }
        return try parseBitwiseOr()
    }

    private mutating func parseYield() throws(SyntaxError) -> Expr {
        let start = currentStart
        advance()
        if acceptKeyword("from") != nil {
            let operand = try parseExpression()
            return node(.yieldFrom(operand), from: start)
        }
        let endsYield = current.kind == .newline || current.kind == .endOfFile || [")", "]", "}", "=", ";"].contains(where: current.isOp)
        let operand = endsYield ? nil : try parseStarExpressions()
        return node(.yield(operand), from: start)
    }

    // MARK: - Precedence levels

    mutating func parseNamedExpression() throws(SyntaxError) -> Expr {
        if current.isIdentifier && peek(1).isOp(":=") {
            let start = currentStart
            let name = advance()
            let target = node(.name(name.text), from: start)
            advance()
            let value = try parseExpression()
            return node(.named(target: target, value: value), from: start)
        }
        let expression = try parseExpression()
        if current.isOp(":=") {
            throw error("cannot use assignment expressions with \(Self.describe(expression))", spanning: expression)
        }
        return expression
    }

    mutating func parseExpression() throws(SyntaxError) -> Expr {
        if current.isKeyword("lambda") { return try parseLambda() }
        let body = try parseDisjunction()
        guard acceptKeyword("if") != nil else { return body }
        let test = try parseDisjunction()
        guard acceptKeyword("else") != nil else {
            throw error("expected 'else' after 'if' expression", from: Self.start(of: body), to: test)
        }
        let orElse = try parseExpression()
        return node(.conditional(test: test, body: body, orElse: orElse), from: Self.start(of: body))
    }

    private mutating func parseLambda() throws(SyntaxError) -> Expr {
        let start = currentStart
        advance()
        let arguments = try parseParameters(closing: ":", allowsAnnotations: false)
        try expect(":")
        let body = try parseExpression()
        return node(.lambda(arguments, body: body), from: start)
    }

    private mutating func parseDisjunction() throws(SyntaxError) -> Expr {
        try parseBooleanChain("or", operator: .or) { (parser: inout Parser) throws(SyntaxError) in
            try parser.parseBooleanChain("and", operator: .and) { (parser: inout Parser) throws(SyntaxError) in try parser.parseInversion() }
        }
    }

    private mutating func parseBooleanChain(_ keyword: String, operator op: BooleanOperator, operand: (inout Parser) throws(SyntaxError) -> Expr) throws(SyntaxError) -> Expr {
        let first = try operand(&self)
        guard current.isKeyword(keyword) else { return first }
        var operands = [first]
        while acceptKeyword(keyword) != nil {
            operands.append(try operand(&self))
        }
        return node(.boolean(op, operands), from: Self.start(of: first))
    }

    private mutating func parseInversion() throws(SyntaxError) -> Expr {
        guard current.isKeyword("not") else { return try parseComparison() }
        let start = currentStart
        advance()
        let operand = try parseInversion()
        return node(.unary(.not, operand), from: start)
    }

    private static let comparisonOperators: [String: CompareOperator] = [
        "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessEqual, ">": .greater, ">=": .greaterEqual,
    ]

    private mutating func parseComparison() throws(SyntaxError) -> Expr {
        let first = try parseBitwiseOr()
        var comparisons: [(CompareOperator, Expr)] = []
        while let op = acceptComparisonOperator() {
            comparisons.append((op, try parseBitwiseOr()))
        }
        return comparisons.isEmpty ? first : node(.compare(first, comparisons), from: Self.start(of: first))
    }

    private mutating func acceptComparisonOperator() -> CompareOperator? {
        if current.kind == .op, let op = Self.comparisonOperators[current.text] {
            advance()
            return op
        }
        if acceptKeyword("in") != nil { return .in }
        if current.isKeyword("not") && peek(1).isKeyword("in") {
            advance()
            advance()
            return .notIn
        }
        if acceptKeyword("is") != nil {
            return acceptKeyword("not") != nil ? .isNot : .is
        }
        return nil
    }

    /// Binary operator levels from loosest to tightest; all are left-associative.
    private static let binaryLevels: [[String: BinaryOperator]] = [
        ["|": .bitOr],
        ["^": .bitXor],
        ["&": .bitAnd],
        ["<<": .leftShift, ">>": .rightShift],
        ["+": .add, "-": .subtract],
        ["*": .multiply, "/": .trueDivide, "//": .floorDivide, "%": .modulo, "@": .matrixMultiply],
    ]

    mutating func parseBitwiseOr() throws(SyntaxError) -> Expr {
        try parseBinary(level: 0)
    }

    private mutating func parseBinary(level: Int) throws(SyntaxError) -> Expr {
        guard level < Self.binaryLevels.count else { return try parseFactor() }
        var left = try parseBinary(level: level + 1)
        while current.kind == .op, let op = Self.binaryLevels[level][current.text] {
            advance()
            let right = try parseBinary(level: level + 1)
            left = node(.binary(left, op, right), from: Self.start(of: left))
        }
        return left
    }

    private mutating func parseFactor() throws(SyntaxError) -> Expr {
        let start = currentStart
        let op: UnaryOperator
        switch current.kind == .op ? current.text : "" {
        case "-": op = .minus
        case "+": op = .plus
        case "~": op = .invert
        default: return try parsePower()
        }
        advance()
        let operand = try parseFactor()
        return node(.unary(op, operand), from: start)
    }

    /// `**` binds tighter than a unary operator on its left and is right-associative through `factor`.
    private mutating func parsePower() throws(SyntaxError) -> Expr {
        let start = currentStart
        var base: Expr
        if acceptKeyword("await") != nil {
            let operand = try parsePrimary()
            base = node(.await(operand), from: start)
        } else {
            base = try parsePrimary()
        }
        if accept("**") != nil {
            let operand = try parseFactor()
            base = node(.binary(base, .power, operand), from: start)
        }
        return base
    }

    // MARK: - Primaries

    private mutating func parsePrimary() throws(SyntaxError) -> Expr {
        var expression = try parseAtom()
        let start = Self.start(of: expression)
        while true {
            if accept(".") != nil {
                let name = try expectIdentifier()
                expression = node(.attribute(expression, name.text), from: start)
            } else if let open = accept("(") {
                let (arguments, keywords) = try parseCallArguments(open: open)
                expression = node(.call(function: expression, arguments: arguments, keywords: keywords), from: start)
            } else if accept("[") != nil {
                let index = try parseSlices()
                try expectClosing("]", after: index)
                expression = node(.subscript(expression, index), from: start)
            } else {
                return expression
            }
        }
    }

    /// Arguments after `(` up to and including `)`, for calls and class bases.
    mutating func parseCallArguments(open: Token) throws(SyntaxError) -> ([Expr], [Keyword]) {
        var arguments: [Expr] = []
        var keywords: [Keyword] = []
        var last: Expr?
        while !current.isOp(")") {
            let token = current
            let start = currentStart
            if accept("**") != nil {
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, line: start.line, column: start.column))
                last = value
            } else if accept("*") != nil {
                let operand = try parseExpression()
                let value = node(.starred(operand), from: start)
                if keywords.contains(where: { $0.name == nil }) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", spanning: value)
                }
                arguments.append(value)
                last = value
            } else if token.kind == .name && peek(1).isOp("=") {
                advance()
                advance()
                if !token.isIdentifier {
                    throw error("cannot assign to \(token.text)", at: token)
                }
                let value = try parseExpression()
                keywords.append(Keyword(name: token.text, value: value, line: start.line, column: start.column))
                last = value
            } else {
                let value = try parseNamedExpression()
                if current.isKeyword("for") || current.isKeyword("async") {
                    let generators = try parseComprehensionClauses()
                    let isSoleArgument = arguments.isEmpty && keywords.isEmpty && current.isOp(")")
                    if isSoleArgument {
                        let close = advance()
                        let generator = Expr(.generatorExpression(element: value, generators: generators), line: open.line, column: open.column, endLine: close.endLine, endColumn: close.endColumn)
                        return ([generator], [])
                    }
                    throw error("Generator expression must be parenthesized", spanning: node(.generatorExpression(element: value, generators: generators), from: start))
                }
                if let equals = accept("=") {
                    throw makeError("expression cannot contain assignment, perhaps you meant \"==\"?", line: start.line, column: start.column, endColumn: equals.endColumn)
                }
                if keywords.contains(where: { $0.name == nil }) {
                    throw error("positional argument follows keyword argument unpacking", at: current)
                }
                if !keywords.isEmpty {
                    // CPython points just past the offending argument.
                    throw error("positional argument follows keyword argument", at: current)
                }
                arguments.append(value)
                last = value
            }
            if accept(",") == nil { break }
        }
        try expectClosing(")", after: last)
        return (arguments, keywords)
    }

    /// The inside of `[…]` after a primary: one slice or expression, or a tuple of them.
    private mutating func parseSlices() throws(SyntaxError) -> Expr {
        let first = try parseSlice()
        guard current.isOp(",") else { return first }
        var elements = [first]
        while accept(",") != nil && !current.isOp("]") {
            elements.append(try parseSlice())
        }
        return node(.tuple(elements), from: Self.start(of: first))
    }

    private mutating func parseSlice() throws(SyntaxError) -> Expr {
        let start = currentStart
        if current.isOp("*") { return try parseStarNamedExpression() }
        var lower: Expr?
        if !current.isOp(":") {
            let expression = try parseNamedExpression()
            guard current.isOp(":") else { return expression }
            lower = expression
        }
        advance()
        let upper = current.isOp(":") || current.isOp(",") || current.isOp("]") ? nil : try parseExpression()
        var step: Expr?
        if accept(":") != nil && !current.isOp(",") && !current.isOp("]") {
            step = try parseExpression()
        }
        return node(.slice(lower: lower, upper: upper, step: step), from: start)
    }

    // MARK: - Atoms

    private mutating func parseAtom() throws(SyntaxError) -> Expr {
        let token = current
        let start = currentStart
        switch token.kind {
        case .name:
            switch token.text {
            case "True", "False", "None":
                advance()
                let value: Constant = token.text == "None" ? .none : .bool(token.text == "True")
                return node(.constant(value), from: start)
            default:
                guard token.isIdentifier else { throw invalidSyntax() }
                advance()
                return node(.name(token.text), from: start)
            }
        case .number:
            advance()
            return node(.constant(token.number!), from: start)
        case .string:
            return try parseStrings()
        case .op:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...":
                advance()
                return node(.constant(.ellipsis), from: start)
            default:
                throw invalidSyntax()
            }
        default:
            throw invalidSyntax()
        }
    }

    private mutating func parseParenthesized() throws(SyntaxError) -> Expr {
        let start = currentStart
        advance()
        if accept(")") != nil { return node(.tuple([]), from: start) }
        if current.isKeyword("yield") {
            let value = try parseYield()
            try expect(")")
            return value
        }
        let first = try parseStarNamedExpression()
        if current.isKeyword("for") || current.isKeyword("async") {
            let generators = try parseComprehensionClauses()
            try expectClosing(")", after: nil)
            return node(.generatorExpression(element: first, generators: generators), from: start)
        }
        if current.isOp(",") {
            let elements = try parseDisplayElements(first: first, closing: ")")
            return node(.tuple(elements), from: start)
        }
        try expectClosing(")", after: first)
        if case .starred = first.kind {
            throw error("cannot use starred expression here", spanning: first)
        }
        return first
    }

    /// The remaining comma-separated elements of a display after `first`, consuming the closing bracket.
    private mutating func parseDisplayElements(first: Expr, closing: String) throws(SyntaxError) -> [Expr] {
        var elements = [first]
        while accept(",") != nil && !current.isOp(closing) {
            elements.append(try parseStarNamedExpression())
        }
        try expectClosing(closing, after: elements.last)
        return elements
    }

    private mutating func parseListDisplay() throws(SyntaxError) -> Expr {
        let start = currentStart
        advance()
        if accept("]") != nil { return node(.list([]), from: start) }
        let first = try parseStarNamedExpression()
        if current.isKeyword("for") || current.isKeyword("async") {
            let generators = try parseComprehensionClauses()
            try expectClosing("]", after: nil)
            return node(.listComprehension(element: first, generators: generators), from: start)
        }
        let operand = try parseDisplayElements(first: first, closing: "]")
        return node(.list(operand), from: start)
    }

    private mutating func parseBraceDisplay() throws(SyntaxError) -> Expr {
        let start = currentStart
        advance()
        if accept("}") != nil { return node(.dict(keys: [], values: []), from: start) }
        if current.isOp("**") {
            return try parseDictDisplay(start: start, firstKey: nil, firstValue: nil)
        }
        let first = try parseStarNamedExpression()
        if accept(":") != nil {
            let value = try parseExpression()
            if current.isKeyword("for") || current.isKeyword("async") {
                let generators = try parseComprehensionClauses()
                try expectClosing("}", after: nil)
                return node(.dictComprehension(key: first, value: value, generators: generators), from: start)
            }
            return try parseDictDisplay(start: start, firstKey: first, firstValue: value)
        }
        if current.isKeyword("for") || current.isKeyword("async") {
            let generators = try parseComprehensionClauses()
            try expectClosing("}", after: nil)
            return node(.setComprehension(element: first, generators: generators), from: start)
        }
        let operand = try parseDisplayElements(first: first, closing: "}")
        return node(.set(operand), from: start)
    }

    /// Dict entries after `{` (and after the first `key: value` if given), through the closing `}`.
    private mutating func parseDictDisplay(start: Position, firstKey: Expr?, firstValue: Expr?) throws(SyntaxError) -> Expr {
        var keys: [Expr?] = []
        var values: [Expr] = []
        if let firstValue {
            keys.append(firstKey)
            values.append(firstValue)
            if accept(",") == nil {
                try expectClosing("}", after: firstValue)
                return node(.dict(keys: keys, values: values), from: start)
            }
        }
        while !current.isOp("}") {
            if accept("**") != nil {
                keys.append(nil)
                values.append(try parseBitwiseOr())
            } else {
                let key = try parseExpression()
                guard accept(":") != nil else {
                    if current.isOp(",") || current.isOp("}") {
                        throw makeError("':' expected after dictionary key", line: key.line, column: key.column, endColumn: -1)
                    }
                    throw forgottenCommaError(after: key)
                }
                keys.append(key)
                values.append(try parseExpression())
            }
            if accept(",") == nil { break }
        }
        try expectClosing("}", after: values.last)
        return node(.dict(keys: keys, values: values), from: start)
    }

    mutating func parseComprehensionClauses() throws(SyntaxError) -> [Comprehension] {
        var generators: [Comprehension] = []
        while current.isKeyword("for") || (current.isKeyword("async") && peek(1).isKeyword("for")) {
            let isAsync = acceptKeyword("async") != nil
            advance()
            let target = try parseTargetList()
            try validateTarget(target, purpose: .assign)
            try expectKeyword("in")
            let iterable = try parseDisjunction()
            var conditions: [Expr] = []
            while acceptKeyword("if") != nil {
                conditions.append(try parseDisjunction())
            }
            generators.append(Comprehension(target: target, iterable: iterable, conditions: conditions, isAsync: isAsync))
        }
        return generators
    }

    // MARK: - Targets

    func validateTarget(_ target: Expr, purpose: TargetPurpose) throws(SyntaxError) {
        guard let invalid = Self.invalidTarget(target, purpose: purpose) else { return }
        if case .yield = invalid.kind, purpose == .assign {
            throw error("assignment to yield expression not possible", spanning: invalid)
        }
        if case .yieldFrom = invalid.kind, purpose == .assign {
            throw error("assignment to yield expression not possible", spanning: invalid)
        }
        let verb = purpose == .delete ? "delete" : "assign to"
        throw error("cannot \(verb) \(Self.describe(invalid))", spanning: invalid)
    }

    /// The first sub-expression that cannot be assigned to (or deleted), as CPython's `_PyPegen_get_invalid_target`.
    static func invalidTarget(_ target: Expr, purpose: TargetPurpose) -> Expr? {
        switch target.kind {
        case .name, .attribute, .subscript:
            return nil
        case .starred(let value):
            return purpose == .delete ? target : invalidTarget(value, purpose: purpose)
        case .tuple(let elements), .list(let elements):
            return elements.lazy.compactMap { invalidTarget($0, purpose: purpose) }.first
        default:
            return target
        }
    }

    /// How CPython names an expression in error messages (`_PyPegen_get_expr_name`).
    static func describe(_ expression: Expr) -> String {
        switch expression.kind {
        case .attribute: "attribute"
        case .subscript: "subscript"
        case .starred: "starred"
        case .name: "name"
        case .list: "list"
        case .tuple: "tuple"
        case .lambda: "lambda"
        case .call: "function call"
        case .boolean, .binary, .unary: "expression"
        case .generatorExpression: "generator expression"
        case .yield, .yieldFrom: "yield expression"
        case .await: "await expression"
        case .listComprehension: "list comprehension"
        case .setComprehension: "set comprehension"
        case .dictComprehension: "dict comprehension"
        case .dict: "dict literal"
        case .set: "set display"
        case .joinedString, .formattedValue: "f-string expression"
        case .compare: "comparison"
        case .conditional: "conditional expression"
        case .named: "named expression"
        case .slice: "slice"
        case .constant(let value):
            switch value {
            case .none: "None"
            case .bool(true): "True"
            case .bool(false): "False"
            case .ellipsis: "ellipsis"
            default: "literal"
            }
        }
    }
}
