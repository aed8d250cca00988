// `wand debug --pid N`: starts the DAP debug adapter inside a running VM through remote exec,
// waits until its port accepts, and says how to point an editor at it.

import ArgumentParser
import DAPServer
import Foundation
import Injector

struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Start the debug adapter (DAP) inside a running wand VM and print how to attach an editor.",
        discussion: """
            Runs `import _wand; _wand.listen(...)` in the target through the attach protocol (as \
            `wand exec` does). A second `wand debug` for the same process reports the adapter \
            already running. Exit statuses are those of `wand exec`; 1 when the adapter could not \
            start in the target (for example, its port is in use).
            """
    )

    @Option(help: "The process id of the target VM (see `wand ps`).")
    var pid: Int32

    @Option(help: "The port the adapter listens on, in the target.")
    var port: Int = DebugAgent.defaultPort

    @Option(help: "The address the adapter binds, in the target.")
    var host: String = DebugAgent.defaultHost

    @Flag(help: "Hold the program, and this command, until a debugger client has attached and sent its breakpoints.")
    var waitForClient = false

    @Option(help: "Seconds to wait for the adapter to come up.")
    var timeout: Double = 10

    /// How long `--wait-for-client` waits: as long as it takes.
    static let unboundedWait: Double = 365 * 86_400

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard !host.contains("'") && !host.contains("\\") else { throw ValidationError("--host must be an address") }
    }

    func run() throws {
        let code = "import _wand\nprint(*_wand.listen(port=\(port), host='\(host)'))\n"
        let target: WandTarget
        let result: RemoteExecResult
        do {
            target = try WandTarget.locate(pid: pid, command: "wand debug --pid \(pid)")
            result = try RemoteExecClient(target: target).execute(source: Array(code.utf8), timeout: timeout)
        } catch {
            throw StandardStreams.report(error, json: false)
        }
        guard result.succeeded else { throw failure(result.standardError) }
        let fields = result.standardOutput.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 2, let boundPort = Int(fields[1]) else { throw failure("unexpected answer: \(result.standardOutput)") }
        let address = (host: fields[0], port: boundPort)
        if result.standardError.contains("already listening") {
            StandardStreams.write("wand: the debug adapter of pid \(pid) was already running\n", to: .standardError)
        }
        guard waitUntilAccepting(host: address.host, port: address.port) else {
            throw failure("the debug adapter did not accept connections on \(address.host):\(address.port) within \(timeout) s")
        }
        let remoteRoot = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")) ?? "/"
        StandardStreams.write(EditorInstructions(pid: pid, host: address.host, port: address.port, remoteRoot: remoteRoot).text)
        if waitForClient {
            // The request holds the program until a client has configured its session.
            StandardStreams.write("wand: pid \(pid) waits for a debugger client to attach\n", to: .standardError)
            let hold = Array("import _wand\n_wand.wait_for_client()\n".utf8)
            do {
                _ = try RemoteExecClient(target: target).execute(source: hold, timeout: Self.unboundedWait)
            } catch {
                throw StandardStreams.report(error, json: false)
            }
            StandardStreams.write("wand: a debugger client attached; pid \(pid) runs on\n", to: .standardError)
        }
    }

    /// The adapter's error as the target reported it (the last line of its traceback).
    private func failure(_ report: String) -> ExitCode {
        let reason = report.split(separator: "\n").last.map(String.init) ?? report
        let style = TerminalStyle(fileDescriptor: 2)
        StandardStreams.write(style.error("wand: error: ") + "cannot start the debug adapter in pid \(pid): \(reason)\n", to: .standardError)
        return ExitCode(1)
    }

    private func waitUntilAccepting(host: String, port: Int) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if Self.accepts(host: host, port: port) { return true }
            usleep(5_000)
        } while Date() < deadline
        return false
    }

    private static func accepts(host: String, port: Int) -> Bool {
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard probe >= 0 else { return false }
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { return false }
        return withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } } == 0
    }
}
