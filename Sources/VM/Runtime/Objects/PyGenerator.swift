// Generator objects: a suspended frame's slots and resume point, resumed by next, send and throw.

public final class PyGenerator: PyObject {
    public enum State: Sendable { case created, suspended, running, finished }

    public let code: CodeObject
    /// Unowned: marked by `traverse`, and a generator per call should not touch its count.
    public unowned(unsafe) let globals: PyDict
    public let function: Value
    /// Its function's names, which are its code's (see `PyFunction.name`).
    public var name: String { code.name }
    public var qualifiedName: String { code.qualifiedName }
    /// The frame's locals, cells and operand stack while suspended (`slotCount` of them, none
    /// while running or once finished), in storage sized for the frame's deepest stack, so that
    /// suspending and resuming copy values and allocate nothing.
    let slots: UnsafeMutablePointer<Value>
    var slotCount: Int
    /// Where execution continues: just after the `returnGenerator` or `yieldValue` it stopped at.
    var resumeAt: Int
    public internal(set) var state: State = .created
    /// What the body returned, for `StopIteration.value` and `yield from`.
    var returnValue: Value = .none
    /// The iterator a `yield from` in the body is delegating to, while it is.
    var delegate: Value = .null

    /// `frameSlots` are the slots of the frame that became the generator.
    init(type: PyType, code: CodeObject, globals: PyDict, function: Value, frameSlots: UnsafeBufferPointer<Value>, resumeAt: Int) {
        self.code = code
        self.globals = globals
        self.function = function
        slots = .allocate(capacity: code.frameSlotCount + code.maximumStackDepth + 1)
        slots.initialize(from: frameSlots.baseAddress!, count: frameSlots.count)
        slotCount = frameSlots.count
        self.resumeAt = resumeAt
        super.init(type: type)
    }

    deinit {
        slots.deallocate()
    }

    /// Keeps the running frame's slots at suspension.
    func saveSlots(_ frameSlots: UnsafeBufferPointer<Value>) {
        slots.update(from: frameSlots.baseAddress!, count: frameSlots.count)
        slotCount = frameSlots.count
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(globals)
        marker.mark(function)
        for index in 0..<slotCount { marker.mark(slots[index]) }
        marker.mark(returnValue)
        marker.mark(delegate)
    }
}
