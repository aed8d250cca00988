// Whole DAP sessions against real `wand run --listen` targets, each recorded and validated
// against the DAP schema.

import Foundation
import Testing

extension EndToEndTests {
@Suite struct DebugSessionTests {
    static let loops = """
        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y

        def scale(values, factor):
            result = [v * factor for v in values]
            return result

        def never_called():
            return 0

        config = {"name": "demo", "sizes": [1, 2, 3], "origin": Point(0, 0)}
        total = 0
        for i in range(6):
            total += i
            print("total", total)
        print("scaled", scale(config["sizes"], 10))
        """

    @Test func stopsAtABreakpointAndShowsLocalsGlobalsAndNestedObjects() throws {
        let target = try DebugTarget(program: Self.loops)
        let client = try target.connect()
        try client.attach(breakpoints: [target.path: [["line": 7]]])
        let stopped = try client.event("stopped")
        #expect(stopped["reason"] as? String == "breakpoint")
        let stack = try client.stack()
        #expect(stack.map(\.name) == ["scale", "<module>"])
        #expect(stack.map(\.line) == [7, 18])
        let paged = try client.body("stackTrace", ["threadId": 1, "startFrame": 1, "levels": 1])
        #expect((paged["stackFrames"] as! [JSON]).count == 1)
        #expect(paged["totalFrames"] as? Int == 2)

        let locals = try client.variables(try client.scope("Locals", frameID: stack[0].id))
        #expect(locals == ["values": "[1, 2, 3]", "factor": "10"])
        let globalsReference = try client.scope("Globals", frameID: stack[0].id)
        let globals = try client.body("variables", ["variablesReference": globalsReference])["variables"] as! [JSON]
        let config = globals.first { $0["name"] as? String == "config" }!
        #expect(config["type"] as? String == "dict")
        let entries = try client.body("variables", ["variablesReference": config["variablesReference"] as! Int])["variables"] as! [JSON]
        #expect(entries.map { $0["name"] as! String } == ["'name'", "'sizes'", "'origin'"])
        #expect(entries[1]["evaluateName"] as? String == "config['sizes']")
        let origin = try client.variables(entries[2]["variablesReference"] as! Int)
        #expect(origin == ["x": "0", "y": "0"])
        let sizes = try client.body("variables", ["variablesReference": entries[1]["variablesReference"] as! Int, "start": 1, "count": 2])["variables"] as! [JSON]
        #expect(sizes.map { $0["value"] as! String } == ["2", "3"])

        try client.body("continue", ["threadId": 1])
        try client.event("terminated")
        #expect(try target.finish().hasSuffix("scaled [10, 20, 30]\n"))
        try client.validateTranscript(name: "inspect")
    }

    @Test func conditionalHitCountAndLogBreakpoints() throws {
        let target = try DebugTarget(program: Self.loops)
        let client = try target.connect()
        try client.attach(breakpoints: [target.path: [
            ["line": 16, "condition": "i == 3"],
            ["line": 17, "hitCondition": ">=5"],
            ["line": 18, "logMessage": "scaling {config['sizes']} at {total}"],
        ]])
        try client.event("stopped")
        var locals = try client.variables(try client.scope("Locals", frameID: try client.stack()[0].id))
        #expect(locals["i"] == "3")
        try client.body("continue", ["threadId": 1])
        try client.event("stopped")
        locals = try client.variables(try client.scope("Locals", frameID: try client.stack()[0].id))
        #expect(locals["i"] == "4")
        try client.body("continue", ["threadId": 1])
        try client.event("stopped")
        #expect(try client.stack()[0].line == 17)
        try client.body("continue", ["threadId": 1])
        try client.event("terminated")
        #expect(client.output(category: "console") == "scaling [1, 2, 3] at 15\n")
        _ = try target.finish()
        try client.validateTranscript(name: "conditions")
    }

