// Instances of classes defined in Python that derive from a built-in type other than object.

import BigInt

/// Objects whose attributes live in a `__dict__`: instances of classes defined in Python, modules
/// and exceptions.
public protocol AttributeDictionaryOwner: PyObject {
    var dict: PyDict { get }
}

extension PyInstance: AttributeDictionaryOwner {}

// An instance of a subclass of a built-in type is the built-in type's Swift object, so the
// built-in methods work on it unchanged, plus the `__dict__` that its class's instances carry.
// Being a Swift subclass, it fails the interpreter's exact-class fast paths and takes the general
// paths, which honour the special methods its class overrides.

public final class PyListSubclassInstance: PyList, AttributeDictionaryOwner {
    public let dict: PyDict

    public init(type: PyType, _ items: [Value], dict: PyDict) {
        self.dict = dict
        super.init(type: type, items)
    }

    public override func traverse(_ marker: inout Marker) {
        super.traverse(&marker)
        marker.mark(dict)
    }
}

public final class PyTupleSubclassInstance: PyTuple, AttributeDictionaryOwner {
    public let dict: PyDict

    public init(type: PyType, _ items: [Value], dict: PyDict) {
        self.dict = dict
        super.init(type: type, items)
    }

    public override func traverse(_ marker: inout Marker) {
        super.traverse(&marker)
        marker.mark(dict)
    }
}

public final class PyDictSubclassInstance: PyDict, AttributeDictionaryOwner {
    public let dict: PyDict

    public init(type: PyType, dict: PyDict) {
        self.dict = dict
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        super.traverse(&marker)
        marker.mark(dict)
    }
}

public final class PySetSubclassInstance: PySet, AttributeDictionaryOwner {
    public let dict: PyDict

    public init(type: PyType, dict: PyDict) {
        self.dict = dict
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        super.traverse(&marker)
        marker.mark(dict)
    }
}

public final class PyStrSubclassInstance: PyStr, AttributeDictionaryOwner {
    public let dict: PyDict

    public init(type: PyType, _ value: String, dict: PyDict) {
        self.dict = dict
        super.init(type: type, value)
    }

    public override func traverse(_ marker: inout Marker) {
        super.traverse(&marker)
        marker.mark(dict)
    }
}

/// Holds any int value, small ones included: only plain ints are unboxed.
public final class PyIntSubclassInstance: PyInt, AttributeDictionaryOwner {
    public let dict: PyDict

    public init(type: PyType, _ value: BigInt, dict: PyDict) {
        self.dict = dict
        super.init(type: type, value)
    }

    public override func traverse(_ marker: inout Marker) {
        super.traverse(&marker)
        marker.mark(dict)
    }
}

/// Plain floats are unboxed; an instance of a float subclass boxes its value.
public final class PyFloatSubclassInstance: PyObject, AttributeDictionaryOwner {
    public let value: Double
    public let dict: PyDict

    public init(type: PyType, _ value: Double, dict: PyDict) {
        self.value = value
        self.dict = dict
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(dict) }
}
