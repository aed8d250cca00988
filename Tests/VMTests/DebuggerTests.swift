import Testing
@testable import VM

@Suite struct DebuggerTests {
    @Test func hitConditionsReadTheWayEditorsWriteThem() {
        #expect(HitCondition("3")!.isMet(afterHits: 3))
        #expect(!HitCondition("3")!.isMet(afterHits: 4))
        #expect(HitCondition(">= 2")!.isMet(afterHits: 2))
        #expect(!HitCondition(">2")!.isMet(afterHits: 2))
        #expect(HitCondition("%3")!.isMet(afterHits: 6))
        #expect(!HitCondition("%3")!.isMet(afterHits: 7))
        #expect(HitCondition("often") == nil)
    }

    @Test func lineEventsStartEveryLineAndEveryLoopHeader() throws {
        let vm = VM()
        let code = try vm.compile(source: "total = 0\nfor i in range(3):\n    total += i\nprint(total)\n", filename: "<test>")
        let lines = code.lineEventPoints.map { code.line(at: $0) }
        #expect(Set(lines) == [1, 2, 3, 4])
        // The loop header is reported again on each iteration: the for line starts more than once.
        #expect(lines.filter { $0 == 2 }.count >= 2)
    }

    @Test func breakpointsMoveToTheNextLineWithCode() {
        var breakpoint = SourceBreakpoint(id: 1, request: BreakpointRequest(line: 3))
        breakpoint.resolve(codeLines: [1, 2, 5])
        #expect(breakpoint.status == BreakpointStatus(id: 1, verified: true, line: 5, message: nil))
        breakpoint.resolve(codeLines: [1, 2])
        #expect(breakpoint.status.verified == false)
        #expect(breakpoint.status.message == "no code on line 3 or after it")
    }
}
