// One handler per DAP request: decode the arguments, ask the Debugger, answer.

import Foundation
import VM

extension DebugSession {
    /// The program is running: requests about a stopped thread are answered with this.
    static let notStopped = "the program is running; pause it first"

    func onInitialize(_ request: Request) {
        respond(request, Capabilities())
        sendEvent("initialized")
    }

    func onAttach(_ request: Request) {
        if let arguments = try? arguments(request, as: AttachArguments.self) {
            paths = PathMapper(arguments.pathMappings ?? [])
        }
        respond(request)
    }

    func onSetBreakpoints(_ request: Request) {
        guard let arguments = try? arguments(request, as: SetBreakpointsArguments.self), let localPath = arguments.source.path else {
            return fail(request, "setBreakpoints needs a source with a path")
        }
        let requests = arguments.breakpoints?.map {
            BreakpointRequest(line: $0.line, options: BreakpointOptions(condition: $0.condition, hitCondition: $0.hitCondition, logMessage: $0.logMessage))
        } ?? (arguments.lines ?? []).map { BreakpointRequest(line: $0) }
        let statuses = debugger.setBreakpoints(path: paths.remote(localPath), requests)
        respond(request, BreakpointsBody(breakpoints: statuses.map { breakpoint($0, source: arguments.source) }))
    }

    func breakpoint(_ status: BreakpointStatus, source: Source?) -> Breakpoint {
        Breakpoint(id: status.id, verified: status.verified, message: status.message, source: source, line: status.line)
    }

    func onSetFunctionBreakpoints(_ request: Request) {
        guard let arguments = try? arguments(request, as: SetFunctionBreakpointsArguments.self) else {
            return fail(request, "setFunctionBreakpoints needs breakpoints")
        }
        let statuses = debugger.setFunctionBreakpoints(arguments.breakpoints.map {
            FunctionBreakpointRequest(name: $0.name, options: BreakpointOptions(condition: $0.condition, hitCondition: $0.hitCondition))
        })
        respond(request, BreakpointsBody(breakpoints: statuses.map { Breakpoint(id: $0.id, verified: $0.verified, message: $0.message) }))
    }

    func onSetExceptionBreakpoints(_ request: Request) {
        let filters = (try? arguments(request, as: SetExceptionBreakpointsArguments.self))?.filters ?? []
        debugger.setExceptionBreakpoints(raised: filters.contains(ExceptionFilter.raised), uncaught: filters.contains(ExceptionFilter.uncaught))
        respond(request)
    }

    func onConfigurationDone(_ request: Request) {
        respond(request)
        sendEvent("thread", ThreadEventBody(reason: "started"))
        onConfigured()
    }

    func onThreads(_ request: Request) {
        respond(request, ThreadsBody(threads: [Thread(id: Self.mainThreadID, name: "MainThread")]))
    }

    func onStackTrace(_ request: Request) {
        let arguments = try? arguments(request, as: StackTraceArguments.self)
        guard let frames = debugger.onStoppedThread({ $0.frames() }) else { return fail(request, Self.notStopped) }
        let start = min(max(arguments?.startFrame ?? 0, 0), frames.count)
        let levels = arguments?.levels ?? 0
        let end = levels > 0 ? min(start + levels, frames.count) : frames.count
        let stackFrames = frames[start..<end].map { frame in
            let source = frame.path.map { paths.local($0) }.map { Source(name: ($0 as NSString).lastPathComponent, path: $0) }
            return StackFrame(id: frame.index + 1, name: frame.name, source: source, line: frame.line, column: 1)
        }
        respond(request, StackTraceBody(stackFrames: Array(stackFrames), totalFrames: frames.count))
    }

    func onScopes(_ request: Request) {
        guard let arguments = try? arguments(request, as: ScopesArguments.self) else { return fail(request, "scopes needs a frameId") }
        guard let scopes = debugger.onStoppedThread({ $0.scopes(frameIndex: arguments.frameId - 1) }) else { return fail(request, Self.notStopped) }
        respond(request, ScopesBody(scopes: scopes.map {
            Scope(name: $0.name, presentationHint: $0.name == "Locals" ? "locals" : nil, variablesReference: $0.reference, namedVariables: $0.variableCount, expensive: false)
        }))
    }

    func onVariables(_ request: Request) {
        guard let arguments = try? arguments(request, as: VariablesArguments.self) else { return fail(request, "variables needs a variablesReference") }
        guard let variables = debugger.onStoppedThread({ $0.variables(reference: arguments.variablesReference, start: arguments.start ?? 0, count: arguments.count ?? 0) }) else {
            return fail(request, Self.notStopped)
        }
        respond(request, VariablesBody(variables: variables.map {
            Variable(name: $0.name, value: $0.value, type: $0.type, evaluateName: $0.evaluateName, variablesReference: $0.reference, namedVariables: $0.namedCount, indexedVariables: $0.indexedCount)
        }))
    }

