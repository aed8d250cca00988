// Why the interpreter is asked to stop at its next safe point (bits of `VM.interruptWord`).

struct InterruptReason: OptionSet {
    let rawValue: UInt32

    /// The remote-exec service thread waits for the VM lock.
    static let remoteExec = InterruptReason(rawValue: 1 << 0)
    /// A remote-exec request runs: its safe points check whether the client cancelled it.
    static let remoteRequestRunning = InterruptReason(rawValue: 1 << 1)
    /// The debugger asks the program to pause.
    static let debuggerPause = InterruptReason(rawValue: 1 << 2)
}
