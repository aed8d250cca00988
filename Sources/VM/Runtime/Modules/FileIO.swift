// `open()`: CPython's mode rules and errors, and the types of the file objects it returns
// (`_io.TextIOWrapper` for text, `_io.BufferedReader` / `BufferedWriter` / `BufferedRandom`
// for binary files).

#if canImport(Glibc)
import Glibc
#endif

/// The file types, made when first needed; they share their methods through a hidden base.
struct FileTypes {
    let text: PyType
    let reader: PyType
    let writer: PyType
    let random: PyType
    /// `io.UnsupportedOperation`, both an OSError and a ValueError as in CPython.
    let unsupportedOperation: PyType
}

/// What `open`'s mode string asks for.
private struct OpenMode {
    var flags: Int32
    var isReadable: Bool
    var isWritable: Bool
    var isBinary: Bool
    /// `f.mode` of a binary file, as FileIO words it (`rb+`, `ab`).
    var binaryName: String

    init(_ mode: String, vm: VM) throws(PyError) {
        var seen = Set<Character>()
        for character in mode {
            guard "rwxabt+".contains(character), seen.insert(character).inserted else { throw vm.valueError("invalid mode: '\(mode)'") }
        }
        let kinds = seen.intersection(["r", "w", "x", "a"])
        guard kinds.count == 1, let kind = kinds.first else { throw vm.valueError("must have exactly one of create/read/write/append mode") }
        if seen.contains("t") && seen.contains("b") { throw vm.valueError("can't have text and binary mode at once") }
        let plus = seen.contains("+")
        isBinary = seen.contains("b")
        isReadable = kind == "r" || plus
        isWritable = kind != "r" || plus
        flags = (isReadable && isWritable ? O_RDWR : (isReadable ? O_RDONLY : O_WRONLY)) | O_CLOEXEC
        switch kind {
        case "w": flags |= O_CREAT | O_TRUNC
        case "x": flags |= O_CREAT | O_EXCL
        case "a": flags |= O_CREAT | O_APPEND
        default: break
        }
        let base = kind == "w" && plus ? "r" : String(kind)
        binaryName = base + "b" + (plus ? "+" : "")
    }
}

extension VM {
    func makeFileTypes() -> FileTypes {
        let base = makeType("_IOBase", base: objectType, layout: .object, isSubclassable: false, module: "_io")
        func fileType(_ name: String) -> PyType { makeType(name, base: base, layout: .object, isSubclassable: false, module: "_io") }
        let unsupported = makeType("UnsupportedOperation", base: exceptionType("OSError"), layout: .baseException, module: "io")
        unsupported.bases.append(exceptionType("ValueError"))
        unsupported.mro = PyType.linearize(unsupported)!
        let types = FileTypes(text: fileType("TextIOWrapper"), reader: fileType("BufferedReader"), writer: fileType("BufferedWriter"), random: fileType("BufferedRandom"), unsupportedOperation: unsupported)
        installFileMethods(base, textType: types.text)
        return types
    }

    func installOpen(into module: PyModule) {
        addFunction(module, "open") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let parameters = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
            var bound = [Value?](repeating: nil, count: parameters.count)
            if arguments.count > parameters.count { throw vm.typeError("open() takes at most 8 arguments (\(arguments.count) given)") }
            for index in 0..<arguments.count { bound[index] = arguments[index] }
            for (offset, keyword) in arguments.keywordNames.enumerated() {
                guard let index = parameters.firstIndex(of: keyword.value) else { throw vm.typeError("'\(keyword.value)' is an invalid keyword argument for open()") }
                bound[index] = arguments.values[arguments.count + offset]
            }
            guard let file = bound[0] else { throw vm.typeError("open() missing required argument 'file' (pos 1)") }
            func text(_ index: Int) throws(PyError) -> String? {
                guard let value = bound[index], !value.isNone else { return nil }
                guard let string = value.as(PyStr.self) else { throw vm.typeError("open() argument '\(parameters[index])' must be str or None, not \(vm.typeName(value))") }
                return string.value
            }
            return try vm.open(file, mode: try text(1) ?? "r", encoding: try text(3), errors: try text(4), newline: try text(5))
        }
    }

    private func open(_ file: Value, mode modeText: String, encoding: String?, errors: String?, newline: String?) throws(PyError) -> Value {
        let mode = try OpenMode(modeText, vm: self)
        if mode.isBinary {
            if encoding != nil { throw valueError("binary mode doesn't take an encoding argument") }
            if errors != nil { throw valueError("binary mode doesn't take an errors argument") }
            if newline != nil { throw valueError("binary mode doesn't take a newline argument") }
        }
        let newlineMode: NewlineMode
        switch newline {
        case nil: newlineMode = .universal
        case "": newlineMode = .untranslated
        case "\n", "\r", "\r\n": newlineMode = .fixed(Array(newline!.utf8))
        default: throw valueError("illegal newline value: \(newline!)")
        }
        let codec = mode.isBinary ? nil : try textCodec(encoding ?? "utf-8")
        let path: String
        if let string = file.as(PyStr.self) {
            path = string.value
        } else if let bytes = file.as(PyBytes.self) {
            path = String(decoding: bytes.bytes, as: UTF8.self)
        } else {
            throw typeError("expected str, bytes or os.PathLike object, not \(typeName(file))")
        }
        // Output still buffered in files nothing refers to any more must reach the disk first.
        openFiles.flushAll()
        if openFiles.wantsCollection(collections: heap.collections) { heap.requestCollection() }
        let descriptor = withVMLockReleased { Glibc.open(path, mode.flags, 0o666) }
        if descriptor < 0 { throw osError(errno, path: path) }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(descriptor)
            throw osError(EISDIR, path: path)
        }
        // An appending file starts at its end, so that `tell()` says where writes go.
        if mode.flags & O_APPEND != 0 { lseek(descriptor, 0, SEEK_END) }
        let type = mode.isBinary ? (mode.isReadable && mode.isWritable ? fileTypes.random : (mode.isReadable ? fileTypes.reader : fileTypes.writer)) : fileTypes.text
        let opened = PyFile(type: type, descriptor: descriptor, name: file, mode: mode.isBinary ? mode.binaryName : modeText,
                            isReadable: mode.isReadable, isWritable: mode.isWritable, codec: codec, encodingName: encoding ?? "UTF-8",
                            errors: errors ?? "strict", newline: newlineMode, registry: openFiles)
        return track(opened)
    }
}
