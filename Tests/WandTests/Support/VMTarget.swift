// A `wand run` process running a test program, in a directory of its own.

import Foundation

final class VMTarget {
    let child: SpawnedProcess
    let directory: String

    /// Starts `program` (with extra modules in `files`) and waits until it printed `readyLine`
    /// (not at all when nil).
    init(program: String, files: [String: String] = [:], runOptions: [String] = [], environment: [String: String] = [:], readyLine: String? = "ready", binary: String? = WandBinary.path) throws {
        directory = NSTemporaryDirectory() + "wand-target-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in files.merging(["main.py": program], uniquingKeysWith: { $1 }) {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
        guard let wand = binary else { throw TestFailure(WandBinary.missingMessage) }
        child = try SpawnedProcess(wand, ["run"] + runOptions + [directory + "/main.py"], environment: environment, directory: directory)
        if let readyLine, !child.waitForOutput(containing: readyLine) {
            throw TestFailure("target did not start: \(child.standardError)")
        }
    }

    deinit {
        child.kill()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var pid: Int32 { child.pid }

    /// `wand exec --pid PID ARGUMENTS`.
    func exec(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try WandBinary.run(["exec", "--pid", String(pid)] + arguments)
    }

    func exec(code: String, timeout: Double = 10) throws -> (status: Int32, output: String, errors: String) {
        try exec(["--timeout", String(timeout), "-c", code])
    }
}
