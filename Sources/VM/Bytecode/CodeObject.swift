// Compiled code of a module, class body or function: instructions, line table, constants, names.

public final class CodeObject {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let varArgs = Flags(rawValue: 1)
        public static let varKeywords = Flags(rawValue: 2)
        public static let generator = Flags(rawValue: 4)
        public static let coroutine = Flags(rawValue: 8)
        /// Module and class bodies: names resolve through a locals mapping.
        public static let usesNameLookup = Flags(rawValue: 16)
    }

    /// Where control goes when an exception is raised at a covered instruction.
    public struct ExceptionHandler: Sendable {
        public var target: Int
        /// Stack depth (above the frame's locals) to unwind to before pushing the exception.
        public var depth: Int
    }

    public let name: String
    public let qualifiedName: String
    public let filename: String
    public let firstLine: Int
    public let instructions: [UInt32]
    /// Source line of each instruction.
    public let lines: [Int32]
    public let constants: [Value]
    public let names: [PyStr]
    public let children: [CodeObject]
    public let localNames: [String]
    public let cellNames: [String]
    public let freeNames: [String]
    public let argumentCount: Int
    public let positionalOnlyCount: Int
    public let keywordOnlyCount: Int
    public let flags: Flags
    /// Cell slots that start out holding a parameter: (cell index, local index).
    public let parameterCells: [(cell: Int, local: Int)]
    public let handlers: [ExceptionHandler]
    /// Index into `handlers` for each instruction, or -1.
    public let handlerIndex: [Int32]
    public let maximumStackDepth: Int

    /// Slots a frame needs for locals and cells before its value stack.
    public let frameSlotCount: Int
    public let localCount: Int
    /// A function's docstring (`__doc__`), None when its body does not start with a string.
    public internal(set) var docstring: Value = .none
    /// The argument count of a call that only needs its arguments and closure copied into
    /// place: every parameter positional and given, no cells of its own (a generator or a
    /// closure qualifies). -1 when calls need binding.
    public let plainCallArgumentCount: Int
    /// Every parameter is positional: no `*args`, `**kwargs` or keyword-only parameters, so a
    /// call with exactly `argumentCount` positional arguments binds them where they are.
    public let hasOnlyPositionalParameters: Bool

    /// Raw views of the arrays above for the interpreter's hot loop; they live as long as the code.
    /// The debugger patches `lineEvent` words into the instruction copy (`instructions` keeps the
    /// originals); nothing else writes it.
    public let instructionPointer: UnsafeMutablePointer<UInt32>
    public let constantPointer: UnsafePointer<Value>
    /// One cache per name for global loads.
    public let globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    /// `CacheWays.count` entries per name (at `index * CacheWays.count`) for method loads.
    public let methodCache: UnsafeMutablePointer<MethodCacheEntry>
    /// `CacheWays.count` entries per name for attribute loads and stores on instances of Python classes.
    public let loadAttributeCache: UnsafeMutablePointer<InstanceAttributeCacheEntry>
    public let storeAttributeCache: UnsafeMutablePointer<InstanceAttributeCacheEntry>

    public init(name: String, qualifiedName: String, filename: String, firstLine: Int, instructions: [UInt32], lines: [Int32], constants: [Value], names: [PyStr], children: [CodeObject], localNames: [String], cellNames: [String], freeNames: [String], argumentCount: Int, positionalOnlyCount: Int, keywordOnlyCount: Int, flags: Flags, parameterCells: [(cell: Int, local: Int)], handlers: [ExceptionHandler], handlerIndex: [Int32], maximumStackDepth: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.instructions = instructions
        self.lines = lines
        self.constants = constants
        self.names = names
        self.children = children
        self.localNames = localNames
        self.cellNames = cellNames
        self.freeNames = freeNames
        self.argumentCount = argumentCount
        self.positionalOnlyCount = positionalOnlyCount
        self.keywordOnlyCount = keywordOnlyCount
        self.flags = flags
        self.parameterCells = parameterCells
        self.handlers = handlers
        self.handlerIndex = handlerIndex
        self.maximumStackDepth = maximumStackDepth
        let instructionCopy = UnsafeMutablePointer<UInt32>.allocate(capacity: max(instructions.count, 1))
        instructionCopy.initialize(from: instructions, count: instructions.count)
        instructionPointer = instructionCopy
        let constantCopy = UnsafeMutablePointer<Value>.allocate(capacity: max(constants.count, 1))
        constantCopy.initialize(from: constants, count: constants.count)
        constantPointer = UnsafePointer(constantCopy)
        globalCache = .allocate(capacity: max(names.count, 1))
        globalCache.initialize(repeating: GlobalCacheEntry(), count: max(names.count, 1))
        let cacheEntries = max(names.count, 1) * CacheWays.count
        methodCache = .allocate(capacity: cacheEntries)
        methodCache.initialize(repeating: MethodCacheEntry(), count: cacheEntries)
        loadAttributeCache = .allocate(capacity: cacheEntries)
        loadAttributeCache.initialize(repeating: InstanceAttributeCacheEntry(), count: cacheEntries)
        storeAttributeCache = .allocate(capacity: cacheEntries)
        storeAttributeCache.initialize(repeating: InstanceAttributeCacheEntry(), count: cacheEntries)
        frameSlotCount = localNames.count + cellNames.count + freeNames.count
        localCount = localNames.count
        hasOnlyPositionalParameters = flags.isDisjoint(with: [.varArgs, .varKeywords]) && keywordOnlyCount == 0
        let needsBinding = !hasOnlyPositionalParameters || !cellNames.isEmpty
        plainCallArgumentCount = needsBinding ? -1 : argumentCount
        Superinstructions.fuse(instructionCopy, of: self)
    }

    deinit {
        instructionPointer.deallocate()
        constantPointer.deallocate()
        globalCache.deallocate()
        methodCache.deallocate()
        loadAttributeCache.deallocate()
        storeAttributeCache.deallocate()
    }

    /// Total parameters including `*args`, keyword-only and `**kwargs`.
    public var parameterCount: Int {
        argumentCount + keywordOnlyCount + (flags.contains(.varArgs) ? 1 : 0) + (flags.contains(.varKeywords) ? 1 : 0)
    }

    public func line(at instruction: Int) -> Int {
        Int(lines[max(0, min(instruction, lines.count - 1))])
    }
}

