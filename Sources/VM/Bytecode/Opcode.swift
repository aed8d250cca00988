// The instruction set: one table that the interpreter, the disassembler and the JIT's recorder share.

/// An instruction is one 32-bit word: the opcode in the low 8 bits, its argument in the high 24.
public enum Opcode: UInt8, CaseIterable, Sendable {
    case nop
    case loadConst, loadFast, storeFast, deleteFast
    /// Cells: the frame's cell slots hold the function's own cells, then its free variables.
    case loadDeref, storeDeref, deleteDeref, loadCell
    case loadGlobal, storeGlobal, deleteGlobal
    /// Name lookups of module and class bodies: locals mapping, then globals, then builtins.
    case loadName, storeName, deleteName
    case loadAttr, storeAttr, deleteAttr
    /// Pushes (method, receiver) for a plain method, or (attribute, null).
    case loadMethod
    case popTop
    /// Pushes a copy of the value `argument` places from the top (1 is the top).
    case copy
    /// Swaps the top with the value `argument` places from the top.
    case swap
    case unaryNegative, unaryPositive, unaryNot, unaryInvert
    /// Argument: `BinaryOperation` raw value.
    case binaryOp
    /// Argument: `ComparisonOperation` raw value.
    case compareOp
    /// Argument 1 inverts (`is not`, `not in`).
    case isOp, containsOp
    case binarySubscript, storeSubscript, deleteSubscript
    case buildSlice, buildList, buildTuple, buildSet, buildMap, buildString
    /// Comprehension and display helpers; the argument is the container's depth below the top.
    case listAppend, setAdd, mapAdd, listExtend, setUpdate, dictUpdate, dictMerge
    case listToTuple
    /// Argument: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a format spec is on top.
    case formatValue
    case jump, jumpBackward, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter
    /// Pushes the next item, or pops the iterator and jumps to the argument when exhausted.
    case forIter
    /// `call n`: callable and n positional arguments.
    case call
    /// `callMethod n`: (method, receiver-or-null) from `loadMethod`, then n arguments.
    case callMethod
    /// Argument: n | 1 << 16 when the callee came from `loadMethod`; a tuple of keyword names is on top.
    case callKeywords
    /// Callable, an argument tuple and (argument 1) a keyword dict.
    case callUnpacked
    /// Argument: index of the code in `children` | flags << 16 (1 defaults, 2 keyword defaults, 8 closure).
    case makeFunction
    case returnValue
    /// Argument 0 re-raises the exception being handled, 1 raises the top, 2 raises with a cause.
    case raise
    /// Re-raises the exception on top, keeping its traceback.
    case reraise
    /// Handler entry: (exc) -> (previously handled exception, exc); exc becomes the handled one.
    case pushExceptionInfo
    /// Pops the saved exception and makes it the handled one again.
    case popExcept
    /// (exc, type) -> (exc, bool)
    case checkExceptionMatch
    /// Cleanup handler of except and finally bodies: (saved, exc) -> restore saved, re-raise exc.
    case popExceptAndReraise
    case unpackSequence
    /// Argument: count before the starred target | count after << 8.
    case unpackStarred
    /// (level, fromlist) -> module; argument: name index.
    case importName, importFrom, importStar
    case loadBuildClass
    case loadAssertionError
    case yieldValue
    /// Pops an iterator and the value to send (None at first), pushes the result or jumps out.
    case send
    case getYieldFromIterator
    /// (awaitable) -> iterator: a coroutine itself, or what `__await__` returns.
    case getAwaitable
    /// First instruction of a generator's code: creates the generator and returns it.
    case returnGenerator
    /// Sets up `with`: (manager) -> (exit, enter-result).
    case beforeWith
    /// `with` exit on the exception path: calls exit(type, value, tb); pushes whether to suppress.
    case withExceptStart
    /// Never emitted by the compiler: the debugger writes it over the first instruction of a line
    /// in a code object's instruction copy; the original stays in `CodeObject.instructions`.
    case lineEvent
    /// Never emitted by the compiler: written after a line start whose original instruction runs
    /// once, to put the line event back.
    case restoreLineEvent
    /// Never emitted by the compiler: two instructions run by one dispatch, written over the
    /// first of the pair in a code object's instruction copy (see Superinstructions.swift).
    case loadFastLoadFast, loadFastLoadConst, storeFastLoadFast, compareOpPopJumpIfFalse

    /// Whether the argument is a jump target (for the disassembler and the recorder).
    public var isJump: Bool {
        switch self {
        case .jump, .jumpBackward, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send: true
        default: false
        }
    }
}

public enum BinaryOperation: UInt8, CaseIterable, Sendable {
    case add, subtract, multiply, matrixMultiply, trueDivide, floorDivide, modulo, power
    case leftShift, rightShift, bitOr, bitXor, bitAnd
    /// Added to an operation for its augmented-assignment form (`+=` tries `__iadd__` first).
    public static let inPlaceFlag: UInt32 = 0x20

    public var symbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .matrixMultiply: "@"
        case .trueDivide: "/"
        case .floorDivide: "//"
        case .modulo: "%"
        case .power: "**"
        case .leftShift: "<<"
        case .rightShift: ">>"
        case .bitOr: "|"
        case .bitXor: "^"
        case .bitAnd: "&"
        }
    }

    /// The special method names: forward, reflected, in-place.
    public var methodNames: (String, String, String) {
        let stem = switch self {
        case .add: "add"
        case .subtract: "sub"
        case .multiply: "mul"
        case .matrixMultiply: "matmul"
        case .trueDivide: "truediv"
        case .floorDivide: "floordiv"
        case .modulo: "mod"
        case .power: "pow"
        case .leftShift: "lshift"
        case .rightShift: "rshift"
        case .bitOr: "or"
        case .bitXor: "xor"
        case .bitAnd: "and"
        }
        return ("__\(stem)__", "__r\(stem)__", "__i\(stem)__")
    }
}

public enum ComparisonOperation: UInt8, CaseIterable, Sendable {
    case less, lessEqual, equal, notEqual, greater, greaterEqual

    public var symbol: String {
        switch self {
        case .less: "<"
        case .lessEqual: "<="
        case .equal: "=="
        case .notEqual: "!="
        case .greater: ">"
        case .greaterEqual: ">="
        }
    }

    public var methodName: String {
        switch self {
        case .less: "__lt__"
        case .lessEqual: "__le__"
        case .equal: "__eq__"
        case .notEqual: "__ne__"
        case .greater: "__gt__"
        case .greaterEqual: "__ge__"
        }
    }

    /// The operation with its operands swapped (`a < b` is `b > a`).
    public var reflected: ComparisonOperation {
        switch self {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .equal: .equal
        case .notEqual: .notEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        }
    }
}

@inline(__always) public func encodeInstruction(_ opcode: Opcode, _ argument: Int = 0) -> UInt32 {
    UInt32(opcode.rawValue) | UInt32(argument) << 8
}
