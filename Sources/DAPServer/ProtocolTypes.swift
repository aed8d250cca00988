// DAP's data types, as far as wand uses them (field names are the protocol's).

struct Source: Codable {
    var name: String?
    var path: String?
    var sourceReference: Int?
}

struct SourceBreakpointArguments: Decodable {
    var line: Int
    var column: Int?
    var condition: String?
    var hitCondition: String?
    var logMessage: String?
}

struct FunctionBreakpointArguments: Decodable {
    var name: String
    var condition: String?
    var hitCondition: String?
}

struct Breakpoint: Encodable {
    var id: Int
    var verified: Bool
    var message: String?
    var source: Source?
    var line: Int?
}

struct Thread: Encodable {
    var id: Int
    var name: String
}

struct StackFrame: Encodable {
    var id: Int
    var name: String
    var source: Source?
    var line: Int
    var column: Int
}

struct Scope: Encodable {
    var name: String
    var presentationHint: String?
    var variablesReference: Int
    var namedVariables: Int?
    var expensive: Bool
}

struct Variable: Encodable {
    var name: String
    var value: String
    var type: String?
    var evaluateName: String?
    var variablesReference: Int
    var namedVariables: Int?
    var indexedVariables: Int?
}

struct PathMapping: Decodable {
    var localRoot: String
    var remoteRoot: String
}
