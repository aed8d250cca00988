// Finding a target's `.wand_debug` header: the section in /proc/PID/exe, placed through
// /proc/PID/maps, read with process_vm_readv.

import CVMSupport
#if canImport(Glibc)
import Glibc
#endif

/// A process whose executable carries the `.wand_debug` section, with the header's runtime address.
public struct WandTarget {
    public let pid: Int32
    let memory: RemoteMemory
    let headerAddress: UInt64
    /// The command line to repeat in remedies (e.g. "wand exec --pid 42 -c …").
    let command: String

    /// Locates the header of `pid`; `command` is quoted in permission remedies.
    public static func locate(pid: Int32, command: String, sectionCache: ExecutableSectionCache = ExecutableSectionCache()) throws(AttachError) -> WandTarget {
        if kill(pid, 0) != 0 && errno == ESRCH { throw .noSuchProcess(pid: pid) }
        guard ProcFS.executablePath(of: pid) != nil else {
            switch errno {
            case ENOENT: throw .notAVM(pid: pid, reason: "it has no executable (a kernel thread or a zombie)")
            case ESRCH: throw .noSuchProcess(pid: pid)
            default: throw PermissionDiagnosis.error(for: pid, command: command)
            }
        }
        var executable = stat()
        guard stat("/proc/\(pid)/exe", &executable) == 0 else { throw PermissionDiagnosis.error(for: pid, command: command) }
        guard let section = sectionCache.debugSection(of: pid, executable: executable) else {
            throw .notAVM(pid: pid, reason: "its executable (\(ProcFS.executablePath(of: pid) ?? "?")) has no .wand_debug section")
        }
        guard let maps = ProcFS.read("/proc/\(pid)/maps") else {
            if errno == ENOENT || errno == ESRCH { throw .noSuchProcess(pid: pid) }
            throw PermissionDiagnosis.error(for: pid, command: command)
        }
        guard let address = runtimeAddress(of: section, maps: maps, executable: executable) else {
            throw .notAVM(pid: pid, reason: "its .wand_debug section is not mapped")
        }
        return WandTarget(pid: pid, memory: RemoteMemory(pid: pid), headerAddress: address, command: command)
    }

    /// Reads and validates the header.
    public func readHeader() throws(AttachError) -> DebugHeader {
        let raw = try mapFailure { () throws(RemoteMemory.Failure) in try memory.read(wand_debug_header.self, at: headerAddress, zero: wand_debug_header()) }
        guard raw.magic == WAND_DEBUG_MAGIC else { throw .notAVM(pid: pid, reason: "its .wand_debug section has the wrong magic number") }
        guard raw.layout_version == WAND_DEBUG_LAYOUT_VERSION, raw.header_size >= UInt32(MemoryLayout<wand_debug_header>.size) else {
            throw .notAVM(pid: pid, reason: "it was built by a wand with header layout \(raw.layout_version) (size \(raw.header_size)); this wand reads layout \(WAND_DEBUG_LAYOUT_VERSION)")
        }
        return DebugHeader(raw)
    }

    /// Runs a remote-memory access, naming its failure.
    func mapFailure<Value>(_ access: () throws(RemoteMemory.Failure) -> Value) throws(AttachError) -> Value {
        do {
            return try access()
        } catch {
            switch error.errorNumber {
            case ESRCH: throw .targetExited(pid: pid)
            case EPERM, EACCES: throw PermissionDiagnosis.error(for: pid, command: command)
            default: throw .protocolError(pid: pid, detail: "memory access failed: \(String(cString: strerror(error.errorNumber)))")
            }
        }
    }

    /// The address where the section's file bytes are mapped: the mapping of the same file
    /// (device and inode, so a binary replaced on disk still matches) that covers its offset.
    private static func runtimeAddress(of section: ElfSection, maps: String, executable: stat) -> UInt64? {
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 5, let inode = UInt64(fields[4]), inode == UInt64(executable.st_ino) else { continue }
            let device = fields[3].split(separator: ":").compactMap { UInt64($0, radix: 16) }
            guard device.count == 2, device[0] == deviceMajor(executable.st_dev), device[1] == deviceMinor(executable.st_dev) else { continue }
            let range = fields[0].split(separator: "-").compactMap { UInt64($0, radix: 16) }
            guard range.count == 2, let offset = UInt64(fields[2], radix: 16) else { continue }
            if section.fileOffset >= offset && section.fileOffset + UInt64(MemoryLayout<wand_debug_header>.size) <= offset + (range[1] - range[0]) {
                return range[0] + (section.fileOffset - offset)
            }
        }
        return nil
    }

    private static func deviceMajor(_ device: UInt) -> UInt64 {
        UInt64((device >> 8) & 0xfff) | UInt64((device >> 32) & ~0xfff)
    }

    private static func deviceMinor(_ device: UInt) -> UInt64 {
        UInt64(device & 0xff) | UInt64((device >> 12) & ~0xff)
    }
}
