// int values too wide for a small int: arbitrary precision on the heap.

import BigInt

/// Always holds a value outside the small-int range, so every int has exactly one representation;
/// only instances of int subclasses, which are never unboxed, hold any value.
public final class PyInt: PyObject {
    public let value: BigInt
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?

    public init(type: PyType, _ value: BigInt) {
        self.value = value
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        if let attributes { marker.mark(attributes) }
    }
}
