// The os module's basics: process id, environment, working directory, directory listing,
// random bytes, the POSIX constants, and `os.path` (the posixpath module).

#if canImport(Glibc)
import Glibc
#endif

extension VM {
    func makeOSModule() -> PyModule {
        let module = newModule("os")
        func set(_ name: String, _ value: Value) { module.dict.insertOrReplace(key: intern(name), value: value) }
        for (name, text) in [("name", "posix"), ("sep", "/"), ("extsep", "."), ("pathsep", ":"), ("linesep", "\n"),
                             ("curdir", "."), ("pardir", ".."), ("devnull", "/dev/null")] {
            set(name, Value(intern(text)))
        }
        set("altsep", .none)
        for (name, whence) in [("SEEK_SET", SEEK_SET), ("SEEK_CUR", SEEK_CUR), ("SEEK_END", SEEK_END)] { set(name, int(Int(whence))) }
        // A snapshot taken at import: a plain dict, so changes do not reach the process environment.
        set("environ", Value(makeEnvironmentDict()))
        let pathModule = makePosixPathModule()
        set("path", Value(pathModule))
        modules.insertOrReplace(key: intern("os.path"), value: Value(pathModule))

        addFunction(module, "getpid") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("getpid", arguments, minimum: 0, maximum: 0) { throw failure }
            return vm.int(Int(getpid()))
        }
        addFunction(module, "getcwd") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("getcwd", arguments, minimum: 0, maximum: 0) { throw failure }
            return vm.str(Self.currentDirectory())
        }
        addFunction(module, "getenv") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("getenv", arguments, allowing: ["key", "default"])
            let key = arguments.keyword("key") ?? (arguments.count > 0 ? arguments[0] : .null)
            guard !key.isNull else { throw vm.typeError("getenv() missing 1 required positional argument: 'key'") }
            guard key.as(PyStr.self) != nil else { throw vm.typeError("str expected, not \(vm.typeName(key))") }
            let fallback = arguments.keyword("default") ?? (arguments.count > 1 ? arguments[1] : .none)
            // `environ.get(key, default)`, as in os.py, so changes to os.environ show here too.
            let environment = try vm.getAttribute(Value(module), "environ")
            return try vm.callMethod(environment, "get", [key, fallback])
        }
        addFunction(module, "listdir") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("listdir", arguments, minimum: 0, maximum: 1) { throw failure }
            let path = arguments.count == 1 ? String(decoding: try vm.pathBytes(arguments[0]), as: UTF8.self) : "."
            guard let directory = opendir(path) else { throw vm.osError(errno, path: path) }
            defer { closedir(directory) }
            var names: [Value] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name != "." && name != ".." { names.append(vm.str(name)) }
            }
            return vm.list(names)
        }
        // Files and directories: each call is one system call, failing with CPython's OSError.
        let fileOperations: [(String, (String) -> Int32)] = [("remove", { unlink($0) }), ("unlink", { unlink($0) }), ("rmdir", { rmdir($0) })]
        for (name, operation) in fileOperations {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                if let failure = vm.argumentCountError(name, arguments, minimum: 1, maximum: 1) { throw failure }
                let path = String(decoding: try vm.pathBytes(arguments[0]), as: UTF8.self)
                if operation(path) != 0 { throw vm.osError(errno, path: path) }
                return .none
            }
        }
        addFunction(module, "mkdir") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("mkdir", arguments, allowing: ["mode"])
            if let failure = vm.argumentCountError("mkdir", arguments, minimum: 1, maximum: 2) { throw failure }
            let path = String(decoding: try vm.pathBytes(arguments[0]), as: UTF8.self)
            let mode = try (arguments.keyword("mode") ?? (arguments.count > 1 ? arguments[1] : nil)).map { (value) throws(PyError) -> Int in try vm.index(value) } ?? 0o777
            if Glibc.mkdir(path, mode_t(truncatingIfNeeded: mode)) != 0 { throw vm.osError(errno, path: path) }
            return .none
        }
        for name in ["rename", "replace"] {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                if let failure = vm.argumentCountError(name, arguments, minimum: 2, maximum: 2) { throw failure }
                let source = String(decoding: try vm.pathBytes(arguments[0]), as: UTF8.self)
                let destination = String(decoding: try vm.pathBytes(arguments[1]), as: UTF8.self)
                if Glibc.rename(source, destination) != 0 { throw vm.osError(errno, path: source, secondPath: destination) }
                return .none
            }
        }
        addFunction(module, "urandom") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("urandom", arguments, minimum: 1, maximum: 1) { throw failure }
            let count = try vm.index(arguments[0])
            guard count >= 0 else { throw vm.valueError("negative argument not allowed") }
            var source = SystemRandomNumberGenerator()
            return vm.track(PyBytes(type: vm.bytesType, (0..<count).map { _ in source.next() }))
        }
        return module
    }

    private func makeEnvironmentDict() -> PyDict {
        let dict = newDict()
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                dict.insertOrReplace(key: intern(String(text[..<equals])), value: str(String(text[text.index(after: equals)...])))
            }
            entry += 1
        }
        return dict
    }

}
