// Compiles an AST into code objects: bytecode, line table, constants and the exception table.

import BigInt

public struct Compiler {
    /// Compiles a parsed module. Constants are allocated on `vm`'s heap as permanent objects.
    public static func compile(_ module: Module, filename: String, source: String, vm: VM) throws(SyntaxError) -> CodeObject {
        let table = try SymbolTableBuilder.build(module, filename: filename, source: source)
        var scopeQueue = ScopeQueue(table.scopes)
        let generator = CodeGenerator(vm: vm, scope: scopeQueue.next(), filename: filename, name: "<module>", qualifiedName: "<module>", firstLine: 1, table: table)
        try generator.compileBody(module.body, scopes: &scopeQueue, isModule: true)
        return generator.finish(arguments: nil)
    }

    /// Compiles source text as a module.
    public static func compile(source: String, filename: String, vm: VM) throws(SyntaxError) -> CodeObject {
        let module = try Parser.parseModule(source, filename: filename)
        return try compile(module, filename: filename, source: source, vm: vm)
    }
}

/// Hands out scopes in the order the symbol table created them, which is the order the code
/// generator meets the same definitions.
struct ScopeQueue {
    private var scopes: [Scope]
    private var position = 0

    init(_ scopes: [Scope]) { self.scopes = scopes }

    mutating func next() -> Scope {
        defer { position += 1 }
        return scopes[position]
    }
}

/// A jump target, resolved once its position is known.
struct Label: Hashable { let id: Int }

/// What a `break`, `continue` or `return` must undo on its way out of a block.
enum FrameBlock {
    case loop(start: Label, exit: Label, hasIterator: Bool)
    /// Inside `try` with a `finally`: the finally body runs on the way out.
    case tryFinally([Stmt])
    /// Inside an except or finally body: the saved exception is restored on the way out.
    case handlerCleanup(name: String?)
    /// Inside `with`: the exit method is called on the way out.
    case with
}

final class CodeGenerator {
    let vm: VM
    let scope: Scope
    let filename: String
    let name: String
    let qualifiedName: String
    let firstLine: Int
    let table: SymbolTableBuilder

    var instructions: [UInt32] = []
    var lines: [Int32] = []
    var handlerIndex: [Int32] = []
    var constants: [Value] = []
    var constantKeys: [ConstantKey: Int] = [:]
    var names: [PyStr] = []
    var nameIndex: [String: Int] = [:]
    var children: [CodeObject] = []
    var handlers: [CodeObject.ExceptionHandler] = []
    var currentHandler: Int32 = -1
    var labelPositions: [Int] = []
    var pendingJumps: [(instruction: Int, label: Label)] = []
    var blocks: [FrameBlock] = []
    var line = 1
    var depth = 0
    var maximumDepth = 0

    init(vm: VM, scope: Scope, filename: String, name: String, qualifiedName: String, firstLine: Int, table: SymbolTableBuilder) {
        self.vm = vm
        self.scope = scope
        self.filename = filename
        self.name = name
        self.qualifiedName = qualifiedName
        self.firstLine = firstLine
        self.table = table
        self.line = firstLine
    }

    // MARK: emitting

    func newLabel() -> Label {
        labelPositions.append(-1)
        return Label(id: labelPositions.count - 1)
    }

    func place(_ label: Label) { labelPositions[label.id] = instructions.count }

    func emit(_ opcode: Opcode, _ argument: Int = 0) {
        precondition(argument >= 0 && argument < 1 << 24, "instruction argument out of range")
        instructions.append(encodeInstruction(opcode, argument))
        lines.append(Int32(line))
        handlerIndex.append(currentHandler)
        depth += stackEffect(opcode, argument)
        maximumDepth = max(maximumDepth, depth)
    }

    func emitJump(_ opcode: Opcode, to label: Label) {
        pendingJumps.append((instructions.count, label))
        emit(opcode, 0)
    }

