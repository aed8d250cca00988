// The virtual machine: heap, built-in types and modules, the value stack and the frame stack.

import BigInt
import CVMSupport
import Synchronization

/// An activation of a code object. Frames live in `VM.frames`; their slots live in `VM.stack`
/// from `base`: locals, then cells, then the value stack. The JIT addresses slots by offset.
public struct Frame {
    public unowned(unsafe) var code: CodeObject
    public unowned(unsafe) var globals: PyDict
    /// `globals.versionCell`, kept here so global loads need no reference to the dict.
    public var globalsVersion: UnsafePointer<Int>
    /// The function being run, or nil for module code and `exec`.
    public var function: Value
    /// Locals mapping of module and class bodies (a dict), else null.
    public var locals: Value
    public var base: Int
    /// Index of the next instruction; saved when the frame calls out.
    public var pc: Int
    /// Stack pointer (one past the top value), saved when the frame calls out.
    public var stackTop: Int
    /// Whether returning from this frame returns from `VM.execute` to a Swift caller.
    public var returnsToNative: Bool
    /// For an `__init__` run by a class call: the new instance, which the call returns.
    public var constructedInstance: Value = .null
    /// The generator this frame runs, if it does.
    public var generator: Value = .null
    /// Whether this generator frame is run to its end by `collect` (`list(gen)`, `tuple(gen)`):
    /// its yields append to `yieldCollectors.last` and go on, without suspending the frame.
    public var collectsYields = false

    @inline(__always) public var stackBase: Int { base + code.frameSlotCount }
}

/// Creates an instance of a built-in type from call arguments.
public typealias Constructor = (VM, PyType, CallArguments) throws(PyError) -> Value

public final class VM {
    public let heap = Heap()
    public internal(set) var interned: [ExactText: PyStr] = [:]
    /// `identifier(_:)`'s table, indexed by the address of a string literal.
    private let identifierSlots: UnsafeMutablePointer<IdentifierSlot> = {
        let slots = UnsafeMutablePointer<IdentifierSlot>.allocate(capacity: VM.identifierSlotCount)
        slots.initialize(repeating: IdentifierSlot(), count: VM.identifierSlotCount)
        return slots
    }()
    private static let identifierSlotCount = 512

    // The value stack and the frame stack of the (single) interpreter thread.
    public let stackCapacity = 1 << 20
    public let stack: UnsafeMutablePointer<Value>
    public internal(set) var frames = FrameStack()
    public var recursionLimit = 1000
    /// The exception being handled by an enclosing `except` or `finally` (`sys.exc_info()`).
    public internal(set) var handledException: Value = .none
    /// An exception for `run` to raise where the frame it enters is suspended (`generator.throw`).
    var pendingThrow: PyError?
    /// Bits of `InterruptReason`, set from any thread by whatever needs the interpreter's
    /// attention at its next safe point.
    let interruptFlags = Atomic<UInt32>(0)
    /// The word safe points test: a relaxed load, so the check stays one load and branch.
    @inline(__always) public var interruptWord: UInt32 { interruptFlags.load(ordering: .relaxed) }
    /// Held by the thread running Python code; see `VMLock`.
    let lock = VMLock()
    /// Swift frames that called back into the interpreter while holding values the roots may
    /// not reach; collections wait for zero. Native code that roots everything it holds (see
    /// `collect`) runs Python code without counting here, so long iterations still collect.
    var nativeCallDepth = 0
    /// Arrays that native code is filling while it runs Python code, and the iterators it is
    /// draining: roots for as long as they are registered (see `collect`).
    var rootedArrays: [UnsafePointer<[Value]>] = []
    var rootedValues: [Value] = []
    /// The arrays that frames marked `collectsYields` append to, innermost last; each is also
    /// in `rootedArrays`.
    var yieldCollectors: [UnsafeMutablePointer<[Value]>] = []
    /// Set once a debugger attaches; the interpreter reports line events, pauses and raised
    /// exceptions to it.
    public internal(set) var debugger: Debugger?
    /// Every code object compiled from a file, for breakpoints set after the code was loaded.
    public let loadedCode = LoadedCodeRegistry()

