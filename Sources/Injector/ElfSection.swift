// Locates a named ELF section in a file, e.g. a target's `.wand_debug` through /proc/PID/exe.

import CElf
#if canImport(Glibc)
import Glibc
#endif

/// Where a section sits in an ELF file's virtual address space (before load bias).
public struct ElfSection: Equatable, Sendable {
    public var address: UInt64
    public var size: UInt64
    /// Where the section's bytes start in the file; with /proc/PID/maps this gives the runtime
    /// address whatever the load bias (PIE).
    public var fileOffset: UInt64

    /// Returns the section named `name` in the ELF file at `path`, or nil when the file cannot be
    /// opened, is not ELF, or has no such section.
    public static func find(named name: String, inFileAt path: String) -> ElfSection? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address: UInt64 = 0
        var size: UInt64 = 0
        var fileOffset: UInt64 = 0
        guard celf_find_section(fd, name, &address, &size, &fileOffset) == 0 else { return nil }
        return ElfSection(address: address, size: size, fileOffset: fileOffset)
    }
}
