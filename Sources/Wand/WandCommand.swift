// The `wand` command line: a thin @main over one file per subcommand.

import ArgumentParser

@main
struct WandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wand",
        abstract: "Run programs on the wand VM and debug them while they run.",
        version: "0.1.0",
        subcommands: [RunCommand.self, ExecCommand.self, PsCommand.self, DebugCommand.self]
    )
}
