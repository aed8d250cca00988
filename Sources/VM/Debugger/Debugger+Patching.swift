// Which instructions carry a line event: line starts of code with breakpoints, of code being
// stepped through, and of all code while a pause or a step-in waits for the next line.
//
// A patched line start must still run its own instruction. The event handler puts the original
// back for one execution and writes `restoreLineEvent` over the instructions that can follow
// it; whichever runs next puts the line event back and then runs its own instruction. (A
// breakpoint in a native debugger steps over itself the same way.) The interpreter's loop stays
// as it is, and only patched code pays for any of this.

extension Debugger {
    /// An instruction of a code object.
    struct PatchSite: Hashable {
        unowned(unsafe) let code: CodeObject
        let index: Int

        static func == (left: PatchSite, right: PatchSite) -> Bool { left.code === right.code && left.index == right.index }
        func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(code))
            hasher.combine(index)
        }
    }

    /// Brings the patched words of every code object in `modules` in line with `state`. Code
    /// that nothing asks about keeps its original instructions, so it pays nothing.
    static func applyPatches(_ modules: [LoadedModule], state: inout State) {
        for module in modules {
            for code in module.codes {
                state.codePaths[ObjectIdentifier(code)] = module.path
                for point in lineEventPoints(of: code, state: &state) {
                    writeRestingWord(PatchSite(code: code, index: point), state: state)
                }
            }
        }
    }

    /// VM thread, after a line event at `site`: runs its original instruction once.
    static func runOriginalOnce(_ site: PatchSite, state: inout State) {
        state.runningOriginal.insert(site)
        writeRestingWord(site, state: state)
        for next in site.code.successors(of: site.index) {
            let restore = PatchSite(code: site.code, index: next)
            state.pendingRestores[restore, default: []].append(site)
            writeRestingWord(restore, state: state)
        }
    }

    /// VM thread, at a `restoreLineEvent` word: puts back the line events it stands for and
    /// the instruction it covers.
    static func restoreLineEvents(at site: PatchSite, state: inout State) {
        let lineStarts = state.pendingRestores.removeValue(forKey: site) ?? []
        for lineStart in lineStarts { state.runningOriginal.remove(lineStart) }
        writeRestingWord(site, state: state)
        for lineStart in lineStarts { writeRestingWord(lineStart, state: state) }
    }

    /// After an exception, the instructions that should have followed may never run (or there
    /// were none, after a `raise`): puts every line event back.
    static func restoreAllLineEvents(state: inout State) {
        for site in Array(state.pendingRestores.keys) { restoreLineEvents(at: site, state: &state) }
        let lineStarts = state.runningOriginal
        state.runningOriginal = []
        for lineStart in lineStarts { writeRestingWord(lineStart, state: state) }
    }

    /// What `site` holds when nothing is executing it: a pending restore, the original while its
    /// line start runs once, a line event if the debugger wants one there, else the original.
    /// One aligned 32-bit store, so the interpreter may be running this code meanwhile.
    private static func writeRestingWord(_ site: PatchSite, state: State) {
        let word: UInt32
        if state.pendingRestores[site] != nil {
            word = encodeInstruction(.restoreLineEvent)
        } else if !state.runningOriginal.contains(site) && wantsLineEvent(site, state: state) {
            word = encodeInstruction(.lineEvent)
        } else {
            word = site.code.instructions[site.index]
        }
        site.code.instructionPointer[site.index] = word
    }

    private static func wantsLineEvent(_ site: PatchSite, state: State) -> Bool {
        let id = ObjectIdentifier(site.code)
        guard state.lineEventPoints[id]?.contains(site.index) == true else { return false }
        if state.pauseRequested || state.stepping?.mode == .stepIn || state.steppedCodes.contains(id) { return true }
        if site.index == 0 && state.functionBreakpoints.contains(where: { code(site.code, isNamed: $0.request.name) }) { return true }
        let line = site.code.line(at: site.index)
        return state.lineBreakpoints[state.codePaths[id] ?? ""]?.contains { $0.actualLine == line } ?? false
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

    static func lineEventPoints(of code: CodeObject, state: inout State) -> Set<Int> {
        let id = ObjectIdentifier(code)
        if let points = state.lineEventPoints[id] { return points }
        let points = Set(code.lineEventPoints)
        state.lineEventPoints[id] = points
        return points
    }

    static func code(_ code: CodeObject, isNamed name: String) -> Bool {
        code.name == name || code.qualifiedName == name
    }
}
