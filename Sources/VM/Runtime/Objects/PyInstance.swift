// Instances of classes defined in Python; modules and exceptions, which always have a dict.

/// An instance keeps its first attributes in its own object, CPython 3.11's split-keys layout
/// carried one step further: while the instance's attribute names are the first `inlineCount`
/// names of its class's `instanceKeys`, in that order, their values live in `inlineValues` and
/// the instance is a single allocation. A dict (`VM.attributeDict(of:)`) is made the first
/// time one is needed: `__dict__`, `vars()`, deleting an attribute, attributes set in another
/// order or more than `inlineCapacity` of them. From then on the dict holds the attributes.
/// The dict's positions match the inline ones, so the attribute caches serve both forms.
public class PyInstance: PyObject {
    public static let inlineCapacity = 8

    final var inlineValues: (Value, Value, Value, Value, Value, Value, Value, Value) =
        (.null, .null, .null, .null, .null, .null, .null, .null)
    final var inlineCount = 0
    /// The `__dict__` once made; nil while the attributes are inline.
    final var materializedDict: PyDict?

    public init(type: PyType) {
        super.init(type: type)
    }

    public init(type: PyType, dict: PyDict) {
        materializedDict = dict
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        if let materializedDict {
            marker.mark(materializedDict)
        } else {
            let count = inlineCount
            withInlineValues { values in
                for position in 0..<count { marker.mark(values[position]) }
            }
        }
    }

    @inline(__always)
    final func withInlineValues<Result>(_ body: (UnsafeMutablePointer<Value>) -> Result) -> Result {
        withUnsafeMutablePointer(to: &inlineValues) {
            $0.withMemoryRebound(to: Value.self, capacity: PyInstance.inlineCapacity, body)
        }
    }

    /// The inline value at a position an attribute cache found for this instance's type.
    @inline(__always)
    final func inlineValue(at position: Int) -> Value? {
        position < inlineCount ? withInlineValues { $0[position] } : nil
    }

    /// Where `name` is among the inline attributes.
    final func inlinePosition(of name: PyStr) -> Int? {
        let keys = type.instanceKeys
        for position in 0..<inlineCount where keys[position].hasSameText(as: name) {
            return position
        }
        return nil
    }

    /// The value of attribute `name`, if the instance has it.
    public final func attribute(_ name: PyStr) -> Value? {
        if let materializedDict { return materializedDict.lookupString(name) }
        return inlinePosition(of: name).map { position in withInlineValues { $0[position] } }
    }

    /// The attributes in `__dict__` order, without making a dict (for the debugger).
    public final var attributeEntries: [(key: Value, value: Value)] {
        if let materializedDict { return materializedDict.entries }
        let keys = type.instanceKeys
        let count = inlineCount
        return withInlineValues { values in (0..<count).map { (Value(keys[$0]), values[$0]) } }
    }

    /// Sets an inline attribute: replaces one the instance has, or adds `name` when it is the
    /// next of its class's instance keys (a new key when the instance has them all). False
    /// when the attribute needs the dict.
    final func setInlineAttribute(_ name: PyStr, _ value: Value) -> Bool {
        guard materializedDict == nil else { return false }
        if let position = inlinePosition(of: name) {
            withInlineValues { $0[position] = value }
            return true
        }
        guard inlineCount < PyInstance.inlineCapacity else { return false }
        let type: PyType = type
        if inlineCount == type.instanceKeys.count {
            guard name.isInterned else { return false }
            type.instanceKeys.append(name)
        } else if !type.instanceKeys[inlineCount].hasSameText(as: name) {
            return false
        }
        appendInline(value)
        return true
    }

    /// Adds the attribute at `inlineCount`, whose name is `type.instanceKeys[inlineCount]`.
    @inline(__always)
    final func appendInline(_ value: Value) {
        let position = inlineCount
        withInlineValues { $0[position] = value }
        inlineCount = position + 1
    }

    /// Moves the inline attributes into `dict` (new and empty), which holds them from now on.
    final func materialize(into dict: PyDict) {
        let keys = type.instanceKeys
        let count = inlineCount
        withInlineValues { values in
            for position in 0..<count { dict.insertNew(key: Value(keys[position]), hash: keys[position].hash, value: values[position]) }
            for position in 0..<count { values[position] = .null }
        }
        inlineCount = 0
        materializedDict = dict
    }
}

public final class PyModule: PyInstance {
    public let name: String
    public var dict: PyDict { materializedDict! }

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
    public var dict: PyDict { materializedDict! }
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
