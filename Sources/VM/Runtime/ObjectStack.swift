// A growable stack of owned values in unmanaged storage: the heap's objects and spares.

/// Push and pop move values in and out with no uniqueness check and no reference counting, which
/// an `Array` adds to every call; and the sweep can move elements and set the count itself.
struct ObjectStack<Element>: ~Copyable {
    private var elements: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        elements = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        elements.deinitialize(count: count)
        elements.deallocate()
    }

    @inline(__always) mutating func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (elements + count).initialize(to: element)
        count &+= 1
    }

    @inline(__always) mutating func pop() -> Element? {
        guard count > 0 else { return nil }
        count &-= 1
        return (elements + count).move()
    }

    /// Lets `body` move elements around, out of or within `elements[0..<count]`, and keeps the
    /// first `n` slots as the stack, where `n` is what `body` returns; the slots after them must
    /// have been moved out.
    mutating func rearrange(_ body: (UnsafeMutablePointer<Element>, Int) -> Int) {
        count = body(elements, count)
    }

    @inline(never) private mutating func grow() {
        let newCapacity = max(16, capacity * 2)
        let newElements = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newElements.moveInitialize(from: elements, count: count)
        elements.deallocate()
        elements = newElements
        capacity = newCapacity
    }
}
