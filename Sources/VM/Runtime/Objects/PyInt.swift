// int values too wide for a small int: arbitrary precision on the heap.

import BigInt

/// Always holds a value outside the small-int range, so every int has exactly one representation;
/// only instances of int subclasses (`PyIntSubclassInstance`) hold any value.
public class PyInt: PyObject {
    public let value: BigInt

    public init(type: PyType, _ value: BigInt) {
        self.value = value
        super.init(type: type)
    }
}
