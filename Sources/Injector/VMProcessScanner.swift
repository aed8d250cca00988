// Finding every VM process on the host: executables with the `.wand_debug` section whose header
// says a program runs (so the `wand` tools themselves never count).

import Foundation

public struct VMProcessScanner {
    /// Processes whose executable has the section but whose memory could not be read.
    public private(set) var unreadableCount = 0

    public init() {}

    public mutating func scan() -> [VMProcess] {
        let ownPid = getpid()
        let cache = ExecutableSectionCache()
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap(Int32.init).sorted()
        var found: [VMProcess] = []
        for pid in pids where pid != ownPid {
            let header: DebugHeader
            do {
                header = try WandTarget.locate(pid: pid, command: "wand ps", sectionCache: cache).readHeader()
            } catch .permissionDenied {
                if cache.hasSection(pid: pid) { unreadableCount += 1 }
                continue
            } catch {
                continue
            }
            guard header.vmState != .none, let process = describe(pid: pid, header: header) else { continue }
            found.append(process)
        }
        return found
    }

    private func describe(pid: Int32, header: DebugHeader) -> VMProcess? {
        guard let status = ProcFS.read("/proc/\(pid)/status"),
              let fields = ProcFS.read("/proc/\(pid)/stat").flatMap(ProcFS.statFields), fields.count > 19,
              let uptime = ProcFS.uptime,
              let userTicks = Double(fields[11]), let systemTicks = Double(fields[12]), let startTicks = Double(fields[19])
        else { return nil }
        let ticks = ProcFS.clockTicksPerSecond
        let age = max(uptime - startTicks / ticks, 0)
        let cpuSeconds = (userTicks + systemTicks) / ticks
        let uid = ProcFS.statusField("Uid", in: status)?.split(separator: "\t").first.flatMap { UInt32($0) } ?? 0
        let residentKiB = ProcFS.statusField("VmRSS", in: status)?.split(separator: " ").first.flatMap { Int($0) } ?? 0
        let commandLine = (ProcFS.read("/proc/\(pid)/cmdline") ?? "").split(separator: "\0").map(String.init)
        return VMProcess(
            pid: pid,
            user: ProcFS.userName(of: uid),
            cpuPercent: age > 0 ? cpuSeconds / age * 100 : 0,
            residentBytes: residentKiB * 1024,
            uptimeSeconds: age,
            commandLine: commandLine,
            vmState: header.vmState,
            remoteExecEnabled: header.remoteExecEnabled,
            debuggerAttached: header.debuggerAttached
        )
    }
}
