// Running a program as `__main__`: exit status, uncaught exceptions and SystemExit as CPython reports them.

extension VM {
    /// Runs `source` as the `__main__` module and returns the process exit status.
    public func runMain(source: String, filename: String) -> Int32 {
        let module = newModule("__main__", file: filename == "<string>" ? nil : filename)
        modules.insertOrReplace(key: identifier("__main__"), value: Value(module))
        let status: Int32
        do {
            let code = try compile(source: source, filename: filename)
            _ = try execute(code, globals: module.dict)
            status = 0
        } catch {
            status = report(uncaught: error.exception)
        }
        openFiles.flushAll()
        output.flush()
        errorOutput.flush()
        return status
    }

    /// Prints an uncaught exception (or honours SystemExit) and returns the exit status.
    func report(uncaught exception: Value) -> Int32 {
        frames.removeAll()
        if typeOf(exception).isSubtype(of: exceptionType("SystemExit")) {
            let code = (exception.object as! PyBaseException).args.as(PyTuple.self)?.items.first ?? .none
            if code.isNone { return 0 }
            if let status = machineInt(code) { return Int32(truncatingIfNeeded: status) }
            output.flush()
            writeErrorReport(((try? toStr(code)) ?? "") + "\n")
            return 1
        }
        output.flush()
        if let report = syntaxErrorReports[exception.bits] {
            writeErrorReport(report)
        } else {
            writeErrorReport(formatTraceback(exception))
        }
        return 1
    }
}
