// Blocking builtins let go of the VM lock, so that a remote-exec request is served while the
// program sleeps or waits for input; safe points hand it over.

extension VM {
    /// Runs `body`, which must not touch the VM, without the VM lock. `nativeCallDepth` stays
    /// raised meanwhile: the caller may hold values in Swift locals that the collector cannot
    /// see, so a request served during the call never collects.
    public func withVMLockReleased<Result>(_ body: () -> Result) -> Result {
        if lock.heldByService { return body() }
        nativeCallDepth += 1
        lock.releaseByInterpreter()
        defer {
            lock.acquireByInterpreter()
            nativeCallDepth -= 1
        }
        return body()
    }

    /// At a safe point, on the thread that holds the VM lock: lets a waiting remote-exec
    /// request run, or interrupts the running request when its client cancelled it; stops for
    /// a debugger that asked for a pause.
    func serviceInterrupts() throws(PyError) {
        let reasons = InterruptReason(rawValue: interruptWord)
        if reasons.contains(.remoteRequestRunning) {
            if remoteRequestCancelled { throw error(exceptionType("KeyboardInterrupt"), "cancelled by wand exec after its timeout") }
        } else if reasons.contains(.remoteExec) {
            lock.releaseByInterpreter()
            lock.acquireByInterpreter()
        }
        // Code run by a remote request never stops for the debugger; the program does after it.
        if reasons.contains(.debuggerPause) && !reasons.contains(.remoteRequestRunning) { debugger?.pauseReached() }
    }
}
