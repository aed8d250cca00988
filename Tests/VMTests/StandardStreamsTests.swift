// `print` and error reports follow the current `sys.stdout` / `sys.stderr`, and leave the
// process's own channels alone while those are replaced.

import Testing
@testable import VM

/// Runs `source` and returns what reached the VM's stdout and stderr channels, and the status.
private func run(_ source: String) -> (output: String, errors: String, status: Int32) {
    var printed = ""
    var reported = ""
    let vm = VM(output: OutputChannel(capture: { printed += $0 }), errorOutput: OutputChannel(capture: { reported += $0 }))
    let status = vm.runMain(source: source, filename: "<test>")
    return (printed, reported, status)
}

/// Serialized: the VM keeps process-wide caches and supports one VM per process at a time.
@Suite(.serialized) struct StandardStreamsTests {
    @Test func printToAReplacedStdoutBypassesTheChannel() {
        let result = run("""
            import io, sys
            sys.stdout = io.StringIO()
            print("hidden", 1)
            captured = sys.stdout.getvalue()
            sys.stdout = sys.__stdout__
            print(repr(captured))
            """)
        #expect(result.output == "'hidden 1\\n'\n")
        #expect(result.errors.isEmpty)
    }

    @Test func uncaughtExceptionsAreReportedToTheCurrentStderr() {
        let result = run("""
            import sys
            class Sink:
                def write(self, text):
                    sys.__stdout__.write(text.upper())
            sys.stderr = Sink()
            raise KeyError("lost")
            """)
        #expect(result.status == 1)
        #expect(result.errors.isEmpty)
        #expect(result.output.hasSuffix("KEYERROR: 'LOST'\n"))
    }

    @Test func printWithoutSysImportedUsesTheChannel() {
        let result = run("print('direct', end='!')")
        #expect(result.output == "direct!")
    }
}
