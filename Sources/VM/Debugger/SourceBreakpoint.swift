// Breakpoints as the front end asks for them and as the debugger resolved them.

/// What a breakpoint does when reached: stop only if `condition` holds and the hit count meets
/// `hitCondition`; with a `logMessage`, print it instead of stopping.
public struct BreakpointOptions: Sendable {
    public var condition: String?
    public var hitCondition: String?
    public var logMessage: String?

    public init(condition: String? = nil, hitCondition: String? = nil, logMessage: String? = nil) {
        self.condition = condition
        self.hitCondition = hitCondition
        self.logMessage = logMessage
    }
}

/// A breakpoint at a line of a file, with the options DAP editors offer.
public struct BreakpointRequest: Sendable {
    public var line: Int
    public var options: BreakpointOptions

    public init(line: Int, options: BreakpointOptions = BreakpointOptions()) {
        self.line = line
        self.options = options
    }
}

/// A breakpoint on entry to every function of this name (or qualified name).
public struct FunctionBreakpointRequest: Sendable {
    public var name: String
    public var options: BreakpointOptions

    public init(name: String, options: BreakpointOptions = BreakpointOptions()) {
        self.name = name
        self.options = options
    }
}

/// Where a breakpoint ended up: verified at the first line at or after the requested one that
/// has code, or unverified with the reason.
public struct BreakpointStatus: Sendable, Equatable {
    public var id: Int
    public var verified: Bool
    public var line: Int?
    public var message: String?
}

/// A line breakpoint in the table: the request, its resolution and its hit count.
struct SourceBreakpoint {
    let id: Int
    let request: BreakpointRequest
    var actualLine: Int?
    var message: String?

    var status: BreakpointStatus {
        BreakpointStatus(id: id, verified: actualLine != nil, line: actualLine ?? request.line, message: message)
    }

    /// Resolves against the lines of a file that have code (nil: the file is not loaded yet).
    mutating func resolve(codeLines: Set<Int>?) {
        guard let codeLines else {
            actualLine = nil
            message = "the file has not been loaded yet"
            return
        }
        actualLine = codeLines.filter { $0 >= request.line }.min()
        message = actualLine == nil ? "no code on line \(request.line) or after it" : nil
    }
}

/// A function breakpoint in the table, and whether a function of its name has been loaded.
struct FunctionBreakpoint {
    let id: Int
    let request: FunctionBreakpointRequest
    var verified: Bool

    var status: BreakpointStatus {
        BreakpointStatus(id: id, verified: verified, line: nil, message: verified ? nil : "no function named \(request.name) is loaded yet")
    }
}

/// `hitCondition` as editors write it: "5" or "==5" (the 5th hit), ">5", ">=5", "<5", "<=5",
/// "%5" (every 5th hit).
struct HitCondition {
    private typealias Test = (_ hits: Int, _ count: Int) -> Bool
    /// Longer operators first, so ">=" is not read as ">".
    private static let operators: [(String, Test)] = [
        (">=", { $0 >= $1 }), ("<=", { $0 <= $1 }), ("==", { $0 == $1 }),
        (">", { $0 > $1 }), ("<", { $0 < $1 }), ("%", { $1 > 0 && $0 % $1 == 0 }), ("", { $0 == $1 }),
    ]
    private let test: Test
    private let count: Int

    init?(_ text: String) {
        let trimmed = text.filter { $0 != " " }
        for (prefix, test) in Self.operators {
            if trimmed.hasPrefix(prefix), let count = Int(trimmed.dropFirst(prefix.count)) {
                self.test = test
                self.count = count
                return
            }
        }
        return nil
    }

    func isMet(afterHits hits: Int) -> Bool { test(hits, count) }
}
