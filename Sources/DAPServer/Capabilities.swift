// What the adapter tells the client it can do: only what works.

struct ExceptionBreakpointsFilter: Codable {
    var filter: String
    var label: String
    var description: String?
    var `default`: Bool?
}

struct Capabilities: Encodable {
    var supportsConfigurationDoneRequest = true
    var supportsFunctionBreakpoints = true
    var supportsConditionalBreakpoints = true
    var supportsHitConditionalBreakpoints = true
    var supportsEvaluateForHovers = true
    var supportsSetVariable = true
    var supportsExceptionInfoRequest = true
    var supportsLoadedSourcesRequest = true
    var supportsTerminateRequest = true
    var supportsLogPoints = true
    var supportsDelayedStackTraceLoading = true
    var exceptionBreakpointFilters = [
        ExceptionBreakpointsFilter(filter: ExceptionFilter.raised, label: "Raised Exceptions", description: "Stop where any exception is raised", default: false),
        ExceptionBreakpointsFilter(filter: ExceptionFilter.uncaught, label: "Uncaught Exceptions", description: "Stop where an exception that nothing handles is raised", default: true),
    ]
}

enum ExceptionFilter {
    static let raised = "raised"
    static let uncaught = "uncaught"
}
