// The `__dict__` of an instance of a Python class derived from a built-in type.

/// An object of a built-in type (`list`, `str`, `random.Random`, ...) that may be an instance of
/// a subclass defined in Python: the built-in methods work on it unchanged, and `attributes`
/// holds the instance's `__dict__` (nil for the type's own instances, and for subclasses that
/// declare empty `__slots__`).
protocol SubclassAttributes: PyObject {
    var attributes: PyDict? { get set }
}

/// A list or a tuple: an object the heap recycles together with its item array.
protocol ItemSequence: SubclassAttributes {
    var items: [Value] { get set }
}

extension PyList: ItemSequence {}
extension PyTuple: ItemSequence {}
extension PyDict: SubclassAttributes {}
extension PySet: SubclassAttributes {}
extension PyStr: SubclassAttributes {}
extension PyBytes: SubclassAttributes {}
extension PyInt: SubclassAttributes {}
extension PyFloatSubclassInstance: SubclassAttributes {}
extension PyRandom: SubclassAttributes {}
