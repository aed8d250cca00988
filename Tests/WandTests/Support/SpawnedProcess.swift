// A child process for end-to-end tests: pipes for stdin, stdout and stderr, collected as they come.

import Foundation

final class SpawnedProcess {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var outputBytes = Data()
    private var errorBytes = Data()

    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, toErrors: false) }
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, toErrors: true) }
        try process.run()
    }

    deinit {
        kill()
        output.fileHandleForReading.readabilityHandler = nil
        errors.fileHandleForReading.readabilityHandler = nil
    }

    var pid: Int32 { process.processIdentifier }

    var standardOutput: String { lock.withLock { String(decoding: outputBytes, as: UTF8.self) } }
    var standardError: String { lock.withLock { String(decoding: errorBytes, as: UTF8.self) } }

    var isRunning: Bool { process.isRunning }

    /// Waits until stdout contains `text`; false after `timeout` seconds.
    func waitForOutput(containing text: String, timeout: Double = 10) -> Bool {
        waitUntil(timeout: timeout) { standardOutput.contains(text) }
    }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Waits for the process to end and returns its exit status (nil on timeout).
    func waitForExit(timeout: Double = 10) -> Int32? {
        guard waitUntil(timeout: timeout, { !process.isRunning }) else { return nil }
        // Let the readability handlers drain what the process wrote last.
        _ = waitUntil(timeout: 0.2) { false }
        return process.terminationStatus
    }

    func signal(_ number: Int32) {
        if process.isRunning { Foundation.kill(pid, number) }
    }

    func kill() {
        signal(SIGKILL)
        if process.isRunning { process.waitUntilExit() }
    }

    private func append(_ data: Data, toErrors: Bool) {
        lock.withLock {
            if toErrors { errorBytes.append(data) } else { outputBytes.append(data) }
        }
    }
}

/// Polls `condition` every 5 ms until it holds or `timeout` seconds pass.
func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(5000)
    }
    return condition()
}
