// Debug Adapter Protocol base framing: `Content-Length: N\r\n\r\n` followed by N bytes of JSON.

/// Splits a byte stream into DAP message bodies.
public struct MessageFraming: Sendable {
    public enum FramingError: Error, Equatable {
        case missingContentLength
        case invalidContentLength(String)
    }

    private var buffer: [UInt8] = []

    public init() {}

    /// Wraps a JSON body in a DAP header.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Appends received bytes.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Returns the next complete message body, or nil until enough bytes have arrived.
    public mutating func nextMessage() throws(FramingError) -> [UInt8]? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headerEnd = buffer.firstRange(of: separator) else { return nil }
        let header = String(decoding: buffer[..<headerEnd.lowerBound], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            let text = parts[1].trimmingPrefix(while: { $0 == " " })
            guard let value = Int(text), value >= 0 else { throw .invalidContentLength(String(text)) }
            length = value
        }
        guard let length else { throw .missingContentLength }
        let bodyStart = headerEnd.upperBound
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        buffer.removeSubrange(..<(bodyStart + length))
        return body
    }
}
