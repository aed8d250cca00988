// Buffered writes to a file descriptor, flushed when full, on request and at exit.

#if canImport(Glibc)
import Glibc
#endif

/// sys.stdout is block-buffered like CPython's when it is not a terminal; sys.stderr is not
/// buffered. Tests may capture output by giving a `capture` closure instead of a descriptor.
/// A remote-exec request diverts a channel for its duration, leaving the program's own
/// buffered output where it was.
public final class OutputChannel {
    public let fileDescriptor: Int32
    private let buffered: Bool
    private var buffer: [UInt8] = []
    private let capture: ((String) -> Void)?
    private var diverted: [UInt8]?
    /// Sees the program's own output as it is written (the debug adapter forwards it to its client).
    public var observer: ((String) -> Void)?

    public init(fileDescriptor: Int32, buffered: Bool = true) {
        self.fileDescriptor = fileDescriptor
        self.buffered = buffered && isatty(fileDescriptor) == 0
        self.capture = nil
        buffer.reserveCapacity(8192)
    }

    public init(capture: @escaping (String) -> Void) {
        self.fileDescriptor = -1
        self.buffered = false
        self.capture = capture
    }

    public func write(_ text: String) {
        if diverted != nil {
            diverted!.append(contentsOf: text.utf8)
            return
        }
        observer?(text)
        if let capture {
            capture(text)
            return
        }
        buffer.append(contentsOf: text.utf8)
        if !buffered || buffer.count >= 8192 || (isatty(fileDescriptor) != 0 && text.utf8.contains(10)) {
            flush()
        }
    }

    public func flush() {
        if diverted != nil { return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Sends everything written from now on to a buffer instead of the descriptor.
    func startDiverting() {
        diverted = []
    }

    /// Ends the diversion and returns what was written during it.
    func stopDiverting() -> [UInt8] {
        defer { diverted = nil }
        return diverted ?? []
    }
}
