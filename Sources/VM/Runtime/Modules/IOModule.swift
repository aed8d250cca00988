// The io module: `io.StringIO`, an in-memory text stream with CPython's reading, writing and
// seeking rules (positions count code points; writing past the end pads with NULs).

/// A `StringIO`: its text as code points, the stream position, and whether it was closed.
final class PyStringIO: PyObject {
    var text: [Unicode.Scalar] = []
    var position = 0
    var isClosed = false

    /// The text from the position up to and including the next newline (or `limit` code
    /// points), moving the position past it.
    func readLine(limit: Int?) -> String {
        let start = min(position, text.count)
        var end = start + min(text.count - start, limit ?? text.count)
        if let newline = text[start..<end].firstIndex(of: "\n") { end = newline + 1 }
        return read(to: end)
    }

    /// The text from the position to `end`, moving the position there.
    func read(to end: Int) -> String {
        guard end > position else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text[position..<end])
        position = end
        return String(result)
    }
}

extension VM {
    func makeIOModule() -> PyModule {
        let module = newModule("io")
        let type = makeType("StringIO", base: objectType, layout: .object, isSubclassable: false, module: "_io")
        module.dict.insertOrReplace(key: intern("StringIO"), value: Value(type))
        defineConstructor(type) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("StringIO", arguments, allowing: ["initial_value", "newline"])
            if let failure = vm.argumentCountError("StringIO", arguments, minimum: 0, maximum: 2) { throw failure }
            let newline = arguments.keyword("newline") ?? (arguments.count > 1 ? arguments[1] : .null)
            if !newline.isNull, newline.as(PyStr.self)?.value != "\n" {
                throw vm.error(vm.exceptionType("NotImplementedError"), "wand's StringIO supports only newline='\\n'")
            }
            let stream = PyStringIO(type: type)
            let initial = arguments.keyword("initial_value") ?? (arguments.count > 0 ? arguments[0] : .none)
            if !initial.isNone {
                guard let string = initial.as(PyStr.self) else {
                    throw vm.typeError("initial_value must be str or None, not \(vm.typeName(initial))")
                }
                stream.text = Array(string.value.unicodeScalars)
            }
            return vm.track(stream)
        }
        installStringIOMethods(type)
        module.dict.insertOrReplace(key: intern("open"), value: builtins.dict.lookupString(intern("open"))!)
        for (name, whence) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] { module.dict.insertOrReplace(key: intern(name), value: int(whence)) }
        for fileType in [fileTypes.text, fileTypes.reader, fileTypes.writer, fileTypes.random, fileTypes.unsupportedOperation] {
            module.dict.insertOrReplace(key: intern(fileType.name), value: Value(fileType))
        }
        return module
    }

    /// Adds a method of `StringIO`; like CPython's, every one but `close` fails on a closed stream.
    private func addStringIOMethod(_ type: PyType, _ name: String, allowedWhenClosed: Bool = false, _ body: @escaping (VM, PyStringIO, CallArguments) throws(PyError) -> Value) {
        let qualifiedName = "StringIO.\(name)"
        addMethod(type, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let stream = try vm.receiver(arguments, PyStringIO.self, qualifiedName)
            if stream.isClosed && !allowedWhenClosed { throw vm.valueError("I/O operation on closed file") }
            return try body(vm, stream, arguments)
        }
    }

    private func installStringIOMethods(_ type: PyType) {
        addStringIOMethod(type, "write") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            let argument = try vm.onlyArgument(arguments, "write")
            guard let string = argument.as(PyStr.self) else { throw vm.typeError("string argument expected, got '\(vm.typeName(argument))'") }
            let written = Array(string.value.unicodeScalars)
            if stream.position > stream.text.count {
                stream.text.append(contentsOf: repeatElement("\0", count: stream.position - stream.text.count))
            }
            let overwritten = min(written.count, stream.text.count - stream.position)
            stream.text.replaceSubrange(stream.position..<(stream.position + overwritten), with: written)
            stream.position += written.count
            return vm.int(written.count)
        }
        addStringIOMethod(type, "writelines") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            for line in try vm.collect(try vm.onlyArgument(arguments, "writelines")) { _ = try vm.callMethod(arguments[0], "write", [line]) }
            return .none
        }
        addStringIOMethod(type, "getvalue") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "getvalue")
            var result = String.UnicodeScalarView()
            result.append(contentsOf: stream.text)
            return vm.str(String(result))
        }
        addStringIOMethod(type, "read") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "read", 0, 1)
            let remaining = max(0, stream.text.count - stream.position)
            let limit = try vm.sizeArgument(arguments.argument(at: 1))
            return vm.str(stream.read(to: stream.position + min(remaining, limit ?? remaining)))
        }
        addStringIOMethod(type, "readline") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "readline", 0, 1)
            return vm.str(stream.readLine(limit: try vm.sizeArgument(arguments.argument(at: 1))))
        }
        addStringIOMethod(type, "readlines") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "readlines", 0, 1)
            // With a hint, reading stops after the line that takes the total past it.
            let hint = try vm.sizeArgument(arguments.argument(at: 1))
            var lines: [Value] = []
            var total = 0
            while true {
                let line = stream.readLine(limit: nil)
                if line.isEmpty { break }
                lines.append(vm.str(line))
                total += line.unicodeScalars.count
                if let hint, hint > 0, total > hint { break }
            }
            return vm.list(lines)
        }
        addStringIOMethod(type, "__next__") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            let line = stream.readLine(limit: nil)
            guard !line.isEmpty else { throw PyError(vm.makeException(vm.exceptionType("StopIteration"), [])) }
            return vm.str(line)
        }
        addStringIOMethod(type, "__iter__") { (_: VM, _: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in arguments[0] }
        addStringIOMethod(type, "__enter__") { (_: VM, _: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in arguments[0] }
        addStringIOMethod(type, "__exit__", allowedWhenClosed: true) { (_: VM, stream: PyStringIO, _: CallArguments) throws(PyError) -> Value in
            stream.isClosed = true
            return .none
        }
        addStringIOMethod(type, "close", allowedWhenClosed: true) { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "close")
            stream.isClosed = true
            return .none
        }
        addStringIOMethod(type, "seek") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "seek", 1, 2)
            let offset = try vm.index(arguments[1])
            var whence = 0
            if let value = arguments.argument(at: 2) { whence = try vm.index(value) }
            switch whence {
            case 0:
                guard offset >= 0 else { throw vm.valueError("Negative seek position \(offset)") }
                stream.position = offset
            case 1:
                guard offset == 0 else { throw vm.error(vm.exceptionType("OSError"), "Can't do nonzero cur-relative seeks") }
            case 2:
                guard offset == 0 else { throw vm.error(vm.exceptionType("OSError"), "Can't do nonzero end-relative seeks") }
                stream.position = stream.text.count
            default:
                throw vm.valueError("Invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return vm.int(stream.position)
        }
        addStringIOMethod(type, "tell") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "tell")
            return vm.int(stream.position)
        }
        addStringIOMethod(type, "truncate") { (vm: VM, stream: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "truncate", 0, 1)
            var size = stream.position
            if let value = arguments.argument(at: 1), !value.isNone { size = try vm.index(value) }
            guard size >= 0 else { throw vm.valueError("Negative size value \(size)") }
            if size < stream.text.count { stream.text.removeSubrange(size...) }
            return vm.int(size)
        }
        for name in ["readable", "writable", "seekable"] {
            addStringIOMethod(type, name) { (vm: VM, _: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
                try vm.expectNoArguments(arguments, name)
                return .true
            }
        }
        addStringIOMethod(type, "flush") { (vm: VM, _: PyStringIO, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "flush")
            return .none
        }
        let closed = builtinFunction("closed", owner: type) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            Value(try vm.receiver(arguments, PyStringIO.self, "StringIO.closed").isClosed)
        }
        type.dict.insertOrReplace(key: intern("closed"), value: permanent(PyDescriptor(type: propertyType, getter: closed)))
    }

    /// A size argument of `read`, `readline` and `readlines`: None or a negative number means no limit.
    private func sizeArgument(_ value: Value?) throws(PyError) -> Int? {
        guard let value, !value.isNone else { return nil }
        let size = try index(value)
        return size < 0 ? nil : size
    }
}
