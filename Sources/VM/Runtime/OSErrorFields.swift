// OSError's fields and subclasses. CPython's `OSError(errno, strerror[, filename[, winerror[, filename2]]])`
// keeps errno and strerror as its `args` and the rest as attributes; wand keeps every argument
// in `args` and derives the attributes, the message and the visible `args` from them.

#if canImport(Glibc)
import Glibc
#endif

extension VM {
    /// An OSError of the subclass CPython picks for `code`, made as CPython makes it
    /// (`FileNotFoundError(2, 'No such file or directory', 'x')`), so that its message reads
    /// `[Errno 2] No such file or directory: 'x'` (`… 'x' -> 'y'` with a second path).
    func osError(_ code: Int32, path: String?, secondPath: String? = nil) -> PyError {
        var arguments = [int(Int(code)), str(String(cString: strerror(code)))]
        if let path { arguments.append(str(path)) }
        if let secondPath { arguments += [.none, str(secondPath)] }
        return PyError(makeException(osErrorType(errno: Int(code)), arguments))
    }

    /// The subclass of OSError CPython's `OSError(errno, …)` makes for `errno`.
    func osErrorType(errno: Int) -> PyType {
        let name = switch Int32(truncatingIfNeeded: errno) {
        case EAGAIN, EALREADY, EINPROGRESS: "BlockingIOError"
        case ECHILD: "ChildProcessError"
        case EPIPE, ESHUTDOWN: "BrokenPipeError"
        case ECONNABORTED: "ConnectionAbortedError"
        case ECONNREFUSED: "ConnectionRefusedError"
        case ECONNRESET: "ConnectionResetError"
        case EEXIST: "FileExistsError"
        case ENOENT: "FileNotFoundError"
        case EISDIR: "IsADirectoryError"
        case ENOTDIR: "NotADirectoryError"
        case EINTR: "InterruptedError"
        case EACCES, EPERM: "PermissionError"
        case ESRCH: "ProcessLookupError"
        case ETIMEDOUT: "TimeoutError"
        default: "OSError"
        }
        return exceptionType(name)
    }

    /// `OSError(errno, strerror, …)` itself (not a subclass) makes the subclass for errno.
    func installOSErrorConstructor() {
        defineConstructor(exceptionType("OSError")) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
            let positional = Array(arguments.positional)
            var chosen = type
            if (2...5).contains(positional.count), let code = vm.machineInt(positional[0]), !positional[0].isBool { chosen = vm.osErrorType(errno: code) }
            return vm.makeException(chosen, positional)
        }
    }

    /// The arguments of an OSError that fill its fields: CPython fills them from 2 to 5.
    private func osErrorFields(_ exception: PyBaseException) -> [Value]? {
        guard exception.type.isSubtype(of: exceptionType("OSError")) else { return nil }
        let arguments = (exception.args.object as! PyTuple).items
        return (2...5).contains(arguments.count) ? arguments : nil
    }

    /// `errno`, `strerror`, `filename` or `filename2` of an OSError: None when not given, nil
    /// for other exceptions.
    func osErrorAttribute(_ exception: PyBaseException, _ name: String) -> Value? {
        guard exception.type.isSubtype(of: exceptionType("OSError")) else { return nil }
        let position = switch name {
        case "errno": 0
        case "strerror": 1
        case "filename": 2
        default: 4
        }
        guard let fields = osErrorFields(exception), position < fields.count else { return Value.none }
        return fields[position]
    }

    /// `exception.args` as CPython shows it: an OSError given a filename (not None) keeps errno
    /// and strerror alone.
    func visibleArguments(_ exception: PyBaseException) -> Value {
        guard let fields = osErrorFields(exception), fields.count > 2, !fields[2].isNone else { return exception.args }
        return tuple(Array(fields.prefix(2)))
    }

    /// `str()` of an OSError with fields (`[Errno 2] No such file or directory: 'x'`); nil for
    /// other exceptions.
    func osErrorMessage(_ exception: PyBaseException) throws(PyError) -> String? {
        guard let fields = osErrorFields(exception) else { return nil }
        var message = "[Errno \(try toStr(fields[0]))] \(try toStr(fields[1]))"
        if fields.count > 2, !fields[2].isNone {
            message += ": \(try repr(fields[2]))"
            if fields.count > 4, !fields[4].isNone { message += " -> \(try repr(fields[4]))" }
        }
        return message
    }
}
