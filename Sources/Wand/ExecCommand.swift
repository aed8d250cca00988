// `wand exec`: runs Python code inside a running VM and prints what it printed.

import ArgumentParser
import Foundation
import Injector

struct ExecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run code inside a running wand VM and print its output.",
        discussion: """
            The code runs in a fresh module namespace of the target (it can import the program's \
            modules, e.g. `import __main__`), at the program's next safe point or at once when it \
            is blocked. Exit status: 0 when the code ran, 1 when it raised (the target's traceback \
            is printed), 3 and up when the request could not be delivered (docs/troubleshooting.md).
            """
    )

    @Option(help: "The process id of the target VM (see `wand ps`).")
    var pid: Int32

    @Option(name: .customShort("c"), help: "The code to run, as a string.")
    var command: String?

    @Argument(help: "A file with the code to run (read here; the target needs no access to it).")
    var file: String?

    @Option(help: "Seconds to wait for the result.")
    var timeout: Double = 10

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        guard (command == nil) != (file == nil) else { throw ValidationError("give exactly one of -c CODE and FILE") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        let source: [UInt8]
        if let command {
            source = Array(command.utf8)
        } else if let file, let data = FileManager.default.contents(atPath: file) {
            source = Array(data)
        } else {
            throw ValidationError("cannot read \(file ?? "")")
        }
        let result: RemoteExecResult
        do {
            let target = try WandTarget.locate(pid: pid, command: invocation)
            result = try RemoteExecClient(target: target).execute(source: source, timeout: timeout)
        } catch {
            throw StandardStreams.report(error, json: json)
        }
        if json {
            StandardStreams.writeJSON(ExecReport(pid: pid, result: result))
        } else {
            StandardStreams.write(result.standardOutput)
            StandardStreams.write(result.standardError, to: .standardError)
            if result.truncatedBytes > 0 {
                let style = TerminalStyle(fileDescriptor: 2)
                StandardStreams.write(style.remedy("wand: \(result.truncatedBytes) bytes of output did not fit into the result (16 KiB) and were dropped") + "\n", to: .standardError)
            }
        }
        if !result.succeeded { throw ExitCode(1) }
    }

    /// This command as the user would retype it in a remedy (sudo …).
    private var invocation: String {
        "wand exec --pid \(pid) " + (command != nil ? "-c …" : file ?? "")
    }
}

/// The JSON form of a finished request.
struct ExecReport: Encodable {
    var pid: Int32
    var status: String
    var stdout: String
    var stderr: String
    var truncatedBytes: Int
    var sequenceNumber: UInt64
    var roundTripMilliseconds: Double

    init(pid: Int32, result: RemoteExecResult) {
        self.pid = pid
        status = result.succeeded ? "ok" : "error"
        stdout = result.standardOutput
        stderr = result.standardError
        truncatedBytes = result.truncatedBytes
        sequenceNumber = result.sequenceNumber
        roundTripMilliseconds = (result.roundTripSeconds * 1e6).rounded() / 1e3
    }

    enum CodingKeys: String, CodingKey {
        case pid, status, stdout, stderr
        case truncatedBytes = "truncated_bytes"
        case sequenceNumber = "seq"
        case roundTripMilliseconds = "round_trip_ms"
    }
}
