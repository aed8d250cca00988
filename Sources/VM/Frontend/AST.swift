// The abstract syntax tree the parser produces and the compiler consumes; it mirrors CPython's `ast`.

import BigInt

/// A literal value as written in the source.
public enum Constant: Equatable, Sendable {
    case none
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

public enum UnaryOperator: Sendable { case invert, not, plus, minus }

public enum BinaryOperator: Sendable {
    case add, subtract, multiply, matrixMultiply, trueDivide, floorDivide, modulo, power
    case leftShift, rightShift, bitOr, bitXor, bitAnd
}

public enum BooleanOperator: Sendable { case and, or }

public enum CompareOperator: Sendable { case equal, notEqual, less, lessEqual, greater, greaterEqual, `is`, isNot, `in`, notIn }

public struct Expr: Sendable {
    public var kind: Kind
    /// 1-based line and 0-based UTF-8 column of the expression's first token, as CPython's `ast` reports them.
    public var line: Int
    public var column: Int
    /// Line and column just past the expression's last token.
    public var endLine: Int
    public var endColumn: Int

    public init(_ kind: Kind, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.kind = kind
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    public indirect enum Kind: Sendable {
        case name(String)
        case constant(Constant)
        /// An f-string: `.constant(.string)` pieces and `.formattedValue` pieces.
        case joinedString([Expr])
        /// `{value!conversion:formatSpec}` inside an f-string; `formatSpec` is a `.joinedString`.
        case formattedValue(value: Expr, conversion: Character?, formatSpec: Expr?)
        case unary(UnaryOperator, Expr)
        case binary(Expr, BinaryOperator, Expr)
        /// `a and b and c`: two or more operands.
        case boolean(BooleanOperator, [Expr])
        /// `a < b <= c`: the first operand, then one (operator, operand) pair per comparison.
        case compare(Expr, [(CompareOperator, Expr)])
        /// Positional arguments may contain `.starred`; a keyword with a nil name is `**mapping`.
        case call(function: Expr, arguments: [Expr], keywords: [Keyword])
        case attribute(Expr, String)
        case `subscript`(Expr, Expr)
        /// Only directly inside a subscript (possibly within a tuple there).
        case slice(lower: Expr?, upper: Expr?, step: Expr?)
        case starred(Expr)
        case list([Expr])
        case tuple([Expr])
        case set([Expr])
        /// A nil key is a `**mapping` entry whose mapping is the corresponding value.
        case dict(keys: [Expr?], values: [Expr])
        case conditional(test: Expr, body: Expr, orElse: Expr)
        case lambda(Arguments, body: Expr)
        case listComprehension(element: Expr, generators: [Comprehension])
        case setComprehension(element: Expr, generators: [Comprehension])
        case dictComprehension(key: Expr, value: Expr, generators: [Comprehension])
        case generatorExpression(element: Expr, generators: [Comprehension])
        case yield(Expr?)
        case yieldFrom(Expr)
        case await(Expr)
        /// `target := value`
        case named(target: Expr, value: Expr)
    }
}

public struct Keyword: Sendable {
    /// nil for `**mapping`.
    public var name: String?
    public var value: Expr
    public var line: Int
    public var column: Int

    public init(name: String?, value: Expr, line: Int, column: Int) {
        self.name = name
        self.value = value
        self.line = line
        self.column = column
    }
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]
    public var isAsync: Bool

    public init(target: Expr, iterable: Expr, conditions: [Expr], isAsync: Bool) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
        self.isAsync = isAsync
    }
}

public struct Parameter: Sendable {
    public var name: String
    public var annotation: Expr?
    public var line: Int
    public var column: Int

    public init(name: String, annotation: Expr?, line: Int, column: Int) {
        self.name = name
        self.annotation = annotation
        self.line = line
        self.column = column
    }
}

/// A parameter list, laid out as CPython's `ast.arguments`.
public struct Arguments: Sendable {
    public var positionalOnly: [Parameter] = []
    public var positional: [Parameter] = []
    public var varArgs: Parameter?
    public var keywordOnly: [Parameter] = []
    /// One entry per keyword-only parameter; nil where it has no default.
    public var keywordDefaults: [Expr?] = []
    public var varKeywords: Parameter?
    /// Defaults of the last `defaults.count` positional (including positional-only) parameters.
    public var defaults: [Expr] = []

    public init() {}
}

public struct Alias: Sendable {
    /// Dotted module name for `import`, a plain name (or `*`) for `from … import`.
    public var name: String
    public var asName: String?
    public var line: Int
    public var column: Int

    public init(name: String, asName: String?, line: Int, column: Int) {
        self.name = name
        self.asName = asName
        self.line = line
        self.column = column
    }
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var line: Int
    public var column: Int

    public init(type: Expr?, name: String?, body: [Stmt], line: Int, column: Int) {
        self.type = type
        self.name = name
        self.body = body
        self.line = line
        self.column = column
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?

    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public struct FunctionDefinition: Sendable {
    public var name: String
    public var arguments: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool

    public init(name: String, arguments: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name
        self.arguments = arguments
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.isAsync = isAsync
    }
}

public struct ClassDefinition: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]

    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

public struct Stmt: Sendable {
    public var kind: Kind
    /// 1-based line and 0-based column of the statement's first token (for a decorated definition,
    /// the `def`/`class` line, as in CPython 3.8+).
    public var line: Int
    public var column: Int
    public var endLine: Int

    public init(_ kind: Kind, line: Int, column: Int, endLine: Int) {
        self.kind = kind
        self.line = line
        self.column = column
        self.endLine = endLine
    }

    public indirect enum Kind: Sendable {
        case expression(Expr)
        /// `a = b = value`: one or more targets.
        case assign(targets: [Expr], value: Expr)
        case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
        /// `simple` is true for a bare name target not in parentheses.
        case annotatedAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
        case functionDefinition(FunctionDefinition)
        case classDefinition(ClassDefinition)
        case `return`(Expr?)
        case delete([Expr])
        case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
        case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
        case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
        case with(items: [WithItem], body: [Stmt], isAsync: Bool)
        case raise(exception: Expr?, cause: Expr?)
        case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
        case assert(test: Expr, message: Expr?)
        case `import`([Alias])
        /// `level` counts the leading dots of a relative import.
        case importFrom(module: String?, names: [Alias], level: Int)
        case global([String])
        case nonlocal([String])
        case pass
        case `break`
        case `continue`
    }
}

/// A parsed source file.
public struct Module: Sendable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}
