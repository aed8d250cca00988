// range and slice objects.

import BigInt

/// Bounds are arbitrary-precision, as in CPython (`range(10 ** 20)[-1]` works), but a range whose
/// bounds and length fit in Ints — nearly all of them — is stored as `machine`, so creating and
/// iterating it costs no BigInt arithmetic.
public final class PyRange: PyObject {
    public let machine: (start: Int, stop: Int, step: Int, count: Int)?
    private let wide: WideBounds?

    /// The bounds of a range that does not fit in Ints.
    private final class WideBounds {
        let start: BigInt
        let stop: BigInt
        let step: BigInt
        let length: BigInt

        init(start: BigInt, stop: BigInt, step: BigInt) {
            self.start = start
            self.stop = stop
            self.step = step
            length = step > 0 ? (start < stop ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / -step + 1 : 0)
        }
    }

    public init(type: PyType, start: Int, stop: Int, step: Int) {
        if let count = Self.machineCount(start, stop, step) {
            machine = (start, stop, step, count)
            wide = nil
        } else {
            machine = nil
            wide = WideBounds(start: BigInt(start), stop: BigInt(stop), step: BigInt(step))
        }
        super.init(type: type)
    }

    public convenience init(type: PyType, start: BigInt, stop: BigInt, step: BigInt) {
        if let first = Int(exactly: start), let last = Int(exactly: stop), let stride = Int(exactly: step) {
            self.init(type: type, start: first, stop: last, step: stride)
        } else {
            self.init(type: type, wide: WideBounds(start: start, stop: stop, step: step))
        }
    }

    private init(type: PyType, wide: WideBounds) {
        machine = nil
        self.wide = wide
        super.init(type: type)
    }

    public var start: BigInt { machine.map { BigInt($0.start) } ?? wide!.start }
    public var stop: BigInt { machine.map { BigInt($0.stop) } ?? wide!.stop }
    public var step: BigInt { machine.map { BigInt($0.step) } ?? wide!.step }
    /// The number of elements.
    public var length: BigInt { machine.map { BigInt($0.count) } ?? wide!.length }

    /// The element count in Int arithmetic; nil when an intermediate value would overflow.
    private static func machineCount(_ start: Int, _ stop: Int, _ step: Int) -> Int? {
        guard step != Int.min else { return nil }
        let (distance, overflow) = step > 0 ? stop.subtractingReportingOverflow(start) : start.subtractingReportingOverflow(stop)
        if overflow { return nil }
        return distance > 0 ? (distance - 1) / abs(step) + 1 : 0
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
