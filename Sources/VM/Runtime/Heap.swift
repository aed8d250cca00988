// The VM heap: owns every object and frees unreachable ones with a mark-and-sweep collection.

/// Objects are Swift class instances whose only strong reference is held here; values refer to
/// them by address. A collection marks from the VM's roots and drops the unmarked objects, so
/// cycles are freed like anything else. Collections only run at safe points of the interpreter,
/// when every live value is in a frame, a global or another root.
public final class Heap {
    private var objects: [PyObject] = []
    /// Constants, interned names, built-in types and modules: never freed and always marked.
    /// They are roots too: whatever they refer to (a module's globals, `sys.modules`) lives.
    private var permanentObjects: [PyObject] = []
    private var allocationsSinceCollection = 0
    /// A collection is due after this many allocations; it grows with the live set so that
    /// collection work stays proportional to allocation.
    private var collectionThreshold = Heap.minimumThreshold
    private static let minimumThreshold = 32_768
    public private(set) var collections = 0

    public var liveObjectCount: Int { objects.count + permanentObjects.count }

    /// Whether enough has been allocated that the next safe point should collect.
    @inline(__always) public var collectionDue: Bool { allocationsSinceCollection >= collectionThreshold }

    /// Makes the next safe point collect, to free objects holding scarce resources (files).
    public func requestCollection() {
        allocationsSinceCollection = collectionThreshold
    }

    /// Takes ownership of a new object. `consuming`: a just-created object's reference moves
    /// into the heap instead of being retained here and released by the caller.
    @inline(__always) public func track(_ object: consuming PyObject) -> Value {
        let value = Value(object)
        objects.append(object)
        allocationsSinceCollection &+= 1
        return value
    }

    public func trackPermanent(_ object: PyObject) -> Value {
        object.marked = true
        permanentObjects.append(object)
        return Value(object)
    }

    /// Marks everything reachable from the roots `markRoots` reports, then frees the rest.
    public func collect(markRoots: (inout Marker) -> Void) {
        var marker = Marker()
        for object in permanentObjects { object.traverse(&marker) }
        markRoots(&marker)
        while let object = marker.pending.popLast() {
            object._withUnsafeGuaranteedRef { $0.traverse(&marker) }
        }
        objects.removeAll { !$0.marked }
        for object in objects { object.marked = false }
        allocationsSinceCollection = 0
        collectionThreshold = max(Heap.minimumThreshold, objects.count)
        collections += 1
    }
}
