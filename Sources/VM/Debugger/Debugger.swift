// The debugger core: breakpoints, stepping, pausing and the stopped thread's command loop. It
// knows nothing of DAP; `DAPServer` drives it.
//
// This is the one place the interpreter (and later the JIT) hooks:
//   - `lineEvent(frameIndex:)`: the interpreter met a `lineEvent` word the debugger patched in;
//   - `pauseReached()`: a safe point saw the pause bit of the interrupt word;
//   - `restoreLineEvent(_:at:)`: the instruction after a line start puts its event back;
//   - `exceptionCaught(_:isNew:)`: an exception reached a Python frame;
//   - `codeLoaded(_:)`: a module's code was compiled.
// The JIT will invalidate traces covering a code object when `applyPatches` changes it, and
// leave compiled code for the interpreter when the interrupt word is set.

import Dispatch
import Synchronization

/// How the stopped thread goes on.
public enum ResumeMode: Sendable {
    case proceed
    case stepOver
    case stepIn
    case stepOut
}

public final class Debugger {
    unowned let vm: VM
    public weak var eventHandler: DebuggerEventHandler?

    /// Where a step ends: at the next line event in a frame at most `depth` deep (`into`:
    /// anywhere; `out`: shallower than `depth`).
    struct Stepping {
        var mode: ResumeMode
        var depth: Int

        func endsAt(depth eventDepth: Int) -> Bool {
            switch mode {
            case .stepIn: true
            case .stepOver: eventDepth <= depth
            case .stepOut: eventDepth < depth
            case .proceed: false
            }
        }
    }

    /// A request the stopped thread runs: inspection, or the end of the stop.
    enum Command {
        case run(() -> Void)
        case resume(ResumeMode)
    }

    /// Shared between the DAP thread and the VM thread; always used under `state`'s lock.
    struct State {
        var lineBreakpoints: [String: [SourceBreakpoint]] = [:]
        var functionBreakpoints: [FunctionBreakpoint] = []
        var nextBreakpointID = 1
        /// How often each breakpoint's condition held, for hit conditions.
        var hitCounts: [Int: Int] = [:]
        var breakOnRaised = false
        var breakOnUncaught = false
        var stepping: Stepping?
        /// Code objects that report every line while a step is under way (all, when stepping in).
        var steppedCodes: Set<ObjectIdentifier> = []
        var pauseRequested = false
        var stopped = false
        var commands: [Command] = []
        var lineEventPoints: [ObjectIdentifier: Set<Int>] = [:]
        /// Line starts running their original instruction once, and the instructions after them
        /// that put their line events back (Debugger+Patching.swift).
        var runningOriginal: Set<PatchSite> = []
        var pendingRestores: [PatchSite: [PatchSite]] = [:]
        /// The absolute path of each loaded code object's file.
        var codePaths: [ObjectIdentifier: String] = [:]
    }

    let state = Mutex(State())
    private let commandsAvailable = DispatchSemaphore(value: 0)

    // Touched by the VM thread only.
    /// Set while the thread is stopped: code run for inspection reports no events.
    private var servingStop = false
    /// The last line event, to report a line once when its instructions run in order.
    private var lastEvent: (depth: Int, code: ObjectIdentifier, line: Int, pc: Int)?
    /// The stopped thread's inspection state, while it is stopped.
    private var stoppedThread: StoppedThread?

    init(vm: VM) {
        self.vm = vm
    }

    // MARK: requests from the front end (any thread)

    /// Replaces the breakpoints of a file and returns where each one landed.
    public func setBreakpoints(path: String, _ requests: [BreakpointRequest]) -> [BreakpointStatus] {
        let modules = vm.loadedCode.all
        return state.withLock { state in
            let codeLines = Self.codeLines(of: path, in: modules, state: &state)
            let breakpoints = requests.map { request in
                var breakpoint = SourceBreakpoint(id: state.nextBreakpointID, request: request)
                state.nextBreakpointID += 1
                breakpoint.resolve(codeLines: codeLines)
                return breakpoint
            }
            state.lineBreakpoints[path] = breakpoints.isEmpty ? nil : breakpoints
            Self.applyPatches(modules.filter { $0.path == path }, state: &state)
            return breakpoints.map(\.status)
        }
    }