    @Test func evaluatesInEveryContextAndSetVariableChangesWhatIsPrinted() throws {
        let target = try DebugTarget(program: Self.loops)
        let client = try target.connect()
        try client.attach(breakpoints: [target.path: [["line": 7]]])
        try client.event("stopped")
        let frame = try client.stack()[0].id
        let watch = try client.body("evaluate", ["expression": "factor * 2", "frameId": frame, "context": "watch"])
        #expect(watch["result"] as? String == "20")
        let hover = try client.body("evaluate", ["expression": "config['origin']", "frameId": frame, "context": "hover"])
        #expect((hover["variablesReference"] as? Int ?? 0) > 0)
        #expect(hover["type"] as? String == "Point")
        let repl = try client.body("evaluate", ["expression": "values.append(4)", "frameId": frame, "context": "repl"])
        #expect(repl["result"] as? String == "None")
        let failed = try client.request("evaluate", ["expression": "missing + 1", "frameId": frame, "context": "repl"])
        #expect(failed["success"] as? Bool == false)
        #expect(failed["message"] as? String == "NameError: name 'missing' is not defined")
        let set = try client.body("setVariable", ["variablesReference": try client.scope("Locals", frameID: frame), "name": "factor", "value": "factor + 1"])
        #expect(set["value"] as? String == "11")
        try client.body("continue", ["threadId": 1])
        try client.event("terminated")
        let output = try target.finish()
        #expect(output.hasSuffix("scaled [11, 22, 33, 44]\n"), "\(output)")
        try client.validateTranscript(name: "evaluate")
    }

    @Test func stepsInOverAndOutAcrossCallsAndReturns() throws {
        let target = try DebugTarget(program: """
            def inner(x):
                y = x + 1
                return y

            def outer(x):
                a = inner(x)
                b = a * 2
                return b

            result = outer(1)
            print(result)
            """)
        let client = try target.connect()
        try client.attach(breakpoints: [target.path: [["line": 10]]])
        try client.event("stopped")
        func step(_ command: String) throws -> [Int] {
            try client.body(command, ["threadId": 1])
            let stopped = try client.event("stopped")
            #expect(stopped["reason"] as? String == "step")
            return try client.stack().map(\.line)
        }
        #expect(try step("stepIn") == [6, 10])
        #expect(try step("stepIn") == [2, 6, 10])
        #expect(try step("next") == [3, 6, 10])
        #expect(try step("next") == [7, 10])
        #expect(try step("stepOut") == [11])
        // An editor may ask for the stack right after continuing: it is answered, not queued forever.
        client.send("continue", ["threadId": 1])
        let late = try client.request("stackTrace", ["threadId": 1])
        #expect(late["success"] as? Bool == false)
        try client.event("terminated")
        #expect(try target.finish() == "4\n")
        try client.validateTranscript(name: "steps")
    }

    @Test func attachesToARunningLoopAndPausesIt() throws {
        let target = try DebugTarget(program: """
            counter = 0
            print("ready", flush=True)
            while counter >= 0:
                counter += 1
            """, waitForClient: false, readyLine: "ready")
        let client = try target.connect()
        try client.attach()
        try client.body("pause", ["threadId": 1])
        let stopped = try client.event("stopped")
        #expect(stopped["reason"] as? String == "pause")
        let frame = try client.stack()[0]
        #expect(frame.line == 3 || frame.line == 4)
        let counter = try client.body("evaluate", ["expression": "counter > 0", "frameId": frame.id, "context": "repl"])
        #expect(counter["result"] as? String == "True")
        try client.body("evaluate", ["expression": "counter = -10", "frameId": frame.id, "context": "repl"])
        try client.body("continue", ["threadId": 1])
        try client.event("exited")
        #expect(try target.finish() == "ready\n")
        try client.validateTranscript(name: "pause")
    }

    @Test func stopsOnRaisedAndUncaughtExceptions() throws {
        let target = try DebugTarget(program: """
            def parse(text):
                return int(text)

            try:
                parse("x")
            except ValueError:
                print("handled")
            parse("y")
            """)
        let client = try target.connect()
        try client.attach(exceptionFilters: ["raised", "uncaught"])
        var stopped = try client.event("stopped")
        #expect(stopped["reason"] as? String == "exception")
        var info = try client.body("exceptionInfo", ["threadId": 1])
        #expect(info["exceptionId"] as? String == "ValueError")
        #expect(info["breakMode"] as? String == "always")
        #expect(try client.stack().map(\.line) == [2, 5])
        try client.body("continue", ["threadId": 1])
        stopped = try client.event("stopped")
        info = try client.body("exceptionInfo", ["threadId": 1])
        #expect(info["breakMode"] as? String == "unhandled")
        #expect(info["description"] as? String == "invalid literal for int() with base 10: 'y'")
        try client.body("continue", ["threadId": 1])
        let exited = try client.event("exited")
        #expect(exited["exitCode"] as? Int == 1)
        _ = try target.finish()
        #expect(target.child.standardError.contains("ValueError: invalid literal for int() with base 10: 'y'"))
        try client.validateTranscript(name: "exceptions")
    }

