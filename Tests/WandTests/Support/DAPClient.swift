// A scripted DAP client: sends requests over a real socket, keeps events until asked for them,
// and records the whole session as a transcript that tests/dap/validate_transcript.py checks.

import Foundation

typealias JSON = [String: Any]

final class DAPClient {
    private let socket: Int32
    private var received = Data()
    private var pendingEvents: [JSON] = []
    private var nextSeq = 1
    private(set) var transcript: [JSON] = []

    /// Connects to the adapter on 127.0.0.1:`port`.
    init(port: Int) throws {
        socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { throw TestFailure("cannot connect to port \(port): \(String(cString: strerror(errno)))") }
    }

    deinit {
        close(socket)
    }

    // MARK: requests

    /// Sends a request without waiting; returns its seq.
    @discardableResult
    func send(_ command: String, _ arguments: JSON? = nil) -> Int {
        var message: JSON = ["seq": nextSeq, "type": "request", "command": command]
        if let arguments { message["arguments"] = arguments }
        nextSeq += 1
        transcript.append(["dir": "send", "msg": message])
        write(try! JSONSerialization.data(withJSONObject: message))
        return message["seq"] as! Int
    }

    /// Sends a request and returns its response (success or not); events that arrive first are kept.
    @discardableResult
    func request(_ command: String, _ arguments: JSON? = nil, timeout: Double = 10) throws -> JSON {
        let seq = send(command, arguments)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try receive(until: deadline, waitingFor: "the \(command) response")
            if message["type"] as? String == "response", message["request_seq"] as? Int == seq { return message }
            pendingEvents.append(message)
        }
    }

    /// The body of a successful response; throws with the adapter's message otherwise.
    func body(_ command: String, _ arguments: JSON? = nil) throws -> JSON {
        let response = try request(command, arguments)
        guard response["success"] as? Bool == true else {
            throw TestFailure("\(command) failed: \(response["message"] ?? "no message")")
        }
        return response["body"] as? JSON ?? [:]
    }

    /// Waits for the next event named `name`, skipping (but keeping) others.
    @discardableResult
    func event(_ name: String, timeout: Double = 10) throws -> JSON {
        if let index = pendingEvents.firstIndex(where: { $0["event"] as? String == name }) {
            return pendingEvents.remove(at: index)["body"] as? JSON ?? [:]
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try receive(until: deadline, waitingFor: "a \(name) event")
            if message["event"] as? String == name { return message["body"] as? JSON ?? [:] }
            pendingEvents.append(message)
        }
    }

    /// Everything the program printed, from the output events seen so far.
    func output(category: String = "stdout") -> String {
        transcript.compactMap { record -> String? in
            guard record["dir"] as? String == "recv", let message = record["msg"] as? JSON, message["event"] as? String == "output",
                  let body = message["body"] as? JSON, body["category"] as? String == category else { return nil }
            return body["output"] as? String
        }.joined()
    }

    // MARK: sessions

    /// initialize, attach, breakpoints and configurationDone, as an editor does it.
    func attach(breakpoints: [String: [JSON]] = [:], exceptionFilters: [String] = [], attachArguments: JSON = [:]) throws {
        try body("initialize", ["adapterID": "wand", "clientID": "wand-tests", "linesStartAt1": true, "columnsStartAt1": true])
        try event("initialized")
        try body("attach", attachArguments)
        for (path, lines) in breakpoints {
            try body("setBreakpoints", ["source": ["path": path], "breakpoints": lines])
        }
        try body("setExceptionBreakpoints", ["filters": exceptionFilters])
        try body("configurationDone")
    }

    /// The stack of the stopped thread, top first: (name, line, id).
    func stack() throws -> [(name: String, line: Int, id: Int)] {
        let frames = try body("stackTrace", ["threadId": 1])["stackFrames"] as! [JSON]
        return frames.map { ($0["name"] as! String, $0["line"] as! Int, $0["id"] as! Int) }
    }

    /// name → value of the variables under a reference.
    func variables(_ reference: Int) throws -> [String: String] {
        let variables = try body("variables", ["variablesReference": reference])["variables"] as! [JSON]
        return Dictionary(variables.map { ($0["name"] as! String, $0["value"] as! String) }, uniquingKeysWith: { first, _ in first })
    }

    /// The variables reference of a frame's scope ("Locals" or "Globals").
    func scope(_ name: String, frameID: Int) throws -> Int {
        let scopes = try body("scopes", ["frameId": frameID])["scopes"] as! [JSON]
        return scopes.first { $0["name"] as? String == name }!["variablesReference"] as! Int
    }

    // MARK: the wire

    /// Bytes that are not DAP at all.
    func sendGarbage(_ text: String) {
        write(Data(text.utf8), framed: false)
    }

    func disconnectAbruptly() {
        shutdown(socket, Int32(SHUT_RDWR))
    }

    private func write(_ body: Data, framed: Bool = true) {
        let bytes = framed ? Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body : body
        _ = bytes.withUnsafeBytes { Foundation.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    private func receive(until deadline: Date, waitingFor what: String) throws -> JSON {
        while true {
            if let message = try nextBufferedMessage() {
                transcript.append(["dir": "recv", "msg": message])
                return message
            }
            let remaining = deadline.timeIntervalSinceNow
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard remaining > 0, poll(&descriptor, 1, Int32(remaining * 1000)) > 0 else { throw TestFailure("timed out waiting for \(what)") }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = recv(socket, &chunk, chunk.count, 0)
            guard count > 0 else { throw TestFailure("the adapter closed the connection while we waited for \(what)") }
            received.append(contentsOf: chunk[0..<count])
        }
    }

    private func nextBufferedMessage() throws -> JSON? {
        guard let headerEnd = received.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let header = String(decoding: received[received.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        guard let length = header.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw TestFailure("bad header \(header)")
        }
        guard received.count - (headerEnd.upperBound - received.startIndex) >= length else { return nil }
        let body = received[headerEnd.upperBound..<headerEnd.upperBound + length]
        received = Data(received[(headerEnd.upperBound + length)...])
        return try JSONSerialization.jsonObject(with: body) as? JSON
    }

    // MARK: the transcript

    /// Writes the transcript and runs the validator on it; throws with its report if it objects.
    func validateTranscript(name: String) throws {
        let path = NSTemporaryDirectory() + "wand-dap-\(name)-\(UUID().uuidString).json"
        try JSONSerialization.data(withJSONObject: ["transcript": transcript], options: [.prettyPrinted]).write(to: URL(fileURLWithPath: path))
        let validator = Process()
        validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        validator.arguments = ["python3", Self.validatorPath, path]
        let output = Pipe()
        validator.standardOutput = output
        validator.standardError = output
        try validator.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        validator.waitUntilExit()
        guard validator.terminationStatus == 0 else { throw TestFailure("transcript \(path) is not valid DAP:\n\(report)") }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// tests/dap/validate_transcript.py of this checkout.
    private static let validatorPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tests/dap/validate_transcript.py").path
}
