// Arguments of the requests wand handles and bodies of their responses.

struct InitializeArguments: Decodable {
    var clientID: String?
    var adapterID: String?
}

/// Attach and launch: only `pathMappings` matters; unknown keys are ignored.
struct AttachArguments: Decodable {
    var pathMappings: [PathMapping]?
}

struct SetBreakpointsArguments: Decodable {
    var source: Source
    var breakpoints: [SourceBreakpointArguments]?
    var lines: [Int]?
}

struct SetFunctionBreakpointsArguments: Decodable {
    var breakpoints: [FunctionBreakpointArguments]
}

struct SetExceptionBreakpointsArguments: Decodable {
    var filters: [String]
}

struct BreakpointsBody: Encodable {
    var breakpoints: [Breakpoint]
}

struct ThreadsBody: Encodable {
    var threads: [Thread]
}

struct StackTraceArguments: Decodable {
    var threadId: Int
    var startFrame: Int?
    var levels: Int?
}

struct StackTraceBody: Encodable {
    var stackFrames: [StackFrame]
    var totalFrames: Int
}

struct ScopesArguments: Decodable {
    var frameId: Int
}

struct ScopesBody: Encodable {
    var scopes: [Scope]
}

struct VariablesArguments: Decodable {
    var variablesReference: Int
    var start: Int?
    var count: Int?
}

struct VariablesBody: Encodable {
    var variables: [Variable]
}

struct SetVariableArguments: Decodable {
    var variablesReference: Int
    var name: String
    var value: String
}

struct SetVariableBody: Encodable {
    var value: String
    var type: String?
    var variablesReference: Int
    var namedVariables: Int?
    var indexedVariables: Int?
}

struct EvaluateArguments: Decodable {
    var expression: String
    var frameId: Int?
    var context: String?
}

struct EvaluateBody: Encodable {
    var result: String
    var type: String?
    var variablesReference: Int
    var namedVariables: Int?
    var indexedVariables: Int?
}

struct ThreadArguments: Decodable {
    var threadId: Int?
}

struct ContinueBody: Encodable {
    var allThreadsContinued = true
}

struct ExceptionInfoBody: Encodable {
    var exceptionId: String
    var description: String?
    var breakMode: String
}

struct SourceArguments: Decodable {
    var source: Source?
    var sourceReference: Int
}

struct SourceBody: Encodable {
    var content: String
}

struct LoadedSourcesBody: Encodable {
    var sources: [Source]
}

struct DisconnectArguments: Decodable {
    var terminateDebuggee: Bool?
}
