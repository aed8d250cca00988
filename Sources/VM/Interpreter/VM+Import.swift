// The import system: built-in modules, the program's own modules and packages, and `sys.modules`.

#if canImport(Glibc)
import Glibc
#endif

extension VM {
    func registerNativeModules() {
        nativeModuleFactories["sys"] = { (vm: VM) -> PyModule in vm.makeSysModule() }
        nativeModuleFactories["math"] = { (vm: VM) -> PyModule in vm.makeMathModule() }
        nativeModuleFactories["time"] = { (vm: VM) -> PyModule in vm.makeTimeModule() }
        nativeModuleFactories["random"] = { (vm: VM) -> PyModule in vm.makeRandomModule() }
        nativeModuleFactories["os"] = { (vm: VM) -> PyModule in vm.makeOSModule() }
        nativeModuleFactories["io"] = { (vm: VM) -> PyModule in vm.makeIOModule() }
        nativeModuleFactories["_collections"] = { (vm: VM) -> PyModule in vm.makeCollectionsModule() }
        nativeModuleFactories["array"] = { (vm: VM) -> PyModule in vm.makeArrayModule() }
    }

    /// Makes `import name` create a module implemented outside the VM target (the debug agent).
    public func registerNativeModule(_ name: String, _ factory: @escaping (VM) -> PyModule) {
        nativeModuleFactories[name] = factory
    }

    public func newModule(_ name: String, file: String? = nil) -> PyModule {
        let dict = newDict()
        let module = PyModule(type: moduleType, name: name, dict: dict)
        _ = track(module)
        dict.insertOrReplace(key: identifier("__name__"), value: Value(intern(name)))
        dict.insertOrReplace(key: identifier("__doc__"), value: .none)
        dict.insertOrReplace(key: identifier("__builtins__"), value: Value(builtins))
        if let file { dict.insertOrReplace(key: identifier("__file__"), value: str(file)) }
        return module
    }

    /// `import name` / `from name import …`; returns the top-level package for a plain dotted import.
    func importModule(_ name: String, fromList: Value, level: Int, globals: PyDict) throws(PyError) -> Value {
        var fullName = name
        if level > 0 {
            let package = globals.lookupString(identifier("__package__"))?.as(PyStr.self)?.value
                ?? globals.lookupString(identifier("__name__"))?.as(PyStr.self)?.value.split(separator: ".").dropLast().joined(separator: ".") ?? ""
            var parts = package.split(separator: ".").map(String.init)
            guard parts.count >= level - 1, !(package.isEmpty && level > 0) else {
                throw error(exceptionType("ImportError"), "attempted relative import with no known parent package")
            }
            parts.removeLast(level - 1)
            fullName = (parts + (name.isEmpty ? [] : [name])).joined(separator: ".")
        }
        let components = fullName.split(separator: ".").map(String.init)
        var module: Value = .none
        var prefix = ""
        var top: Value = .none
        for component in components {
            prefix = prefix.isEmpty ? component : "\(prefix).\(component)"
            module = try loadModule(prefix, parent: module)
            if top.isNone { top = module }
        }
        let hasFromList = (fromList.as(PyTuple.self)?.items.isEmpty == false)
        return hasFromList || level > 0 && name.isEmpty ? module : top
    }