    /// Replaces the function breakpoints: the program stops when a function of that name (or
    /// qualified name) is entered.
    public func setFunctionBreakpoints(_ requests: [FunctionBreakpointRequest]) -> [BreakpointStatus] {
        let modules = vm.loadedCode.all
        return state.withLock { state in
            state.functionBreakpoints = requests.map { request in
                defer { state.nextBreakpointID += 1 }
                return FunctionBreakpoint(id: state.nextBreakpointID, request: request, verified: modules.contains { $0.defines(function: request.name) })
            }
            Self.applyPatches(modules, state: &state)
            return state.functionBreakpoints.map(\.status)
        }
    }

    public func setExceptionBreakpoints(raised: Bool, uncaught: Bool) {
        state.withLock { state in
            state.breakOnRaised = raised
            state.breakOnUncaught = uncaught
        }
    }

    /// Stops the program at its next line or loop back-edge.
    public func requestPause() {
        let modules = vm.loadedCode.all
        state.withLock { state in
            guard !state.stopped else { return }
            state.pauseRequested = true
            Self.applyPatches(modules, state: &state)
        }
        vm.interruptFlags.bitwiseOr(InterruptReason.debuggerPause.rawValue, ordering: .relaxed)
    }

    public var isStopped: Bool { state.withLock { $0.stopped } }

    /// Lets the stopped thread go on; false when it is not stopped.
    @discardableResult
    public func resume(_ mode: ResumeMode) -> Bool {
        enqueue(.resume(mode))
    }

    /// Runs `body` on the stopped thread and returns its result; nil when no thread is stopped.
    public func onStoppedThread<Result>(_ body: @escaping (StoppedThread) -> Result) -> Result? {
        let done = DispatchSemaphore(value: 0)
        var result: Result?
        let accepted = enqueue(.run { [unowned self] in
            result = body(stoppedThread!)
            done.signal()
        })
        guard accepted else { return nil }
        done.wait()
        return result
    }

    /// Forgets every breakpoint and step and lets the program run (the client went away).
    public func reset() {
        let modules = vm.loadedCode.all
        state.withLock { state in
            state.lineBreakpoints = [:]
            state.functionBreakpoints = []
            state.hitCounts = [:]
            state.breakOnRaised = false
            state.breakOnUncaught = false
            state.pauseRequested = false
            state.stepping = nil
            state.steppedCodes = []
            Self.applyPatches(modules, state: &state)
        }
        vm.interruptFlags.bitwiseAnd(~InterruptReason.debuggerPause.rawValue, ordering: .relaxed)
        resume(.proceed)
    }

    private func enqueue(_ command: Command) -> Bool {
        let accepted = state.withLock { state in
            guard state.stopped else { return false }
            state.commands.append(command)
            // Nothing queued after a resume would be served.
            if case .resume = command { state.stopped = false }
            return true
        }
        if accepted { commandsAvailable.signal() }
        return accepted
    }

    // MARK: hooks called by the VM thread

    func codeLoaded(_ module: LoadedModule) {
        let modules = vm.loadedCode.all
        let changed = state.withLock { state -> [BreakpointStatus] in
            var changed: [BreakpointStatus] = []
            if var breakpoints = state.lineBreakpoints[module.path] {
                let codeLines = Self.codeLines(of: module.path, in: modules, state: &state)
                for index in breakpoints.indices {
                    let before = breakpoints[index].status
                    breakpoints[index].resolve(codeLines: codeLines)
                    if breakpoints[index].status != before { changed.append(breakpoints[index].status) }
                }
                state.lineBreakpoints[module.path] = breakpoints
            }
            for index in state.functionBreakpoints.indices where !state.functionBreakpoints[index].verified && module.defines(function: state.functionBreakpoints[index].request.name) {
                state.functionBreakpoints[index].verified = true
                changed.append(state.functionBreakpoints[index].status)
            }
            Self.applyPatches([module], state: &state)
            return changed
        }
        for status in changed { eventHandler?.debuggerChangedBreakpoint(status) }
    }

