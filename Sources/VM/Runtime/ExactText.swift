// Text as a dictionary key that Python would consider the same: equal code points, nothing less.

/// Swift's `String` equality and hashing treat canonically equivalent text ("\u{e9}" and
/// "e\u{301}") as one key; Python's str does not. Tables of Python text (interned strings,
/// compiler constants) key on this instead.
public struct ExactText: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (left: ExactText, right: ExactText) -> Bool {
        let bytesEqual = left.text.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.text.utf8.withContiguousStorageIfAvailable { rightBytes in leftBytes.elementsEqual(rightBytes) }
        }
        return bytesEqual.flatMap { $0 } ?? left.text.utf8.elementsEqual(right.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
