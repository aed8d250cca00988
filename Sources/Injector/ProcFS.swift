// Reading /proc: small text files about processes and threads, and the system-wide clocks.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything the injector learns about other processes comes from here or from their memory.
enum ProcFS {
    /// The contents of a /proc file, or nil with `errno` set when it cannot be read.
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of a "Name:\tvalue" line of /proc/…/status.
    static func statusField(_ name: String, in status: String) -> String? {
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The fields of /proc/…/stat after the command name (which may contain spaces and
    /// parentheses): index 0 is the state, index 11 utime, 12 stime, 19 starttime.
    static func statFields(_ stat: String) -> [Substring]? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }

    /// The target's executable as the link names it, or nil with errno set.
    static func executablePath(of pid: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/\(pid)/exe", &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static var clockTicksPerSecond: Double { Double(sysconf(Int32(_SC_CLK_TCK))) }

    /// Seconds since boot.
    static var uptime: Double? {
        read("/proc/uptime").flatMap { $0.split(separator: " ").first }.flatMap { Double($0) }
    }

    /// The Yama LSM's ptrace_scope (0…3), nil when Yama is not active.
    static var yamaPtraceScope: Int? {
        read("/proc/sys/kernel/yama/ptrace_scope").flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Whether this process has CAP_SYS_PTRACE in its effective set.
    static var hasPtraceCapability: Bool {
        guard let status = read("/proc/self/status"), let field = statusField("CapEff", in: status),
              let capabilities = UInt64(field, radix: 16) else { return false }
        return capabilities & (1 << 19) != 0
    }

    static func userName(of uid: UInt32) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return String(uid) }
        return String(cString: name)
    }
}
