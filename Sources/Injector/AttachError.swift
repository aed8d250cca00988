// Every way an attach can fail, each with what to do about it.

/// A failure to reach or use a target's remote-exec mailbox. `message` says what happened,
/// `remedy` what to do; `identifier` and `exitStatus` are stable for scripts.
public enum AttachError: Error, Equatable {
    case noSuchProcess(pid: Int32)
    case notAVM(pid: Int32, reason: String)
    case vmStarting(pid: Int32)
    case vmFinalizing(pid: Int32)
    case remoteExecDisabled(pid: Int32)
    case permissionDenied(pid: Int32, rule: String, remedy: String)
    case payloadTooLarge(bytes: Int, limit: Int)
    case targetExited(pid: Int32)
    case busy(pid: Int32, detail: String)
    case timeout(pid: Int32, seconds: Double, activity: String)
    case protocolError(pid: Int32, detail: String)

    public var identifier: String {
        switch self {
        case .noSuchProcess: "no-such-process"
        case .notAVM: "not-a-wand-vm"
        case .vmStarting: "vm-starting"
        case .vmFinalizing: "vm-finalizing"
        case .remoteExecDisabled: "remote-exec-disabled"
        case .permissionDenied: "permission-denied"
        case .payloadTooLarge: "payload-too-large"
        case .targetExited: "target-exited"
        case .busy: "busy"
        case .timeout: "timeout"
        case .protocolError: "protocol-error"
        }
    }

    /// Exit statuses of `wand exec` (0: the code ran, 1: it raised; docs/troubleshooting.md).
    public var exitStatus: Int32 {
        switch self {
        case .noSuchProcess, .targetExited: 3
        case .notAVM, .vmStarting, .vmFinalizing, .protocolError: 4
        case .remoteExecDisabled: 5
        case .permissionDenied: 6
        case .busy: 7
        case .timeout: 8
        case .payloadTooLarge: 9
        }
    }

    public var message: String {
        switch self {
        case .noSuchProcess(let pid): "no such process: \(pid)"
        case .notAVM(let pid, let reason): "pid \(pid) is not a wand VM: \(reason)"
        case .vmStarting(let pid): "the VM in pid \(pid) is still starting"
        case .vmFinalizing(let pid): "the VM in pid \(pid) is finalizing (its program has ended)"
        case .remoteExecDisabled(let pid): "remote exec disabled in pid \(pid)"
        case .permissionDenied(let pid, let rule, _): "permission denied for pid \(pid): \(rule)"
        case .payloadTooLarge(let bytes, let limit): "payload too large: \(bytes) bytes, the mailbox holds \(limit)"
        case .targetExited(let pid): "pid \(pid) exited during the request"
        case .busy(let pid, let detail): "pid \(pid) is busy: \(detail)"
        case .timeout(let pid, let seconds, let activity): "no result from pid \(pid) after \(Self.format(seconds)) s\n\(activity)"
        case .protocolError(let pid, let detail): "unexpected answer from pid \(pid): \(detail)"
        }
    }

    public var remedy: String {
        switch self {
        case .noSuchProcess: "check the pid with `wand ps`"
        case .notAVM: "`wand ps` lists the processes that run a wand VM"
        case .vmStarting: "retry in a moment"
        case .vmFinalizing: "nothing to do: the program is exiting"
        case .remoteExecDisabled: "restart the program without --disable-remote-exec and without WAND_DISABLE_REMOTE_EXEC"
        case .permissionDenied(_, _, let remedy): remedy
        case .payloadTooLarge: "send a shorter script, e.g. one that imports a module of the program"
        case .targetExited: "the request may have made it exit (sys.exit does not); check the program's stderr"
        case .busy: "retry when the other request has finished"
        case .timeout: "raise --timeout, or make the request return sooner"
        case .protocolError: "make sure the target was built by the same wand version"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
