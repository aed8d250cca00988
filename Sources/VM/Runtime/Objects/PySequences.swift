// The built-in sequence objects: list, tuple and bytes.

public final class PyList: PyObject {
    public var items: [Value]
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?

    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        // Element by element: passing the array itself would retain and release it.
        for position in 0..<items.count { marker.mark(items[position]) }
        if let attributes { marker.mark(attributes) }
    }
}

public final class PyTuple: PyObject {
    /// Set only at creation: by the initializer, or when the heap hands out a recycled tuple.
    public internal(set) var items: [Value]
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?

    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(items)
        if let attributes { marker.mark(attributes) }
    }
}

public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?

    public init(type: PyType, _ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        if let attributes { marker.mark(attributes) }
    }
}