    /// The interpreter is at a patched line start of frame `frameIndex` (its pc saved); the
    /// line's instruction runs once unpatched afterwards.
    func lineEvent(frameIndex: Int) {
        let frame = vm.frames[frameIndex]
        let code = frame.code
        defer { state.withLock { Self.runOriginalOnce(PatchSite(code: code, index: frame.pc), state: &$0) } }
        guard !servingStop else { return }
        let line = code.line(at: frame.pc)
        let depth = frameIndex + 1
        let codeID = ObjectIdentifier(code)
        if let last = lastEvent, last.depth == depth, last.code == codeID, last.line == line, frame.pc > last.pc {
            lastEvent!.pc = frame.pc
            return
        }
        lastEvent = (depth, codeID, line, frame.pc)
        if isInlineComprehension(frameIndex: frameIndex, line: line) { return }
        let (pauseRequested, stepEnds, candidates) = state.withLock { state in
            let path = state.codePaths[codeID] ?? ""
            let lineBreakpoints = (state.lineBreakpoints[path] ?? []).filter { $0.actualLine == line }.map { (id: $0.id, options: $0.request.options) }
            let functionBreakpoints = frame.pc == 0 ? state.functionBreakpoints.filter { Self.code(code, isNamed: $0.request.name) }.map { (id: $0.id, options: $0.request.options) } : []
            return (state.pauseRequested, state.stepping?.endsAt(depth: depth) ?? false, (function: functionBreakpoints, line: lineBreakpoints))
        }
        if pauseRequested { return stop(.pause, line: line) }
        let functionIDs = triggered(candidates.function, frameIndex: frameIndex)
        if !functionIDs.isEmpty { return stop(.functionBreakpoint(ids: functionIDs), line: line) }
        let lineIDs = triggered(candidates.line, frameIndex: frameIndex)
        if !lineIDs.isEmpty { return stop(.breakpoint(ids: lineIDs), line: line) }
        if stepEnds { stop(.step, line: line) }
    }

    /// The breakpoints among `candidates` that stop here: their condition holds and their hit
    /// count meets the hit condition. Log points print their message instead.
    private func triggered(_ candidates: [(id: Int, options: BreakpointOptions)], frameIndex: Int) -> [Int] {
        var stopping: [Int] = []
        for (id, options) in candidates where conditionHolds(options.condition, frameIndex: frameIndex) {
            let hits = state.withLock { state -> Int in
                state.hitCounts[id, default: 0] += 1
                return state.hitCounts[id]!
            }
            if let hitCondition = options.hitCondition, let test = HitCondition(hitCondition), !test.isMet(afterHits: hits) { continue }
            if let message = options.logMessage {
                eventHandler?.debuggerLogged(interpolate(message, frameIndex: frameIndex))
            } else {
                stopping.append(id)
            }
        }
        return stopping
    }

    /// A comprehension runs as a frame of its own but belongs to its caller's line: its events
    /// on that line would stop once per item.
    private func isInlineComprehension(frameIndex: Int, line: Int) -> Bool {
        let code = vm.frames[frameIndex].code
        guard frameIndex > 0, code.name.hasPrefix("<"), code.name.hasSuffix("comp>") || code.name == "<genexpr>" else { return false }
        let caller = vm.frames[frameIndex - 1]
        return caller.code.filename == code.filename && caller.code.line(at: caller.pc - 1) == line
    }

    /// The interpreter met the word that puts a line event back (its pc at that word).
    func restoreLineEvent(_ code: CodeObject, at index: Int) {
        state.withLock { Self.restoreLineEvents(at: PatchSite(code: code, index: index), state: &$0) }
    }

    /// A safe point saw the pause bit.
    func pauseReached() {
        vm.interruptFlags.bitwiseAnd(~InterruptReason.debuggerPause.rawValue, ordering: .relaxed)
        guard !servingStop, state.withLock({ $0.pauseRequested }), let frame = vm.frames.last else { return }
        stop(.pause, line: frame.code.line(at: frame.pc))
    }

    /// An exception reached a Python frame (its pc is past the raising instruction); `isNew`
    /// when it was raised there rather than passing through.
    func exceptionCaught(_ exception: Value, isNew: Bool) {
        state.withLock { Self.restoreAllLineEvents(state: &$0) }
        guard isNew, !servingStop else { return }
        let (onRaised, onUncaught) = state.withLock { ($0.breakOnRaised, $0.breakOnUncaught) }
        guard onRaised || onUncaught, let frame = vm.frames.last else { return }
        let typeName = vm.typeName(exception)
        let uncaught = !willBeHandled() && typeName != "SystemExit"
        guard onRaised || uncaught else { return }
        let message = (try? vm.toStr(exception)) ?? ""
        stop(.exception(typeName: typeName, message: message, uncaught: uncaught), line: frame.code.line(at: frame.pc - 1))
    }