    public let output: OutputChannel
    public let errorOutput: OutputChannel
    public var programArguments: [String] = []

    // Built-in types, filled by `bootstrapTypes`.
    public internal(set) var typeType: PyType!
    public internal(set) var objectType: PyType!
    public internal(set) var intType: PyType!
    public internal(set) var boolType: PyType!
    public internal(set) var floatType: PyType!
    public internal(set) var complexType: PyType!
    public internal(set) var strType: PyType!
    public internal(set) var bytesType: PyType!
    public internal(set) var listType: PyType!
    /// The addresses of `listType`, `tupleType`, `dictType`, `generatorType` and `typeType`, for
    /// the fast paths.
    var listTypeAddress: UnsafeRawPointer!
    var tupleTypeAddress: UnsafeRawPointer!
    var dictTypeAddress: UnsafeRawPointer!
    var generatorTypeAddress: UnsafeRawPointer!
    var typeTypeAddress: UnsafeRawPointer!
    public internal(set) var tupleType: PyType!
    public internal(set) var dictType: PyType!
    public internal(set) var setType: PyType!
    public internal(set) var frozensetType: PyType!
    public internal(set) var noneType: PyType!
    public internal(set) var notImplementedType: PyType!
    public internal(set) var ellipsisType: PyType!
    public internal(set) var functionType: PyType!
    public internal(set) var builtinFunctionType: PyType!
    public internal(set) var methodType: PyType!
    public internal(set) var moduleType: PyType!
    public internal(set) var cellType: PyType!
    public internal(set) var rangeType: PyType!
    public internal(set) var sliceType: PyType!
    public internal(set) var iteratorType: PyType!
    public internal(set) var dictKeysType: PyType!
    public internal(set) var dictValuesType: PyType!
    public internal(set) var dictItemsType: PyType!
    public internal(set) var propertyType: PyType!
    public internal(set) var staticMethodType: PyType!
    public internal(set) var classMethodType: PyType!
    public internal(set) var superType: PyType!
    public internal(set) var codeType: PyType!
    public internal(set) var generatorType: PyType!
    public internal(set) var coroutineType: PyType!
    /// Exception classes by name, from `BaseException` down.
    public internal(set) var exceptionTypes: [String: PyType] = [:]

    public internal(set) var notImplemented: Value = .none
    /// `object.__new__`: classes that inherit it need no call to it to make an instance.
    var objectNewDescriptor: Value = .none
    public internal(set) var ellipsis: Value = .none

    public internal(set) var builtins: PyModule! {
        didSet { builtinsVersion = UnsafePointer(builtins.dict.versionCell) }
    }
    /// The builtins dict's version cell, read by every global load.
    var builtinsVersion: UnsafePointer<Int>!
    /// `sys.modules`.
    public internal(set) var modules: PyDict!
    /// The namespace of `sys` once imported, where `print` and tracebacks find the current
    /// `sys.stdout` and `sys.stderr`.
    var sysNamespace: PyDict?
    /// Native containers whose `repr` is being computed, so that one inside itself shows as
    /// `[...]` (CPython's `Py_ReprEnter`).
    var nativeReprsInProgress: Set<UInt64> = []
    /// Files with output not yet written, flushed when a file is opened and at exit.
    let openFiles = OpenFileRegistry()
    /// The types of the file objects `open` returns.
    lazy var fileTypes = makeFileTypes()
    /// Native modules that `import` creates on first use.
    var nativeModuleFactories: [String: (VM) -> PyModule] = [:]
    /// Directories searched by `import` for the program's own modules.
    public var modulePath: [String] = []
    /// Constructors of built-in types, called with the type being instantiated; a type finds
    /// its own by `PyType.constructorIndex` (no hashing on every call of `tuple`, `set`, ...).
    var constructors: [Constructor] = []
    /// CPython's report of each SyntaxError raised by the compiler, keyed by the exception's bits.
    var syntaxErrorReports: [UInt64: String] = [:]
    /// Source lines of compiled files, for tracebacks.
    var sources: [String: [Substring]] = [:]
    // Last, so that the hot fields above keep their offsets (and cache lines).
    /// The `__new__` of `list`, `dict` and `set`, which only allocate an empty instance (their
    /// `__init__` fills it), so a call of their subclasses may skip them as it skips `object.__new__`.
    var allocatingNewDescriptors: [Value] = []
    /// `object.__init__`: classes that inherit it need no call to it after `__new__`.
    var objectInitMethod: Value = .none
    /// `object.__setattr__`: assignments to attributes of classes that inherit it need no call.
    var objectSetattrMethod: Value = .none

