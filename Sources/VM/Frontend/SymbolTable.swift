// Scope analysis: decides for every name in every scope whether it is local, a cell, free, global or looked up by name.

/// How the compiler accesses a name inside one scope.
enum NameAccess: Equatable {
    case fast(Int)
    /// Index into the frame's cell slots (own cells first, then free variables).
    case deref(Int)
    case global
    /// Module and class bodies: the locals mapping, then globals, then builtins.
    case name
}

final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    let kind: Kind
    let name: String
    let line: Int
    unowned let parent: Scope?
    var children: [Scope] = []
    var parameters: [String] = []
    /// Names bound in this scope, in order of first binding.
    var bound: [String] = []
    private var boundSet: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var isGenerator = false
    var isCoroutine = false
    /// Set when a method uses `super` or `__class__`, which reads the implicit `__class__` cell.
    var needsClassCell = false

    // Results of `resolve`.
    private(set) var localNames: [String] = []
    private(set) var cellNames: [String] = []
    private(set) var freeNames: [String] = []

    init(kind: Kind, name: String, line: Int, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.line = line
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    func isLocal(_ name: String) -> Bool {
        isFunctionLike && boundSet.contains(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
    }

    func access(_ name: String) -> NameAccess {
        if let index = cellNames.firstIndex(of: name) { return .deref(index) }
        if let index = freeNames.firstIndex(of: name) { return .deref(cellNames.count + index) }
        if declaredGlobal.contains(name) { return .global }
        if kind == .module || kind == .classBody { return .name }
        if let index = localNames.firstIndex(of: name) { return .fast(index) }
        return .global
    }

    /// Whether a class body reads `name` from an enclosing function's cell rather than by name.
    func classReadsFree(_ name: String) -> Bool {
        kind == .classBody && freeNames.contains(name) && !boundSet.contains(name)
    }

    /// Resolves this scope and its children. Runs top-down so that a child sees which names its
    /// ancestors bind; a child's free names turn the binding ancestor's local into a cell.
    func resolve() throws(SyntaxError) {
        if isFunctionLike {
            localNames = parameters
            for name in bound where isLocal(name) && !localNames.contains(name) { localNames.append(name) }
        }
        for child in children { try child.resolve() }
        for child in children {
            for name in child.freeNames { try adoptFree(name) }
        }
        if kind == .classBody && children.contains(where: { $0.needsClassCell }) {
            if !cellNames.contains("__class__") { cellNames.append("__class__") }
        }
        // Names this scope itself reads or writes from enclosing functions.
        for name in declaredNonlocal where !freeNames.contains(name) { freeNames.append(name) }
        if isFunctionLike || kind == .classBody {
            for name in used.sorted() where !isLocal(name) && !declaredGlobal.contains(name) && !freeNames.contains(name) && !cellNames.contains(name) {
                if kind == .classBody && boundSet.contains(name) { continue }
                if parent?.enclosingFunctionBinding(name) != nil { freeNames.append(name) }
            }
        }
        if needsClassCell && !freeNames.contains("__class__") { freeNames.append("__class__") }
    }

    /// Called for each free name of a child: a local here becomes a cell; otherwise it passes through.
    private func adoptFree(_ name: String) throws(SyntaxError) {
        if name == "__class__" && kind == .classBody { return }
        if isLocal(name) {
            if !cellNames.contains(name) { cellNames.append(name) }
        } else if !freeNames.contains(name) && !cellNames.contains(name) && kind != .module {
            freeNames.append(name)
        }
    }

    /// The nearest enclosing function scope (skipping class bodies) that binds `name` locally.
    func enclosingFunctionBinding(_ name: String) -> Scope? {
        var scope: Scope? = self
        while let current = scope {
            if current.kind == .module { return nil }
            if current.isFunctionLike {
                if current.declaredGlobal.contains(name) { return nil }
                if current.isLocal(name) || current.declaredNonlocal.contains(name) { return current }
            }
            scope = current.parent
        }
        return nil
    }
}

/// Builds the scope tree of a module.
struct SymbolTableBuilder {
    let filename: String
    let sourceLines: [Substring]
    private(set) var scopes: [Scope] = []
    /// Scopes of functions, lambdas, classes and comprehensions in the order the compiler meets them.
    private var current: Scope

    init(filename: String, source: String) {
        self.filename = filename
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        current = Scope(kind: .module, name: "<module>", line: 1, parent: nil)
        scopes.append(current)
    }

    var module: Scope { scopes[0] }

    static func build(_ module: Module, filename: String, source: String) throws(SyntaxError) -> SymbolTableBuilder {
        var builder = SymbolTableBuilder(filename: filename, source: source)
        for statement in module.body { try builder.visit(statement) }
        try builder.module.resolve()
        return builder
    }

    func error(_ message: String, line: Int, column: Int) -> SyntaxError {
        let text = line - 1 < sourceLines.count && line >= 1 ? String(sourceLines[line - 1]) : ""
        return SyntaxError(.syntaxError, message, filename: filename, line: line, column: column + 1, lineText: text)
    }

    private mutating func enter(_ kind: Scope.Kind, name: String, line: Int, _ body: (inout SymbolTableBuilder) throws(SyntaxError) -> Void) throws(SyntaxError) {
        let scope = Scope(kind: kind, name: name, line: line, parent: current)
        current.children.append(scope)
        scopes.append(scope)
        let saved = current
        current = scope
        try body(&self)
        current = saved
    }

    private mutating func declare(_ names: [String], global: Bool, line: Int, column: Int) throws(SyntaxError) {
        for name in names {
            if current.parameters.contains(name) {
                throw error("name '\(name)' is parameter and \(global ? "global" : "nonlocal")", line: line, column: column)
            }
            let kind = global ? "global" : "nonlocal"
            // As CPython's symtable: any use or assignment earlier in the scope, declared or not.
            if current.used.contains(name) { throw error("name '\(name)' is used prior to \(kind) declaration", line: line, column: column) }
            if current.bound.contains(name) { throw error("name '\(name)' is assigned to before \(kind) declaration", line: line, column: column) }
            if global {
                if current.declaredNonlocal.contains(name) { throw error("name '\(name)' is nonlocal and global", line: line, column: column) }
                current.declaredGlobal.insert(name)
            } else {
                if current.kind == .module { throw error("nonlocal declaration not allowed at module level", line: line, column: column) }
                if current.declaredGlobal.contains(name) { throw error("name '\(name)' is nonlocal and global", line: line, column: column) }
                var ancestor = current.parent
                var found = false
                while let scope = ancestor, scope.kind != .module {
                    if scope.isFunctionLike && (scope.bound.contains(name) || scope.parameters.contains(name) || scope.declaredNonlocal.contains(name)) { found = true; break }
                    ancestor = scope.parent
                }
                if !found { throw error("no binding for nonlocal '\(name)' found", line: line, column: column) }
                current.declaredNonlocal.insert(name)
            }
        }
    }

    mutating func visit(_ statement: Stmt) throws(SyntaxError) {
        switch statement.kind {
        case .expression(let value): try visit(value)
        case .assign(let targets, let value):
            try visit(value)
            for target in targets { try bindTarget(target) }
        case .augmentedAssign(let target, _, let value):
            try visit(value)
            if case .name(let name) = target.kind { current.used.insert(name) }
            try bindTarget(target)
        case .annotatedAssign(let target, let annotation, let value, _):
            if let value { try visit(value) }
            if current.kind != .function { try visit(annotation) }
            if value != nil || current.kind == .function { try bindTarget(target) }
        case .functionDefinition(let definition):
            for decorator in definition.decorators { try visit(decorator) }
            try visitDefaults(definition.arguments)
            if let returns = definition.returns { try visit(returns) }
            current.bind(definition.name)
            try enter(.function, name: definition.name, line: statement.line) { (builder: inout SymbolTableBuilder) throws(SyntaxError) in
                builder.current.isCoroutine = definition.isAsync
                try builder.bindParameters(definition.arguments)
                for inner in definition.body { try builder.visit(inner) }
                if builder.current.isCoroutine && builder.current.isGenerator {
                    throw builder.error("asynchronous generators are not supported by wand yet", line: statement.line, column: statement.column)
                }
            }
        case .classDefinition(let definition):
            for decorator in definition.decorators { try visit(decorator) }
            for base in definition.bases { try visit(base) }
            for keyword in definition.keywords { try visit(keyword.value) }
            current.bind(definition.name)
            try enter(.classBody, name: definition.name, line: statement.line) { (builder: inout SymbolTableBuilder) throws(SyntaxError) in
                for inner in definition.body { try builder.visit(inner) }
            }
        case .return(let value):
            if let value { try visit(value) }
        case .delete(let targets):
            for target in targets { try bindTarget(target) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test)
            for inner in body + orElse { try visit(inner) }
        case .for(let target, let iterable, let body, let orElse, let isAsync):
            if isAsync { throw error("'async for' is not supported by wand yet", line: statement.line, column: statement.column) }
            try visit(iterable)
            try bindTarget(target)
            for inner in body + orElse { try visit(inner) }
        case .with(let items, let body, let isAsync):
            if isAsync { throw error("'async with' is not supported by wand yet", line: statement.line, column: statement.column) }
            for item in items {
                try visit(item.context)
                if let target = item.target { try bindTarget(target) }
            }
            for inner in body { try visit(inner) }
        case .raise(let exception, let cause):
            if let exception { try visit(exception) }
            if let cause { try visit(cause) }
        case .try(let body, let handlers, let orElse, let finally):
            for inner in body { try visit(inner) }
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { current.bind(name) }
                for inner in handler.body { try visit(inner) }
            }
            for inner in orElse + finally { try visit(inner) }
        case .assert(let test, let message):
            try visit(test)
            if let message { try visit(message) }
        case .import(let aliases):
            for alias in aliases {
                current.bind(alias.asName ?? String(alias.name.split(separator: ".")[0]))
            }
        case .importFrom(_, let aliases, _):
            for alias in aliases where alias.name != "*" { current.bind(alias.asName ?? alias.name) }
        case .global(let names): try declare(names, global: true, line: statement.line, column: statement.column)
        case .nonlocal(let names): try declare(names, global: false, line: statement.line, column: statement.column)
        case .pass, .break, .continue: break
        }
    }

    private mutating func bindParameters(_ arguments: Arguments) throws(SyntaxError) {
        // CPython's frame order: positional, keyword-only, *args, **kwargs.
        var parameters = arguments.positionalOnly + arguments.positional + arguments.keywordOnly
        if let varArgs = arguments.varArgs { parameters.append(varArgs) }
        if let varKeywords = arguments.varKeywords { parameters.append(varKeywords) }
        var seen = Set<String>()
        for parameter in parameters where !seen.insert(parameter.name).inserted {
            throw error("duplicate argument '\(parameter.name)' in function definition", line: parameter.line, column: parameter.column)
        }
        current.parameters = parameters.map(\.name)
        for name in current.parameters { current.bind(name) }
    }

    private mutating func visitDefaults(_ arguments: Arguments) throws(SyntaxError) {
        for value in arguments.defaults { try visit(value) }
        for value in arguments.keywordDefaults { if let value { try visit(value) } }
        for parameter in arguments.positionalOnly + arguments.positional + arguments.keywordOnly {
            if let annotation = parameter.annotation { try visit(annotation) }
        }
    }

    private mutating func bindTarget(_ target: Expr) throws(SyntaxError) {
        switch target.kind {
        case .name(let name):
            current.bind(name)
        case .tuple(let elements), .list(let elements):
            for element in elements { try bindTarget(element) }
        case .starred(let inner):
            try bindTarget(inner)
        default:
            try visit(target)
        }
    }

    mutating func visit(_ expression: Expr) throws(SyntaxError) {
        switch expression.kind {
        case .name(let name):
            current.used.insert(name)
            if name == "super" || name == "__class__" { markClassCellUse() }
        case .constant: break
        case .joinedString(let parts): for part in parts { try visit(part) }
        case .formattedValue(let value, _, let spec):
            try visit(value)
            if let spec { try visit(spec) }
        case .unary(_, let operand): try visit(operand)
        case .binary(let left, _, let right):
            try visit(left)
            try visit(right)
        case .boolean(_, let operands): for operand in operands { try visit(operand) }
        case .compare(let first, let rest):
            try visit(first)
            for (_, operand) in rest { try visit(operand) }
        case .call(let function, let arguments, let keywords):
            try visit(function)
            for argument in arguments { try visit(argument) }
            for keyword in keywords { try visit(keyword.value) }
        case .attribute(let object, _): try visit(object)
        case .subscript(let object, let index):
            try visit(object)
            try visit(index)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] { if let part { try visit(part) } }
        case .starred(let inner): try visit(inner)
        case .list(let elements), .tuple(let elements), .set(let elements):
            for element in elements { try visit(element) }
        case .dict(let keys, let values):
            for key in keys { if let key { try visit(key) } }
            for value in values { try visit(value) }
        case .conditional(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .lambda(let arguments, let body):
            try visitDefaults(arguments)
            try enter(.function, name: "<lambda>", line: expression.line) { (builder: inout SymbolTableBuilder) throws(SyntaxError) in
                try builder.bindParameters(arguments)
                try builder.visit(body)
            }
        case .listComprehension(let element, let generators), .setComprehension(let element, let generators), .generatorExpression(let element, let generators):
            let name = switch expression.kind {
            case .listComprehension: "<listcomp>"
            case .setComprehension: "<setcomp>"
            default: "<genexpr>"
            }
            try visitComprehension(name: name, line: expression.line, generators: generators, isGenerator: name == "<genexpr>") { (builder: inout SymbolTableBuilder) throws(SyntaxError) in
                try builder.visit(element)
            }
        case .dictComprehension(let key, let value, let generators):
            try visitComprehension(name: "<dictcomp>", line: expression.line, generators: generators, isGenerator: false) { (builder: inout SymbolTableBuilder) throws(SyntaxError) in
                try builder.visit(key)
                try builder.visit(value)
            }
        case .yield(let value):
            try requireFunction("'yield' outside function", expression)
            current.isGenerator = true
            if let value { try visit(value) }
        case .yieldFrom(let value):
            try requireFunction("'yield' outside function", expression)
            current.isGenerator = true
            try visit(value)
        case .await(let value):
            try requireFunction("'await' outside function", expression)
            var scope = current
            while scope.kind == .comprehension, let parent = scope.parent { scope = parent }
            guard scope.isCoroutine else {
                throw error("'await' outside async function", line: expression.line, column: expression.column)
            }
            try visit(value)
        case .named(let target, let value):
            try visit(value)
            // An assignment expression in a comprehension binds in the enclosing function scope.
            var scope = current
            while scope.kind == .comprehension, let parent = scope.parent { scope = parent }
            if case .name(let name) = target.kind {
                scope.bind(name)
                if scope !== current {
                    current.declaredNonlocal.insert(name)
                    if scope.kind == .module || scope.kind == .classBody { current.declaredNonlocal.remove(name); current.declaredGlobal.insert(name) }
                }
            }
        }
    }

    private func requireFunction(_ message: String, _ expression: Expr) throws(SyntaxError) {
        if current.kind == .module || current.kind == .classBody {
            throw error(message, line: expression.line, column: expression.column)
        }
    }

    private mutating func visitComprehension(name: String, line: Int, generators: [Comprehension], isGenerator: Bool, element: (inout SymbolTableBuilder) throws(SyntaxError) -> Void) throws(SyntaxError) {
        // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
        try visit(generators[0].iterable)
        try enter(.comprehension, name: name, line: line) { (builder: inout SymbolTableBuilder) throws(SyntaxError) in
            builder.current.parameters = [".0"]
            builder.current.bind(".0")
            builder.current.isGenerator = isGenerator
            for (position, generator) in generators.enumerated() {
                if position > 0 { try builder.visit(generator.iterable) }
                try builder.bindTarget(generator.target)
                for condition in generator.conditions { try builder.visit(condition) }
            }
            try element(&builder)
        }
    }

    private func markClassCellUse() {
        var scope: Scope? = current
        while let function = scope, function.kind == .comprehension { scope = function.parent }
        guard let function = scope, function.kind == .function, function.parent?.kind == .classBody else { return }
        function.needsClassCell = true
        var inner: Scope = current
        while inner !== function {
            inner.needsClassCell = true
            guard let parent = inner.parent else { break }
            inner = parent
        }
    }
}
