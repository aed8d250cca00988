// Which instructions carry a line event: line starts of code with breakpoints, of code being
// stepped through, and of all code while a pause or a step-in waits for the next line.

extension Debugger {
    /// Brings the patched words of every code object in `modules` in line with `state`. Code
    /// that nothing asks about keeps its original instructions, so it pays nothing.
    static func applyPatches(_ modules: [LoadedModule], state: inout State) {
        let everyLine = state.pauseRequested || state.stepping?.mode == .stepIn
        for module in modules {
            let breakpointLines = Set((state.lineBreakpoints[module.path] ?? []).compactMap(\.actualLine))
            for code in module.codes {
                let id = ObjectIdentifier(code)
                state.codePaths[id] = module.path
                let points = lineEventPoints(of: code, state: &state)
                if everyLine || state.steppedCodes.contains(id) {
                    for point in points { code.setLineEvent(true, at: point) }
                    continue
                }
                let entryBreakpoint = state.functionBreakpoints.contains { Self.code(code, isNamed: $0.name) }
                for point in points {
                    code.setLineEvent((point == 0 && entryBreakpoint) || breakpointLines.contains(code.line(at: point)), at: point)
                }
            }
        }
    }

    /// Lines of a file that have code, or nil when the file is not loaded.
    static func codeLines(of path: String, in modules: [LoadedModule], state: inout State) -> Set<Int>? {
        let matching = modules.filter { $0.path == path }
        guard !matching.isEmpty else { return nil }
        var lines = Set<Int>()
        for module in matching {
            for code in module.codes {
                for point in lineEventPoints(of: code, state: &state) { lines.insert(code.line(at: point)) }
            }
        }
        return lines
    }

    static func lineEventPoints(of code: CodeObject, state: inout State) -> [Int] {
        let id = ObjectIdentifier(code)
        if let points = state.lineEventPoints[id] { return points }
        let points = code.lineEventPoints
        state.lineEventPoints[id] = points
        return points
    }

    static func code(_ code: CodeObject, isNamed name: String) -> Bool {
        code.name == name || code.qualifiedName == name
    }
}
