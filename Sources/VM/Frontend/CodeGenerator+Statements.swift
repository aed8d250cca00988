// Code generation for statements: assignments, control flow, definitions, exceptions, imports.

extension CodeGenerator {
    func compile(_ statement: Stmt, scopes: inout ScopeQueue) throws(SyntaxError) {
        setLine(statement.line)
        switch statement.kind {
        case .expression(let value):
            try compile(value, scopes: &scopes)
            emit(.popTop)
        case .assign(let targets, let value):
            if targets.count == 1, let (elements, values) = swapAssignment(targets[0], value) {
                // `a, b = b, a` (two or three names) needs no tuple: push the values, reverse
                // them with one swap and store left to right, as CPython does.
                for element in values { try compile(element, scopes: &scopes) }
                emit(.swap, values.count)
                for element in elements { try assign(to: element, scopes: &scopes) }
                return
            }
            try compile(value, scopes: &scopes)
            for (position, target) in targets.enumerated() {
                if position < targets.count - 1 { emit(.copy, 1) }
                try assign(to: target, scopes: &scopes)
            }
        case .augmentedAssign(let target, let op, let value):
            try compileAugmentedAssign(target, op, value, scopes: &scopes)
        case .annotatedAssign(let target, _, let value, _):
            if let value {
                try compile(value, scopes: &scopes)
                try assign(to: target, scopes: &scopes)
            }
        case .functionDefinition(let definition):
            try compileFunctionDefinition(definition, line: statement.line, scopes: &scopes)
        case .classDefinition(let definition):
            try compileClassDefinition(definition, line: statement.line, scopes: &scopes)
        case .return(let value):
            guard scope.isFunctionLike else { throw error("'return' outside function", line: statement.line, column: statement.column) }
            if let value { try compile(value, scopes: &scopes) } else { loadConstant(.none) }
            let depthBefore = depth
            try unwindBlocks(upTo: nil, preservingTop: true, scopes: &scopes)
            setLine(statement.line)
            emit(.returnValue)
            depth = depthBefore - 1
        case .delete(let targets):
            for target in targets { try deleteTarget(target, scopes: &scopes) }
        case .if(let test, let body, let orElse):
            let elseLabel = newLabel()
            let end = newLabel()
            try compileCondition(test, jumpIfFalseTo: elseLabel, scopes: &scopes)
            for inner in body { try compile(inner, scopes: &scopes) }
            if !orElse.isEmpty { emitJump(.jump, to: end) }
            place(elseLabel)
            for inner in orElse { try compile(inner, scopes: &scopes) }
            place(end)
        case .while(let test, let body, let orElse):
            let start = newLabel()
            let elseLabel = newLabel()
            let exit = newLabel()
            place(start)
            try compileCondition(test, jumpIfFalseTo: elseLabel, scopes: &scopes)
            blocks.append(.loop(start: start, exit: exit, hasIterator: false))
            for inner in body { try compile(inner, scopes: &scopes) }
            blocks.removeLast()
            setLine(statement.line)
            emitJump(.jumpBackward, to: start)
            place(elseLabel)
            for inner in orElse { try compile(inner, scopes: &scopes) }
            place(exit)
        case .for(let target, let iterable, let body, let orElse, _):
            try compile(iterable, scopes: &scopes)
            emit(.getIter)
            let start = newLabel()
            let elseLabel = newLabel()
            let exit = newLabel()
            place(start)
            setLine(statement.line)
            emitJump(.forIter, to: elseLabel)
            try assign(to: target, scopes: &scopes)
            blocks.append(.loop(start: start, exit: exit, hasIterator: true))
            for inner in body { try compile(inner, scopes: &scopes) }
            blocks.removeLast()
            setLine(statement.line)
            emitJump(.jumpBackward, to: start)
            place(elseLabel)
            depth -= 1
            for inner in orElse { try compile(inner, scopes: &scopes) }
            place(exit)
        case .with(let items, let body, _):
            try compileWith(items[...], body: body, scopes: &scopes)
        case .raise(let exception, let cause):
            if let exception {
                try compile(exception, scopes: &scopes)
                if let cause {
                    try compile(cause, scopes: &scopes)
                    emit(.raise, 2)
                } else {
                    emit(.raise, 1)
                }
            } else {
                emit(.raise, 0)
            }
        case .try(let body, let handlers, let orElse, let finally):
            if finally.isEmpty {
                try compileTryExcept(body, handlers, orElse, scopes: &scopes)
            } else {
                try compileTryFinally(finally, scopes: &scopes) { (generator: CodeGenerator, scopes: inout ScopeQueue) throws(SyntaxError) in
                    if handlers.isEmpty {
                        for inner in body { try generator.compile(inner, scopes: &scopes) }
                    } else {
                        try generator.compileTryExcept(body, handlers, orElse, scopes: &scopes)
                    }
                }
            }
        case .assert(let test, let message):
            let end = newLabel()
            try compile(test, scopes: &scopes)
            emitJump(.popJumpIfTrue, to: end)
            emit(.loadAssertionError)
            if let message {
                try compile(message, scopes: &scopes)
                emit(.call, 1)
            }
            emit(.raise, 1)
            place(end)
        case .import(let aliases):
            for alias in aliases {
                emit(.loadConst, constant(Value(smallInt: 0), key: .int(0)))
                loadConstant(.none)
                emit(.importName, nameArgument(alias.name))
                if let asName = alias.asName {
                    for component in alias.name.split(separator: ".").dropFirst() {
                        emit(.importFrom, nameArgument(String(component)))
                        emit(.swap, 2)
                        emit(.popTop)
                    }
                    store(asName)
                } else {
                    store(String(alias.name.split(separator: ".")[0]))
                }
            }
        case .importFrom(let module, let aliases, let level):
            emit(.loadConst, constant(Value(smallInt: level), key: .int(.init(level))))
            let fromList = aliases.map { Value(vm.intern($0.name)) }
            emit(.loadConst, constant(vm.permanent(PyTuple(type: vm.tupleType, fromList)), key: .tuple(aliases.map { .string(ExactText($0.name)) })))
            emit(.importName, nameArgument(module ?? ""))
            if aliases.count == 1 && aliases[0].name == "*" {
                guard scope.kind == .module else {
                    throw error("import * only allowed at module level", line: statement.line, column: statement.column)
                }
                emit(.importStar)
            } else {
                for alias in aliases {
                    emit(.importFrom, nameArgument(alias.name))
                    store(alias.asName ?? alias.name)
                }
                emit(.popTop)
            }
        case .global, .nonlocal, .pass:
            break
        case .break:
            guard let loop = innermostLoop() else { throw error("'break' outside loop", line: statement.line, column: statement.column) }
            let depthBefore = depth
            try unwindBlocks(upTo: loop, preservingTop: false, scopes: &scopes)
            if case .loop(_, let exit, let hasIterator) = blocks[loop] {
                if hasIterator { emit(.popTop) }
                emitJump(.jump, to: exit)
            }
            depth = depthBefore
        case .continue:
            guard let loop = innermostLoop() else { throw error("'continue' not properly in loop", line: statement.line, column: statement.column) }
            let depthBefore = depth
            try unwindBlocks(upTo: loop, preservingTop: false, scopes: &scopes)
            if case .loop(let start, _, _) = blocks[loop] { emitJump(.jumpBackward, to: start) }
            depth = depthBefore
        }
    }

