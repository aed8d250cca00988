// The VM heap: owns every object and frees unreachable ones with a mark-and-sweep collection.

import CVMIntrinsics

/// Objects are Swift class instances whose only strong reference is held here; values refer to
/// them by address. A collection marks from the VM's roots and drops the unmarked objects, so
/// cycles are freed like anything else. Collections only run at safe points of the interpreter,
/// when every live value is in a frame, a global or another root.
public final class Heap {
    private var objects = ObjectStack<PyObject>(capacity: Heap.minimumThreshold)
    /// Constants, interned names, built-in types and modules: never freed and always marked.
    /// They are roots too: whatever they refer to (a module's globals, `sys.modules`) lives.
    private var permanentObjects: [PyObject] = []
    private var allocationsSinceCollection = 0
    /// A collection is due after this many allocations; it grows with the live set so that
    /// collection work stays proportional to allocation.
    private var collectionThreshold = Heap.minimumThreshold
    private static let minimumThreshold = 32_768
    public private(set) var collections = 0
    /// Dead lists and tuples, and the item arrays they held, kept for the next allocations.
    /// Most of them die young, and CPython keeps free lists for them for the same reason: reusing
    /// one skips two allocations, two frees and the release chain of each (see `recycleOrRelease`).
    private var spareLists = ObjectStack<PyList>(capacity: 0)
    private var spareTuples = ObjectStack<PyTuple>(capacity: 0)
    /// Item arrays by capacity: below `largeItemCapacity`, and from it up to the limit, so that
    /// a caller that needs room for 8 values does not get a 2-value array and reallocate it.
    private var spareSmallItemArrays = ObjectStack<[Value]>(capacity: 0)
    private var spareLargeItemArrays = ObjectStack<[Value]>(capacity: 0)
    private static let largeItemCapacity = 8
    /// How many of each kind a sweep keeps: what one collection cycle of a loop that builds a
    /// small list per iteration frees, so that the next cycle allocates none afresh.
    private static let spareLimit = Heap.minimumThreshold
    /// Item arrays with room for more than this many values are freed, not kept: spares must
    /// not hold on to the memory of big lists: the two stacks of spare arrays hold 10 MiB at most.
    private static let spareItemCapacityLimit = 16
    private static let sweepPrefetchDistance = 8

    public init() {
        ArrayStorage.checkLayout()
    }

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
        objects.push(object)
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
        sweep()
        allocationsSinceCollection = 0
        collectionThreshold = max(Heap.minimumThreshold, objects.count)
        collections += 1
    }

    /// Keeps the marked objects (unmarking them for the next collection) and frees the rest,
    /// recycling the lists and tuples among them. Objects are moved, not copied, so that no
    /// reference count changes but the freed objects' own.
    private func sweep() {
        objects.rearrange { slots, count in
            var survivors = 0
            for index in 0..<count {
                // Objects are spread over the heap and mostly out of the caches by now: ask for
                // the ones a few steps ahead while this one is tested and freed.
                if index + Heap.sweepPrefetchDistance < count {
                    wand_prefetch(UnsafeRawPointer(Unmanaged.passUnretained(slots[index + Heap.sweepPrefetchDistance]).toOpaque()))
                }
                if slots[index].marked {
                    slots[index].marked = false
                    if survivors != index { (slots + survivors).moveInitialize(from: slots + index, count: 1) }
                    survivors &+= 1
                } else {
                    recycleOrRelease((slots + index).move())
                }
            }
            return survivors
        }
    }

    /// Keeps a dead list or tuple, with its item array, as a spare, and releases anything else.
    /// Compared by class, not by Python type: a subclass instance's Swift object is just as
    /// reusable once its `__dict__` is dropped.
    @inline(__always) private func recycleOrRelease(_ object: consuming PyObject) {
        let kind = ObjectIdentifier(Swift.type(of: object))
        if kind == ObjectIdentifier(PyList.self), spareLists.count < Heap.spareLimit {
            spareLists.push(emptied(unsafeDowncast(object, to: PyList.self)))
        } else if kind == ObjectIdentifier(PyTuple.self), spareTuples.count < Heap.spareLimit {
            spareTuples.push(emptied(unsafeDowncast(object, to: PyTuple.self)))
        }
    }

    /// `sequence` without its `__dict__` or its items, whose array becomes a spare.
    @inline(__always) private func emptied<Sequence: ItemSequence>(_ sequence: Sequence) -> Sequence {
        var items: [Value] = []
        swap(&items, &sequence.items)
        sequence.attributes = nil
        let capacity = items.capacity
        // A buffer another object still shares (a closure's cells are its tuple's items) is
        // left to it: emptying it would copy it first.
        guard capacity > 0, capacity <= Heap.spareItemCapacityLimit, ArrayStorage.isUniquelyReferenced(&items) else { return sequence }
        if capacity < Heap.largeItemCapacity {
            Heap.keep(&items, in: &spareSmallItemArrays)
        } else {
            Heap.keep(&items, in: &spareLargeItemArrays)
        }
        return sequence
    }

    /// Empties `items`, keeping its buffer, into `spares` unless they are full.
    @inline(__always) private static func keep(_ items: inout [Value], in spares: inout ObjectStack<[Value]>) {
        guard spares.count < Heap.spareLimit else { return }
        ArrayStorage.empty(&items)
        spares.push(items)
    }

    /// A recycled list, with a type and items for the caller to set before tracking it again.
    @inline(__always) func spareList() -> PyList? { spareLists.pop() }

    /// A recycled tuple, with a type and items for the caller to set before tracking it again.
    @inline(__always) func spareTuple() -> PyTuple? { spareTuples.pop() }

    /// An empty item array, with the buffer of a dead list or tuple when one is spare.
    /// Its capacity is at least `minimumCapacity` when a spare one is large enough.
    @inline(__always) func itemArray(minimumCapacity: Int) -> [Value] {
        let spare = minimumCapacity < Heap.largeItemCapacity ? spareSmallItemArrays.pop() : nil
        guard var items = spare ?? spareLargeItemArrays.pop() else {
            var items: [Value] = []
            items.reserveCapacity(minimumCapacity)
            return items
        }
        if items.capacity < minimumCapacity { items.reserveCapacity(minimumCapacity) }
        return items
    }
}
