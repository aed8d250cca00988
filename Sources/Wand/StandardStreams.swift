// Writing text and JSON to stdout and stderr.

import ArgumentParser
import Foundation
import Injector

enum StandardStreams {
    static func write(_ text: String, to handle: FileHandle = .standardOutput) {
        handle.write(Data(text.utf8))
    }

    static func writeJSON<Value: Encodable>(_ value: Value) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// Reports an attach failure as text on stderr (or JSON on stdout) and returns the exit
    /// status that names it.
    static func report(_ failure: AttachError, json: Bool) -> ExitCode {
        if json {
            writeJSON(FailureReport(failure))
        } else {
            let style = TerminalStyle(fileDescriptor: 2)
            write(style.error("wand: error: ") + failure.message + "\n" + style.remedy("  remedy: " + failure.remedy) + "\n", to: .standardError)
        }
        return ExitCode(failure.exitStatus)
    }
}

/// The JSON form of a failure.
struct FailureReport: Encodable {
    var status = "failed"
    var error: String
    var message: String
    var remedy: String

    init(_ failure: AttachError) {
        error = failure.identifier
        message = failure.message
        remedy = failure.remedy
    }
}
