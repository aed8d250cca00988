// Iterator objects of the built-in containers, and a general one for builtins like zip and map.

public final class PyListIterator: PyObject {
    /// Unowned: the heap keeps the list alive while this iterator marks it, and making an
    /// iterator for every `for` loop should not touch the list's reference count.
    public unowned(unsafe) let list: PyList
    public var index = 0

    public init(type: PyType, list: PyList) {
        self.list = list
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(list) }

    /// The next item, nil at the end. An exhausted iterator stays exhausted even if the list
    /// grows. The list is read as a guaranteed reference: through the unowned field, or from a
    /// local copy of `items`, every read of the items retained them.
    @inline(__always) public func next() -> Value? {
        Unmanaged.passUnretained(list)._withUnsafeGuaranteedRef { list -> Value? in
            guard index < list.items.count else {
                index = Int.max / 2
                return nil
            }
            index += 1
            return list.items[index - 1]
        }
    }
}

public final class PyTupleIterator: PyObject {
    public let items: [Value]
    public var index = 0

    public init(type: PyType, items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(items) }
}

public final class PyRangeIterator: PyObject {
    public var next: Int
    public var remaining: Int
    public let step: Int

    public init(type: PyType, start: Int, step: Int, count: Int) {
        self.next = start
        self.remaining = count
        self.step = step
        super.init(type: type)
    }
}

public final class PyStrIterator: PyObject {
    public let string: PyStr
    public var index = 0

    public init(type: PyType, string: PyStr) {
        self.string = string
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(string) }
}

public enum DictIterationKind: Sendable { case keys, values, items }

public final class PyDictIterator: PyObject {
    public let dict: PyDict
    public let kind: DictIterationKind
    public var position = 0
    public let expectedCount: Int

    public init(type: PyType, dict: PyDict, kind: DictIterationKind) {
        self.dict = dict
        self.kind = kind
        self.expectedCount = dict.count
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(dict) }
}

public final class PySetIterator: PyObject {
    public let set: PySet
    public let elements: [Value]
    public var index = 0
    public let expectedCount: Int

    public init(type: PyType, set: PySet) {
        self.set = set
        self.elements = set.elements
        self.expectedCount = set.count
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(set)
        marker.mark(elements)
    }
}

/// An iterator implemented in Swift (enumerate, zip, map, filter, reversed, …). Everything it
/// refers to lives in `state`, so the collector sees it; `step` returns nil when exhausted.
public final class PyNativeIterator: PyObject {
    public var state: [Value]
    public var counter: Int
    public let step: (VM, PyNativeIterator) throws(PyError) -> Value?
    /// Set for `enumerate`, whose (index, item) pairs `for i, x in enumerate(…)` unpacks without
    /// building the tuple (see `VM.nextPair`): `state[0]` is the source iterator, `counter` the index.
    public let isEnumerate: Bool

    public init(type: PyType, state: [Value], counter: Int = 0, isEnumerate: Bool = false, step: @escaping (VM, PyNativeIterator) throws(PyError) -> Value?) {
        self.state = state
        self.counter = counter
        self.step = step
        self.isEnumerate = isEnumerate
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(state) }
}

/// keys(), values() and items() of a dict.
public final class PyDictView: PyObject {
    public let dict: PyDict
    public let kind: DictIterationKind

    public init(type: PyType, dict: PyDict, kind: DictIterationKind) {
        self.dict = dict
        self.kind = kind
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) { marker.mark(dict) }
}
