// The DAP server inside the target: listens on a TCP port on its own thread and serves one
// client at a time, forwarding the debugger's events and the program's output to it.

import CVMSupport
import Foundation
import Synchronization
import VM
#if canImport(Glibc)
import Glibc
#endif

/// Why the server could not start, as the user should read it.
public struct DebugServerError: Error, CustomStringConvertible {
    public let description: String
}

public final class DebugServer: DebuggerEventHandler {
    public let host: String
    /// The port actually bound (the requested one, or the one the system chose for port 0).
    public let port: Int
    let vm: VM
    let debugger: Debugger
    private let listener: Int32
    private let session = Mutex<DebugSession?>(nil)
    /// Signalled each time a client finishes configuring (`wait_for_client`).
    private let clientConfigured = DispatchSemaphore(value: 0)
    /// Whether the current client has finished configuring.
    private let configured = Mutex(false)

    private init(vm: VM, host: String, port: Int, listener: Int32) {
        self.vm = vm
        self.debugger = vm.attachDebugger()
        self.host = host
        self.port = port
        self.listener = listener
    }

    /// Binds `host:port` and starts serving on a thread of its own.
    static func start(vm: VM, host: String, port: Int) throws(DebugServerError) -> DebugServer {
        let listener = try bind(host: host, port: port)
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        let server = DebugServer(vm: vm, host: host, port: Int(UInt16(bigEndian: address.sin_port)), listener: listener)
        server.debugger.eventHandler = server
        vm.output.observer = { [unowned server] text in server.forwardOutput(text, category: "stdout") }
        vm.errorOutput.observer = { [unowned server] text in server.forwardOutput(text, category: "stderr") }
        let thread = Foundation.Thread { server.serveForever() }
        thread.name = "wand-dap"
        thread.start()
        return server
    }

    private static func bind(host: String, port: Int) throws(DebugServerError) -> Int32 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
            throw DebugServerError(description: "cannot listen on \(host): not an IPv4 address")
        }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { throw DebugServerError(description: "cannot create a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(listener, 1) == 0 else {
            let reason = String(cString: strerror(errno))
            close(listener)
            throw DebugServerError(description: "cannot listen on \(host):\(port): \(reason)")
        }
        return listener
    }

    private func serveForever() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return
            }
            var yes: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            let connection = Connection(socket: client)
            let current = DebugSession(connection: connection, debugger: debugger, vm: vm) { [unowned self] in
                configured.withLock { $0 = true }
                clientConfigured.signal()
            }
            session.withLock { $0 = current }
            wand_debug_set_debugger_attached(1)
            current.run()
            session.withLock { $0 = nil }
            configured.withLock { $0 = false }
            wand_debug_set_debugger_attached(0)
            // However the client left, the program goes on without breakpoints.
            debugger.reset()
            connection.close()
        }
    }

    /// Blocks the calling VM thread (outside the VM lock) until a client has sent
    /// configurationDone; returns at once if the attached client has.
    func waitForClient() {
        // Signals of clients that have come and gone do not count.
        while clientConfigured.wait(timeout: .now()) == .success {}
        guard !configured.withLock({ $0 }) else { return }
        vm.withVMLockReleased { clientConfigured.wait() }
    }

    /// Tells the client that the program ended.
    public func programExited(status: Int32) {
        session.withLock { current in
            guard let current else { return }
            current.sendEvent("exited", ExitedEventBody(exitCode: Int(status)))
            current.sendEvent("terminated")
            current.connection.shutDown()
        }
    }

    private func forwardOutput(_ text: String, category: String) {
        session.withLock { $0?.sendEvent("output", OutputEventBody(category: category, output: text)) }
    }

    // MARK: DebuggerEventHandler (VM thread)

    public func debuggerStopped(_ reason: StopReason) -> Bool {
        session.withLock { current in
            current?.sendStopped(reason)
            return current != nil
        }
    }

    public func debuggerLogged(_ message: String) {
        forwardOutput(message, category: "console")
    }

    public func debuggerChangedBreakpoint(_ breakpoint: BreakpointStatus) {
        session.withLock { $0?.sendChangedBreakpoint(breakpoint) }
    }
}
