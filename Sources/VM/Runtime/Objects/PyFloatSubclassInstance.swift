// Instances of classes defined in Python that derive from float.

/// Plain floats are unboxed; an instance of a float subclass boxes its value with its `__dict__`.
/// (Instances of subclasses of the other built-in types are that type's Swift object, whose
/// `attributes` hold the `__dict__`.)
public final class PyFloatSubclassInstance: PyObject {
    public let value: Double
    public var attributes: PyDict?

    public init(type: PyType, _ value: Double) {
        self.value = value
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        if let attributes { marker.mark(attributes) }
    }
}
