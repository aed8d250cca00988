// Generator objects: a suspended frame's slots and resume point, resumed by next, send and throw.

public final class PyGenerator: PyObject {
    public enum State: Sendable { case created, suspended, running, finished }

    public let code: CodeObject
    public let globals: PyDict
    public let function: Value
    public var name: String
    public var qualifiedName: String
    /// The frame's locals, cells and operand stack while suspended; empty once finished.
    var slots: [Value]
    /// Where execution continues: just after the `returnGenerator` or `yieldValue` it stopped at.
    var resumeAt: Int
    public internal(set) var state: State = .created
    /// What the body returned, for `StopIteration.value` and `yield from`.
    var returnValue: Value = .none
    /// The iterator a `yield from` in the body is delegating to, while it is.
    var delegate: Value = .null

    init(type: PyType, code: CodeObject, globals: PyDict, function: Value, slots: [Value], resumeAt: Int) {
        self.code = code
        self.globals = globals
        self.function = function
        self.name = code.name
        self.qualifiedName = code.qualifiedName
        self.slots = slots
        self.resumeAt = resumeAt
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(globals)
        marker.mark(function)
        marker.mark(slots)
        marker.mark(returnValue)
        marker.mark(delegate)
    }
}
