// Blocking builtins let go of the VM lock, so that a remote-exec request is served while the
// program sleeps or waits for input.

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

    /// At a safe point: lets a waiting remote-exec request run, then continues.
    func yieldToService() {
        lock.releaseByInterpreter()
        lock.acquireByInterpreter()
    }
}
