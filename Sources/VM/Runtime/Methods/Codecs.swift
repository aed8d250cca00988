// The codecs the VM knows — UTF-8, ASCII and Latin-1 — and `bytes.decode`, with CPython's
// error handlers (`strict`, `ignore`, `replace`) and UnicodeDecodeError messages.

/// A text encoding, found by any of CPython's names for it.
enum TextCodec {
    case utf8, ascii, latin1

    init?(name: String) {
        switch String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 }) {
        case "utf-8", "utf8", "u8", "utf", "cp65001": self = .utf8
        case "ascii", "us-ascii", "646": self = .ascii
        case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819": self = .latin1
        default: return nil
        }
    }

    /// The name error messages use.
    var name: String {
        switch self {
        case .utf8: "utf-8"
        case .ascii: "ascii"
        case .latin1: "latin-1"
        }
    }

    /// One past the largest code point a single byte encodes.
    var byteLimit: UInt32 {
        switch self {
        case .utf8, .ascii: 0x80
        case .latin1: 0x100
        }
    }
}

extension VM {
    func textCodec(_ name: String) throws(PyError) -> TextCodec {
        guard let codec = TextCodec(name: name) else { throw error(exceptionType("LookupError"), "unknown encoding: \(name)") }
        return codec
    }

    func installBytesMethods() {
        addMethod(bytesType, "decode") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let bytes = try vm.receiver(arguments, PyBytes.self, "bytes.decode")
            let bound = try vm.bindMethodArguments(arguments, "decode", ["encoding", "errors"])
            func text(_ value: Value?, _ parameter: String, _ fallback: String) throws(PyError) -> String {
                guard let value else { return fallback }
                guard let string = value.as(PyStr.self) else { throw vm.typeError("decode() argument '\(parameter)' must be str, not \(vm.typeName(value))") }
                return string.value
            }
            let codec = try vm.textCodec(try text(bound[0], "encoding", "utf-8"))
            return vm.str(try vm.decode(bytes.bytes[...], codec: codec, errors: try text(bound[1], "errors", "strict")))
        }
    }

    /// Decodes `bytes`; an undecodable run becomes U+FFFD under `replace`, nothing under
    /// `ignore`, and a UnicodeDecodeError naming it under `strict`.
    func decode(_ bytes: ArraySlice<UInt8>, codec: TextCodec, errors: String) throws(PyError) -> String {
        if codec == .utf8, let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var position = bytes.startIndex
        while position < bytes.endIndex {
            let (scalar, length, reason) = Self.decodeScalar(bytes, at: position, codec: codec)
            if let scalar {
                scalars.append(scalar)
                position += length
                continue
            }
            switch errors {
            case "strict":
                let (start, end) = (position - bytes.startIndex, position - bytes.startIndex + length)
                let what = length == 1 ? "byte 0x\(String(bytes[position], radix: 16).leftPadded(to: 2)) in position \(start)" : "bytes in position \(start)-\(end - 1)"
                throw error(exceptionType("UnicodeDecodeError"), "'\(codec.name)' codec can't decode \(what): \(reason)")
            case "replace": scalars.append("\u{FFFD}")
            case "ignore": break
            default: throw error(exceptionType("LookupError"), "unknown error handler name '\(errors)'")
            }
            position += length
        }
        return String(scalars)
    }

    /// The code point at `position` and its length in bytes; when the bytes there are invalid,
    /// a nil scalar, the length of the invalid run (CPython's "maximal subpart") and why.
    private static func decodeScalar(_ bytes: ArraySlice<UInt8>, at position: Int, codec: TextCodec) -> (Unicode.Scalar?, Int, String) {
        let lead = bytes[position]
        if UInt32(lead) < codec.byteLimit { return (Unicode.Scalar(lead), 1, "") }
        if codec != .utf8 { return (nil, 1, "ordinal not in range(128)") }
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xE1...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        default: return (nil, 1, "invalid start byte")
        }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            guard position + offset < bytes.endIndex else { return (nil, offset, "unexpected end of data") }
            let byte = bytes[position + offset]
            guard offset == 1 ? secondRange.contains(byte) : (0x80...0xBF).contains(byte) else { return (nil, offset, "invalid continuation byte") }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value), length, "")
    }
}
