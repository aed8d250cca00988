// The injector side of remote exec: write a request into the target's mailbox, ring the
// doorbell, wait for the result. docs/attach-protocol.md has the protocol and the busy rule.

import CPtrace
import CVMSupport
#if canImport(Glibc)
import Glibc
#endif

/// What a request printed and how it ended.
public struct RemoteExecResult: Sendable {
    /// Whether the code ran to the end (false: it raised, and stderr ends with the traceback).
    public var succeeded: Bool
    public var standardOutput: String
    public var standardError: String
    /// Output bytes that did not fit into the mailbox.
    public var truncatedBytes: Int
    public var sequenceNumber: UInt64
    /// From writing the request to reading the result.
    public var roundTripSeconds: Double
}

/// Sends one request to one target. Concurrent clients need no lock of their own: the target
/// serves one request per sequence number and names its nonce in the result, so a client that
/// finds another nonce there knows it lost and reports the target busy.
public struct RemoteExecClient {
    public static let payloadCapacity = Int(WAND_REQUEST_PAYLOAD_CAPACITY)

    let target: WandTarget

    public init(target: WandTarget) {
        self.target = target
    }

    /// What a client is told when the target rejected its request as torn by another client.
    static let tornRequest = "another client wrote into the mailbox at the same time"

    public func execute(source: [UInt8], timeout: Double) throws(AttachError) -> RemoteExecResult {
        guard source.count <= Self.payloadCapacity else { throw .payloadTooLarge(bytes: source.count, limit: Self.payloadCapacity) }
        do {
            return try submit(source: source, timeout: timeout)
        } catch {
            // Two simultaneous writes tore the request, and the target named this client's nonce:
            // this client wrote last, and the other one has been told busy. Sending again lets
            // one of the two run instead of neither.
            guard case .busy(_, Self.tornRequest) = error else { throw error }
            return try submit(source: source, timeout: timeout)
        }
    }

    private func submit(source: [UInt8], timeout: Double) throws(AttachError) -> RemoteExecResult {
        let header = try target.readHeader()
        try requireReady(header)
        let requestAddress = header.mailboxAddress
        let resultAddress = header.mailboxAddress + UInt64(WAND_MAILBOX_RESULT_OFFSET.rawValue)
        let memory = target.memory

        let previous = try target.mapFailure { () throws(RemoteMemory.Failure) in try memory.read(wand_result_header.self, at: resultAddress, zero: wand_result_header()) }
        let previousRequest = try target.mapFailure { () throws(RemoteMemory.Failure) in try memory.read(wand_request_header.self, at: requestAddress, zero: wand_request_header()) }
        if previous.seq == previousRequest.seq && Self.inProgress(previous.status) {
            throw .busy(pid: target.pid, detail: "request \(previous.seq) is \(Self.name(previous.status))")
        }

        let started = Self.now()
        var nonce: UInt64 = 0
        while nonce == 0 { nonce = UInt64.random(in: .min ... .max) }
        let seq = max(previous.seq, previousRequest.seq) &+ 1
        var request = wand_request_header()
        request.nonce = nonce
        request.kind = WAND_REQUEST_EXEC.rawValue
        request.target_thread = 0
        request.length = UInt32(source.count)
        request.crc32 = source.withUnsafeBufferPointer { wand_request_checksum(nonce, request.kind, request.target_thread, $0.baseAddress, request.length) }
        // Payload, then the fields, then seq: the target acts on seq and checks the rest.
        try target.mapFailure { () throws(RemoteMemory.Failure) in
            try memory.write(source, at: requestAddress + UInt64(WAND_REQUEST_PAYLOAD_OFFSET.rawValue))
            let fieldsAfterSeq = MemoryLayout<UInt64>.size
            try memory.write(request, from: fieldsAfterSeq, at: requestAddress + UInt64(fieldsAfterSeq))
            try memory.write(seq, at: requestAddress)
        }
        try ring(header)
        var result = try awaitResult(seq: seq, nonce: nonce, mailbox: header.mailboxAddress, timeout: timeout)
        result.roundTripSeconds = Self.now() - started
        return result
    }

    private func requireReady(_ header: DebugHeader) throws(AttachError) {
        switch header.vmState {
        case .none: throw .notAVM(pid: target.pid, reason: "it runs the wand tools, not a program")
        case .starting: throw .vmStarting(pid: target.pid)
        case .finalizing: throw .vmFinalizing(pid: target.pid)
        case .unknown: throw .protocolError(pid: target.pid, detail: "unknown VM state")
        case .running: break
        }
        guard header.remoteExecEnabled else { throw .remoteExecDisabled(pid: target.pid) }
        guard header.servesRequests else { throw .vmStarting(pid: target.pid) }
    }

    private func ring(_ header: DebugHeader) throws(AttachError) {
        guard cptrace_tgkill(target.pid, header.serviceThread, header.doorbellSignal) == 0 else {
            if errno == ESRCH { throw .targetExited(pid: target.pid) }
            throw PermissionDiagnosis.error(for: target.pid, command: target.command)
        }
    }

