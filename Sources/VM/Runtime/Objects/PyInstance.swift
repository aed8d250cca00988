// Instances of classes defined in Python, modules and exceptions: objects with a `__dict__`.

public class PyInstance: PyObject {
    public let dict: PyDict

    public init(type: PyType, dict: PyDict) {
        self.dict = dict
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(dict) }
}

public final class PyModule: PyInstance {
    public let name: String

    public init(type: PyType, name: String, dict: PyDict) {
        self.name = name
        super.init(type: type, dict: dict)
    }
}

/// One line of a traceback: where a frame was when an exception passed through it.
public struct TracebackEntry: Sendable {
    public var filename: String
    public var line: Int
    public var function: String
}

public final class PyBaseException: PyInstance {
    public var args: Value
    public var traceback: [TracebackEntry] = []
    public var cause: Value = .none
    public var context: Value = .none
    public var suppressContext = false
    /// Where a missing name was looked for, so that the traceback can suggest a similar one.
    public var suggestionSource: NameSuggestionSource?

    public init(type: PyType, dict: PyDict, args: Value) {
        self.args = args
        super.init(type: type, dict: dict)
    }

    public override func traverse(_ marker: inout Marker) {
        super.traverse(&marker)
        marker.mark(args)
        marker.mark(cause)
        marker.mark(context)
        switch suggestionSource {
        case .attribute(let object, _): marker.mark(object)
        case .variable(_, let globals, _): marker.mark(globals)
        case nil: break
        }
    }
}

/// The lookup behind an AttributeError or NameError, as CPython keeps it (`obj`, `name`, and the
/// raising frame) for "Did you mean" suggestions.
public enum NameSuggestionSource {
    case attribute(object: Value, name: String)
    case variable(localNames: [String], globals: PyDict, name: String)
}

/// A Python exception in flight through Swift code.
public struct PyError: Error {
    public let exception: Value

    public init(_ exception: Value) { self.exception = exception }

    public var object: PyBaseException { exception.object as! PyBaseException }
}