    @Test func aBreakpointOnALineThatRaisesStopsEveryTime() throws {
        let target = try DebugTarget(program: """
            count = 0
            for i in range(3):
                try:
                    try:
                        raise ValueError(i)
                    except ValueError:
                        raise
                except ValueError:
                    count += 1
            print(count)
            """)
        let client = try target.connect()
        try client.attach(breakpoints: [target.path: [["line": 7]]])
        for expected in 0..<3 {
            try client.event("stopped")
            let frame = try client.stack()[0]
            #expect(frame.line == 7)
            #expect(try client.variables(try client.scope("Locals", frameID: frame.id))["i"] == String(expected))
            try client.body("continue", ["threadId": 1])
        }
        try client.event("terminated")
        #expect(try target.finish() == "3\n")
        try client.validateTranscript(name: "reraise")
    }

    @Test func stopsInAFunctionByName() throws {
        let target = try DebugTarget(program: Self.loops)
        let client = try target.connect()
        try client.body("initialize", ["adapterID": "wand"])
        try client.event("initialized")
        try client.body("attach", ["unknownKey": true, "pathMappings": [["localRoot": "/editor/project", "remoteRoot": target.target.directory]]])
        let breakpoints = try client.body("setFunctionBreakpoints", ["breakpoints": [["name": "scale", "condition": "factor > 5", "hitCondition": "1"], ["name": "nowhere"]]])["breakpoints"] as! [JSON]
        // The program has not been compiled yet: it waits for configurationDone.
        #expect(breakpoints.map { $0["verified"] as! Bool } == [false, false])
        try client.body("configurationDone")
        let changed = try client.event("breakpoint")["breakpoint"] as! JSON
        #expect(changed["id"] as? Int == breakpoints[0]["id"] as? Int)
        #expect(changed["verified"] as? Bool == true)
        let stopped = try client.event("stopped")
        #expect(stopped["reason"] as? String == "function breakpoint")
        let frames = try client.body("stackTrace", ["threadId": 1])["stackFrames"] as! [JSON]
        #expect((frames[0]["source"] as! JSON)["path"] as? String == "/editor/project/main.py")
        try client.body("disconnect", [:])
        #expect(try target.finish().hasSuffix("scaled [10, 20, 30]\n"))
        try client.validateTranscript(name: "functions")
    }

    @Test func disconnectsAndAttachesAgain() throws {
        let target = try DebugTarget(program: """
            import time
            print("ready", flush=True)
            for round in range(40):
                time.sleep(0.05)
                value = round * 2
            print("value", value)
            """, waitForClient: false, readyLine: "ready")
        let first = try target.connect()
        try first.attach(breakpoints: [target.path: [["line": 5]]])
        try first.event("stopped")
        try first.body("disconnect", ["terminateDebuggee": false])
        try first.validateTranscript(name: "first-client")

        let second = try target.connect()
        try second.attach(breakpoints: [target.path: [["line": 5, "condition": "round >= 30"]]])
        try second.event("stopped")
        let frame = try second.stack()[0].id
        #expect(try second.variables(try second.scope("Globals", frameID: frame))["round"] == "30")
        try second.body("continue", ["threadId": 1])
        try second.body("setBreakpoints", ["source": ["path": target.path], "breakpoints": [JSON]()])
        try second.event("terminated")
        #expect(try target.finish() == "ready\nvalue 78\n")
        try second.validateTranscript(name: "second-client")
    }

    @Test func aClientSendingGarbageWhileStoppedLeavesTheProgramRunning() throws {
        let target = try DebugTarget(program: Self.loops)
        let client = try target.connect()
        try client.attach(breakpoints: [target.path: [["line": 16]]])
        try client.event("stopped")
        client.sendGarbage("this is not DAP\r\n\r\n{]")
        #expect(try target.finish() == Self.expectedOutput)
        try client.validateTranscript(name: "garbage")
    }

