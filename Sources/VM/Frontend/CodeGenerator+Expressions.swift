// Code generation for expressions: operators, calls, displays, comprehensions, f-strings, lambdas.

extension CodeGenerator {
    static func binaryOperation(_ op: BinaryOperator) -> BinaryOperation {
        switch op {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .matrixMultiply: .matrixMultiply
        case .trueDivide: .trueDivide
        case .floorDivide: .floorDivide
        case .modulo: .modulo
        case .power: .power
        case .leftShift: .leftShift
        case .rightShift: .rightShift
        case .bitOr: .bitOr
        case .bitXor: .bitXor
        case .bitAnd: .bitAnd
        }
    }

    /// Emits a jump to `target` when `test` is false, without materialising `not`, `and`, `or`.
    func compileCondition(_ test: Expr, jumpIfFalseTo target: Label, scopes: inout ScopeQueue) throws(SyntaxError) {
        switch test.kind {
        case .unary(.not, let operand):
            let skip = newLabel()
            try compileCondition(operand, jumpIfFalseTo: skip, scopes: &scopes)
            emitJump(.jump, to: target)
            place(skip)
        case .boolean(.and, let operands):
            for operand in operands { try compileCondition(operand, jumpIfFalseTo: target, scopes: &scopes) }
        default:
            try compile(test, scopes: &scopes)
            emitJump(.popJumpIfFalse, to: target)
        }
    }

