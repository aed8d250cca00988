// One client's session: reads requests, hands each to its `on<Request>` handler, and sends
// responses and events. The handlers (DebugSession+Requests.swift) only translate between DAP
// and the `Debugger`.

import Foundation
import Synchronization
import VM

final class DebugSession {
    /// The VM runs one interpreter thread; DAP sees it as thread 1.
    static let mainThreadID = 1

    let connection: Connection
    let debugger: Debugger
    let vm: VM
    var paths = PathMapper([])
    /// Called once the client has sent configurationDone (`wait_for_client` waits for it).
    let onConfigured: () -> Void
    private let nextSeq = Mutex(1)
    private let encoder = JSONEncoder()
    private let decoder = JSONDecoder()
    private var ended = false

    /// A request as received: its header and its raw JSON, decoded further by its handler.
    struct Request {
        let header: RequestHeader
        let json: Data

        var seq: Int { header.seq }
        var command: String { header.command }
    }

    init(connection: Connection, debugger: Debugger, vm: VM, onConfigured: @escaping () -> Void) {
        self.connection = connection
        self.debugger = debugger
        self.vm = vm
        self.onConfigured = onConfigured
        encoder.outputFormatting = .withoutEscapingSlashes
    }

    /// Serves requests until the client disconnects, goes away or sends something that is not DAP.
    func run() {
        var framing = MessageFraming()
        while !ended {
            do {
                while !ended, let body = try framing.nextMessage() {
                    let json = Data(body)
                    let header = try decoder.decode(RequestHeader.self, from: json)
                    guard header.type == "request" else { continue }
                    handle(Request(header: header, json: json))
                }
            } catch {
                return
            }
            if !ended && !connection.receive(into: &framing) { return }
        }
    }

    /// Ends the session after the current request.
    func end() {
        ended = true
    }

    private func handle(_ request: Request) {
        switch request.command {
        case "initialize": onInitialize(request)
        case "attach", "launch": onAttach(request)
        case "setBreakpoints": onSetBreakpoints(request)
        case "setFunctionBreakpoints": onSetFunctionBreakpoints(request)
        case "setExceptionBreakpoints": onSetExceptionBreakpoints(request)
        case "configurationDone": onConfigurationDone(request)
        case "threads": onThreads(request)
        case "stackTrace": onStackTrace(request)
        case "scopes": onScopes(request)
        case "variables": onVariables(request)
        case "setVariable": onSetVariable(request)
        case "evaluate": onEvaluate(request)
        case "continue": onContinue(request)
        case "next": onNext(request)
        case "stepIn": onStepIn(request)
        case "stepOut": onStepOut(request)
        case "pause": onPause(request)
        case "exceptionInfo": onExceptionInfo(request)
        case "source": onSource(request)
        case "loadedSources": onLoadedSources(request)
        case "disconnect": onDisconnect(request)
        case "terminate": onTerminate(request)
        default: fail(request, "wand does not support the \(request.command) request")
        }
    }

    // MARK: sending

    /// The request's arguments; a request without them decodes as `Arguments` from `{}`.
    func arguments<Arguments: Decodable>(_ request: Request, as type: Arguments.Type) throws -> Arguments {
        if let arguments = try decoder.decode(RequestArguments<Arguments>.self, from: request.json).arguments {
            return arguments
        }
        return try decoder.decode(Arguments.self, from: Data("{}".utf8))
    }

    func respond<Body: Encodable>(_ request: Request, _ body: Body) {
        send { seq in ResponseMessage(seq: seq, request_seq: request.seq, success: true, command: request.command, body: body) }
    }

    func respond(_ request: Request) {
        respond(request, NoBody())
    }

    func fail(_ request: Request, _ message: String) {
        send { seq in
            ResponseMessage(seq: seq, request_seq: request.seq, success: false, command: request.command, message: message, body: ErrorBody(error: .init(id: 1, format: message)))
        }
    }

    func sendEvent<Body: Encodable>(_ event: String, _ body: Body) {
        send { seq in EventMessage(seq: seq, event: event, body: body) }
    }

    func sendEvent(_ event: String) {
        sendEvent(event, NoBody())
    }

    /// Numbers and writes a message; the lock keeps seq in wire order across threads.
    private func send<Message: Encodable>(_ message: (Int) -> Message) {
        nextSeq.withLock { seq in
            guard let json = try? encoder.encode(message(seq)) else { return }
            seq += 1
            connection.send(Array(json))
        }
    }
}
