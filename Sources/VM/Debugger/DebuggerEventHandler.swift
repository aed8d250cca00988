// What the debugger tells its front end (the DAP server); called on the VM thread.

/// Why the program stopped.
public enum StopReason: Sendable, Equatable {
    case breakpoint(ids: [Int])
    case functionBreakpoint(ids: [Int])
    case step
    case pause
    /// An exception was raised (or is about to end the program, when `uncaught`).
    case exception(typeName: String, message: String, uncaught: Bool)
    /// The program stopped itself (`_wand.breakpoint()` would go here) or waits for a client.
    case entry
}

/// Receives the debugger's events. Calls arrive on the VM thread; `debuggerStopped` is made
/// before the stopped thread starts serving inspection requests, so they may follow at once.
public protocol DebuggerEventHandler: AnyObject {
    /// Returns whether a client was told; if not, the program goes on at once.
    func debuggerStopped(_ reason: StopReason) -> Bool
    /// A log point's message, already interpolated.
    func debuggerLogged(_ message: String)
    /// A breakpoint's verification changed (its file was loaded after it was set).
    func debuggerChangedBreakpoint(_ breakpoint: BreakpointStatus)
}
