// The storage of `collections.deque`: a ring buffer, so that both ends take O(1).

/// A deque's items in a power-of-two ring of slots starting at `head`, with its optional
/// maximum length and a state counter that iterators compare to notice mutation.
final class PyDeque: PyObject {
    private var slots: [Value]
    private var head = 0
    private(set) var count = 0
    /// `maxlen`: appending to a full deque drops an item from the other end.
    let maximumLength: Int?
    /// Renewed by every insertion and removal (not by item assignment), as in CPython.
    private(set) var state = 0

    init(type: PyType, maximumLength: Int?) {
        self.maximumLength = maximumLength
        slots = [Value](repeating: .null, count: 8)
        super.init(type: type)
    }

    private var mask: Int { slots.count - 1 }

    subscript(position: Int) -> Value {
        get { slots[(head + position) & mask] }
        set { slots[(head + position) & mask] = newValue }
    }

    var items: [Value] { (0..<count).map { self[$0] } }

    var isFull: Bool { maximumLength.map { count >= $0 } ?? false }

    func append(_ value: Value) {
        if maximumLength == 0 { return }
        if isFull { _ = removeFirst() }
        growIfFull()
        slots[(head + count) & mask] = value
        count += 1
        state &+= 1
    }

    func appendLeft(_ value: Value) {
        if maximumLength == 0 { return }
        if isFull { _ = removeLast() }
        growIfFull()
        head = (head - 1) & mask
        slots[head] = value
        count += 1
        state &+= 1
    }

    func removeLast() -> Value {
        let position = (head + count - 1) & mask
        defer { slots[position] = .null }
        count -= 1
        state &+= 1
        return slots[position]
    }

    func removeFirst() -> Value {
        let value = slots[head]
        slots[head] = .null
        head = (head + 1) & mask
        count -= 1
        state &+= 1
        return value
    }

    /// Inserts before `position` (0...count), moving the shorter side.
    func insert(_ value: Value, at position: Int) {
        if position <= count / 2 {
            appendLeft(value)
            for index in 0..<position { self[index] = self[index + 1] }
        } else {
            append(value)
            for index in stride(from: count - 1, to: position, by: -1) { self[index] = self[index - 1] }
        }
        self[position] = value
    }

    func remove(at position: Int) -> Value {
        let value = self[position]
        if position < count / 2 {
            for index in stride(from: position, to: 0, by: -1) { self[index] = self[index - 1] }
            _ = removeFirst()
        } else {
            for index in position..<(count - 1) { self[index] = self[index + 1] }
            _ = removeLast()
        }
        return value
    }

    func removeAll() {
        slots = [Value](repeating: .null, count: 8)
        head = 0
        count = 0
        state &+= 1
    }

    /// Rotates `steps` to the right (left when negative), moving at most half of the items.
    func rotate(by steps: Int) {
        guard count > 1 else { return }
        var steps = steps % count
        if steps > count / 2 { steps -= count } else if steps < -(count / 2) { steps += count }
        if steps > 0 {
            for _ in 0..<steps {
                let value = self[count - 1]
                self[count - 1] = .null
                head = (head - 1) & mask
                slots[head] = value
            }
        } else {
            for _ in 0..<(-steps) {
                let value = slots[head]
                slots[head] = .null
                head = (head + 1) & mask
                self[count - 1] = value
            }
        }
        state &+= 1
    }

    func reverse() {
        var (low, high) = (0, count - 1)
        while low < high {
            (self[low], self[high]) = (self[high], self[low])
            low += 1
            high -= 1
        }
    }

    private func growIfFull() {
        guard count == slots.count else { return }
        var grown = [Value](repeating: .null, count: slots.count * 2)
        for index in 0..<count { grown[index] = self[index] }
        slots = grown
        head = 0
    }

    override func traverse(_ marker: inout Marker) {
        for index in 0..<count { marker.mark(self[index]) }
    }
}
