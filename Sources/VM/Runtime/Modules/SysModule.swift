// The sys module: argv, exit, stdout/stderr, recursion limit, modules, path.

extension VM {
    func makeSysModule() -> PyModule {
        let module = newModule("sys")
        let dict = module.dict
        sysNamespace = dict
        func set(_ name: String, _ value: Value) { dict.insertOrReplace(key: intern(name), value: value) }
        set("argv", list(programArguments.map { str($0) }))
        set("modules", Value(modules))
        set("path", list(modulePath.map { str($0) }))
        set("maxsize", int(Int.max))
        set("platform", str("linux"))
        set("byteorder", str("little"))
        set("version", str("3.11.7 (wand)"))
        set("version_info", tuple([int(3), int(11), int(7), str("final"), int(0)]))
        set("implementation", Value(newModule("wand")))
        set("stdout", makeStream(output, name: "<stdout>"))
        set("stderr", makeStream(errorOutput, name: "<stderr>"))
        set("__stdout__", dict.lookupString(identifier("stdout"))!)
        set("__stderr__", dict.lookupString(identifier("stderr"))!)
        addFunction(module, "exit") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            throw PyError(vm.makeException(vm.exceptionType("SystemExit"), Array(arguments.positional)))
        }
        addFunction(module, "getrecursionlimit") { (vm: VM, _: CallArguments) throws(PyError) -> Value in vm.int(vm.recursionLimit) }
        addFunction(module, "setrecursionlimit") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let limit = try vm.index(arguments[0])
            guard limit >= 1 else { throw vm.valueError("recursion limit must be greater or equal than 1") }
            vm.recursionLimit = min(limit, FrameStack.capacity - 1)
            return .none
        }
        addFunction(module, "exc_info") { (vm: VM, _: CallArguments) throws(PyError) -> Value in
            let exception = vm.handledException
            return exception.isNone ? vm.tuple([.none, .none, .none]) : vm.tuple([Value(vm.typeOf(exception)), exception, .none])
        }
        addFunction(module, "intern") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            Value(vm.intern(try vm.requireString(arguments[0], "intern() argument")))
        }
        return module
    }

    /// The current `sys.stdout` or `sys.stderr` (`name`); nil while `sys` was never imported,
    /// when the process's own stream is the one.
    func standardStream(_ name: PyStr) throws(PyError) -> Value? {
        guard let sysNamespace else { return nil }
        guard let stream = sysNamespace.lookupString(name) else { throw error(exceptionType("RuntimeError"), "lost sys.\(name.value)") }
        return stream
    }

    /// Writes an error report to the current `sys.stderr`, or to the process's stderr when that
    /// is still the one, or the replacement fails.
    func writeErrorReport(_ text: String) {
        if let stream = try? standardStream(identifier("stderr")), stream.as(PyStream.self) == nil, !stream.isNone,
           (try? callMethod(stream, "write", [str(text)])) != nil {
            return
        }
        errorOutput.write(text)
    }

    /// sys.stdout / sys.stderr: objects with write() and flush().
    private func makeStream(_ channel: OutputChannel, name: String) -> Value {
        let stream = PyStream(type: streamType, channel: channel, name: name)
        return permanent(stream)
    }

    var streamType: PyType {
        if let existing = exceptionTypes["<stream>"] { return existing }
        let type = makeType("TextIOWrapper", base: objectType, layout: .object, isSubclassable: false, module: "_io")
        exceptionTypes["<stream>"] = type
        addMethod(type, "write") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("write", arguments, minimum: 2, maximum: 2) { throw failure }
            guard let text = arguments[1].as(PyStr.self) else { throw vm.typeError("write() argument must be str, not \(vm.typeName(arguments[1]))") }
            (arguments[0].object as! PyStream).channel.write(text.value)
            return vm.int(text.count)
        }
        addMethod(type, "flush") { (_: VM, arguments: CallArguments) throws(PyError) -> Value in
            (arguments[0].object as! PyStream).channel.flush()
            return .none
        }
        addMethod(type, "isatty") { (_: VM, _: CallArguments) throws(PyError) -> Value in .false }
        return type
    }
}

/// A text stream backed by an output channel.
final class PyStream: PyObject {
    let channel: OutputChannel
    let name: String

    init(type: PyType, channel: OutputChannel, name: String) {
        self.channel = channel
        self.name = name
        super.init(type: type)
    }
}
