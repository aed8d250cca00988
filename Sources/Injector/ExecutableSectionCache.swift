// Which executables carry the `.wand_debug` section.

#if canImport(Glibc)
import Glibc
#endif

/// Remembers which executables (by device and inode) carry the section, so `wand ps` parses
/// each distinct binary once however many processes run it.
public final class ExecutableSectionCache {
    private struct Identity: Hashable {
        let device: UInt
        let inode: UInt
    }

    private var sections: [Identity: ElfSection?] = [:]

    public init() {}

    /// Whether the executable of `pid` was found to carry the section.
    func hasSection(pid: Int32) -> Bool {
        var executable = stat()
        guard stat("/proc/\(pid)/exe", &executable) == 0 else { return false }
        guard case .some(.some) = sections[Identity(device: UInt(executable.st_dev), inode: UInt(executable.st_ino))] else { return false }
        return true
    }

    func debugSection(of pid: Int32, executable: stat) -> ElfSection? {
        let identity = Identity(device: UInt(executable.st_dev), inode: UInt(executable.st_ino))
        if let known = sections[identity] { return known }
        let section = ElfSection.find(named: ".wand_debug", inFileAt: "/proc/\(pid)/exe")
        sections[identity] = section
        return section
    }
}
