// Why the kernel refuses access to a target, and what to run instead.

#if canImport(Glibc)
import Glibc
#endif

/// Names the ptrace access rule (same uid, CAP_SYS_PTRACE, Yama ptrace_scope) that denies this
/// process access to `pid`, in the order the kernel applies them.
enum PermissionDiagnosis {
    static func error(for pid: Int32, command: String) -> AttachError {
        let ownUID = geteuid()
        let targetUID = targetOwner(pid)
        let capable = ProcFS.hasPtraceCapability
        if let targetUID, targetUID != ownUID, !capable {
            let owner = ProcFS.userName(of: targetUID)
            return .permissionDenied(
                pid: pid,
                rule: "it runs as \(owner) (uid \(targetUID)) and you are \(ProcFS.userName(of: ownUID)) (uid \(ownUID)) without CAP_SYS_PTRACE",
                remedy: "run it as the same user: sudo -u \(owner) \(command), or as root: sudo \(command)"
            )
        }
        switch ProcFS.yamaPtraceScope {
        case 1 where !capable:
            return .permissionDenied(
                pid: pid,
                rule: "Yama ptrace_scope is 1: only a parent process may read another's memory",
                remedy: "run sudo \(command), or grant the capability once: sudo setcap cap_sys_ptrace+ep \"$(command -v wand)\", or relax Yama: echo 0 | sudo tee /proc/sys/kernel/yama/ptrace_scope"
            )
        case 2 where !capable:
            return .permissionDenied(
                pid: pid,
                rule: "Yama ptrace_scope is 2: only processes with CAP_SYS_PTRACE may attach",
                remedy: "run sudo \(command), or sudo setcap cap_sys_ptrace+ep \"$(command -v wand)\""
            )
        case 3:
            return .permissionDenied(
                pid: pid,
                rule: "Yama ptrace_scope is 3: attaching is disabled on this host until reboot",
                remedy: "reboot with kernel.yama.ptrace_scope set lower (sysctl.d), then retry"
            )
        default:
            return .permissionDenied(
                pid: pid,
                rule: "the kernel refused access although uid and Yama allow it (the target may be non-dumpable or setuid, or a security module such as AppArmor or SELinux denies ptrace)",
                remedy: "run sudo \(command)"
            )
        }
    }

    private static func targetOwner(_ pid: Int32) -> UInt32? {
        var info = stat()
        guard stat("/proc/\(pid)", &info) == 0 else { return nil }
        return info.st_uid
    }
}
