// A `wand run --listen` process with its DAP port, for the debug session tests.

import Foundation

final class DebugTarget {
    let target: VMTarget
    let port: Int

    /// Starts `program` with the debug adapter on a free port; with `waitForClient` the program
    /// starts once a client has configured its session.
    init(program: String, files: [String: String] = [:], waitForClient: Bool = true, readyLine: String? = nil) throws {
        target = try VMTarget(program: program, files: files, runOptions: ["--listen", "127.0.0.1:0"] + (waitForClient ? ["--wait-for-client"] : []), readyLine: readyLine)
        let child = target.child
        var port: Int?
        _ = waitUntil(timeout: 10) {
            port = child.standardError.split(separator: "\n").lazy.compactMap { line -> Int? in
                guard line.hasPrefix("wand: debug adapter listening on ") else { return nil }
                return line.split(separator: ":").last.flatMap { Int($0) }
            }.first
            return port != nil
        }
        guard let port else { throw TestFailure("no debug adapter port: \(child.standardError)") }
        self.port = port
    }

    var path: String { target.directory + "/main.py" }
    var child: SpawnedProcess { target.child }

    func connect() throws -> DAPClient { try DAPClient(port: port) }

    /// Waits for the program to end; returns its stdout.
    func finish(timeout: Double = 10) throws -> String {
        guard child.waitForExit(timeout: timeout) != nil else { throw TestFailure("the program did not finish: \(child.standardError)") }
        return child.standardOutput
    }
}
