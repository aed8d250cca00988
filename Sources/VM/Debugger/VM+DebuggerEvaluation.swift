// Compiling debugger input with the VM's error reporting.

extension VM {
    /// The file name evaluated debugger input shows in tracebacks.
    static let debuggerInputFilename = "<debugger>"

    /// Compiles an expression or statements typed at a stopped frame; a syntax error becomes a
    /// Python SyntaxError.
    func compileEvaluation(source: String) throws(PyError) -> CodeObject {
        do {
            return try Compiler.compileEvaluation(source: source, filename: Self.debuggerInputFilename, vm: self)
        } catch {
            throw PyError(makeException(exceptionType(error.kind.rawValue), [str(error.message)]))
        }
    }
}
