// Each way `wand exec` can fail is named, has a remedy and its own exit status, and leaves the
// target running.

import Foundation
import Testing

extension EndToEndTests {
@Suite struct AttachFailureTests {
    static let sleeper = "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n"

    @Test func aPidThatDoesNotExist() throws {
        let result = try WandBinary.run(["exec", "--pid", "999999999", "-c", "print(1)"])
        #expect(result.status == 3)
        #expect(result.errors.contains("no such process: 999999999"))
        #expect(result.errors.contains("remedy:"))
    }

    @Test func aProcessThatIsNotAVM() throws {
        let other = try SpawnedProcess("/bin/sleep", ["30"])
        let result = try WandBinary.run(["exec", "--pid", String(other.pid), "-c", "print(1)"])
        #expect(result.status == 4)
        #expect(result.errors.contains("is not a wand VM"))
        #expect(result.errors.contains("no .wand_debug section"))
        #expect(other.isRunning)
    }

    @Test func theWandToolsThemselvesAreNotAVM() throws {
        // A `wand exec` waiting for a slow request is a wand process that runs no program.
        let target = try VMTarget(program: Self.sleeper)
        let waiting = try SpawnedProcess(WandBinary.path!, ["exec", "--pid", String(target.pid), "-c", "import time\ntime.sleep(1)"])
        usleep(200_000)
        let result = try WandBinary.run(["exec", "--pid", String(waiting.pid), "-c", "print(1)"])
        #expect(result.status == 4)
        #expect(result.errors.contains("it runs the wand tools, not a program"))
        let listing = try WandBinary.run(["ps", "--json"])
        let pids = try #require(JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]]).compactMap { $0["pid"] as? Int }
        #expect(pids.contains(Int(target.pid)))
        #expect(!pids.contains(Int(waiting.pid)))
    }

    @Test func remoteExecDisabledByTheEnvironment() throws {
        let target = try VMTarget(program: Self.sleeper, environment: ["WAND_DISABLE_REMOTE_EXEC": "1"])
        let result = try target.exec(code: "print(1)")
        #expect(result.status == 5)
        #expect(result.errors.contains("remote exec disabled in pid \(target.pid)"))
        #expect(target.child.isRunning)
    }

    @Test func remoteExecDisabledByTheRunFlagEvenForADoorbellRungAnyway() throws {
        let target = try VMTarget(program: Self.sleeper, runOptions: ["--disable-remote-exec"])
        #expect(try target.exec(code: "print(1)").status == 5)
        // The doorbell is answered, not fatal, when someone rings it regardless.
        kill(target.pid, SIGRTMIN_PLUS_7)
        usleep(100_000)
        #expect(target.child.isRunning)
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to run the client as another user"))
    func permissionDeniedNamesTheUidRuleAndWhatToRun() throws {
        let target = try VMTarget(program: Self.sleeper)
        let client = try SpawnedProcess("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", WandBinary.path!, "exec", "--pid", String(target.pid), "-c", "print(1)"])
        #expect(client.waitForExit() == 6)
        #expect(client.standardError.contains("permission denied for pid \(target.pid): it runs as root (uid 0) and you are nobody (uid 65534) without CAP_SYS_PTRACE"))
        #expect(client.standardError.contains("remedy: run it as the same user: sudo -u root wand exec --pid \(target.pid)"))
        #expect(target.child.isRunning)
    }

    @Test func aPayloadTooLarge() throws {
        let target = try VMTarget(program: Self.sleeper)
        let result = try target.exec(code: "# " + String(repeating: "x", count: 70_000))
        #expect(result.status == 9)
        #expect(result.errors.contains("payload too large: 70002 bytes"))
        #expect(try target.exec(code: "print('fine')").output == "fine\n")
    }

    @Test func psListsVMsWithTheirStateAndNothingElse() throws {
        let enabled = try VMTarget(program: Self.sleeper)
        let disabled = try VMTarget(program: Self.sleeper, runOptions: ["--disable-remote-exec"])
        let listing = try WandBinary.run(["ps", "--json"])
        #expect(listing.status == 0)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]])
        let byPid = Dictionary(entries.compactMap { entry in (entry["pid"] as? Int).map { ($0, entry) } }, uniquingKeysWith: { first, _ in first })
        let first = try #require(byPid[Int(enabled.pid)])
        #expect(first["vm_state"] as? String == "running")
        #expect(first["remote_exec_enabled"] as? Bool == true)
        #expect(first["debugger_attached"] as? Bool == false)
        #expect((first["command_line"] as? [String])?.last?.hasSuffix("main.py") == true)
        #expect((first["rss_bytes"] as? Int ?? 0) > 0)
        #expect(byPid[Int(disabled.pid)]?["remote_exec_enabled"] as? Bool == false)
        let table = try WandBinary.run(["ps"])
        #expect(table.output.hasPrefix("PID"))
        #expect(table.output.contains(String(enabled.pid)))
        #expect(!table.output.contains("\u{1b}["))
    }
}
}

/// The doorbell signal (SIGRTMIN + 7), as RemoteExecService picks it.
private let SIGRTMIN_PLUS_7 = __libc_current_sigrtmin() + 7