    func setLine(_ newLine: Int) { line = newLine }

    /// The targets and values of `a, b = x, y` or `a, b, c = x, y, z` (no starred items), which
    /// compile to a swap instead of building and unpacking a tuple.
    private func swapAssignment(_ target: Expr, _ value: Expr) -> (targets: [Expr], values: [Expr])? {
        guard case .tuple(let values) = value.kind, (2...3).contains(values.count) else { return nil }
        let targets: [Expr]
        switch target.kind {
        case .tuple(let elements), .list(let elements): targets = elements
        default: return nil
        }
        let isStarred = { (element: Expr) -> Bool in if case .starred = element.kind { true } else { false } }
        guard targets.count == values.count, !targets.contains(where: isStarred), !values.contains(where: isStarred) else { return nil }
        return (targets, values)
    }

    private func innermostLoop() -> Int? {
        blocks.lastIndex { if case .loop = $0 { true } else { false } }
    }

    /// Emits what leaving the blocks above `target` (all of them when nil) requires: finally
    /// bodies, restoring handled exceptions, closing `with` blocks, popping loop iterators.
    private func unwindBlocks(upTo target: Int?, preservingTop: Bool, scopes: inout ScopeQueue) throws(SyntaxError) {
        var index = blocks.count - 1
        let savedBlocks = blocks
        while index > (target ?? -1) {
            let block = blocks[index]
            // The block's own code runs outside the block.
            blocks = Array(savedBlocks[0..<index])
            switch block {
            case .loop(_, _, let hasIterator):
                if hasIterator {
                    if preservingTop { emit(.swap, 2) }
                    emit(.popTop)
                }
            case .tryFinally(let body):
                // Statements leave the stack as they found it, so a return value below stays put.
                for inner in body { try compile(inner, scopes: &scopes) }
            case .handlerCleanup(let name):
                if preservingTop { emit(.swap, 2) }
                emit(.popExcept)
                if let name { clearName(name) }
            case .with:
                if preservingTop { emit(.swap, 2) }
                emitWithExitCall()
            }
            index -= 1
        }
        blocks = savedBlocks
    }

