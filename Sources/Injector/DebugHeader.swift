// The target's `.wand_debug` header as the injector sees it.

import CVMSupport

/// The VM life-cycle state a target publishes.
public enum VMState: String, Sendable, Codable {
    case none, starting, running, finalizing, unknown

    init(raw: UInt32) {
        switch raw {
        case WAND_VM_NONE.rawValue: self = .none
        case WAND_VM_STARTING.rawValue: self = .starting
        case WAND_VM_RUNNING.rawValue: self = .running
        case WAND_VM_FINALIZING.rawValue: self = .finalizing
        default: self = .unknown
        }
    }
}

/// A validated copy of a target's header.
public struct DebugHeader: Sendable {
    public var vmState: VMState
    public var remoteExecEnabled: Bool
    public var doorbellSignal: Int32
    public var serviceThread: Int32
    public var debuggerAttached: Bool
    public var mailboxAddress: UInt64

    init(_ raw: wand_debug_header) {
        vmState = VMState(raw: raw.vm_state)
        remoteExecEnabled = raw.remote_exec_enabled != 0
        doorbellSignal = raw.doorbell_signal
        serviceThread = raw.service_tid
        debuggerAttached = raw.debugger_attached != 0
        mailboxAddress = raw.mailbox_address
    }

    /// Whether a request can be rung in: the service thread has published its doorbell.
    var servesRequests: Bool { vmState == .running && doorbellSignal != 0 && serviceThread != 0 }
}