    public init(output: OutputChannel = OutputChannel(fileDescriptor: 1), errorOutput: OutputChannel = OutputChannel(fileDescriptor: 2, buffered: false)) {
        self.output = output
        self.errorOutput = errorOutput
        stack = .allocate(capacity: stackCapacity)
        stack.initialize(repeating: .null, count: stackCapacity)
        bootstrapTypes()
        listTypeAddress = listType.address
        tupleTypeAddress = tupleType.address
        dictTypeAddress = dictType.address
        generatorTypeAddress = generatorType.address
        typeTypeAddress = typeType.address
        precondition(listType.hasExactType(typeType.address), "PyObject.typeFieldOffset does not match the object layout")
        bootstrapExceptions()
        installBuiltins()
        registerNativeModules()
    }

    deinit {
        identifierSlots.deallocate()
        stack.deallocate()
    }

    // MARK: allocation

    @inline(__always) public func track(_ object: consuming PyObject) -> Value { heap.track(object) }

    /// Allocates an object that is never freed (constants, interned strings).
    public func permanent(_ object: PyObject) -> Value { heap.trackPermanent(object) }

    /// The interned str for a name written in the VM's own source (`"__init__"`), found by the
    /// literal's address in a small direct-mapped table instead of by hashing its text.
    @inline(__always)
    public func identifier(_ literal: StaticString) -> PyStr {
        let key = UnsafeRawPointer(literal.utf8Start)
        let slot = identifierSlots + Int(truncatingIfNeeded: (UInt(bitPattern: key) >> 3) & UInt(VM.identifierSlotCount - 1))
        if slot.pointee.key == key, let string = slot.pointee.string { return string.takeUnretainedValue() }
        let string = intern(literal.description)
        // Interned strings are never freed, so the table may hold them unretained.
        slot.pointee = IdentifierSlot(key: key, string: Unmanaged.passUnretained(string))
        return string
    }

    /// The interned str for `text`: identifiers, attribute names, constants.
    public func intern(_ text: String) -> PyStr {
        if let existing = interned[ExactText(text)] { return existing }
        let string = PyStr(type: strType, text)
        string.isInterned = true
        _ = heap.trackPermanent(string)
        interned[ExactText(text)] = string
        return string
    }

    @inline(__always) public func int(_ value: Int) -> Value {
        Value.fitsSmallInt(value) ? Value(smallInt: value) : track(PyInt(type: intType, BigInt(value)))
    }

    public func int(_ value: BigInt) -> Value {
        if let small = Int(exactly: value), Value.fitsSmallInt(small) { return Value(smallInt: small) }
        return track(PyInt(type: intType, value))
    }

    func permanentInt(_ value: BigInt) -> Value {
        if let small = Int(exactly: value), Value.fitsSmallInt(small) { return Value(smallInt: small) }
        return permanent(PyInt(type: intType, value))
    }

