// One client's socket: framed reads on the session's thread, writes from any thread.

import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

final class Connection {
    private let socket: Int32
    private let writing = Mutex(())

    /// How long a write may wait for a client that does not read; then the client is dropped,
    /// so that the program never blocks on its debugger.
    static let sendTimeoutSeconds = 5

    init(socket: Int32) {
        self.socket = socket
        var timeout = timeval(tv_sec: Self.sendTimeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads more bytes into `framing`; false once the peer has gone.
    func receive(into framing: inout MessageFraming) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(socket, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            framing.append(chunk[0..<count])
            return true
        }
    }

    /// Writes one framed message; false if the peer has gone.
    @discardableResult
    func send(_ body: [UInt8]) -> Bool {
        let bytes = MessageFraming.frame(body)
        return writing.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    shutDown()
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Wakes a read blocked on the socket, so the session ends.
    func shutDown() {
        Glibc.shutdown(socket, Int32(SHUT_RDWR))
    }

    func close() {
        Glibc.close(socket)
    }
}