    /// Whether a handler in some frame covers where that frame is, or Swift code that called into
    /// the interpreter may catch the exception.
    private func willBeHandled() -> Bool {
        for index in stride(from: vm.frames.count - 1, through: 0, by: -1) {
            let frame = vm.frames[index]
            if frame.pc > 0 && frame.code.handlerIndex[frame.pc - 1] >= 0 { return true }
            if frame.returnsToNative && index > 0 { return true }
        }
        return false
    }

    // MARK: the stopped thread

    /// Stops the VM thread: tells the front end, then serves its requests until it resumes.
    func stop(_ reason: StopReason, line: Int) {
        let modules = vm.loadedCode.all
        state.withLock { state in
            state.stopped = true
            state.stepping = nil
            state.steppedCodes = []
            state.pauseRequested = false
            Self.applyPatches(modules, state: &state)
        }
        vm.interruptFlags.bitwiseAnd(~InterruptReason.debuggerPause.rawValue, ordering: .relaxed)
        servingStop = true
        // Inspection keeps values in Swift where the collector cannot see them.
        vm.nativeCallDepth += 1
        stoppedThread = StoppedThread(vm: vm, frameCount: vm.frames.count, topLine: line, stopReason: reason)
        // Nobody told, nobody to resume: a client that left as the program stopped.
        let told = eventHandler?.debuggerStopped(reason) ?? false
        var resumeMode = ResumeMode.proceed
        serving: while told {
            vm.withVMLockReleased { commandsAvailable.wait() }
            let command = state.withLock { $0.commands.removeFirst() }
            switch command {
            case .run(let body):
                body()
            case .resume(let mode):
                resumeMode = mode
                break serving
            }
        }
        stoppedThread = nil
        vm.nativeCallDepth -= 1
        servingStop = false
        let depth = vm.frames.count
        let steppedCodes = Set(vm.frames.map { ObjectIdentifier($0.code) })
        state.withLock { state in
            if resumeMode != .proceed {
                state.stepping = Stepping(mode: resumeMode, depth: depth)
                state.steppedCodes = steppedCodes
            }
            Self.applyPatches(modules, state: &state)
        }
    }

    private func conditionHolds(_ condition: String?, frameIndex: Int) -> Bool {
        guard let condition, !condition.isEmpty else { return true }
        return inspecting(frameIndex: frameIndex) { thread in
            // A condition that fails to evaluate stops, as a reason to look.
            guard let value = try? thread.evaluate(condition, frameIndex: frameIndex) else { return true }
            return (try? self.vm.isTruthy(value)) ?? true
        }
    }

    /// A log point's text with each `{expression}` replaced by the value's str.
    private func interpolate(_ message: String, frameIndex: Int) -> String {
        inspecting(frameIndex: frameIndex) { thread in
            var result = ""
            var expression: String?
            for character in message {
                if character == "{" && expression == nil {
                    expression = ""
                } else if character == "}", let text = expression {
                    if let value = try? thread.evaluate(text, frameIndex: frameIndex), let shown = try? self.vm.toStr(value) {
                        result += shown
                    } else {
                        result += "<error evaluating \(text)>"
                    }
                    expression = nil
                } else if expression != nil {
                    expression!.append(character)
                } else {
                    result.append(character)
                }
            }
            return result + "\n"
        }
    }

    /// Runs `body` with code evaluation allowed while the program is not stopped (conditions,
    /// log points), without reporting events from the evaluated code.
    private func inspecting<Result>(frameIndex: Int, _ body: (StoppedThread) -> Result) -> Result {
        servingStop = true
        vm.nativeCallDepth += 1
        defer {
            vm.nativeCallDepth -= 1
            servingStop = false
        }
        return body(StoppedThread(vm: vm, frameCount: vm.frames.count, topLine: 0, stopReason: .step))
    }
}

extension VM {
    /// The VM's debugger, created on first use.
    public func attachDebugger() -> Debugger {
        if let debugger { return debugger }
        let created = Debugger(vm: self)
        debugger = created
        return created
    }
}