    /// Polls the result, sleeping 50 µs at first and twice as long each time up to 1 ms: a
    /// sleeping target answers within a millisecond, and a client that spins would keep the CPU
    /// busy that the target's service thread is about to need.
    private func awaitResult(seq: UInt64, nonce: UInt64, mailbox: UInt64, timeout: Double) throws(AttachError) -> RemoteExecResult {
        let memory = target.memory
        let address = mailbox + UInt64(WAND_MAILBOX_RESULT_OFFSET.rawValue)
        let started = Self.now()
        var interval: UInt32 = 50
        var lastStatus = WAND_STATUS_IDLE.rawValue
        while true {
            let result = try target.mapFailure { () throws(RemoteMemory.Failure) in try memory.read(wand_result_header.self, at: address, zero: wand_result_header()) }
            if result.seq == seq {
                guard result.nonce == nonce else {
                    throw .busy(pid: target.pid, detail: "another client's request was taken at the same time")
                }
                lastStatus = result.status
                if !Self.inProgress(result.status) {
                    return try finish(result, seq: seq, nonce: nonce, at: address)
                }
            } else {
                // Another client wrote a later seq before the target took ours: ours is gone.
                let request = try target.mapFailure { () throws(RemoteMemory.Failure) in try memory.read(wand_request_header.self, at: mailbox, zero: wand_request_header()) }
                if result.seq > seq || request.seq != seq {
                    throw .busy(pid: target.pid, detail: "another client's request replaced this one")
                }
            }
            let elapsed = Self.now() - started
            if elapsed >= timeout {
                let report = timeoutReport(status: lastStatus)
                try cancel(seq: seq, mailbox: mailbox)
                throw .timeout(pid: target.pid, seconds: timeout, activity: report)
            }
            if kill(target.pid, 0) != 0 && errno == ESRCH { throw .targetExited(pid: target.pid) }
            usleep(interval)
            interval = min(interval * 2, 1000)
        }
    }

    /// Asks the target to interrupt request `seq`: KeyboardInterrupt at its next safe point.
    private func cancel(seq: UInt64, mailbox: UInt64) throws(AttachError) {
        let memory = target.memory
        let offset = UInt64(MemoryLayout<wand_request_header>.offset(of: \.cancel_seq)!)
        try target.mapFailure { () throws(RemoteMemory.Failure) in try memory.write(seq, at: mailbox + offset) }
    }

    private func finish(_ result: wand_result_header, seq: UInt64, nonce: UInt64, at address: UInt64) throws(AttachError) -> RemoteExecResult {
        switch result.status {
        case WAND_STATUS_OK.rawValue, WAND_STATUS_ERROR.rawValue: break
        case WAND_STATUS_REJECTED_BUSY.rawValue:
            throw .busy(pid: target.pid, detail: Self.tornRequest)
        case WAND_STATUS_REJECTED_DISABLED.rawValue: throw .remoteExecDisabled(pid: target.pid)
        default: throw .protocolError(pid: target.pid, detail: "request ended with status \(Self.name(result.status))")
        }
        let memory = target.memory
        let outputLength = Int(result.stdout_length) + Int(result.stderr_length)
        let output = try target.mapFailure { () throws(RemoteMemory.Failure) in
            try memory.readBytes(at: address + UInt64(WAND_RESULT_OUTPUT_OFFSET.rawValue), count: min(outputLength, Int(WAND_RESULT_OUTPUT_CAPACITY)))
        }
        // A later request may have reused the output area while it was being read.
        let after = try target.mapFailure { () throws(RemoteMemory.Failure) in try memory.read(wand_result_header.self, at: address, zero: wand_result_header()) }
        guard after.seq == seq, after.nonce == nonce else {
            throw .protocolError(pid: target.pid, detail: "the result was overwritten by a later request before it could be read")
        }
        let stdoutLength = min(Int(result.stdout_length), output.count)
        return RemoteExecResult(
            succeeded: result.status == WAND_STATUS_OK.rawValue,
            standardOutput: String(decoding: output[..<stdoutLength], as: UTF8.self),
            standardError: String(decoding: output[stdoutLength...], as: UTF8.self),
            truncatedBytes: Int(result.truncated_bytes),
            sequenceNumber: seq,
            roundTripSeconds: 0
        )
    }

    private func timeoutReport(status: UInt32) -> String {
        let request = switch status {
        case WAND_STATUS_IDLE.rawValue: "the target has not taken the request (its service thread did not wake up)"
        case WAND_STATUS_PENDING.rawValue: "the request waits for the VM lock: the program has not reached a safe point (a long native call?)"
        default: "the request's code is still running; it is now interrupted (KeyboardInterrupt) at its next loop iteration"
        }
        return "  \(request)\n\(ThreadActivity.describe(pid: target.pid))"
    }

    private static func inProgress(_ status: UInt32) -> Bool {
        status == WAND_STATUS_PENDING.rawValue || status == WAND_STATUS_RUNNING.rawValue
    }

    static func name(_ status: UInt32) -> String { String(cString: wand_request_status_name(status)) }

    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
