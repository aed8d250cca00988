// The storage of `array.array`: items of one C type, packed little-endian in a byte buffer.

/// An array typecode: the C type of the items.
enum ArrayFormat: Character, CaseIterable {
    case signedChar = "b", unsignedChar = "B", unicode = "u", signedShort = "h", unsignedShort = "H"
    case signedInt = "i", unsignedInt = "I", signedLong = "l", unsignedLong = "L"
    case signedLongLong = "q", unsignedLongLong = "Q", float = "f", double = "d"

    var itemSize: Int {
        switch self {
        case .signedChar, .unsignedChar: 1
        case .signedShort, .unsignedShort: 2
        case .unicode, .signedInt, .unsignedInt, .float: 4
        case .signedLong, .unsignedLong, .signedLongLong, .unsignedLongLong, .double: 8
        }
    }

    var isSigned: Bool { [.signedChar, .signedShort, .signedInt, .signedLong, .signedLongLong].contains(self) }
    var isFloatingPoint: Bool { self == .float || self == .double }
}

/// An `array.array`: its format and its items' bytes.
final class PyArray: PyObject {
    let format: ArrayFormat
    var bytes: [UInt8]

    init(type: PyType, format: ArrayFormat, bytes: [UInt8] = []) {
        self.format = format
        self.bytes = bytes
        super.init(type: type)
    }

    var count: Int { bytes.count / format.itemSize }

    /// The bit pattern of item `index`, zero-extended.
    func bits(at index: Int) -> UInt64 {
        let offset = index * format.itemSize
        return bytes.withUnsafeBytes { raw -> UInt64 in
            switch format.itemSize {
            case 1: UInt64(raw[offset])
            case 2: UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
            case 4: UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            default: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            }
        }
    }

    /// The bytes of one item with the bit pattern `bits` (truncated to the item size).
    func itemBytes(_ bits: UInt64) -> [UInt8] {
        (0..<format.itemSize).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
    }

    func byteRange(_ items: Range<Int>) -> Range<Int> {
        (items.lowerBound * format.itemSize)..<(items.upperBound * format.itemSize)
    }
}
