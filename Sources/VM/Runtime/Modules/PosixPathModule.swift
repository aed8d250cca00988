// The posixpath module, which `os.path` is: CPython's algorithms on str paths. Paths are
// handled as UTF-8 bytes, since '/' and '.' never occur inside a multi-byte character.

#if canImport(Glibc)
import Glibc
#endif

extension VM {
    func makePosixPathModule() -> PyModule {
        let module = newModule("posixpath")
        module.dict.insertOrReplace(key: intern("sep"), value: Value(intern("/")))
        func pathFunction(_ name: String, _ body: @escaping (VM, [UInt8]) throws(PyError) -> Value) {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                try vm.rejectKeywords(name, arguments)
                if let failure = vm.argumentCountError(name, arguments, minimum: 1, maximum: 1) { throw failure }
                return try body(vm, try vm.pathBytes(arguments[0]))
            }
        }
        pathFunction("basename") { (vm: VM, path: [UInt8]) throws(PyError) -> Value in
            vm.str(String(decoding: Self.splitPath(path).tail, as: UTF8.self))
        }
        pathFunction("dirname") { (vm: VM, path: [UInt8]) throws(PyError) -> Value in
            vm.str(String(decoding: Self.splitPath(path).head, as: UTF8.self))
        }
        pathFunction("split") { (vm: VM, path: [UInt8]) throws(PyError) -> Value in
            let (head, tail) = Self.splitPath(path)
            return vm.tuple([vm.str(String(decoding: head, as: UTF8.self)), vm.str(String(decoding: tail, as: UTF8.self))])
        }
        pathFunction("splitext") { (vm: VM, path: [UInt8]) throws(PyError) -> Value in
            let (root, extension_) = Self.splitExtension(path)
            return vm.tuple([vm.str(String(decoding: root, as: UTF8.self)), vm.str(String(decoding: extension_, as: UTF8.self))])
        }
        pathFunction("isabs") { (_: VM, path: [UInt8]) throws(PyError) -> Value in
            Value(path.first == Self.slash)
        }
        pathFunction("normpath") { (vm: VM, path: [UInt8]) throws(PyError) -> Value in
            vm.str(String(decoding: Self.normalizePath(path), as: UTF8.self))
        }
        pathFunction("abspath") { (vm: VM, path: [UInt8]) throws(PyError) -> Value in
            let absolute = path.first == Self.slash ? path : Self.joinPaths(Array(Self.currentDirectory().utf8), [path])
            return vm.str(String(decoding: Self.normalizePath(absolute), as: UTF8.self))
        }
        pathFunction("getsize") { (vm: VM, path: [UInt8]) throws(PyError) -> Value in
            let text = String(decoding: path, as: UTF8.self)
            var information = stat()
            guard stat(text, &information) == 0 else { throw vm.osError(errno, path: text) }
            return vm.int(Int(information.st_size))
        }
        for (name, test) in [("exists", { (_: mode_t) in true }), ("isfile", { $0 & S_IFMT == S_IFREG }), ("isdir", { $0 & S_IFMT == S_IFDIR })] {
            pathFunction(name) { (_: VM, path: [UInt8]) throws(PyError) -> Value in
                var information = stat()
                // Like CPython, a path that cannot be examined is reported as absent.
                guard stat(String(decoding: path, as: UTF8.self), &information) == 0 else { return .false }
                return Value(test(information.st_mode))
            }
        }
        pathFunction("islink") { (_: VM, path: [UInt8]) throws(PyError) -> Value in
            var information = stat()
            guard lstat(String(decoding: path, as: UTF8.self), &information) == 0 else { return .false }
            return Value(information.st_mode & S_IFMT == S_IFLNK)
        }
        addFunction(module, "join") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("join", arguments)
            if let failure = vm.argumentCountError("join", arguments, minimum: 1, maximum: Int.max) { throw failure }
            let first = try vm.pathBytes(arguments[0])
            var rest: [[UInt8]] = []
            for argument in arguments.positional.dropFirst() {
                guard let text = argument.as(PyStr.self) else {
                    throw vm.typeError("join() argument must be str, bytes, or os.PathLike object, not '\(vm.typeName(argument))'")
                }
                rest.append(Array(text.value.utf8))
            }
            return vm.str(String(decoding: Self.joinPaths(first, rest), as: UTF8.self))
        }
        return module
    }

    /// `os.fspath` for the str paths supported here.
    func pathBytes(_ value: Value) throws(PyError) -> [UInt8] {
        guard let text = value.as(PyStr.self) else {
            throw typeError("expected str, bytes or os.PathLike object, not \(typeName(value))")
        }
        return Array(text.value.utf8)
    }

    static func currentDirectory() -> String {
        guard let buffer = getcwd(nil, 0) else { return "." }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    /// `posixpath.join`: an absolute component restarts the path.
    private static func joinPaths(_ first: [UInt8], _ rest: [[UInt8]]) -> [UInt8] {
        var path = first
        for component in rest {
            if component.first == slash {
                path = component
            } else if path.isEmpty || path.last == slash {
                path += component
            } else {
                path += [slash] + component
            }
        }
        return path
    }

    /// `posixpath.split`: the head keeps its slashes only when it is nothing but slashes.
    private static func splitPath(_ path: [UInt8]) -> (head: [UInt8], tail: [UInt8]) {
        let cut = (path.lastIndex(of: slash) ?? -1) + 1
        var head = Array(path[..<cut])
        if head.contains(where: { $0 != slash }) {
            while head.last == slash { head.removeLast() }
        }
        return (head, Array(path[cut...]))
    }

    /// `genericpath._splitext`: leading dots of the last component do not start an extension.
    private static func splitExtension(_ path: [UInt8]) -> (root: [UInt8], extension: [UInt8]) {
        let separator = path.lastIndex(of: slash) ?? -1
        if let dotIndex = path.lastIndex(of: dot), dotIndex > separator,
           path[(separator + 1)..<dotIndex].contains(where: { $0 != dot }) {
            return (Array(path[..<dotIndex]), Array(path[dotIndex...]))
        }
        return (path, [])
    }

    /// `posixpath.normpath`: drops empty and `.` components and resolves `..` where it can;
    /// POSIX keeps exactly two leading slashes but folds three or more into one.
    private static func normalizePath(_ path: [UInt8]) -> [UInt8] {
        if path.isEmpty { return [dot] }
        var leadingSlashes = path.first == slash ? 1 : 0
        if path.starts(with: [slash, slash]) && !path.starts(with: [slash, slash, slash]) { leadingSlashes = 2 }
        var kept: [ArraySlice<UInt8>] = []
        for component in path.split(separator: slash, omittingEmptySubsequences: true) where component != [dot] {
            if component != [dot, dot] || (leadingSlashes == 0 && kept.isEmpty) || kept.last == [dot, dot] {
                kept.append(component)
            } else if !kept.isEmpty {
                kept.removeLast()
            }
        }
        let result = [UInt8](repeating: slash, count: leadingSlashes) + Array(kept.joined(separator: [slash]))
        return result.isEmpty ? [dot] : result
    }
}