/// The value a global name had when both dicts were at these versions. Dict versions are
/// unique across dicts and renewed on every change, so matching versions mean the value is
/// still current (and still reachable from the dict that holds it).
public struct GlobalCacheEntry {
    /// 0, which no dict ever has, marks an empty entry.
    var globalsVersion = 0
    var builtinsVersion = 0
    var value = Value.null
}

/// The method a name resolved to on the receiver's type. Built-in types never change their
/// attributes and are never freed, so their entries hold for good (`epoch` 0). For a class
/// defined in Python the entry holds while no class dict has changed (`AttributeCache.epoch`)
/// and the instance's own `__dict__` does not shadow the name.
public struct MethodCacheEntry: TypeKeyedCacheEntry {
    /// Address of the receiver's type; nil when empty.
    var type: UnsafeRawPointer?
    var method = Value.null
    var epoch = 0
    /// The name's hash, to check that an instance's `__dict__` does not shadow it.
    var nameHash = 0
    /// How many of the class's inline instance keys (`PyType.instanceKeys`) are known not to
    /// be the name: an instance with no more inline attributes than that cannot shadow it.
    var keysWithoutName = 0
    /// For `module.name`: the version of the module's dict when `method` was read from it.
    var moduleDictVersion = 0

    var isCurrent: Bool { epoch == 0 || epoch == AttributeCache.epoch }
}

/// Where an instance of a class keeps an attribute in its `__dict__`. Instances of one class
/// usually gain their attributes in the same order, so the position is the same for all of them;
/// the key found there is checked, and the entry holds only while no class dict has changed
/// (a property or `__setattr__` added later would change what the access means).
public struct InstanceAttributeCacheEntry: TypeKeyedCacheEntry {
    var type: UnsafeRawPointer?
    var epoch = 0
    var position = 0
    /// The bits of the interned name, which is the key instances store, and its hash.
    var name: UInt64 = 0
    var nameHash = 0
    /// Whether `position` is among the class's inline instance keys (`PyInstance`) rather than
    /// in an instance's dict.
    var isInline = false

    var isCurrent: Bool { epoch == AttributeCache.epoch }
}
