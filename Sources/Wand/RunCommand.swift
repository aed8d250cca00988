// `wand run`: runs a program on the VM, as `python3 FILE` or `python3 -c CODE` would.

import ArgumentParser
import VM
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python program on the wand VM.",
        discussion: "Output, exit status and tracebacks match CPython 3.11."
    )

    @Option(name: .customShort("c"), help: "Program passed in as a string.")
    var command: String?

    @Flag(help: "Refuse `wand exec` requests (same as \(RemoteExecService.disablingEnvironmentVariable)=1).")
    var disableRemoteExec = false

    @Argument(parsing: .captureForPassthrough, help: "The program file, then its arguments (sys.argv[1:]).")
    var arguments: [String] = []

    func validate() throws {
        if command == nil && arguments.isEmpty {
            throw ValidationError("give a program file or -c CODE")
        }
    }

    func run() throws {
        RemoteExecService.announceStarting()
        let vm = VM()
        let remoteExec = RemoteExecService(vm: vm, enabled: !disableRemoteExec && !RemoteExecService.disabledByEnvironment)
        let source: String
        let filename: String
        if let command {
            source = command
            filename = "<string>"
            vm.programArguments = ["-c"] + arguments
            vm.modulePath = [FileManager.default.currentDirectoryPath]
        } else {
            filename = arguments[0]
            guard let text = try? String(contentsOfFile: filename, encoding: .utf8) else {
                let reason = FileManager.default.fileExists(atPath: filename) ? "Permission denied" : "No such file or directory"
                FileHandle.standardError.write(Data("wand: can't open file '\(filename)': [Errno 2] \(reason)\n".utf8))
                throw ExitCode(2)
            }
            source = text
            vm.programArguments = arguments
            let directory = (filename as NSString).deletingLastPathComponent
            vm.modulePath = [directory.isEmpty ? FileManager.default.currentDirectoryPath : directory]
        }
        do {
            try remoteExec.start()
        } catch {
            FileHandle.standardError.write(Data("wand: warning: \(error.description)\n".utf8))
        }
        let status = vm.runMain(source: source, filename: filename)
        remoteExec.announceFinalizing()
        if status != 0 { throw ExitCode(status) }
    }
}
