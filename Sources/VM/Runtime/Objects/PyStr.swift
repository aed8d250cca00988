// str: immutable Unicode text with its code-point count and hash cached.

public final class PyStr: PyObject {
    /// The `__dict__` of an instance of a class defined in Python that derives from this type;
    /// nil for the type's own instances.
    public var attributes: PyDict?
    /// The text. A concatenation result keeps only its right part here until first read (see
    /// `init(concatenating:_:type:)`).
    private var storage: String
    /// The left part of a concatenation not copied yet; nil once the text is whole.
    private var pendingLeft: PyStr?
    /// Number of code points (Python's `len`).
    public let count: Int
    public let isASCII: Bool
    /// Length in UTF-8 bytes.
    public let utf8Count: Int
    /// Set by `VM.intern`: interned strings live as long as the process, so their address
    /// identifies their text (the attribute cache keys on it).
    public internal(set) var isInterned = false
    private var cachedHash: Int?
    private var cachedScalars: [Unicode.Scalar]?

    public init(type: PyType, _ value: String) {
        var text = value
        var ascii = true
        var scalarCount = 0
        let byteCount = text.withUTF8 { bytes in
            for byte in bytes {
                ascii = ascii && byte < 0x80
                scalarCount &+= byte & 0xC0 != 0x80 ? 1 : 0
            }
            return bytes.count
        }
        self.storage = text
        self.isASCII = ascii
        self.count = scalarCount
        self.utf8Count = byteCount
        super.init(type: type)
    }

    /// Below this many bytes on the left, concatenation copies at once: joining later would cost more.
    public static let deferredConcatenationMinimum = 256

    /// `left + right` without copying `left`: a loop that grows a string with `+=` would
    /// otherwise copy the whole text at every step. The parts are joined when the text is read,
    /// usually once at the end.
    public init(concatenating left: PyStr, _ right: PyStr, type: PyType) {
        storage = right.value
        pendingLeft = left
        count = left.count + right.count
        isASCII = left.isASCII && right.isASCII
        utf8Count = left.utf8Count + right.utf8Count
        super.init(type: type)
    }

    /// Frees a long chain of pending parts one node at a time instead of recursively.
    deinit {
        var next = pendingLeft
        pendingLeft = nil
        while next != nil && isKnownUniquelyReferenced(&next!) {
            let following = next!.pendingLeft
            next!.pendingLeft = nil
            next = following
        }
    }

    public override func traverse(_ marker: inout Marker) {
        if let pendingLeft { marker.mark(pendingLeft) }
        if let attributes { marker.mark(attributes) }
    }

    public var value: String {
        if pendingLeft != nil { join() }
        return storage
    }

    /// Copies the pending left parts and this node's right part into one string.
    private func join() {
        var rightParts = [storage]
        var node = pendingLeft!
        while let left = node.pendingLeft {
            rightParts.append(node.storage)
            node = left
        }
        var text = String()
        text.reserveCapacity(utf8Count)
        text += node.storage
        for part in rightParts.reversed() { text += part }
        storage = text
        pendingLeft = nil
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

    /// Python's equality: the same code points. (Swift's `==` on `String` also equates
    /// canonically equivalent text, such as "\u{e9}" and "e\u{301}", which Python keeps apart.)
    public func hasSameText(as other: PyStr) -> Bool {
        if self === other { return true }
        guard utf8Count == other.utf8Count else { return false }
        if let hash = cachedHash, let otherHash = other.cachedHash, hash != otherHash { return false }
        let left = value.utf8
        let right = other.value.utf8
        return left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in leftBytes.elementsEqual(rightBytes) }
        }.flatMap { $0 } ?? left.elementsEqual(right)
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
