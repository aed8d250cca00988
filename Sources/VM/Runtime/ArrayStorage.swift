// What the heap and slices need of an item array's storage that `Array` does not offer.

/// Emptying in place: `removeAll(keepingCapacity: true)` goes through the generic
/// `replaceSubrange`, about 70 instructions for what is, for an array of trivial values, a store
/// of zero to its count. Telling whether the buffer is shared, and reading the elements of a
/// class's stored array without retaining it. An array is one reference to its storage object,
/// where the count and the capacity (the `_ArrayBody`) follow the object header and the
/// elements follow them; `checkLayout` confirms that once, when the heap is made.
enum ArrayStorage {
    /// Sets the count of the uniquely referenced array whose elements start at `elements`. The
    /// slots from `count` on must hold no live value: they are not destroyed.
    @inline(__always) private static func set<Element>(_ count: Int, elementsAt elements: UnsafeMutablePointer<Element>) {
        (UnsafeMutableRawPointer(elements) - 2 * MemoryLayout<Int>.size).storeBytes(of: count, as: Int.self)
    }

    /// Empties `items` and keeps its buffer; a shared buffer is first copied, as any mutation's.
    @inline(__always) static func empty(_ items: inout [Value]) {
        items.withUnsafeMutableBufferPointer { set(0, elementsAt: $0.baseAddress!) }
    }

    /// Whether no other array shares `items`' buffer, which `Array` does not say: it is one
    /// reference to its storage object, whose count `isKnownUniquelyReferenced` reads.
    @inline(__always) static func isUniquelyReferenced(_ items: inout [Value]) -> Bool {
        withUnsafeMutablePointer(to: &items) { array in
            UnsafeMutableRawPointer(array).withMemoryRebound(to: AnyObject.self, capacity: 1) { isKnownUniquelyReferenced(&$0.pointee) }
        }
    }

    /// The elements of the array stored at `array`, read without retaining its buffer, as
    /// `withUnsafeBufferPointer` on a class's stored array does: for reads during which nothing
    /// can change that array. Elements follow the count and the capacity.
    @inline(__always) static func elements(ofArrayAt array: UnsafePointer<[Value]>) -> UnsafeBufferPointer<Value> {
        let storage = UnsafeRawPointer(array).load(as: UnsafeRawPointer.self)
        let count = storage.load(fromByteOffset: 2 * MemoryLayout<Int>.size, as: Int.self)
        return UnsafeBufferPointer(start: (storage + 4 * MemoryLayout<Int>.size).assumingMemoryBound(to: Value.self), count: count)
    }

    static func checkLayout() {
        var probe: [Value] = [Value(smallInt: 1), Value(smallInt: 2), Value(smallInt: 3)]
        probe.reserveCapacity(8)
        let capacity = probe.capacity
        let countFound = probe.withUnsafeMutableBufferPointer { buffer in
            (UnsafeMutableRawPointer(buffer.baseAddress!) - 2 * MemoryLayout<Int>.size).load(as: Int.self)
        }
        precondition(countFound == 3, "Swift's array storage layout changed: ArrayStorage cannot set counts")
        probe.withUnsafeMutableBufferPointer { set(1, elementsAt: $0.baseAddress!) }
        precondition(probe == [Value(smallInt: 1)] && probe.capacity == capacity,
                     "Swift's array storage layout changed: ArrayStorage cannot set counts")
        precondition(MemoryLayout<[Value]>.size == MemoryLayout<AnyObject>.size && isUniquelyReferenced(&probe),
                     "Swift's array layout changed: ArrayStorage cannot test uniqueness")
        let elements = elements(ofArrayAt: &probe)
        precondition(elements.count == 1 && elements.baseAddress == probe.withUnsafeBufferPointer { $0.baseAddress } && elements[0] == Value(smallInt: 1),
                     "Swift's array storage layout changed: ArrayStorage cannot find elements")
        let sharing = probe
        precondition(!isUniquelyReferenced(&probe) && sharing.count == 1,
                     "Swift's array layout changed: ArrayStorage cannot test uniqueness")
    }
}
