// `wand run`: runs a program on the VM, as `python3 FILE` or `python3 -c CODE` would.

import ArgumentParser
import DAPServer
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

    @Option(help: ArgumentHelp("Start the DAP debug adapter on [HOST:]PORT (host 127.0.0.1 unless given; port 0 picks a free one).", valueName: "[host:]port"))
    var listen: ListenAddress?

    @Flag(help: "With --listen: start the program only once a debugger client has attached and configured its breakpoints.")
    var waitForClient = false

    @Argument(parsing: .captureForPassthrough, help: "The program file, then its arguments (sys.argv[1:]).")
    var arguments: [String] = []

    func validate() throws {
        if command == nil && arguments.isEmpty {
            throw ValidationError("give a program file or -c CODE")
        }
        if waitForClient && listen == nil {
            throw ValidationError("--wait-for-client needs --listen")
        }
    }

    func run() throws {
        RemoteExecService.announceStarting()
        let vm = VM()
        let remoteExec = RemoteExecService(vm: vm, enabled: !disableRemoteExec && !RemoteExecService.disabledByEnvironment)
        let debugAgent = DebugAgent.install(on: vm)
        let source: String
        let filename: String
        if let command {
            source = command
            filename = "<string>"
            vm.programArguments = ["-c"] + arguments
            vm.modulePath = [FileManager.default.currentDirectoryPath]
        } else {
            // Like CPython, the script's `__file__` and traceback lines carry its absolute path;
            // `sys.argv[0]` stays as typed.
            filename = arguments[0].hasPrefix("/") ? arguments[0] : ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(arguments[0]) as NSString).standardizingPath
            guard let text = try? String(contentsOfFile: filename, encoding: .utf8) else {
                let reason = FileManager.default.fileExists(atPath: filename) ? "[Errno 13] Permission denied" : "[Errno 2] No such file or directory"
                FileHandle.standardError.write(Data("wand: can't open file '\(filename)': \(reason)\n".utf8))
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
        if let listen {
            do {
                try debugAgent.listen(host: listen.host, port: listen.port, waitForClient: waitForClient)
            } catch {
                FileHandle.standardError.write(Data("wand: \(error.description)\n".utf8))
                throw ExitCode(2)
            }
        }
        let status = vm.runMain(source: source, filename: filename)
        debugAgent.programExited(status: status)
        remoteExec.announceFinalizing()
        if status != 0 { throw ExitCode(status) }
    }
}
