// One running wand VM as `wand ps` shows it.

/// A process running a wand VM, with its resource use from /proc.
public struct VMProcess: Codable, Sendable {
    public var pid: Int32
    public var user: String
    /// CPU time over lifetime, in percent of one core (as ps(1) computes %CPU).
    public var cpuPercent: Double
    public var residentBytes: Int
    public var uptimeSeconds: Double
    public var commandLine: [String]
    public var vmState: VMState
    public var remoteExecEnabled: Bool
    public var debuggerAttached: Bool

    enum CodingKeys: String, CodingKey {
        case pid, user
        case cpuPercent = "cpu_percent"
        case residentBytes = "rss_bytes"
        case uptimeSeconds = "uptime_seconds"
        case commandLine = "command_line"
        case vmState = "vm_state"
        case remoteExecEnabled = "remote_exec_enabled"
        case debuggerAttached = "debugger_attached"
    }
}
