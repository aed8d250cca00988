// A Python value as one NaN-boxed 64-bit word: floats and small ints unboxed, the rest heap pointers.

/// Layout (docs/internals.md explains the choice and its measurements):
///
///     any bit pattern below 0xFFF9_0000_0000_0000   a Double (NaNs canonicalised to 0x7FF8…)
///     0xFFF9 in the top 16 bits                       small int, 48-bit two's complement payload
///     0xFFFA                                          pointer to a `PyObject` owned by the `Heap`
///     0xFFFB                                          bool (payload 0 or 1)
///     0xFFFC                                          None
///     0xFFFD                                          "no value": an unbound local, an empty slot
///
/// The JIT relies on this layout: a type guard is one shift and compare, int payloads are
/// sign-extended with `shl 16; sar 16`.
@frozen
public struct Value: Equatable, Sendable {
    public var bits: UInt64

    @inline(__always) public init(bits: UInt64) { self.bits = bits }

    public static let floatLimit: UInt64 = 0xFFF9_0000_0000_0000
    public static let intTag: UInt64 = 0xFFF9
    public static let objectTag: UInt64 = 0xFFFA
    public static let boolTag: UInt64 = 0xFFFB
    public static let payloadMask: UInt64 = 0x0000_FFFF_FFFF_FFFF
    /// Small ints hold 48 bits; anything wider lives in a `PyInt` on the heap.
    public static let smallIntMin = -(1 << 47)
    public static let smallIntMax = (1 << 47) - 1

    public static let none = Value(bits: 0xFFFC_0000_0000_0000)
    public static let `true` = Value(bits: 0xFFFB_0000_0000_0001)
    public static let `false` = Value(bits: 0xFFFB_0000_0000_0000)
    public static let null = Value(bits: 0xFFFD_0000_0000_0000)

    // MARK: floats

    @inline(__always) public init(_ double: Double) {
        bits = double.isNaN ? 0x7FF8_0000_0000_0000 : double.bitPattern
    }

    @inline(__always) public var isFloat: Bool { bits < Value.floatLimit }
    @inline(__always) public var float: Double { Double(bitPattern: bits) }

    // MARK: small ints

    @inline(__always) public static func fitsSmallInt(_ value: Int) -> Bool {
        (value << 16) >> 16 == value
    }

    /// `value` must satisfy `fitsSmallInt`; use `VM.int(_:)` for any Int.
    @inline(__always) public init(smallInt value: Int) {
        bits = (Value.intTag << 48) | (UInt64(bitPattern: Int64(value)) & Value.payloadMask)
    }

    @inline(__always) public var isSmallInt: Bool { bits >> 48 == Value.intTag }
    @inline(__always) public var smallInt: Int { Int(Int64(bitPattern: bits << 16) >> 16) }

    // MARK: bool, None, null

    @inline(__always) public init(_ bool: Bool) { bits = bool ? Value.true.bits : Value.false.bits }
    @inline(__always) public var isBool: Bool { bits >> 48 == Value.boolTag }
    @inline(__always) public var isNone: Bool { bits == Value.none.bits }
    @inline(__always) public var isNull: Bool { bits == Value.null.bits }

    // MARK: heap objects

    @inline(__always) public init(_ object: borrowing PyObject) {
        bits = (Value.objectTag << 48) | UInt64(UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque()))
    }

    @inline(__always) public var isObject: Bool { bits >> 48 == Value.objectTag }

    /// The object a pointer value refers to. The heap owns it; callers must not let it outlive a
    /// collection unless it stays reachable from a root.
    @inline(__always) public var object: PyObject {
        Unmanaged<PyObject>.fromOpaque(UnsafeRawPointer(bitPattern: UInt(bits & Value.payloadMask))!).takeUnretainedValue()
    }

    /// Whether this value points to an instance of exactly the Swift class `T`: one compare of the
    /// object's class pointer, no dynamic cast and no reference counting.
    @inline(__always) public func isInstance<T: PyObject>(exactly _: T.Type) -> Bool {
        isObject && UnsafeRawPointer(bitPattern: UInt(bits & Value.payloadMask))!.load(as: UnsafeRawPointer.self) == unsafeBitCast(T.self as AnyClass, to: UnsafeRawPointer.self)
    }

    /// The address of the object's type, read without reference counting; nil for unboxed values.
    @inline(__always) public var objectTypeAddress: UnsafeRawPointer? {
        guard isObject else { return nil }
        return UnsafeRawPointer(bitPattern: UInt(bits & Value.payloadMask))!.load(fromByteOffset: PyObject.typeFieldOffset, as: UnsafeRawPointer?.self)
    }

    /// The object as an unmanaged `T`; the value must hold a `T` (see `isInstance(exactly:)`).
    /// `_withUnsafeGuaranteedRef` on the result reads fields without reference counting.
    @inline(__always) public func unmanaged<T: PyObject>(_: T.Type) -> Unmanaged<T> {
        Unmanaged<T>.fromOpaque(UnsafeRawPointer(bitPattern: UInt(bits & Value.payloadMask))!)
    }

    /// The object if this value is a pointer to an instance of `T`'s exact Swift class or a subclass.
    /// The exact class is tested first by comparing the object's class pointer, which needs no
    /// dynamic cast and no reference counting; the hot loop mostly meets exact classes.
    @inline(__always) public func `as`<T: PyObject>(_: T.Type) -> T? {
        guard isObject else { return nil }
        if isInstance(exactly: T.self) { return unmanaged(T.self).takeUnretainedValue() }
        return object as? T
    }
}
