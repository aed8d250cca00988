import Testing
@testable import DAPServer

@Suite struct MessageFramingTests {
    @Test func splitsMessagesArrivingInPieces() throws {
        let first = Array(#"{"seq":1}"#.utf8)
        let second = Array(#"{"seq":2,"x":"é"}"#.utf8)
        let stream = MessageFraming.frame(first) + MessageFraming.frame(second)
        var framing = MessageFraming()
        var bodies: [[UInt8]] = []
        for byte in stream {
            framing.append([byte])
            while let body = try framing.nextMessage() { bodies.append(body) }
        }
        #expect(bodies == [first, second])
    }

    @Test func rejectsAHeaderWithoutContentLength() {
        var framing = MessageFraming()
        framing.append(Array("Content-Type: json\r\n\r\n{}".utf8))
        #expect(throws: MessageFraming.FramingError.missingContentLength) { try framing.nextMessage() }
    }

    @Test func rejectsANegativeLength() {
        var framing = MessageFraming()
        framing.append(Array("Content-Length: -4\r\n\r\n{}".utf8))
        #expect(throws: MessageFraming.FramingError.invalidContentLength("-4")) { try framing.nextMessage() }
    }
}
