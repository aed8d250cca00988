// Colours for messages, only when the stream is a terminal that wants them.

import Foundation

struct TerminalStyle {
    let enabled: Bool

    /// Colours on a terminal unless NO_COLOR is set or TERM is "dumb".
    init(fileDescriptor: Int32) {
        let environment = ProcessInfo.processInfo.environment
        enabled = isatty(fileDescriptor) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    func error(_ text: String) -> String { paint(text, "1;31") }
    func remedy(_ text: String) -> String { paint(text, "33") }
    func heading(_ text: String) -> String { paint(text, "1") }
    func good(_ text: String) -> String { paint(text, "32") }
    func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1b}[\(code)m\(text)\u{1b}[0m" : text
    }
}
