// The `wand` executable the end-to-end tests run.

import Foundation

enum WandBinary {
    /// $WAND_BINARY, else the newest `wand` built next to this test bundle (debug) or in the
    /// release directory of the same scratch path, as scripts/test.sh leaves it.
    static let path: String? = {
        if let explicit = ProcessInfo.processInfo.environment["WAND_BINARY"] { return explicit }
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            bundle.appendingPathComponent("wand"),
            bundle.deletingLastPathComponent().appendingPathComponent("release/wand"),
        ].map(\.path)
        func modified(_ path: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
        }
        return candidates.filter { FileManager.default.isExecutableFile(atPath: $0) }.max { modified($0) < modified($1) }
    }()

    static let missingMessage = "no wand binary: run `swift build -c release --product wand` with the same --scratch-path, or set WAND_BINARY"

    /// Runs `wand ARGUMENTS` to completion.
    static func run(_ arguments: [String], timeout: Double = 20) throws -> (status: Int32, output: String, errors: String) {
        let child = try SpawnedProcess(path!, arguments)
        child.closeInput()
        guard let status = child.waitForExit(timeout: timeout) else {
            child.kill()
            throw TestFailure("wand \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
        }
        return (status, child.standardOutput, child.standardError)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
