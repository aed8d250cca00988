// The base of every heap object: its Python type and the collector's mark bit.

/// Heap objects refer to each other only through `Value`s, never through Swift references, so
/// Swift's reference counting never sees a cycle: the `Heap` holds the one strong reference to
/// each object and the tracing collector decides when to drop it.
open class PyObject {
    /// Types are heap objects too, kept alive by the collector (every instance marks its type).
    public final unowned(unsafe) var type: PyType!
    final var marked = false

    public init(type: PyType?) {
        self.type = type
    }

    /// Whether this object's type is exactly `candidate`. Comparing addresses read from the
    /// unowned field keeps the hot loop free of reference counting that `===` would add.
    @inline(__always) public final func hasExactType(_ candidate: UnsafeRawPointer) -> Bool {
        typeAddress == candidate
    }

    /// The address of this object's type, read without reference counting.
    @inline(__always) public final var typeAddress: UnsafeRawPointer? {
        unsafeBitCast(self, to: UnsafeRawPointer.self).load(fromByteOffset: PyObject.typeFieldOffset, as: UnsafeRawPointer?.self)
    }

    /// This object's address, as `typeAddress` and `Value.objectTypeAddress` report a type's.
    @inline(__always) public final var address: UnsafeRawPointer {
        UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque())
    }

    /// Where `type` lives in every object: after the Swift object header (class pointer and
    /// reference counts). `VM.init` checks it once.
    static let typeFieldOffset = 2 * MemoryLayout<Int>.size

    /// Reports every value this object refers to. Subclasses that hold values must override it.
    open func traverse(_ marker: inout Marker) {}
}

/// The collector's work list, filled by `PyObject.traverse`. It holds objects unretained: the
/// heap keeps them alive, and marking millions of references must not touch reference counts.
public struct Marker {
    var pending: [Unmanaged<PyObject>] = []

    @inline(__always) public mutating func mark(_ value: Value) {
        guard value.isObject else { return }
        mark(value.unmanaged(PyObject.self))
    }

    @inline(__always) public mutating func mark(_ object: PyObject) {
        mark(Unmanaged.passUnretained(object))
    }

    @inline(__always) mutating func mark(_ object: Unmanaged<PyObject>) {
        let newlyMarked = object._withUnsafeGuaranteedRef { object -> Bool in
            guard !object.marked else { return false }
            object.marked = true
            return true
        }
        if newlyMarked { pending.append(object) }
    }

    public mutating func mark(_ values: [Value]) {
        for value in values { mark(value) }
    }
}
