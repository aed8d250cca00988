// Bodies of the events wand sends.

struct StoppedEventBody: Encodable {
    var reason: String
    var description: String?
    var threadId = DebugSession.mainThreadID
    var text: String?
    var allThreadsStopped = true
    var hitBreakpointIds: [Int]?
}

struct ContinuedEventBody: Encodable {
    var threadId = DebugSession.mainThreadID
    var allThreadsContinued = true
}

struct ThreadEventBody: Encodable {
    var reason: String
    var threadId = DebugSession.mainThreadID
}

struct OutputEventBody: Encodable {
    var category: String
    var output: String
}

struct BreakpointEventBody: Encodable {
    var reason: String
    var breakpoint: Breakpoint
}

struct ExitedEventBody: Encodable {
    var exitCode: Int
}