    /// Approximate effect on the stack depth, used only to size frames (with slack added).
    private func stackEffect(_ opcode: Opcode, _ argument: Int) -> Int {
        switch opcode {
        case .loadConst, .loadFast, .loadDeref, .loadCell, .loadGlobal, .loadName, .copy, .loadBuildClass, .loadAssertionError: 1
        case .storeFast, .storeDeref, .storeGlobal, .storeName, .popTop, .popJumpIfFalse, .popJumpIfTrue, .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge, .importStar, .popExcept: -1
        case .storeAttr, .mapAdd: -2
        case .storeSubscript: -3
        case .deleteSubscript: -2
        case .deleteAttr: -1
        case .loadMethod, .pushExceptionInfo, .importFrom, .forIter: 1
        case .binaryOp, .compareOp, .isOp, .containsOp, .binarySubscript, .importName, .popExceptAndReraise: -1
        case .buildSlice: 1 - argument
        case .buildList, .buildTuple, .buildSet, .buildString: 1 - argument
        case .buildMap: 1 - 2 * argument
        case .formatValue: argument & 4 != 0 ? -1 : 0
        case .call: -argument
        case .callMethod: -argument - 1
        case .callKeywords: -(argument & 0xFFFF) - 1 - (argument >> 16)
        case .callUnpacked: -1 - argument
        case .makeFunction: 1 - ((argument >> 16) & 1) - ((argument >> 17) & 1) - ((argument >> 19) & 1)
        case .returnValue, .reraise: -1
        case .raise: -argument
        case .unpackSequence: argument - 1
        case .unpackStarred: (argument & 0xFF) + (argument >> 8)
        case .beforeWith, .withExceptStart: 1
        case .send: 0
        default: 0
        }
    }

    func constant(_ value: Value, key: ConstantKey) -> Int {
        if let index = constantKeys[key] { return index }
        constants.append(value)
        constantKeys[key] = constants.count - 1
        return constants.count - 1
    }

    func loadConstant(_ constant: Constant) {
        let (value, key) = makeConstant(constant)
        emit(.loadConst, self.constant(value, key: key))
    }

    func makeConstant(_ constant: Constant) -> (Value, ConstantKey) {
        switch constant {
        case .none: return (.none, .none)
        case .bool(let flag): return (Value(flag), .bool(flag))
        case .int(let integer): return (vm.permanentInt(integer), .int(integer))
        case .float(let double): return (Value(double), .float(double.bitPattern))
        case .imaginary(let double): return (Value(double), .float(double.bitPattern))
        case .string(let text): return (Value(vm.intern(text)), .string(ExactText(text)))
        case .bytes(let bytes): return (vm.permanent(PyBytes(type: vm.bytesType, bytes)), .bytes(bytes))
        case .ellipsis: return (vm.ellipsis, .ellipsis)
        }
    }

    func nameArgument(_ text: String) -> Int {
        if let index = nameIndex[text] { return index }
        names.append(vm.intern(text))
        nameIndex[text] = names.count - 1
        return names.count - 1
    }

    func error(_ message: String, line: Int, column: Int) -> SyntaxError {
        table.error(message, line: line, column: column)
    }

    /// Runs `body` with exceptions raised inside it routed to `handler`, which is entered with the
    /// stack cut to `handlerDepth` (the current depth by default) and the exception pushed.
    func protected(by handler: Label, handlerDepth: Int? = nil, body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        let saved = currentHandler
        handlers.append(CodeObject.ExceptionHandler(target: handler.id, depth: handlerDepth ?? depth))
        currentHandler = Int32(handlers.count - 1)
        try body()
        currentHandler = saved
    }

