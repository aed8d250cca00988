// Reading and writing another process's memory with process_vm_readv/writev.

import CPtrace
#if canImport(Glibc)
import Glibc
#endif

/// The memory of process `pid`. Errors carry errno; `WandTarget` turns them into `AttachError`s.
struct RemoteMemory {
    let pid: Int32

    struct Failure: Error {
        let errorNumber: Int32
    }

    /// Reads a plain C struct (no pointers into our own memory are involved).
    func read<Value>(_ type: Value.Type, at address: UInt64, zero: Value) throws(Failure) -> Value {
        var value = zero
        let count = withUnsafeMutableBytes(of: &value) { cptrace_read_memory(pid, address, $0.baseAddress, $0.count) }
        try check(count, expected: MemoryLayout<Value>.size)
        return value
    }

    func readBytes(at address: UInt64, count: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        let copied = bytes.withUnsafeMutableBytes { cptrace_read_memory(pid, address, $0.baseAddress, $0.count) }
        try check(copied, expected: count)
        return bytes
    }

    func write(_ bytes: [UInt8], at address: UInt64) throws(Failure) {
        guard !bytes.isEmpty else { return }
        let copied = bytes.withUnsafeBytes { cptrace_write_memory(pid, address, $0.baseAddress, $0.count) }
        try check(copied, expected: bytes.count)
    }

    /// Writes the bytes of a plain value, from byte `offset` of it on.
    func write<Value>(_ value: Value, from offset: Int = 0, at address: UInt64) throws(Failure) {
        var copy = value
        let copied = withUnsafeBytes(of: &copy) { cptrace_write_memory(pid, address, $0.baseAddress! + offset, $0.count - offset) }
        try check(copied, expected: MemoryLayout<Value>.size - offset)
    }

    private func check(_ copied: Int, expected: Int) throws(Failure) {
        guard copied == expected else { throw Failure(errorNumber: copied < 0 ? errno : EFAULT) }
    }
}
