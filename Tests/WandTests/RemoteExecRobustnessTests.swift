// The target's program must not notice requests: many of them, killed clients, concurrent clients.

import Foundation
import Injector
import Testing

extension EndToEndTests {
@Suite struct RemoteExecRobustnessTests {
    /// An echo program: busy between lines and blocked in input() while waiting for one.
    static let echoProgram = """
        print("ready", flush=True)
        while True:
            line = input()
            if line == "end":
                break
            total = 0
            for i in range(3000):
                total += i
            print(line.upper(), total)
        """

    @Test func twoHundredRequestsLeaveTheProgramsOutputUnchanged() throws {
        let target = try VMTarget(program: Self.echoProgram)
        let client = RemoteExecClient(target: try WandTarget.locate(pid: target.pid, command: "test"))
        var expected = "ready\n"
        for index in 0..<200 {
            if index % 4 == 0 {
                target.child.send("line \(index)\n")
                expected += "LINE \(index) 4498500\n"
            }
            let result = try client.execute(source: Array("print('noise \(index)')\nimport sys\nsys.stderr.write('err')\n".utf8), timeout: 5)
            #expect(result.succeeded)
            #expect(result.standardOutput == "noise \(index)\n")
            #expect(result.standardError == "err")
        }
        target.child.send("end\n")
        #expect(target.child.waitForExit() == 0)
        #expect(target.child.standardOutput == expected)
    }

    @Test func aClientKilledAtRandomMomentsLeavesTheTargetServing() throws {
        let target = try VMTarget(program: Self.echoProgram)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<12 {
            let client = try SpawnedProcess(WandBinary.path!, ["exec", "--pid", String(target.pid), "-c", "import time\ntime.sleep(0.01)\nprint('killed \(round)')"])
            usleep(UInt32.random(in: 0...30_000, using: &generator))
            client.kill()
            if round % 3 == 0 { target.child.send("round \(round)\n") }
        }
        #expect(target.child.isRunning)
        // A killed request may still be finishing: the target answers "busy" until it has.
        var next = try target.exec(code: "print('next works')")
        for _ in 0..<40 where next.status == 7 {
            usleep(50_000)
            next = try target.exec(code: "print('next works')")
        }
        #expect(next.status == 0)
        #expect(next.output == "next works\n")
        target.child.send("end\n")
        #expect(target.child.waitForExit() == 0)
        #expect(target.child.standardOutput == "ready\nROUND 0 4498500\nROUND 3 4498500\nROUND 6 4498500\nROUND 9 4498500\n")
    }

    @Test func aSecondClientIsToldTheTargetIsBusy() throws {
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n")
        let first = try SpawnedProcess(WandBinary.path!, ["exec", "--pid", String(target.pid), "-c", "import time\ntime.sleep(1.5)\nprint('first')"])
        #expect(waitUntil(timeout: 5) { target.child.standardError.contains("request 1 (42 bytes, payload crc32 ") })
        let second = try target.exec(code: "print('second')")
        #expect(second.status == 7)
        #expect(second.errors.contains("is busy"))
        #expect(first.waitForExit() == 0)
        #expect(first.standardOutput == "first\n")
    }

    @Test func clientsStartedTogetherEitherRunOrAreToldBusy() throws {
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n")
        for _ in 0..<3 {
            let clients = try (0..<2).map { index in
                try SpawnedProcess(WandBinary.path!, ["exec", "--pid", String(target.pid), "-c", "import time\ntime.sleep(0.05)\nprint('client \(index)')"])
            }
            let statuses = clients.map { $0.waitForExit() }
            #expect(statuses.allSatisfy { $0 == 0 || $0 == 7 })
            #expect(statuses.contains(0))
        }
        #expect(try target.exec(code: "print('after')").output == "after\n")
    }

    @Test func aTimeoutDescribesTheTargetsThreadsAndCancelsTheRequest() throws {
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n")
        let result = try target.exec(code: "while True:\n    try:\n        pass\n    except Exception:\n        pass", timeout: 0.3)
        #expect(result.status == 8)
        #expect(result.errors.contains("no result from pid \(target.pid) after 0.3 s"))
        #expect(result.errors.contains("the request's code is still running; it is now interrupted"))
        #expect(result.errors.contains("main thread \(target.pid) (wand): sleeping, in clock_nanosleep()"))
        #expect(result.errors.contains("(wand-exec): running"))
        #expect(waitUntil(timeout: 2) { target.child.standardError.contains("request 1 (68 bytes, payload crc32 ") && target.child.standardError.contains(") finished: error") })
        #expect(try target.exec(code: "print('served again')").output == "served again\n")
    }

    @Test func aStoppedTargetIsNamedInTheTimeoutReport() throws {
        let target = try VMTarget(program: "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n")
        target.child.signal(SIGSTOP)
        defer { target.child.signal(SIGCONT) }
        let result = try target.exec(code: "print(1)", timeout: 0.3)
        #expect(result.status == 8)
        #expect(result.errors.contains("the target has not taken the request"))
        #expect(result.errors.contains("resume it with kill -CONT \(target.pid)"))
    }
}
}