    func finish(arguments: Arguments?) -> CodeObject {
        for (instruction, label) in pendingJumps {
            let target = labelPositions[label.id]
            precondition(target >= 0, "jump to an unplaced label")
            instructions[instruction] = (instructions[instruction] & 0xFF) | UInt32(target) << 8
        }
        let resolvedHandlers = handlers.map { CodeObject.ExceptionHandler(target: labelPositions[$0.target], depth: $0.depth) }
        var flags: CodeObject.Flags = []
        if arguments?.varArgs != nil { flags.insert(.varArgs) }
        if arguments?.varKeywords != nil { flags.insert(.varKeywords) }
        if scope.isGenerator { flags.insert(.generator) }
        if scope.isCoroutine { flags.insert(.coroutine) }
        if scope.kind == .module || scope.kind == .classBody { flags.insert(.usesNameLookup) }
        let positionalCount = (arguments?.positionalOnly.count ?? 0) + (arguments?.positional.count ?? 0)
        let parameterCells = scope.cellNames.enumerated().compactMap { cell, name -> (cell: Int, local: Int)? in
            guard let local = scope.parameters.firstIndex(of: name) else { return nil }
            return (cell, local)
        }
        return CodeObject(
            name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine,
            instructions: instructions, lines: lines, constants: constants, names: names, children: children,
            localNames: scope.kind == .function || scope.kind == .comprehension ? scope.localNames : [],
            cellNames: scope.cellNames, freeNames: scope.freeNames,
            argumentCount: scope.kind == .comprehension ? 1 : positionalCount,
            positionalOnlyCount: arguments?.positionalOnly.count ?? 0,
            keywordOnlyCount: arguments?.keywordOnly.count ?? 0,
            flags: flags, parameterCells: parameterCells, handlers: resolvedHandlers, handlerIndex: handlerIndex,
            maximumStackDepth: maximumDepth + 8)
    }

    // MARK: bodies

    func compileBody(_ body: [Stmt], scopes: inout ScopeQueue, isModule: Bool) throws(SyntaxError) {
        if scope.isGenerator || scope.isCoroutine { emit(.returnGenerator) }
        if scope.kind == .classBody {
            // Class bodies record their module and qualified name first, as CPython's do.
            emit(.loadName, nameArgument("__name__"))
            emit(.storeName, nameArgument("__module__"))
            loadConstant(.string(qualifiedName))
            emit(.storeName, nameArgument("__qualname__"))
        }
        for statement in body { try compile(statement, scopes: &scopes) }
        if scope.kind == .classBody, scope.cellNames.contains("__class__") {
            emit(.loadCell, scope.cellNames.firstIndex(of: "__class__")!)
            emit(.storeName, nameArgument("__classcell__"))
        }
        if let last = body.last { line = last.endLine }
        loadConstant(.none)
        emit(.returnValue)
    }

    // MARK: names

    func load(_ name: String) {
        if scope.classReadsFree(name) {
            emit(.loadDeref, scope.cellNames.count + scope.freeNames.firstIndex(of: name)!)
            return
        }
        switch scope.access(name) {
        case .fast(let index): emit(.loadFast, index)
        case .deref(let index): emit(.loadDeref, index)
        case .global: emit(.loadGlobal, nameArgument(name))
        case .name: emit(.loadName, nameArgument(name))
        }
    }

    func store(_ name: String) {
        switch scope.access(name) {
        case .fast(let index): emit(.storeFast, index)
        case .deref(let index): emit(.storeDeref, index)
        case .global: emit(.storeGlobal, nameArgument(name))
        case .name: emit(.storeName, nameArgument(name))
        }
    }

    func delete(_ name: String) {
        switch scope.access(name) {
        case .fast(let index): emit(.deleteFast, index)
        case .deref(let index): emit(.deleteDeref, index)
        case .global: emit(.deleteGlobal, nameArgument(name))
        case .name: emit(.deleteName, nameArgument(name))
        }
    }
}

/// Deduplication key of a constant (floats by bit pattern, so 0.0 and -0.0 stay apart).
enum ConstantKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(BigInt)
    case float(UInt64)
    case string(ExactText)
    case bytes([UInt8])
    case tuple([ConstantKey])
    /// Equal frozensets share one constant whatever their order, as in CPython's constant cache.
    case frozenSet(Set<ConstantKey>)
}