    @Test func aClientVanishingWhileStoppedLeavesTheProgramRunning() throws {
        let target = try DebugTarget(program: Self.loops)
        let client = try target.connect()
        try client.attach(breakpoints: [target.path: [["line": 7]]])
        try client.event("stopped")
        client.disconnectAbruptly()
        #expect(try target.finish() == Self.expectedOutput)
        try client.validateTranscript(name: "vanish")
    }

    static let expectedOutput = "total 0\ntotal 1\ntotal 3\ntotal 6\ntotal 10\ntotal 15\nscaled [10, 20, 30]\n"

    @Test func listenIsIdempotent() throws {
        let result = try WandBinary.run(["run", "-c", """
            import _wand
            first = _wand.listen(0)
            second = _wand.listen(5)
            print(first == second, first[0])
            """])
        #expect(result.status == 0)
        #expect(result.output == "True 127.0.0.1\n")
        #expect(result.errors.contains("wand: debug adapter already listening on 127.0.0.1:"))
    }
}
}

extension EndToEndTests {
@Suite struct DebugCommandTests {
    @Test func startsTheAdapterInARunningProgramAndAnEditorAttaches() throws {
        let target = try VMTarget(program: """
            import time
            count = 0
            print("ready", flush=True)
            while count < 1000000:
                count += 1
                time.sleep(0.001)
            """)
        let started = try WandBinary.run(["debug", "--pid", String(target.pid), "--port", "0"])
        #expect(started.status == 0, "\(started.errors)")
        let firstLine = started.output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("wand: debug adapter of pid \(target.pid) listening on 127.0.0.1:"))
        #expect(started.output.contains("\"type\": \"debugpy\""))
        #expect(started.output.contains("require('dap').adapters.wand"))
        #expect(started.output.contains("dap-register-debug-provider"))
        let port = Int(firstLine.split(separator: ":").last!)!

        let again = try WandBinary.run(["debug", "--pid", String(target.pid), "--port", "0"])
        #expect(again.status == 0)
        #expect(again.output.hasPrefix(firstLine))
        #expect(again.errors.contains("already running"))

        let client = try DAPClient(port: port)
        try client.attach()
        try client.body("pause", ["threadId": 1])
        try client.event("stopped")
        let frame = try client.stack()[0].id
        let count = try client.body("evaluate", ["expression": "count > 0", "frameId": frame, "context": "watch"])
        #expect(count["result"] as? String == "True")
        try client.body("disconnect", [:])
        #expect(target.child.isRunning)
        try client.validateTranscript(name: "debug-command")
    }

    @Test func waitForClientHoldsTheProgramUntilAnEditorHasConfigured() throws {
        let target = try VMTarget(program: """
            import time
            ticks = 0
            print("ready", flush=True)
            while ticks < 100000:
                ticks += 1
                print("tick", ticks, flush=True)
                time.sleep(0.01)
            """)
        let debug = try SpawnedProcess(WandBinary.path!, ["debug", "--pid", String(target.pid), "--port", "0", "--wait-for-client"])
        #expect(waitUntil(timeout: 10) { debug.standardError.contains("waits for a debugger client") })
        func lastTick() -> Int {
            target.child.standardOutput.split(separator: "\n").last.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        }
        let heldAt = lastTick()
        usleep(200_000)
        #expect(lastTick() == heldAt)
        let firstLine = debug.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        let client = try DAPClient(port: Int(firstLine.split(separator: ":").last!)!)
        try client.attach()
        #expect(debug.waitForExit(timeout: 10) == 0)
        #expect(debug.standardError.contains("a debugger client attached"))
        #expect(waitUntil(timeout: 10) { lastTick() > heldAt })
        try client.body("disconnect", [:])
        try client.validateTranscript(name: "debug-wait")
    }

    @Test func reportsAPortInUseInTheTarget() throws {
        let target = try VMTarget(program: """
            import time
            print("ready", flush=True)
            time.sleep(30)
            """)
        let blocker = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(blocker) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(blocker, $0, length) } }
        listen(blocker, 1)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(blocker, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let result = try WandBinary.run(["debug", "--pid", String(target.pid), "--port", String(port)])
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot start the debug adapter in pid \(target.pid): OSError: cannot listen on 127.0.0.1:\(port): Address already in use"))
    }
}
}
