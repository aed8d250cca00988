// `wand exec` against targets in the states a real program is found in: computing, sleeping,
// waiting for input, allocating.

import Foundation
import Testing

extension EndToEndTests {
@Suite struct RemoteExecTargetStateTests {
    @Test func servesATargetBusyInATightLoop() throws {
        let target = try VMTarget(program: """
            counter = 0
            print("ready", flush=True)
            while True:
                counter += 1
            """)
        let result = try target.exec(code: "import __main__\nprint('counting', __main__.counter > 0)")
        #expect(result.status == 0)
        #expect(result.output == "counting True\n")
    }

    @Test func servesATargetSleepingInTimeSleepAtOnce() throws {
        let target = try VMTarget(program: """
            import time
            answer = 42
            print("ready", flush=True)
            time.sleep(1000)
            """)
        let started = Date()
        let result = try target.exec(code: "import __main__\nprint(__main__.answer)")
        #expect(result.status == 0)
        #expect(result.output == "42\n")
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(target.child.isRunning)
    }

    @Test func servesATargetBlockedReadingStdinAndLeavesTheReadIntact() throws {
        let target = try VMTarget(program: """
            print("ready", flush=True)
            line = input()
            print("got", line, flush=True)
            """)
        let result = try target.exec(code: "print('while reading')")
        #expect(result.status == 0)
        #expect(result.output == "while reading\n")
        target.child.send("hello\n")
        #expect(target.child.waitForExit() == 0)
        #expect(target.child.standardOutput == "ready\ngot hello\n")
    }

    @Test func servesATargetThatAllocatesHeavily() throws {
        // "ready" once a round has finished, so that the first request cannot see `rounds == 0`.
        let target = try VMTarget(program: """
            rounds = 0
            while True:
                garbage = [str(i) * 3 for i in range(2000)]
                kept = {}
                for i in range(500):
                    kept[i] = [i, str(i)]
                rounds += 1
                if rounds == 1:
                    print("ready", flush=True)
            """)
        for _ in 0..<5 {
            let result = try target.exec(code: "import __main__\nsizes = [len([j for j in range(1000)]) for _ in range(200)]\nprint(__main__.rounds > 0, sum(sizes))")
            #expect(result.status == 0)
            #expect(result.output == "True 200000\n")
        }
        #expect(target.child.isRunning)
    }

    @Test func findsTheMailboxOfAStrippedPIEBinary() throws {
        let stripped = NSTemporaryDirectory() + "wand-stripped-\(UUID().uuidString)"
        let strip = try SpawnedProcess("/usr/bin/strip", ["-o", stripped, WandBinary.path!])
        #expect(strip.waitForExit() == 0)
        defer { try? FileManager.default.removeItem(atPath: stripped) }
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n", binary: stripped)
        let result = try target.exec(code: "print('found')")
        #expect(result.status == 0)
        #expect(result.output == "found\n")
    }

    @Test func runsInAFreshNamespaceThatImportsTheProgramsModules() throws {
        let target = try VMTarget(program: """
            import helper
            import time
            secret = "main"
            print("ready", flush=True)
            time.sleep(1000)
            """, files: ["helper.py": "GREETING = 'hello from helper'\n"])
        let result = try target.exec(code: "import helper\nprint(helper.GREETING)\nprint('secret' in globals(), __name__)")
        #expect(result.status == 0)
        #expect(result.output == "hello from helper\nFalse __wand_exec__\n")
    }

    @Test func reportsTheTracebackOfCodeThatRaisesWithExitStatus1() throws {
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n")
        let result = try target.exec(code: "print('before')\ndef f():\n    return 1 / 0\nf()")
        #expect(result.status == 1)
        #expect(result.output == "before\n")
        #expect(result.errors.contains("Traceback (most recent call last):"))
        #expect(result.errors.contains("File \"<wand exec>\", line 3, in f"))
        #expect(result.errors.hasSuffix("ZeroDivisionError: division by zero\n"))
        let exit = try target.exec(code: "import sys\nsys.exit(3)")
        #expect(exit.status == 1)
        #expect(target.child.isRunning)
    }

    @Test func logsEachRequestWithAPayloadHashOnTheTargetsStderr() throws {
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n")
        _ = try target.exec(code: "x = 1")
        // crc32("x = 1") = 0x475ba176
        #expect(waitUntil(timeout: 2) { target.child.standardError.contains("wand: remote exec request 1 (5 bytes, payload crc32 475ba176) finished: ok\n") })
        #expect(target.child.standardError.hasPrefix("wand: remote exec request 1 (5 bytes, payload crc32 475ba176) started\n"))
    }

    @Test func runsACodeFileAndPrintsJSON() throws {
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n")
        let file = target.directory + "/request.py"
        try "print('from a file')\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try target.exec(["--json", file])
        #expect(result.status == 0)
        let report = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(report["status"] as? String == "ok")
        #expect(report["stdout"] as? String == "from a file\n")
        #expect(report["pid"] as? Int == Int(target.pid))
    }
}
}