    func compile(_ expression: Expr, scopes: inout ScopeQueue) throws(SyntaxError) {
        let savedLine = line
        setLine(expression.line)
        defer { setLine(savedLine) }
        switch expression.kind {
        case .name(let name):
            load(name)
        case .constant(let value):
            loadConstant(value)
        case .joinedString(let parts):
            for part in parts { try compileStringPart(part, scopes: &scopes) }
            if parts.count != 1 { emit(.buildString, parts.count) }
            if parts.isEmpty { loadConstant(.string("")) ; emit(.popTop) }
        case .formattedValue:
            try compileStringPart(expression, scopes: &scopes)
        case .unary(let op, let operand):
            if case .minus = op, case .constant(let constant) = operand.kind, let folded = Self.negated(constant) {
                loadConstant(folded)
                return
            }
            try compile(operand, scopes: &scopes)
            switch op {
            case .minus: emit(.unaryNegative)
            case .plus: emit(.unaryPositive)
            case .not: emit(.unaryNot)
            case .invert: emit(.unaryInvert)
            }
        case .binary(let left, let op, let right):
            try compile(left, scopes: &scopes)
            try compile(right, scopes: &scopes)
            setLine(expression.line)
            emit(.binaryOp, Int(Self.binaryOperation(op).rawValue))
        case .boolean(let op, let operands):
            let end = newLabel()
            for (position, operand) in operands.enumerated() {
                try compile(operand, scopes: &scopes)
                if position < operands.count - 1 {
                    emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, to: end)
                }
            }
            place(end)
        case .compare(let first, let rest):
            try compileComparison(first, rest, scopes: &scopes)
        case .call(let function, let arguments, let keywords):
            if case .attribute(let object, let method) = function.kind, !arguments.contains(where: Self.isStarred), !keywords.contains(where: { $0.name == nil }) {
                try compile(object, scopes: &scopes)
                setLine(function.endLine)
                emit(.loadMethod, nameArgument(method))
                for argument in arguments { try compile(argument, scopes: &scopes) }
                for keyword in keywords { try compile(keyword.value, scopes: &scopes) }
                setLine(expression.line)
                if keywords.isEmpty {
                    emit(.callMethod, arguments.count)
                } else {
                    emitKeywordNames(keywords)
                    emit(.callKeywords, (arguments.count + keywords.count) | 1 << 16)
                }
            } else {
                try compile(function, scopes: &scopes)
                try compileCall(arguments: arguments, keywords: keywords, extraPositional: 0, scopes: &scopes)
            }
        case .attribute(let object, let attribute):
            try compile(object, scopes: &scopes)
            emit(.loadAttr, nameArgument(attribute))
        case .subscript(let object, let index):
            try compile(object, scopes: &scopes)
            try compile(index, scopes: &scopes)
            setLine(expression.line)
            emit(.binarySubscript)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper] {
                if let part { try compile(part, scopes: &scopes) } else { loadConstant(.none) }
            }
            if let step {
                try compile(step, scopes: &scopes)
                emit(.buildSlice, 3)
            } else {
                emit(.buildSlice, 2)
            }
        case .starred:
            throw error("can't use starred expression here", line: expression.line, column: expression.column)
        case .list(let elements):
            try compileSequenceDisplay(elements, build: .buildList, scopes: &scopes)
        case .tuple(let elements):
            if let folded = constantTuple(elements) {
                emit(.loadConst, folded)
                return
            }
            try compileSequenceDisplay(elements, build: .buildTuple, scopes: &scopes)
        case .set(let elements):
            if let folded = constantFrozenSet(elements) {
                emit(.buildSet, 0)
                emit(.loadConst, folded)
                emit(.setUpdate, 1)
                return
            }
            try compileSequenceDisplay(elements, build: .buildSet, scopes: &scopes)
        case .dict(let keys, let values):
            try compileDictDisplay(keys, values, scopes: &scopes)
        case .conditional(let test, let body, let orElse):
            let elseLabel = newLabel()
            let end = newLabel()
            try compileCondition(test, jumpIfFalseTo: elseLabel, scopes: &scopes)
            try compile(body, scopes: &scopes)
            emitJump(.jump, to: end)
            place(elseLabel)
            depth -= 1
            try compile(orElse, scopes: &scopes)
            place(end)
        case .lambda(let arguments, let body):
            try compileFunction(name: "<lambda>", arguments: arguments, line: expression.line, scopes: &scopes) { (generator: CodeGenerator, scopes: inout ScopeQueue) throws(SyntaxError) in
                if generator.scope.isGenerator { generator.emit(.returnGenerator) }
                try generator.compile(body, scopes: &scopes)
                generator.emit(.returnValue)
            }
        case .listComprehension(let element, let generators):
            try compileComprehension(name: "<listcomp>", generators: generators, line: expression.line, scopes: &scopes, build: .buildList) { (generator: CodeGenerator, scopes: inout ScopeQueue, containerDepth: Int) throws(SyntaxError) in
                try generator.compile(element, scopes: &scopes)
                generator.emit(.listAppend, containerDepth)
            }
        case .setComprehension(let element, let generators):
            try compileComprehension(name: "<setcomp>", generators: generators, line: expression.line, scopes: &scopes, build: .buildSet) { (generator: CodeGenerator, scopes: inout ScopeQueue, containerDepth: Int) throws(SyntaxError) in
                try generator.compile(element, scopes: &scopes)
                generator.emit(.setAdd, containerDepth)
            }
        case .dictComprehension(let key, let value, let generators):
            try compileComprehension(name: "<dictcomp>", generators: generators, line: expression.line, scopes: &scopes, build: .buildMap) { (generator: CodeGenerator, scopes: inout ScopeQueue, containerDepth: Int) throws(SyntaxError) in
                try generator.compile(key, scopes: &scopes)
                try generator.compile(value, scopes: &scopes)
                generator.emit(.mapAdd, containerDepth)
            }
        case .generatorExpression(let element, let generators):
            try compileComprehension(name: "<genexpr>", generators: generators, line: expression.line, scopes: &scopes, build: nil) { (generator: CodeGenerator, scopes: inout ScopeQueue, _: Int) throws(SyntaxError) in
                try generator.compile(element, scopes: &scopes)
                generator.emit(.yieldValue)
                generator.emit(.popTop)
            }
        case .yield(let value):
            if let value { try compile(value, scopes: &scopes) } else { loadConstant(.none) }
            emit(.yieldValue)
        case .yieldFrom(let value):
            try compile(value, scopes: &scopes)
            emit(.getYieldFromIterator)
            emitDelegationLoop()
        case .await(let value):
            try compile(value, scopes: &scopes)
            emit(.getAwaitable)
            emitDelegationLoop()
        case .named(let target, let value):
            try compile(value, scopes: &scopes)
            emit(.copy, 1)
            try assign(to: target, scopes: &scopes)
        }
    }

    static func isStarred(_ expression: Expr) -> Bool {
        if case .starred = expression.kind { return true }
        return false
    }

    private static func negated(_ constant: Constant) -> Constant? {
        switch constant {
        case .int(let value): .int(-value)
        case .float(let value): .float(-value)
        default: nil
        }
    }

    /// Index of a constant tuple when every element folds to a constant.
    private func constantTuple(_ elements: [Expr]) -> Int? {
        guard let (values, keys) = foldedConstants(elements) else { return nil }
        return constant(vm.permanent(PyTuple(type: vm.tupleType, values)), key: .tuple(keys))
    }

    /// Index of a frozenset constant for a set display of three or more constants: CPython 3.11
    /// compiles such a display to `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`, and merging the
    /// frozenset's table is what decides the new set's iteration order. Its compiler builds the
    /// frozenset from the elements in source order, then (merging constants) builds it again from
    /// the first one's iteration order; both steps shape the table. An equal display compiled
    /// earlier lends its constant, layout included.
    private func constantFrozenSet(_ elements: [Expr]) -> Int? {
        guard elements.count > 2, let (values, keys) = foldedConstants(elements) else { return nil }
        let sourceOrdered = PySet(type: vm.frozensetType)
        let merged = PySet(type: vm.frozensetType)
        do throws(PyError) {
            for value in values { try vm.setAdd(sourceOrdered, value) }
            for value in sourceOrdered.elements { try vm.setAdd(merged, value) }
        } catch {
            // Constants always hash; should one ever fail, the display is built at run time instead.
            return nil
        }
        return constant(vm.permanent(merged), key: .frozenSet(Set(keys)))
    }

    /// The values of expressions that CPython's AST optimizer folds into constants: literals,
    /// negated numbers and tuples of those; nil when any element is not one.
    private func foldedConstants(_ elements: [Expr]) -> (values: [Value], keys: [ConstantKey])? {
        var values: [Value] = []
        var keys: [ConstantKey] = []
        for element in elements {
            let folded: (Value, ConstantKey)
            switch element.kind {
            case .constant(let constant):
                folded = makeConstant(constant)
            case .unary(.minus, let operand):
                guard case .constant(let constant) = operand.kind, let negative = Self.negated(constant) else { return nil }
                folded = makeConstant(negative)
            case .tuple(let items):
                guard let (itemValues, itemKeys) = foldedConstants(items) else { return nil }
                folded = (vm.permanent(PyTuple(type: vm.tupleType, itemValues)), .tuple(itemKeys))
            default:
                return nil
            }
            values.append(folded.0)
            keys.append(folded.1)
        }
        return (values, keys)
    }

    private func compileStringPart(_ part: Expr, scopes: inout ScopeQueue) throws(SyntaxError) {
        guard case .formattedValue(let value, let conversion, let spec) = part.kind else {
            try compile(part, scopes: &scopes)
            return
        }
        try compile(value, scopes: &scopes)
        var flags = 0
        switch conversion {
        case "s": flags = 1
        case "r": flags = 2
        case "a": flags = 3
        default: break
        }
        if let spec {
            try compile(spec, scopes: &scopes)
            flags |= 4
        }
        emit(.formatValue, flags)
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison.
    private func compileComparison(_ first: Expr, _ rest: [(CompareOperator, Expr)], scopes: inout ScopeQueue) throws(SyntaxError) {
        try compile(first, scopes: &scopes)
        if rest.count == 1 {
            try compile(rest[0].1, scopes: &scopes)
            emitComparison(rest[0].0)
            return
        }
        let cleanup = newLabel()
        let end = newLabel()
        for (position, (op, operand)) in rest.enumerated() {
            try compile(operand, scopes: &scopes)
            if position < rest.count - 1 {
                emit(.swap, 2)
                emit(.copy, 2)
                emitComparison(op)
                emitJump(.jumpIfFalseOrPop, to: cleanup)
            } else {
                emitComparison(op)
            }
        }
        emitJump(.jump, to: end)
        place(cleanup)
        depth += 1
        emit(.swap, 2)
        emit(.popTop)
        place(end)
    }

    private func emitComparison(_ op: CompareOperator) {
        switch op {
        case .equal: emit(.compareOp, Int(ComparisonOperation.equal.rawValue))
        case .notEqual: emit(.compareOp, Int(ComparisonOperation.notEqual.rawValue))
        case .less: emit(.compareOp, Int(ComparisonOperation.less.rawValue))
        case .lessEqual: emit(.compareOp, Int(ComparisonOperation.lessEqual.rawValue))
        case .greater: emit(.compareOp, Int(ComparisonOperation.greater.rawValue))
        case .greaterEqual: emit(.compareOp, Int(ComparisonOperation.greaterEqual.rawValue))
        case .is: emit(.isOp, 0)
        case .isNot: emit(.isOp, 1)
        case .in: emit(.containsOp, 0)
        case .notIn: emit(.containsOp, 1)
        }
    }

    private func emitKeywordNames(_ keywords: [Keyword]) {
        let names = keywords.map { $0.name! }
        let tuple = vm.permanent(PyTuple(type: vm.tupleType, names.map { Value(vm.intern($0)) }))
        emit(.loadConst, constant(tuple, key: .tuple(names.map { .string(ExactText($0)) })))
    }

    /// Compiles the arguments of a call whose callable (and `extraPositional` leading arguments)
    /// are already on the stack, then the call.
    func compileCall(arguments: [Expr], keywords: [Keyword], extraPositional: Int, scopes: inout ScopeQueue) throws(SyntaxError) {
        let callLine = line
        if !arguments.contains(where: Self.isStarred) && !keywords.contains(where: { $0.name == nil }) {
            for argument in arguments { try compile(argument, scopes: &scopes) }
            for keyword in keywords { try compile(keyword.value, scopes: &scopes) }
            setLine(callLine)
            if keywords.isEmpty {
                emit(.call, arguments.count + extraPositional)
            } else {
                emitKeywordNames(keywords)
                emit(.callKeywords, arguments.count + extraPositional + keywords.count)
            }
            return
        }
        // General form: build a positional tuple and a keyword dict.
        emit(.buildList, extraPositional)
        for argument in arguments {
            if case .starred(let inner) = argument.kind {
                try compile(inner, scopes: &scopes)
                emit(.listExtend, 1)
            } else {
                try compile(argument, scopes: &scopes)
                emit(.listAppend, 1)
            }
        }
        emit(.listToTuple)
        if keywords.isEmpty {
            setLine(callLine)
            emit(.callUnpacked, 0)
            return
        }
        emit(.buildMap, 0)
        for keyword in keywords {
            if let name = keyword.name {
                loadConstant(.string(name))
                try compile(keyword.value, scopes: &scopes)
                emit(.buildMap, 1)
                emit(.dictMerge, 1)
            } else {
                try compile(keyword.value, scopes: &scopes)
                emit(.dictMerge, 1)
            }
        }
        setLine(callLine)
        emit(.callUnpacked, 1)
    }

    private func compileSequenceDisplay(_ elements: [Expr], build: Opcode, scopes: inout ScopeQueue) throws(SyntaxError) {
        if !elements.contains(where: Self.isStarred) {
            for element in elements { try compile(element, scopes: &scopes) }
            emit(build, elements.count)
            return
        }
        if build == .buildSet {
            emit(.buildSet, 0)
        } else {
            emit(.buildList, 0)
        }
        for element in elements {
            if case .starred(let inner) = element.kind {
                try compile(inner, scopes: &scopes)
                emit(build == .buildSet ? .setUpdate : .listExtend, 1)
            } else {
                try compile(element, scopes: &scopes)
                emit(build == .buildSet ? .setAdd : .listAppend, 1)
            }
        }
        if build == .buildTuple { emit(.listToTuple) }
    }

    private func compileDictDisplay(_ keys: [Expr?], _ values: [Expr], scopes: inout ScopeQueue) throws(SyntaxError) {
        if !keys.contains(where: { $0 == nil }) {
            for (key, value) in zip(keys, values) {
                try compile(key!, scopes: &scopes)
                try compile(value, scopes: &scopes)
            }
            emit(.buildMap, keys.count)
            return
        }
        emit(.buildMap, 0)
        for (key, value) in zip(keys, values) {
            if let key {
                try compile(key, scopes: &scopes)
                try compile(value, scopes: &scopes)
                emit(.mapAdd, 1)
            } else {
                try compile(value, scopes: &scopes)
                emit(.dictUpdate, 1)
            }
        }
    }

    /// `yield from` and `await`: sends into the iterator on the stack and yields what it yields
    /// until it is exhausted; its return value is left on the stack.
    private func emitDelegationLoop() {
        loadConstant(.none)
        let loop = newLabel()
        let end = newLabel()
        place(loop)
        emitJump(.send, to: end)
        emit(.yieldValue)
        emitJump(.jumpBackward, to: loop)
        place(end)
        depth -= 1
    }

    /// Comprehensions run as a nested function taking the first iterable's iterator (CPython 3.11).
    private func compileComprehension(name: String, generators: [Comprehension], line: Int, scopes: inout ScopeQueue, build: Opcode?, element: (CodeGenerator, inout ScopeQueue, Int) throws(SyntaxError) -> Void) throws(SyntaxError) {
        try compile(generators[0].iterable, scopes: &scopes)
        emit(.getIter)
        let childScope = scopes.next()
        let child = CodeGenerator(vm: vm, scope: childScope, filename: filename, name: name, qualifiedName: qualifiedName(for: name), firstLine: line, table: table)
        if childScope.isGenerator { child.emit(.returnGenerator) }
        if let build { child.emit(build, 0) }
        try child.compileGenerators(generators[...], containerDepth: build == nil ? 0 : 1, isFirst: true, scopes: &scopes, element: element)
        if build == nil { child.loadConstant(.none) }
        child.emit(.returnValue)
        var arguments = Arguments()
        arguments.positional = [Parameter(name: ".0", annotation: nil, line: line, column: 0)]
        let code = child.finish(arguments: arguments)
        var flags = 0
        if !code.freeNames.isEmpty {
            for free in code.freeNames {
                if let index = scope.cellNames.firstIndex(of: free) {
                    emit(.loadCell, index)
                } else if let index = scope.freeNames.firstIndex(of: free) {
                    emit(.loadCell, scope.cellNames.count + index)
                }
            }
            emit(.buildTuple, code.freeNames.count)
            flags |= 8
        }
        children.append(code)
        emit(.makeFunction, (children.count - 1) | flags << 16)
        emit(.swap, 2)
        emit(.call, 1)
    }

    private func compileGenerators(_ generators: ArraySlice<Comprehension>, containerDepth: Int, isFirst: Bool, scopes: inout ScopeQueue, element: (CodeGenerator, inout ScopeQueue, Int) throws(SyntaxError) -> Void) throws(SyntaxError) {
        guard let generator = generators.first else {
            try element(self, &scopes, containerDepth)
            return
        }
        if isFirst {
            emit(.loadFast, 0)
        } else {
            try compile(generator.iterable, scopes: &scopes)
            emit(.getIter)
        }
        let start = newLabel()
        let exit = newLabel()
        place(start)
        emitJump(.forIter, to: exit)
        try assign(to: generator.target, scopes: &scopes)
        for condition in generator.conditions {
            try compileCondition(condition, jumpIfFalseTo: start, scopes: &scopes)
        }
        // Each nested loop keeps its iterator on the stack, one deeper for the container.
        try compileGenerators(generators.dropFirst(), containerDepth: containerDepth + 1, isFirst: false, scopes: &scopes, element: element)
        emitJump(.jumpBackward, to: start)
        place(exit)
        depth -= 1
    }
}
