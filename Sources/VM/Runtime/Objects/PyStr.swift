// str: immutable Unicode text with its code-point count and hash cached.

public final class PyStr: PyObject {
    public let value: String
    /// Number of code points (Python's `len`).
    public let count: Int
    public let isASCII: Bool
    private var cachedHash: Int?
    private var cachedScalars: [Unicode.Scalar]?

    public init(type: PyType, _ value: String) {
        self.value = value
        var ascii = true
        var scalarCount = 0
        for byte in value.utf8 {
            if byte >= 0x80 { ascii = false }
            if byte & 0xC0 != 0x80 { scalarCount += 1 }
        }
        self.isASCII = ascii
        self.count = scalarCount
        super.init(type: type)
    }

    /// Code points, for O(1) indexing of non-ASCII text.
    public var scalars: [Unicode.Scalar] {
        if let cachedScalars { return cachedScalars }
        let scalars = Array(value.unicodeScalars)
        cachedScalars = scalars
        return scalars
    }

    /// The code point at `index` (0-based, already bounds-checked).
    public func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[index]) } ?? scalars[index]
        }
        return scalars[index]
    }

    /// Text of the code points in `range`.
    public func substring(_ range: Range<Int>) -> String {
        if isASCII {
            let utf8 = value.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return String(value[start..<end])
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
    }

    /// A stable 64-bit FNV-1a hash folded into Python's hash range (never -1).
    public var hash: Int {
        if let cachedHash { return cachedHash }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in value.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        var result = Int(bitPattern: UInt(hash))
        if result == -1 { result = -2 }
        cachedHash = result
        return result
    }
}
