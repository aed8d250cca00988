// Code point algorithms behind the str methods: searching, splitting and Python's character classes.

/// A unit of text that indexes like a code point: a UTF-8 byte of ASCII text, or a Unicode scalar.
/// The algorithms below are generic over it so ASCII text is scanned in place, without decoding.
protocol CodePointUnit: Equatable {
    var codePoint: UInt32 { get }
}

extension UInt8: CodePointUnit {
    var codePoint: UInt32 { UInt32(self) }
}

extension Unicode.Scalar: CodePointUnit {
    var codePoint: UInt32 { value }
}

/// Python's character classes where they differ from Swift's.
enum PythonCharacters {
    /// `Py_UNICODE_ISSPACE`: what `split()`, `strip()` and `isspace()` treat as whitespace.
    static func isWhitespace(_ codePoint: UInt32) -> Bool {
        switch codePoint {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The line boundaries of `str.splitlines`, apart from "\r\n" which counts as one.
    static func isLineBreak(_ codePoint: UInt32) -> Bool {
        switch codePoint {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

/// Searching and splitting over code point units; every index and range counts code points.
enum TextAlgorithms {
    /// Start indices of non-overlapping occurrences of a non-empty `needle` in `text[range]`,
    /// leftmost first, at most `limit` of them.
    static func occurrences<Text: RandomAccessCollection>(of needle: Text, in text: Text, within range: Range<Int>, limit: Int) -> [Int]
    where Text.Index == Int, Text.Element: Equatable {
        var found: [Int] = []
        guard let first = needle.first else { return found }
        let length = needle.count
        var position = range.lowerBound
        while found.count < limit && position + length <= range.upperBound {
            if text[position] == first && matches(needle, in: text, at: position) {
                found.append(position)
                position += length
            } else {
                position += 1
            }
        }
        return found
    }

    /// Like `occurrences`, scanning from the right: rightmost first.
    static func lastOccurrences<Text: RandomAccessCollection>(of needle: Text, in text: Text, within range: Range<Int>, limit: Int) -> [Int]
    where Text.Index == Int, Text.Element: Equatable {
        var found: [Int] = []
        guard let first = needle.first else { return found }
        let length = needle.count
        var position = range.upperBound - length
        while found.count < limit && position >= range.lowerBound {
            if text[position] == first && matches(needle, in: text, at: position) {
                found.append(position)
                position -= length
            } else {
                position -= 1
            }
        }
        return found
    }

    private static func matches<Text: RandomAccessCollection>(_ needle: Text, in text: Text, at position: Int) -> Bool
    where Text.Index == Int, Text.Element: Equatable {
        var offset = 1
        while offset < needle.count {
            if text[position + offset] != needle[needle.startIndex + offset] { return false }
            offset += 1
        }
        return true
    }

    /// `str.split()` without a separator: runs of non-whitespace, at most `maxSplit` splits from
    /// the left; the last field is the rest of the text from its first non-whitespace.
    static func whitespaceFields<Text: RandomAccessCollection>(_ text: Text, maxSplit: Int) -> [Range<Int>]
    where Text.Index == Int, Text.Element: CodePointUnit {
        var fields: [Range<Int>] = []
        var position = text.startIndex
        let end = text.endIndex
        while true {
            while position < end && PythonCharacters.isWhitespace(text[position].codePoint) { position += 1 }
            if position == end { break }
            if fields.count == maxSplit {
                fields.append(position..<end)
                break
            }
            let start = position
            while position < end && !PythonCharacters.isWhitespace(text[position].codePoint) { position += 1 }
            fields.append(start..<position)
        }
        return fields
    }

    /// `str.rsplit()` without a separator: like `whitespaceFields` from the right, fields in text order.
    static func lastWhitespaceFields<Text: RandomAccessCollection>(_ text: Text, maxSplit: Int) -> [Range<Int>]
    where Text.Index == Int, Text.Element: CodePointUnit {
        var fields: [Range<Int>] = []
        var position = text.endIndex
        let start = text.startIndex
        while true {
            while position > start && PythonCharacters.isWhitespace(text[position - 1].codePoint) { position -= 1 }
            if position == start { break }
            if fields.count == maxSplit {
                fields.append(start..<position)
                break
            }
            let end = position
            while position > start && !PythonCharacters.isWhitespace(text[position - 1].codePoint) { position -= 1 }
            fields.append(position..<end)
        }
        return fields.reversed()
    }

    /// The part of `text` left after dropping units that `shouldStrip` accepts from either end.
    static func strippedRange<Text: RandomAccessCollection>(_ text: Text, leading: Bool, trailing: Bool, _ shouldStrip: (UInt32) -> Bool) -> Range<Int>
    where Text.Index == Int, Text.Element: CodePointUnit {
        var start = text.startIndex
        var end = text.endIndex
        if leading { while start < end && shouldStrip(text[start].codePoint) { start += 1 } }
        if trailing { while end > start && shouldStrip(text[end - 1].codePoint) { end -= 1 } }
        return start..<end
    }

    /// Lines of `str.splitlines`, each with or without its line break.
    static func lines<Text: RandomAccessCollection>(_ text: Text, keepEnds: Bool) -> [Range<Int>]
    where Text.Index == Int, Text.Element: CodePointUnit {
        var lines: [Range<Int>] = []
        var position = text.startIndex
        let end = text.endIndex
        while position < end {
            let start = position
            while position < end && !PythonCharacters.isLineBreak(text[position].codePoint) { position += 1 }
            let contentEnd = position
            if position < end {
                let isCarriageReturnLineFeed = text[position].codePoint == 0x0D && position + 1 < end && text[position + 1].codePoint == 0x0A
                position += isCarriageReturnLineFeed ? 2 : 1
            }
            lines.append(start..<(keepEnds ? position : contentEnd))
        }
        return lines
    }
}

extension PyStr {
    /// Runs an algorithm over this text's code points: its UTF-8 bytes when the text is ASCII,
    /// which index like code points and need no decoding, else its cached scalars.
    func scanCodePoints<Result>(ascii: (UnsafeBufferPointer<UInt8>) -> Result, unicode: ([Unicode.Scalar]) -> Result) -> Result {
        guard isASCII else { return unicode(scalars) }
        var text = value
        return text.withUTF8(ascii)
    }

    /// Start indices of non-overlapping occurrences of `needle` (non-empty) in `range`, leftmost first.
    func occurrences(of needle: PyStr, within range: Range<Int>, limit: Int = .max) -> [Int] {
        if isASCII && needle.isASCII {
            var needleText = needle.value
            return needleText.withUTF8 { needleBytes in
                scanCodePoints(ascii: { TextAlgorithms.occurrences(of: needleBytes, in: $0, within: range, limit: limit) }, unicode: { _ in [] })
            }
        }
        // Non-ASCII code points never occur in ASCII text.
        if isASCII { return [] }
        return TextAlgorithms.occurrences(of: needle.scalars, in: scalars, within: range, limit: limit)
    }

    /// Start indices of non-overlapping occurrences of `needle` (non-empty) in `range`, rightmost first.
    func lastOccurrences(of needle: PyStr, within range: Range<Int>, limit: Int = .max) -> [Int] {
        if isASCII && needle.isASCII {
            var needleText = needle.value
            return needleText.withUTF8 { needleBytes in
                scanCodePoints(ascii: { TextAlgorithms.lastOccurrences(of: needleBytes, in: $0, within: range, limit: limit) }, unicode: { _ in [] })
            }
        }
        if isASCII { return [] }
        return TextAlgorithms.lastOccurrences(of: needle.scalars, in: scalars, within: range, limit: limit)
    }

    /// Whether `needle` occurs at exactly `position`.
    func contains(_ needle: PyStr, at position: Int) -> Bool {
        guard position >= 0, position + needle.count <= count else { return false }
        if needle.count == 0 { return true }
        return !occurrences(of: needle, within: position..<(position + needle.count), limit: 1).isEmpty
    }
}
