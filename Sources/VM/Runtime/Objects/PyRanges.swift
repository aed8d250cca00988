// range and slice objects.

import BigInt

/// Bounds are arbitrary-precision, as in CPython (`range(10 ** 20)[-1]` works); `machine` holds
/// them as Ints whenever every element fits, so iteration stays free of BigInt arithmetic.
public final class PyRange: PyObject {
    public let start: BigInt
    public let stop: BigInt
    public let step: BigInt
    /// The number of elements.
    public let length: BigInt
    public let machine: (start: Int, step: Int, count: Int)?

    public init(type: PyType, start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0 {
            length = start < stop ? (stop - start - 1) / step + 1 : 0
        } else {
            length = start > stop ? (start - stop - 1) / -step + 1 : 0
        }
        if let first = Int(exactly: start), Int(exactly: stop) != nil, let stride = Int(exactly: step), let count = Int(exactly: length) {
            machine = (first, stride, count)
        } else {
            machine = nil
        }
        super.init(type: type)
    }

    public func element(at index: BigInt) -> BigInt { start + index * step }
}

public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value

    public init(type: PyType, start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(start)
        marker.mark(stop)
        marker.mark(step)
    }
}
