// `wand ps`: every process on the host that runs a wand VM.

import ArgumentParser
import Foundation
import Injector

struct PsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ps",
        abstract: "List the processes that run a wand VM.",
        discussion: "Processes of other users appear when you may read their memory (same uid, root or CAP_SYS_PTRACE)."
    )

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        var scanner = VMProcessScanner()
        let processes = scanner.scan()
        if json {
            StandardStreams.writeJSON(processes)
            return
        }
        let style = TerminalStyle(fileDescriptor: 1)
        let header = ["PID", "USER", "%CPU", "RSS", "UPTIME", "STATE", "EXEC", "DEBUGGER", "COMMAND"]
        let rows = processes.map { process in
            [
                String(process.pid),
                process.user,
                String(format: "%.1f", process.cpuPercent),
                Self.formatBytes(process.residentBytes),
                Self.formatDuration(process.uptimeSeconds),
                process.vmState.rawValue,
                process.remoteExecEnabled ? "on" : "off",
                process.debuggerAttached ? "attached" : "-",
                process.commandLine.joined(separator: " "),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var output = style.heading(line(header)) + "\n"
        for row in rows { output += line(row) + "\n" }
        if rows.isEmpty { output += style.dim("(no wand VM is running)") + "\n" }
        StandardStreams.write(output)
        if scanner.unreadableCount > 0 {
            StandardStreams.write(style.dim("\(scanner.unreadableCount) more wand process(es) could not be read: permission denied (try sudo wand ps)") + "\n", to: .standardError)
        }
    }

    static func formatBytes(_ bytes: Int) -> String {
        let mebibytes = Double(bytes) / 1_048_576
        return mebibytes >= 1024 ? String(format: "%.1fG", mebibytes / 1024) : String(format: "%.1fM", mebibytes)
    }

    static func formatDuration(_ seconds: Double) -> String {
        let total = Int(seconds)
        let (days, hours, minutes, rest) = (total / 86400, total / 3600 % 24, total / 60 % 60, total % 60)
        if days > 0 { return "\(days)d\(hours)h" }
        if hours > 0 { return String(format: "%d:%02d:%02d", hours, minutes, rest) }
        return String(format: "%d:%02d", minutes, rest)
    }
}