    public func str(_ text: String) -> Value { track(PyStr(type: strType, text)) }
    public func list(_ items: consuming [Value]) -> Value {
        guard let list = heap.spareList() else { return track(PyList(type: listType, items)) }
        return track(reusing: list, type: listType, items: items)
    }

    public func tuple(_ items: consuming [Value]) -> Value {
        guard let tuple = heap.spareTuple() else { return track(PyTuple(type: tupleType, items)) }
        return track(reusing: tuple, type: tupleType, items: items)
    }

    /// Tracks a list or tuple the heap recycled as a new one of `type` holding `items`.
    @inline(__always)
    private func track<Sequence: ItemSequence>(reusing sequence: Sequence, type: PyType, items: consuming [Value]) -> Value {
        sequence.type = type
        var items = items
        swap(&sequence.items, &items)
        return track(sequence)
    }

    public func newDict() -> PyDict {
        let dict = PyDict(type: dictType)
        _ = track(dict)
        return dict
    }

    public func newSet(frozen: Bool = false) -> PySet {
        let set = PySet(type: frozen ? frozensetType : setType)
        _ = track(set)
        return set
    }

    public func builtinFunction(_ name: String, owner: PyType? = nil, _ function: @escaping NativeFunction) -> Value {
        permanent(PyBuiltinFunction(type: builtinFunctionType, name: name, owner: owner, function: function))
    }

    /// Adds a method implemented in Swift to a built-in type; it receives the instance as `args[0]`.
    public func addMethod(_ type: PyType, _ name: String, _ function: @escaping NativeFunction) {
        type.dict.insertOrReplace(key: intern(name), value: builtinFunction(name, owner: type, function))
    }

    /// Adds a function to a module or the builtins.
    public func addFunction(_ module: PyModule, _ name: String, _ function: @escaping NativeFunction) {
        module.dict.insertOrReplace(key: intern(name), value: builtinFunction(name, function))
    }

    // MARK: types of values

    @inline(__always) public func typeOf(_ value: Value) -> PyType {
        if value.isObject { return value.object.type }
        if value.isSmallInt { return intType }
        if value.isFloat { return floatType }
        if value.isBool { return boolType }
        return noneType
    }

    public func typeName(_ value: Value) -> String { typeOf(value).name }

    public func isInstance(_ value: Value, _ type: PyType) -> Bool { typeOf(value).isSubtype(of: type) }

    // MARK: collection

    /// Runs a collection if one is due and no Swift code holds values the roots cannot see.
    func collectIfDue() {
        guard heap.collectionDue, nativeCallDepth == 0 else { return }
        heap.collect { marker in markRoots(&marker) }
    }

    private func markRoots(_ marker: inout Marker) {
        let top = frames.last.map { $0.stackTop } ?? 0
        for index in 0..<top { marker.mark(stack[index]) }
        for frame in frames {
            marker.mark(frame.globals)
            marker.mark(frame.function)
            marker.mark(frame.locals)
            marker.mark(frame.constructedInstance)
            marker.mark(frame.generator)
        }
        marker.mark(handledException)
        for array in rootedArrays { marker.mark(array.pointee) }
        marker.mark(rootedValues)
        // Built-in types, `builtins`, `sys.modules` and the singletons are permanent objects,
        // which the heap traverses as roots itself.
    }
}

extension PyDict {
    /// Inserts or replaces a `str` key without the VM (type and module set-up).
    public func insertOrReplace(key: PyStr, value: Value) {
        let keyValue = Value(key)
        if let position = findEntry(hash: key.hash, { (candidate: Value) -> Bool in candidate == keyValue || candidate.as(PyStr.self)?.hasSameText(as: key) == true }) {
            setValue(value, at: position)
        } else {
            insertNew(key: keyValue, hash: key.hash, value: value)
        }
    }
}

/// A literal's address and its interned str, for `VM.identifier(_:)`.
struct IdentifierSlot {
    var key: UnsafeRawPointer?
    var string: Unmanaged<PyStr>?
}