    private func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], scopes: inout ScopeQueue) throws(SyntaxError) {
        let base = depth
        let handlerLabel = newLabel()
        let end = newLabel()
        try protected(by: handlerLabel) { () throws(SyntaxError) in
            for inner in body { try compile(inner, scopes: &scopes) }
        }
        for inner in orElse { try compile(inner, scopes: &scopes) }
        emitJump(.jump, to: end)

        // Entered with the exception pushed; below it goes the previously handled exception.
        place(handlerLabel)
        depth = base + 1
        let cleanup = newLabel()
        emit(.pushExceptionInfo)
        try protected(by: cleanup, handlerDepth: base + 1) { () throws(SyntaxError) in
            for handler in handlers {
                setLine(handler.line)
                depth = base + 2
                let next = newLabel()
                if let type = handler.type {
                    try compile(type, scopes: &scopes)
                    emit(.checkExceptionMatch)
                    emitJump(.popJumpIfFalse, to: next)
                }
                if let name = handler.name {
                    store(name)
                    // `except E as e` deletes `e` when the handler ends, however it ends.
                    let nameCleanup = newLabel()
                    blocks.append(.handlerCleanup(name: name))
                    try protected(by: nameCleanup) { () throws(SyntaxError) in
                        for inner in handler.body { try compile(inner, scopes: &scopes) }
                    }
                    blocks.removeLast()
                    emit(.popExcept)
                    clearName(name)
                    emitJump(.jump, to: end)
                    place(nameCleanup)
                    depth = base + 2
                    clearName(name)
                    emit(.reraise)
                } else {
                    emit(.popTop)
                    blocks.append(.handlerCleanup(name: nil))
                    for inner in handler.body { try compile(inner, scopes: &scopes) }
                    blocks.removeLast()
                    emit(.popExcept)
                    emitJump(.jump, to: end)
                }
                place(next)
            }
            depth = base + 2
            emit(.reraise)
        }
        place(cleanup)
        depth = base + 2
        emit(.popExceptAndReraise)
        place(end)
        depth = base
    }

    private func clearName(_ name: String) {
        loadConstant(.none)
        store(name)
        delete(name)
    }

    /// `try … finally`: the body (given as a closure) is protected; on the normal path the finally
    /// body runs inline, on the exceptional path it runs and the exception is re-raised.
    private func compileTryFinally(_ finally: [Stmt], scopes: inout ScopeQueue, body: (CodeGenerator, inout ScopeQueue) throws(SyntaxError) -> Void) throws(SyntaxError) {
        let base = depth
        let handlerLabel = newLabel()
        let end = newLabel()
        blocks.append(.tryFinally(finally))
        try protected(by: handlerLabel) { () throws(SyntaxError) in
            try body(self, &scopes)
        }
        blocks.removeLast()
        for inner in finally { try compile(inner, scopes: &scopes) }
        emitJump(.jump, to: end)

        place(handlerLabel)
        depth = base + 1
        let cleanup = newLabel()
        emit(.pushExceptionInfo)
        try protected(by: cleanup, handlerDepth: base + 1) { () throws(SyntaxError) in
            blocks.append(.handlerCleanup(name: nil))
            for inner in finally { try compile(inner, scopes: &scopes) }
            blocks.removeLast()
            emit(.reraise)
        }
        place(cleanup)
        depth = base + 2
        emit(.popExceptAndReraise)
        place(end)
        depth = base
    }

    private func compileWith(_ items: ArraySlice<WithItem>, body: [Stmt], scopes: inout ScopeQueue) throws(SyntaxError) {
        guard let item = items.first else {
            for inner in body { try compile(inner, scopes: &scopes) }
            return
        }
        try compile(item.context, scopes: &scopes)
        emit(.beforeWith)
        // Stack: exit method, enter result; the handler unwinds to just the exit method.
        let base = depth - 1
        let handlerLabel = newLabel()
        let end = newLabel()
        depth = base
        try protected(by: handlerLabel) { () throws(SyntaxError) in
            depth = base + 1
            if let target = item.target { try assign(to: target, scopes: &scopes) } else { emit(.popTop) }
            blocks.append(.with)
            try compileWith(items.dropFirst(), body: body, scopes: &scopes)
            blocks.removeLast()
        }
        emitWithExitCall()
        emitJump(.jump, to: end)

        // Stack: exit method, exception.
        place(handlerLabel)
        depth = base + 1
        let cleanup = newLabel()
        emit(.pushExceptionInfo)
        try protected(by: cleanup, handlerDepth: base + 1) { () throws(SyntaxError) in
            let suppressed = newLabel()
            emit(.withExceptStart)
            emitJump(.popJumpIfTrue, to: suppressed)
            emit(.reraise)
            place(suppressed)
            depth = base + 2
            emit(.popTop)
            emit(.popExcept)
            emit(.popTop)
        }
        emitJump(.jump, to: end)
        place(cleanup)
        depth = base + 2
        emit(.popExceptAndReraise)
        place(end)
        depth = base - 1
    }

    /// Leaving a `with` block normally: `exit(None, None, None)`, result discarded.
    private func emitWithExitCall() {
        for _ in 0..<3 { loadConstant(.none) }
        emit(.call, 3)
        emit(.popTop)
    }

    private func compileAugmentedAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr, scopes: inout ScopeQueue) throws(SyntaxError) {
        let operation = Int(Self.binaryOperation(op).rawValue) | Int(BinaryOperation.inPlaceFlag)
        switch target.kind {
        case .name(let name):
            load(name)
            try compile(value, scopes: &scopes)
            emit(.binaryOp, operation)
            store(name)
        case .attribute(let object, let attribute):
            try compile(object, scopes: &scopes)
            emit(.copy, 1)
            emit(.loadAttr, nameArgument(attribute))
            try compile(value, scopes: &scopes)
            emit(.binaryOp, operation)
            emit(.swap, 2)
            emit(.storeAttr, nameArgument(attribute))
        case .subscript(let object, let index):
            try compile(object, scopes: &scopes)
            try compile(index, scopes: &scopes)
            emit(.copy, 2)
            emit(.copy, 2)
            emit(.binarySubscript)
            try compile(value, scopes: &scopes)
            emit(.binaryOp, operation)
            emit(.swap, 3)
            emit(.swap, 2)
            emit(.storeSubscript)
        default:
            throw error("'\(Self.describe(target))' is an illegal expression for augmented assignment", line: target.line, column: target.column)
        }
    }

    /// Stores the value on top of the stack into `target`.
    func assign(to target: Expr, scopes: inout ScopeQueue) throws(SyntaxError) {
        switch target.kind {
        case .name(let name):
            store(name)
        case .attribute(let object, let attribute):
            try compile(object, scopes: &scopes)
            emit(.storeAttr, nameArgument(attribute))
        case .subscript(let object, let index):
            try compile(object, scopes: &scopes)
            try compile(index, scopes: &scopes)
            emit(.storeSubscript)
        case .tuple(let elements), .list(let elements):
            let starred = elements.indices.filter { if case .starred = elements[$0].kind { true } else { false } }
            if starred.count > 1 {
                throw error("multiple starred expressions in assignment", line: target.line, column: target.column)
            }
            if let star = starred.first {
                emit(.unpackStarred, star | (elements.count - star - 1) << 8)
            } else {
                emit(.unpackSequence, elements.count)
            }
            for element in elements {
                if case .starred(let inner) = element.kind {
                    try assign(to: inner, scopes: &scopes)
                } else {
                    try assign(to: element, scopes: &scopes)
                }
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", line: target.line, column: target.column)
        default:
            throw error("cannot assign to \(Self.describe(target))", line: target.line, column: target.column)
        }
    }

    private func deleteTarget(_ target: Expr, scopes: inout ScopeQueue) throws(SyntaxError) {
        switch target.kind {
        case .name(let name):
            delete(name)
        case .attribute(let object, let attribute):
            try compile(object, scopes: &scopes)
            emit(.deleteAttr, nameArgument(attribute))
        case .subscript(let object, let index):
            try compile(object, scopes: &scopes)
            try compile(index, scopes: &scopes)
            emit(.deleteSubscript)
        case .tuple(let elements), .list(let elements):
            for element in elements { try deleteTarget(element, scopes: &scopes) }
        default:
            throw error("cannot delete \(Self.describe(target))", line: target.line, column: target.column)
        }
    }

    static func describe(_ expression: Expr) -> String {
        switch expression.kind {
        case .call: "function call"
        case .constant(let constant):
            switch constant {
            case .none: "None"
            case .bool(let flag): flag ? "True" : "False"
            case .ellipsis: "ellipsis"
            default: "literal"
            }
        case .binary, .unary: "expression"
        case .boolean: "expression"
        case .compare: "comparison"
        case .lambda: "lambda"
        case .conditional: "conditional expression"
        case .joinedString: "f-string expression"
        case .dict: "dict literal"
        case .set: "set display"
        case .listComprehension: "list comprehension"
        case .setComprehension: "set comprehension"
        case .dictComprehension: "dict comprehension"
        case .generatorExpression: "generator expression"
        case .yield, .yieldFrom: "yield expression"
        case .await: "await expression"
        case .named: "named expression"
        case .tuple: "tuple"
        case .list: "list"
        default: "expression"
        }
    }

    // MARK: definitions

    private func compileFunctionDefinition(_ definition: FunctionDefinition, line: Int, scopes: inout ScopeQueue) throws(SyntaxError) {
        for decorator in definition.decorators { try compile(decorator, scopes: &scopes) }
        setLine(line)
        try compileFunction(name: definition.name, arguments: definition.arguments, line: line, docstring: Self.docstring(of: definition.body), scopes: &scopes) { (generator: CodeGenerator, scopes: inout ScopeQueue) throws(SyntaxError) in
            try generator.compileBody(definition.body, scopes: &scopes, isModule: false)
        }
        for _ in definition.decorators { emit(.call, 1) }
        store(definition.name)
    }

    /// Pushes a new function object: defaults, keyword defaults, closure, then `makeFunction`.
    /// The docstring of a function or class body: a string literal as its first statement.
    static func docstring(of body: [Stmt]) -> String? {
        guard case .expression(let first)? = body.first?.kind, case .constant(.string(let text)) = first.kind else { return nil }
        return text
    }

    func compileFunction(name: String, arguments: Arguments, line: Int, docstring: String? = nil, scopes: inout ScopeQueue, body: (CodeGenerator, inout ScopeQueue) throws(SyntaxError) -> Void) throws(SyntaxError) {
        var flags = 0
        if !arguments.defaults.isEmpty {
            for value in arguments.defaults { try compile(value, scopes: &scopes) }
            emit(.buildTuple, arguments.defaults.count)
            flags |= 1
        }
        let keywordDefaults = zip(arguments.keywordOnly, arguments.keywordDefaults).compactMap { parameter, value in value.map { (parameter.name, $0) } }
        if !keywordDefaults.isEmpty {
            for (parameterName, value) in keywordDefaults {
                loadConstant(.string(parameterName))
                try compile(value, scopes: &scopes)
            }
            emit(.buildMap, keywordDefaults.count)
            flags |= 2
        }
        let childScope = scopes.next()
        let child = CodeGenerator(vm: vm, scope: childScope, filename: filename, name: name, qualifiedName: qualifiedName(for: name), firstLine: line, table: table)
        try body(child, &scopes)
        let code = child.finish(arguments: arguments)
        if let docstring { code.docstring = Value(vm.intern(docstring)) }
        if !code.freeNames.isEmpty {
            for free in code.freeNames { emitCellReference(free) }
            emit(.buildTuple, code.freeNames.count)
            flags |= 8
        }
        children.append(code)
        emit(.makeFunction, (children.count - 1) | flags << 16)
    }

    /// Pushes the cell object of `name` (own cell or free variable) for a child's closure.
    private func emitCellReference(_ name: String) {
        if let index = scope.cellNames.firstIndex(of: name) {
            emit(.loadCell, index)
        } else if let index = scope.freeNames.firstIndex(of: name) {
            emit(.loadCell, scope.cellNames.count + index)
        }
    }

    func qualifiedName(for childName: String) -> String {
        switch scope.kind {
        case .module: childName
        case .classBody: "\(qualifiedName).\(childName)"
        case .function, .comprehension: "\(qualifiedName).<locals>.\(childName)"
        }
    }

    private func compileClassDefinition(_ definition: ClassDefinition, line: Int, scopes: inout ScopeQueue) throws(SyntaxError) {
        for decorator in definition.decorators { try compile(decorator, scopes: &scopes) }
        setLine(line)
        emit(.loadBuildClass)
        try compileFunction(name: definition.name, arguments: Arguments(), line: line, scopes: &scopes) { (generator: CodeGenerator, scopes: inout ScopeQueue) throws(SyntaxError) in
            // As CPython: a class docstring becomes `__doc__` in the class namespace.
            if let docstring = Self.docstring(of: definition.body) {
                generator.loadConstant(.string(docstring))
                generator.store("__doc__")
            }
            try generator.compileBody(definition.body, scopes: &scopes, isModule: false)
        }
        loadConstant(.string(definition.name))
        try compileCall(arguments: definition.bases, keywords: definition.keywords, extraPositional: 2, scopes: &scopes)
        for _ in definition.decorators { emit(.call, 1) }
        store(definition.name)
    }
}
