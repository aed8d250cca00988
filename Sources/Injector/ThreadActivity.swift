// What a target's threads are doing, from /proc/PID/task: for the timeout report.

import Foundation

/// One line per thread: name, scheduler state and the system call it is blocked in.
enum ThreadActivity {
    static func describe(pid: Int32) -> String {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return "  (its threads cannot be listed)" }
        var lines: [String] = []
        for tid in tasks.compactMap(Int32.init).sorted() {
            let base = "/proc/\(pid)/task/\(tid)"
            let name = ProcFS.read("\(base)/comm")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            let state = ProcFS.read("\(base)/stat").flatMap(ProcFS.statFields)?.first.map(String.init) ?? "?"
            let role = tid == pid ? "main thread" : "thread"
            lines.append("  \(role) \(tid) (\(name)): \(describeState(state)), \(describeSyscall(base))")
            if state == "T" && tid == pid {
                lines.append("  the process is stopped (Ctrl-Z or SIGSTOP): resume it with kill -CONT \(pid)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func describeState(_ state: String) -> String {
        switch state {
        case "R": "running"
        case "S": "sleeping"
        case "D": "in uninterruptible wait"
        case "T", "t": "stopped"
        case "Z": "zombie"
        default: "state \(state)"
        }
    }

    /// /proc/…/syscall holds the number of the system call the thread is blocked in, "running",
    /// or -1 when it is in user space; wchan names the kernel function it waits in.
    private static func describeSyscall(_ base: String) -> String {
        let wchan = ProcFS.read("\(base)/wchan").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        let waitsIn = wchan.isEmpty || wchan == "0" ? "" : " (kernel: \(wchan))"
        guard let syscall = ProcFS.read("\(base)/syscall")?.split(whereSeparator: { $0 == " " || $0 == "\n" }).first else {
            return "system call unknown\(waitsIn)"
        }
        switch syscall {
        case "running": return "executing"
        case "-1": return "executing Python or native code (not in a system call)"
        default:
            guard let number = Int(syscall) else { return "in system call \(syscall)\(waitsIn)" }
            return "in \(name(ofSyscall: number))\(waitsIn)"
        }
    }

    /// Names of the x86-64 system calls a VM thread blocks in.
    private static func name(ofSyscall number: Int) -> String {
        let names: [Int: String] = [
            0: "read()", 1: "write()", 7: "poll()", 23: "select()", 35: "nanosleep()", 43: "accept()", 45: "recvfrom()",
            61: "wait4()", 202: "futex() (waiting for a lock, e.g. the VM lock)", 219: "restart_syscall() (a resumed sleep)",
            230: "clock_nanosleep()", 232: "epoll_wait()", 270: "pselect6()", 271: "ppoll()", 281: "epoll_pwait()", 288: "accept4()",
        ]
        return names[number] ?? "system call \(number)"
    }
}
