import Testing
@testable import VM

@Suite struct SyntaxErrorReportTests {
    @Test func matchesCPythonsCaretUnderAnIndentedLine() {
        // CPython 3.11 on "x = (1,\n  2 +)\n" reports offset 6 on line 2.
        let error = SyntaxError(.syntaxError, "invalid syntax", filename: "t.py", line: 2, column: 6, lineText: "  2 +)")
        #expect(error.report == "  File \"t.py\", line 2\n    2 +)\n       ^\nSyntaxError: invalid syntax\n")
    }

    @Test func omitsTheCaretWhenTheColumnIsUnknown() {
        let error = SyntaxError(.indentationError, "expected an indented block", filename: "a.py", line: 1, column: 0, lineText: "pass")
        #expect(error.report == "  File \"a.py\", line 1\n    pass\nIndentationError: expected an indented block\n")
    }
}