    func onSetVariable(_ request: Request) {
        guard let arguments = try? arguments(request, as: SetVariableArguments.self) else { return fail(request, "setVariable needs a reference, a name and a value") }
        let outcome = debugger.onStoppedThread { thread in
            Result { () throws(EvaluationError) -> VariableInfo in
                try thread.setVariable(reference: arguments.variablesReference, name: arguments.name, expression: arguments.value)
            }
        }
        switch outcome {
        case nil: fail(request, Self.notStopped)
        case .failure(let error): fail(request, error.message)
        case .success(let variable):
            respond(request, SetVariableBody(value: variable.value, type: variable.type, variablesReference: variable.reference, namedVariables: variable.namedCount, indexedVariables: variable.indexedCount))
        }
    }

    func onEvaluate(_ request: Request) {
        guard let arguments = try? arguments(request, as: EvaluateArguments.self) else { return fail(request, "evaluate needs an expression") }
        let outcome = debugger.onStoppedThread { thread in
            Result { () throws(EvaluationError) -> VariableInfo in
                let frameIndex = arguments.frameId.map { $0 - 1 } ?? thread.frameIndices.upperBound - 1
                return try thread.evaluateVariable(arguments.expression, frameIndex: frameIndex)
            }
        }
        switch outcome {
        case nil: fail(request, Self.notStopped)
        case .failure(let error): fail(request, error.message)
        case .success(let variable):
            respond(request, EvaluateBody(result: variable.value, type: variable.type, variablesReference: variable.reference, namedVariables: variable.namedCount, indexedVariables: variable.indexedCount))
        }
    }

    func onContinue(_ request: Request) {
        resume(request, .proceed, body: ContinueBody())
    }

    func onNext(_ request: Request) {
        resume(request, .stepOver, body: NoBody())
    }

    func onStepIn(_ request: Request) {
        resume(request, .stepIn, body: NoBody())
    }

    func onStepOut(_ request: Request) {
        resume(request, .stepOut, body: NoBody())
    }

    private func resume<Body: Encodable>(_ request: Request, _ mode: ResumeMode, body: Body) {
        // Only this thread resumes the program, so it is still stopped after the response,
        // which goes out before any event of the next stop.
        guard debugger.isStopped else { return fail(request, Self.notStopped) }
        respond(request, body)
        debugger.resume(mode)
    }

    func onPause(_ request: Request) {
        debugger.requestPause()
        respond(request)
    }

    func onExceptionInfo(_ request: Request) {
        guard let reason = debugger.onStoppedThread({ $0.stopReason }) else { return fail(request, Self.notStopped) }
        guard case .exception(let typeName, let message, let uncaught) = reason else {
            return fail(request, "the program did not stop on an exception")
        }
        respond(request, ExceptionInfoBody(exceptionId: typeName, description: message, breakMode: uncaught ? "unhandled" : "always"))
    }

    func onSource(_ request: Request) {
        guard let path = (try? arguments(request, as: SourceArguments.self))?.source?.path,
              let content = try? String(contentsOfFile: paths.remote(path), encoding: .utf8) else {
            return fail(request, "no source available for this request")
        }
        respond(request, SourceBody(content: content))
    }

    func onLoadedSources(_ request: Request) {
        let sources = vm.loadedCode.all.map { module in
            let path = paths.local(module.path)
            return Source(name: (path as NSString).lastPathComponent, path: path)
        }
        respond(request, LoadedSourcesBody(sources: sources))
    }

    /// The server resets the debugger once the session has ended, so the program resumes only
    /// after the response is out.
    func onDisconnect(_ request: Request) {
        respond(request)
        end()
    }

    func onTerminate(_ request: Request) {
        debugger.reset()
        respond(request)
        sendEvent("terminated")
        end()
        // The program ends as if it got SIGTERM from outside.
        kill(getpid(), SIGTERM)
    }

    // MARK: events from the debugger

    func sendStopped(_ reason: StopReason) {
        let body = switch reason {
        case .breakpoint(let ids): StoppedEventBody(reason: "breakpoint", hitBreakpointIds: ids)
        case .functionBreakpoint(let ids): StoppedEventBody(reason: "function breakpoint", hitBreakpointIds: ids)
        case .step: StoppedEventBody(reason: "step")
        case .pause: StoppedEventBody(reason: "pause")
        case .entry: StoppedEventBody(reason: "entry")
        case .exception(let typeName, let message, _): StoppedEventBody(reason: "exception", description: typeName, text: message)
        }
        sendEvent("stopped", body)
    }

    func sendChangedBreakpoint(_ status: BreakpointStatus) {
        sendEvent("breakpoint", BreakpointEventBody(reason: "changed", breakpoint: breakpoint(status, source: nil)))
    }
}
