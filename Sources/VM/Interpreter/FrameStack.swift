// The interpreter's frames in one fixed buffer that the JIT and the debugger can address.

/// Pushing and popping a frame costs no allocation, no uniqueness check and no reference
/// counting: `Frame` is plain data (its code and globals are unowned; the heap and the
/// functions keep them alive).
public struct FrameStack: RandomAccessCollection {
    /// Deeper than `sys.setrecursionlimit` allows, so the recursion limit is always reached first.
    public static let capacity = 100_001

    private let storage: UnsafeMutablePointer<Frame>
    public private(set) var count = 0

    init() {
        storage = .allocate(capacity: FrameStack.capacity)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(index: Int) -> Frame {
        @inline(__always) unsafeAddress { UnsafePointer(storage + index) }
        @inline(__always) nonmutating unsafeMutableAddress { storage + index }
    }

    @inline(__always) mutating func append(_ frame: Frame) {
        precondition(count < FrameStack.capacity, "frame stack overflow")
        (storage + count).initialize(to: frame)
        count += 1
    }

    @inline(__always) @discardableResult
    mutating func removeLast() -> Frame {
        count -= 1
        return storage[count]
    }

    mutating func removeAll() { count = 0 }
}