    private func loadModule(_ name: String, parent: Value) throws(PyError) -> Value {
        if let existing = modules.lookupString(intern(name)) { return existing }
        if let factory = nativeModuleFactories[name] {
            let module = factory(self)
            modules.insertOrReplace(key: intern(name), value: Value(module))
            return Value(module)
        }
        let relativePath = name.replacingOccurrences(of: ".", with: "/")
        var searchPath = modulePath
        if let parentModule = parent.as(PyModule.self), let path = parentModule.dict.lookupString(identifier("__path__"))?.as(PyStr.self) {
            searchPath = [path.value]
        }
        let leaf = String(relativePath.split(separator: "/").last ?? "")
        for directory in searchPath {
            let base = parent.isNone ? "\(directory)/\(relativePath)" : "\(directory)/\(leaf)"
            for (file, isPackage) in [("\(base)/__init__.py", true), ("\(base).py", false)] where access(file, R_OK) == 0 {
                let module = newModule(name, file: file)
                if isPackage {
                    module.dict.insertOrReplace(key: identifier("__path__"), value: str(base))
                    module.dict.insertOrReplace(key: identifier("__package__"), value: str(name))
                } else {
                    module.dict.insertOrReplace(key: identifier("__package__"), value: str(String(name.split(separator: ".").dropLast().joined(separator: "."))))
                }
                let code = try compileFile(file, displayName: file)
                try execute(code, as: module)
                if let parentModule = parent.as(PyModule.self) {
                    parentModule.dict.insertOrReplace(key: intern(leaf), value: Value(module))
                }
                return Value(module)
            }
        }
        // Modules shipped inside the binary come last, so a program's own module of the same name wins.
        let parentIsEmbedded = parent.as(PyModule.self).map { EmbeddedLibrary.packages.contains($0.name) } ?? true
        if parentIsEmbedded, let source = EmbeddedLibrary.sources[name] {
            let module = newModule(name)
            if EmbeddedLibrary.packages.contains(name) {
                // Submodules are found by name in the library; the path only marks a package.
                module.dict.insertOrReplace(key: identifier("__path__"), value: str("<frozen \(name)>"))
                module.dict.insertOrReplace(key: identifier("__package__"), value: str(name))
            } else {
                module.dict.insertOrReplace(key: identifier("__package__"), value: str(String(name.split(separator: ".").dropLast().joined(separator: "."))))
            }
            // CPython names the code of modules it carries inside its binary the same way.
            let code = try compile(source: source, filename: "<frozen \(name)>")
            try execute(code, as: module)
            if let parentModule = parent.as(PyModule.self) {
                parentModule.dict.insertOrReplace(key: intern(leaf), value: Value(module))
            }
            return Value(module)
        }
        throw PyError(makeException(exceptionType("ModuleNotFoundError"), [str("No module named '\(name)'")]))
    }

    /// Runs a module's code in its namespace; the module is in `sys.modules` while it runs, and
    /// stays there only if it ran to the end, as in CPython.
    private func execute(_ code: CodeObject, as module: PyModule) throws(PyError) {
        modules.insertOrReplace(key: intern(module.name), value: Value(module))
        do {
            _ = try execute(code, globals: module.dict)
        } catch {
            _ = try? dictRemove(modules, str(module.name))
            throw error
        }
    }

    func importFrom(_ module: Value, _ name: PyStr) throws(PyError) -> Value {
        if let value = try lookupAttribute(module, name) { return value }
        if let package = module.as(PyModule.self) {
            let submodule = "\(package.name).\(name.value)"
            if package.dict.lookupString(identifier("__path__")) != nil, let loaded = try? loadModule(submodule, parent: module) { return loaded }
            throw PyError(makeException(exceptionType("ImportError"), [str("cannot import name '\(name.value)' from '\(package.name)' (\(package.dict.lookupString(identifier("__file__"))?.as(PyStr.self)?.value ?? "unknown location"))")]))
        }
        throw attributeError(module, name.value)
    }

    func importStar(_ module: Value, into frame: Frame) throws(PyError) {
        guard let source = module.as(PyModule.self) else { return }
        let target = frame.locals.as(PyDict.self) ?? frame.globals
        if let exported = source.dict.lookupString(identifier("__all__")) {
            for name in try collect(exported) {
                guard let key = name.as(PyStr.self) else { continue }
                target.insertOrReplace(key: key, value: try getAttribute(module, key))
            }
            return
        }
        for (key, value) in source.dict.entries {
            guard let name = key.as(PyStr.self), !name.value.hasPrefix("_") else { continue }
            target.insertOrReplace(key: name, value: value)
        }
    }

    /// Compiles a source file, remembering its lines for tracebacks.
    public func compileFile(_ path: String, displayName: String) throws(PyError) -> CodeObject {
        guard let source = withVMLockReleased({ Self.readFile(path) }) else {
            throw PyError(makeException(exceptionType("FileNotFoundError"), [int(2), str("No such file or directory")]))
        }
        return try compile(source: source, filename: displayName)
    }

    /// Compiles source text; a syntax error becomes a Python SyntaxError.
    public func compile(source: String, filename: String) throws(PyError) -> CodeObject {
        sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            let code = try Compiler.compile(source: source, filename: filename, vm: self)
            if let loaded = loadedCode.register(code) { debugger?.codeLoaded(loaded) }
            return code
        } catch {
            let exception = makeException(exceptionType(error.kind.rawValue), [str(error.message)])
            syntaxErrorReports[exception.bits] = error.report
            throw PyError(exception)
        }
    }

    func sourceLine(_ filename: String, _ line: Int) -> String? {
        if sources[filename] == nil, let text = Self.readFile(filename) {
            sources[filename] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sources[filename], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1]).trimmingSuffixWhitespace()
    }

    static func readFile(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
