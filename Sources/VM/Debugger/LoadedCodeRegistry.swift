// Every code object compiled from a source file, so that a debugger attached later can find the
// code of a file and of a function.

import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A module's code objects, nested ones included, under the module file's absolute path.
public struct LoadedModule {
    public let path: String
    public let codes: [CodeObject]

    func defines(function name: String) -> Bool {
        codes.contains { Debugger.code($0, isNamed: name) }
    }
}

/// Filled by the VM thread as modules compile; read by the debugger from the DAP thread, hence
/// the lock. Code compiled from text without a file (`-c`, remote exec, evaluation) is not kept.
public final class LoadedCodeRegistry {
    private let modules = Mutex<[LoadedModule]>([])

    init() {}

    /// Records a freshly compiled module; returns nil for code that has no file.
    func register(_ code: CodeObject) -> LoadedModule? {
        guard !code.filename.hasPrefix("<") else { return nil }
        var codes: [CodeObject] = []
        var pending = [code]
        while let next = pending.popLast() {
            codes.append(next)
            pending.append(contentsOf: next.children)
        }
        let module = LoadedModule(path: Self.absolutePath(code.filename), codes: codes)
        modules.withLock { $0.append(module) }
        return module
    }

    public var all: [LoadedModule] { modules.withLock { $0 } }

    /// The path a file is known by to debuggers: absolute, symbolic links resolved.
    public static func absolutePath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else {
            if path.hasPrefix("/") { return path }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
            guard getcwd(&buffer, buffer.count) != nil else { return path }
            return String(cString: buffer) + "/" + path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
