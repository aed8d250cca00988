// The service thread of the attach protocol: waits for the doorbell, takes the request out of
// the mailbox and runs it under the VM lock.

import CVMSupport
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Owns the doorbell and the thread that serves the mailbox of the process's main VM. The
/// thread runs even when remote exec is disabled, so that a doorbell rung by an old or careless
/// injector is answered with "disabled" instead of the signal's default action (termination).
public final class RemoteExecService {
    /// A real-time signal, so rings queue instead of merging with the program's own signals.
    public static var doorbellSignal: Int32 { __libc_current_sigrtmin() + 7 }
    /// Setting this environment variable to anything but "" or "0" disables remote exec.
    public static let disablingEnvironmentVariable = "WAND_DISABLE_REMOTE_EXEC"

    private let vm: VM
    private let enabled: Bool

    public init(vm: VM, enabled: Bool) {
        self.vm = vm
        self.enabled = enabled
    }

    /// Whether the environment asks for remote exec to stay off.
    public static var disabledByEnvironment: Bool {
        guard let value = getenv(disablingEnvironmentVariable) else { return false }
        let text = String(cString: value)
        return !text.isEmpty && text != "0"
    }

    /// Marks the process as a VM that is starting; call before the VM is built.
    public static func announceStarting() { wand_debug_set_state(UInt32(WAND_VM_STARTING.rawValue)) }

    /// Installs the doorbell, starts the service thread and marks the VM running. Call on the
    /// thread that runs the program, before it starts any other thread.
    public func start() throws(RemoteExecStartError) {
        let signal = Self.doorbellSignal
        // Blocked here and so in every thread created later; only the service thread unblocks it.
        var status = wand_doorbell_block(signal)
        if status == 0 { status = wand_doorbell_install(signal) }
        guard status == 0 else { throw RemoteExecStartError(errorNumber: -status) }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        status = pthread_create(&thread, nil, { context in
            Unmanaged<RemoteExecService>.fromOpaque(context!).takeRetainedValue().serveForever()
        }, context)
        guard status == 0 else {
            Unmanaged<RemoteExecService>.fromOpaque(context).release()
            throw RemoteExecStartError(errorNumber: status)
        }
        pthread_detach(thread)
        wand_debug_set_state(UInt32(WAND_VM_RUNNING.rawValue))
    }

    /// Marks the VM as finalizing: injectors stop sending requests.
    public func announceFinalizing() { wand_debug_set_state(UInt32(WAND_VM_FINALIZING.rawValue)) }

    private func serveForever() -> Never {
        wand_doorbell_open(Self.doorbellSignal, enabled ? 1 : 0)
        let payload = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(WAND_REQUEST_PAYLOAD_CAPACITY))
        while true {
            _ = wand_doorbell_wait()
            var request = wand_taken_request()
            let outcome = wand_take_outcome(rawValue: UInt32(wand_mailbox_take(&request, payload)))
            guard outcome != WAND_TAKE_NOTHING_NEW else { continue }
            let bytes = UnsafeBufferPointer(start: payload, count: outcome == WAND_TAKE_VALID ? Int(request.length) : 0)
            let status = serve(request, outcome: outcome, payload: bytes)
            log(request, payload: bytes, event: "finished: \(String(cString: wand_request_status_name(status.rawValue)))")
        }
    }

    /// Answers one request and returns its final status.
    private func serve(_ request: wand_taken_request, outcome: wand_take_outcome, payload: UnsafeBufferPointer<UInt8>) -> wand_request_status {
        let rejection: wand_request_status? = switch outcome {
        case WAND_TAKE_TORN: WAND_STATUS_REJECTED_BUSY
        case WAND_TAKE_TOO_LARGE: WAND_STATUS_TOO_LARGE
        default:
            if !enabled {
                WAND_STATUS_REJECTED_DISABLED
            } else if request.kind != WAND_REQUEST_EXEC.rawValue || request.target_thread != 0 {
                WAND_STATUS_UNSUPPORTED
            } else {
                nil
            }
        }
        if let rejection {
            wand_mailbox_publish_status(request.seq, request.nonce, rejection.rawValue)
            return rejection
        }
        wand_mailbox_publish_status(request.seq, request.nonce, WAND_STATUS_PENDING.rawValue)
        // Logged before running, so that a request that never returns is on record too.
        log(request, payload: payload, event: "started")
        let source = String(decoding: payload, as: UTF8.self)
        vm.lock.acquireByService { vm.interruptFlags.bitwiseOr(InterruptReason.remoteExec.rawValue, ordering: .relaxed) }
        vm.interruptFlags.bitwiseAnd(~InterruptReason.remoteExec.rawValue, ordering: .relaxed)
        wand_mailbox_publish_status(request.seq, request.nonce, WAND_STATUS_RUNNING.rawValue)
        let result = vm.runRemoteRequest(source: source)
        let status = result.raised ? WAND_STATUS_ERROR : WAND_STATUS_OK
        result.standardOutput.withUnsafeBufferPointer { standardOutput in
            result.standardError.withUnsafeBufferPointer { standardError in
                wand_mailbox_publish_result(status.rawValue, standardOutput.baseAddress, UInt32(standardOutput.count), standardError.baseAddress, UInt32(standardError.count))
            }
        }
        vm.lock.releaseByService()
        return status
    }

    /// The audit trail on the target's stderr: which request ran, and a hash of its payload.
    private func log(_ request: wand_taken_request, payload: UnsafeBufferPointer<UInt8>, event: String) {
        let hash = String(wand_crc32(0, payload.baseAddress, payload.count), radix: 16)
        let padded = String(repeating: "0", count: 8 - hash.count) + hash
        let line = "wand: remote exec request \(request.seq) (\(payload.count) bytes, payload crc32 \(padded)) \(event)\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

/// The doorbell could not be installed (errno).
public struct RemoteExecStartError: Error, CustomStringConvertible {
    public let errorNumber: Int32
    public var description: String { "remote exec unavailable: \(String(cString: strerror(errorNumber)))" }
}
