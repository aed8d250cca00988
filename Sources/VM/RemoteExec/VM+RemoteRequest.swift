// Running a remote-exec request: fresh namespace, captured output, the program left as it was.

import CVMSupport

/// What a request printed, and whether it raised (its traceback is then at the end of stderr).
struct RemoteRequestResult {
    var raised: Bool
    var standardOutput: [UInt8]
    var standardError: [UInt8]
}

extension VM {
    /// The module name requests run under; they are not entered in sys.modules.
    static let remoteRequestModuleName = "__wand_exec__"
    /// The file name that tracebacks of requests show.
    static let remoteRequestFilename = "<wand exec>"

    /// Runs `source` as a module of its own that can import anything the program can. Called
    /// with the VM lock held, while the program is stopped at a safe point or in a blocking call;
    /// the program's frames, handled exception and buffered output are untouched.
    func runRemoteRequest(source: String) -> RemoteRequestResult {
        output.startDiverting()
        errorOutput.startDiverting()
        // The request must not see (or chain its exceptions to) what the program is handling.
        let programHandledException = handledException
        handledException = .none
        // Every safe point of the request then checks whether its client cancelled it.
        interruptFlags.bitwiseOr(InterruptReason.remoteRequestRunning.rawValue, ordering: .relaxed)
        var raised = false
        do {
            let module = newModule(Self.remoteRequestModuleName)
            let code = try compile(source: source, filename: Self.remoteRequestFilename)
            _ = try execute(code, globals: module.dict)
        } catch {
            raised = true
            let exception = error.exception
            errorOutput.write(syntaxErrorReports.removeValue(forKey: exception.bits) ?? formatTraceback(exception))
        }
        interruptFlags.bitwiseAnd(~InterruptReason.remoteRequestRunning.rawValue, ordering: .relaxed)
        handledException = programHandledException
        return RemoteRequestResult(raised: raised, standardOutput: output.stopDiverting(), standardError: errorOutput.stopDiverting())
    }

    /// Whether the client of the running request gave up and asked to interrupt it.
    var remoteRequestCancelled: Bool { wand_mailbox_cancel_requested() != 0 }
}
