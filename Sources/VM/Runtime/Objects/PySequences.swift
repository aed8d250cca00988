// The built-in sequence objects: list, tuple and bytes.

public class PyList: PyObject {
    public var items: [Value]

    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(items) }
}

public class PyTuple: PyObject {
    public let items: [Value]

    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(items) }
}

public final class PyBytes: PyObject {
    public let bytes: [UInt8]

    public init(type: PyType, _ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: type)
    }
}
