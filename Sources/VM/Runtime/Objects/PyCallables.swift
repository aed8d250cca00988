// Functions defined in Python, built-in functions, bound methods and closure cells.

/// CallArguments of a call: positional values followed by the values of keyword arguments, whose
/// names are in `keywordNames`. The buffer points into the VM stack and is valid for the call only.
public struct CallArguments {
    public let values: UnsafeBufferPointer<Value>
    public let keywordNames: [PyStr]

    public init(values: UnsafeBufferPointer<Value>, keywordNames: [PyStr] = []) {
        self.values = values
        self.keywordNames = keywordNames
    }

    /// Number of positional arguments.
    @inline(__always) public var count: Int { values.count - keywordNames.count }
    @inline(__always) public subscript(index: Int) -> Value { values[index] }
    public var positional: Slice<UnsafeBufferPointer<Value>> { values[0..<count] }

    public func keyword(_ name: String) -> Value? {
        guard let position = keywordNames.firstIndex(where: { $0.value == name }) else { return nil }
        return values[count + position]
    }
}

public typealias NativeFunction = (VM, CallArguments) throws(PyError) -> Value

public final class PyBuiltinFunction: PyObject {
    public let name: String
    /// For methods of built-in types: the type whose instances the first argument must be.
    public let owner: PyType?
    public let function: NativeFunction

    public init(type: PyType, name: String, owner: PyType?, function: @escaping NativeFunction) {
        self.name = name
        self.owner = owner
        self.function = function
        super.init(type: type)
    }
}

public final class PyCell: PyObject {
    public var value: Value

    public init(type: PyType, _ value: Value) {
        self.value = value
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(value) }
}

public final class PyFunction: PyObject {
    public let code: CodeObject
    public let globals: PyDict
    /// The code's names: a `__name__` set on the function lands in its `attributes`, which
    /// attribute lookup reads first, so these never change and need no storage of their own.
    public var name: String { code.name }
    public var qualifiedName: String { code.qualifiedName }
    public var defaults: [Value]
    /// Defaults of keyword-only parameters by name.
    public var keywordDefaults: PyDict?
    /// The cells of the free variables (`PyCell` values), in `CodeObject.freeNames` order.
    public let closure: [Value]
    /// Attributes set on the function object, created on first use.
    public var attributes: PyDict?
    public var module: Value

    public init(type: PyType, code: CodeObject, globals: PyDict, defaults: [Value], keywordDefaults: PyDict?, closure: [Value], module: Value) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.module = module
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(globals)
        marker.mark(defaults)
        if let keywordDefaults { marker.mark(keywordDefaults) }
        marker.mark(closure)
        if let attributes { marker.mark(attributes) }
        marker.mark(module)
        for constant in code.constants { marker.mark(constant) }
    }
}

/// A function bound to the object it was looked up on.
public final class PyMethod: PyObject {
    public let function: Value
    public let receiver: Value

    public init(type: PyType, function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(function)
        marker.mark(receiver)
    }
}

/// staticmethod, classmethod and property wrappers.
public final class PyDescriptor: PyObject {
    public var getter: Value
    public var setter: Value
    public var deleter: Value
    public var doc: Value

    public init(type: PyType, getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(getter)
        marker.mark(setter)
        marker.mark(deleter)
        marker.mark(doc)
    }
}
