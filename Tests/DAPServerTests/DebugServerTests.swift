import Foundation
import Testing
import VM
@testable import DAPServer

/// The adapter in this process, with no program running: what it answers before any stop.
@Suite struct DebugServerTests {
    /// A raw connection: the tests here send what the Swift client of WandTests never would.
    final class RawClient {
        let socket: Int32
        private var framing = MessageFraming()

        init(port: Int) throws {
            socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            guard connected == 0 else { throw MessageFraming.FramingError.missingContentLength }
        }

        deinit { close(socket) }

        /// Sends a request and returns its response, skipping events.
        func response(to json: String) throws -> [String: Any] {
            let frame = MessageFraming.frame(Array(json.utf8))
            _ = frame.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            while true {
                let message = try next()
                if message["type"] as? String == "response" { return message }
            }
        }

        private func next() throws -> [String: Any] {
            while true {
                if let body = try framing.nextMessage() { return try JSONSerialization.jsonObject(with: Data(body)) as! [String: Any] }
                var chunk = [UInt8](repeating: 0, count: 65536)
                let count = recv(socket, &chunk, chunk.count, 0)
                guard count > 0 else { throw MessageFraming.FramingError.missingContentLength }
                framing.append(chunk[0..<count])
            }
        }
    }

    @Test func acceptsSeqZeroUnknownAttachKeysAndConfigurationDone() throws {
        let vm = VM()
        let (server, _) = try DebugAgent.install(on: vm).listen(host: "127.0.0.1", port: 0, waitForClient: false)
        let client = try RawClient(port: server.port)
        let initialized = try client.response(to: #"{"seq":0,"type":"request","command":"initialize","arguments":{"adapterID":"x"}}"#)
        #expect(initialized["request_seq"] as? Int == 0)
        #expect(initialized["success"] as? Bool == true)
        let capabilities = initialized["body"] as! [String: Any]
        #expect(capabilities["supportsConditionalBreakpoints"] as? Bool == true)
        #expect(capabilities["supportsStepBack"] == nil)
        let attached = try client.response(to: #"{"seq":0,"type":"request","command":"attach","arguments":{"justMyCode":false,"subProcess":true}}"#)
        #expect(attached["success"] as? Bool == true)
        let configured = try client.response(to: #"{"seq":0,"type":"request","command":"configurationDone"}"#)
        #expect(configured["success"] as? Bool == true)
        let stack = try client.response(to: #"{"seq":0,"type":"request","command":"stackTrace","arguments":{"threadId":1}}"#)
        #expect(stack["success"] as? Bool == false)
        #expect(stack["message"] as? String == "the program is running; pause it first")
        let unknown = try client.response(to: #"{"seq":0,"type":"request","command":"stepBack","arguments":{"threadId":1}}"#)
        #expect(unknown["message"] as? String == "wand does not support the stepBack request")
    }
}
