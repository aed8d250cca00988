// Inspection of a stopped thread: its frames, their variables, evaluation and assignment. Used
// only on the VM thread while it is stopped (through `Debugger.onStoppedThread`), so it reads
// the VM without a lock.

/// A frame as the debugger shows it; `index` counts from the bottom of the stack.
public struct StackFrameInfo: Sendable {
    public var index: Int
    public var name: String
    /// The file's absolute path, or nil for code compiled from text (`-c`, remote exec).
    public var path: String?
    public var line: Int
}

/// One variable or child of a container. `reference` is nonzero when it has children.
public struct VariableInfo: Sendable {
    public var name: String
    public var value: String
    public var type: String
    public var reference: Int
    public var evaluateName: String?
    public var indexedCount: Int?
    public var namedCount: Int?
}

public struct ScopeInfo: Sendable {
    public var name: String
    public var reference: Int
    public var variableCount: Int
}

/// What an evaluation failed with, as Python would print it (`NameError: name 'x' is not defined`).
public struct EvaluationError: Error, Sendable {
    public var message: String
}

public final class StoppedThread {
    unowned let vm: VM
    /// Frames of the program; frames pushed later by evaluation are not shown.
    let frameCount: Int
    let topLine: Int
    public let stopReason: StopReason

    /// What a variables reference stands for; references are indexes + 1 into `containers`
    /// and last as long as the stop.
    enum Container {
        case locals(frameIndex: Int)
        case globals(frameIndex: Int)
        case value(Value, evaluateName: String?)
    }
    private var containers: [Container] = []

    init(vm: VM, frameCount: Int, topLine: Int, stopReason: StopReason) {
        self.vm = vm
        self.frameCount = frameCount
        self.topLine = topLine
        self.stopReason = stopReason
    }

    // MARK: frames and scopes

    public var frameIndices: Range<Int> { 0..<frameCount }

    /// Frames from the top (the stopped one) down.
    public func frames() -> [StackFrameInfo] {
        frameIndices.reversed().map { index in
            let frame = vm.frames[index]
            // The stopped frame is at the line it stopped on; the others are in a call.
            let line = index == frameCount - 1 ? topLine : frame.code.line(at: frame.pc - 1)
            let filename = frame.code.filename
            return StackFrameInfo(index: index, name: frame.code.name, path: filename.hasPrefix("<") ? nil : LoadedCodeRegistry.absolutePath(filename), line: line)
        }
    }

    public func scopes(frameIndex: Int) -> [ScopeInfo] {
        guard frameIndices.contains(frameIndex) else { return [] }
        let locals = reference(for: .locals(frameIndex: frameIndex))
        let globals = reference(for: .globals(frameIndex: frameIndex))
        return [
            ScopeInfo(name: "Locals", reference: locals, variableCount: localBindings(frameIndex).count),
            ScopeInfo(name: "Globals", reference: globals, variableCount: globalBindings(frameIndex).count),
        ]
    }

    // MARK: variables

    /// Children of a reference, `count` of them from `start` (0 count: all).
    public func variables(reference: Int, start: Int = 0, count: Int = 0) -> [VariableInfo] {
        guard let container = container(reference) else { return [] }
        let children = self.children(of: container)
        let from = min(max(start, 0), children.count)
        let to = count > 0 ? min(from + count, children.count) : children.count
        return children[from..<to].map { describe($0.value, name: $0.name, evaluateName: $0.evaluateName) }
    }

    /// A value as a variable: repr, type, and a reference when it has children.
    func describe(_ value: Value, name: String, evaluateName: String?) -> VariableInfo {
        let shown = (try? vm.repr(value)) ?? "<\(vm.typeName(value)) object>"
        var info = VariableInfo(name: name, value: shown, type: vm.typeName(value), reference: 0, evaluateName: evaluateName)
        if let count = indexedChildCount(value) {
            info.reference = reference(for: .value(value, evaluateName: evaluateName))
            info.indexedCount = count
        } else if let count = namedChildCount(value) {
            info.reference = reference(for: .value(value, evaluateName: evaluateName))
            info.namedCount = count
        }
        return info
    }

    private func indexedChildCount(_ value: Value) -> Int? {
        if let list = value.as(PyList.self) { return list.items.isEmpty ? nil : list.items.count }
        if let tuple = value.as(PyTuple.self) { return tuple.items.isEmpty ? nil : tuple.items.count }
        if let set = value.as(PySet.self) { return set.count == 0 ? nil : set.count }
        return nil
    }

    private func namedChildCount(_ value: Value) -> Int? {
        if let dict = value.as(PyDict.self) { return dict.entries.isEmpty ? nil : dict.entries.count }
        if value.isObject, !(value.object is PyType), let instance = value.object as? PyInstance {
            let entries = instance.attributeEntries
            return entries.isEmpty ? nil : entries.count
        }
        return nil
    }

    private typealias Child = (name: String, value: Value, evaluateName: String?)

    private func children(of container: Container) -> [Child] {
        switch container {
        case .locals(let frameIndex): return localBindings(frameIndex).map { ($0.name, $0.value, $0.name) }
        case .globals(let frameIndex): return globalBindings(frameIndex).map { ($0.name, $0.value, $0.name) }
        case .value(let value, let parent):
            func item(_ suffix: String) -> String? { parent.map { $0 + suffix } }
            if let list = value.as(PyList.self) {
                return list.items.enumerated().map { (String($0.offset), $0.element, item("[\($0.offset)]")) }
            }
            if let tuple = value.as(PyTuple.self) {
                return tuple.items.enumerated().map { (String($0.offset), $0.element, item("[\($0.offset)]")) }
            }
            if let set = value.as(PySet.self) {
                return set.elements.enumerated().map { (String($0.offset), $0.element, nil) }
            }
            if let dict = value.as(PyDict.self) {
                return dict.entries.map { entry in
                    let key = (try? vm.repr(entry.key)) ?? "?"
                    return (key, entry.value, item("[\(key)]"))
                }
            }
            if let instance = value.object as? PyInstance {
                return instance.attributeEntries.compactMap { entry in
                    guard let name = entry.key.as(PyStr.self)?.value else { return nil }
                    return (name, entry.value, item(".\(name)"))
                }
            }
            return []
        }
    }

    /// Local names and their values: slots and cells of a function frame, the locals mapping of
    /// a class body, or the module's own names (not dunders) at module level.
    private func localBindings(_ frameIndex: Int) -> [(name: String, value: Value)] {
        let frame = vm.frames[frameIndex]
        if let locals = frame.locals.as(PyDict.self) { return bindings(of: locals) }
        guard !frame.code.flags.contains(.usesNameLookup) else { return bindings(of: frame.globals).filter { !$0.name.hasPrefix("__") } }
        var result: [(String, Value)] = []
        for (index, name) in frame.code.localNames.enumerated() {
            let value = vm.stack[frame.base + index]
            if !value.isNull { result.append((name, value)) }
        }
        for (index, name) in (frame.code.cellNames + frame.code.freeNames).enumerated() {
            if let cell = vm.stack[frame.base + frame.code.localCount + index].as(PyCell.self), !cell.value.isNull {
                result.append((name, cell.value))
            }
        }
        return result
    }

    private func globalBindings(_ frameIndex: Int) -> [(name: String, value: Value)] {
        bindings(of: vm.frames[frameIndex].globals).filter { !($0.name.hasPrefix("__") && $0.name.hasSuffix("__")) }
    }

    private func bindings(of dict: PyDict) -> [(name: String, value: Value)] {
        dict.entries.compactMap { entry in entry.key.as(PyStr.self).map { ($0.value, entry.value) } }
    }

    private func reference(for container: Container) -> Int {
        containers.append(container)
        return containers.count
    }

    private func container(_ reference: Int) -> Container? {
        containers.indices.contains(reference - 1) ? containers[reference - 1] : nil
    }

    // MARK: evaluation and assignment

    /// Evaluates an expression (or runs statements, returning None) in a frame's scope. Names
    /// the code assigns become the frame's locals.
    public func evaluate(_ source: String, frameIndex: Int) throws(EvaluationError) -> Value {
        guard frameIndices.contains(frameIndex) else { throw EvaluationError(message: "no such frame") }
        let frame = vm.frames[frameIndex]
        let savedHandledException = vm.handledException
        defer { vm.handledException = savedHandledException }
        do {
            let code = try vm.compileEvaluation(source: source)
            let isFunctionFrame = frame.locals.isNull && !frame.code.flags.contains(.usesNameLookup)
            guard isFunctionFrame else { return try vm.execute(code, globals: frame.globals, locals: frame.locals) }
            let namespace = vm.newDict()
            for (name, value) in localBindings(frameIndex) { namespace.insertOrReplace(key: vm.intern(name), value: value) }
            let result = try vm.execute(code, globals: frame.globals, locals: Value(namespace))
            for (name, value) in bindings(of: namespace) { try assignLocal(name, value, frameIndex: frameIndex) }
            return result
        } catch {
            throw EvaluationError(message: vm.exceptionSummary(error.exception))
        }
    }

    /// Evaluates and describes the result as a variable (its children stay inspectable).
    public func evaluateVariable(_ source: String, frameIndex: Int) throws(EvaluationError) -> VariableInfo {
        let value = try evaluate(source, frameIndex: frameIndex)
        return describe(value, name: source, evaluateName: source)
    }

    /// Sets a child of a reference to the value of `expression`, evaluated in the scope of the
    /// frame the reference belongs to (the top frame for values).
    public func setVariable(reference: Int, name: String, expression: String) throws(EvaluationError) -> VariableInfo {
        guard let container = container(reference) else { throw EvaluationError(message: "unknown variables reference") }
        let scopeFrame: Int = switch container {
        case .locals(let index), .globals(let index): index
        case .value: frameCount - 1
        }
        let value = try evaluate(expression, frameIndex: scopeFrame)
        do {
            switch container {
            case .locals(let frameIndex):
                try assignLocal(name, value, frameIndex: frameIndex)
            case .globals(let frameIndex):
                try vm.dictSet(vm.frames[frameIndex].globals, Value(vm.intern(name)), value)
            case .value(let parent, _):
                if let list = parent.as(PyList.self), let index = Int(name), list.items.indices.contains(index) {
                    list.items[index] = value
                } else if let dict = parent.as(PyDict.self), let key = dict.entries.first(where: { (try? vm.repr($0.key)) == name })?.key {
                    try vm.dictSet(dict, key, value)
                } else if parent.object is PyInstance {
                    try vm.setAttribute(parent, vm.intern(name), value)
                } else {
                    throw EvaluationError(message: "cannot set \(name) of a \(vm.typeName(parent))")
                }
            }
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError(message: vm.exceptionSummary((error as! PyError).exception))
        }
        return describe(value, name: name, evaluateName: nil)
    }

    /// Writes a local of a frame: its slot, its cell, or its locals mapping.
    private func assignLocal(_ name: String, _ value: Value, frameIndex: Int) throws(PyError) {
        let frame = vm.frames[frameIndex]
        if let locals = frame.locals.as(PyDict.self) { return try vm.dictSet(locals, Value(vm.intern(name)), value) }
        if frame.code.flags.contains(.usesNameLookup) { return try vm.dictSet(frame.globals, Value(vm.intern(name)), value) }
        // A captured parameter keeps a (cleared) slot among the locals; its cell holds the value.
        if let index = (frame.code.cellNames + frame.code.freeNames).firstIndex(of: name),
           let cell = vm.stack[frame.base + frame.code.localCount + index].as(PyCell.self) {
            cell.value = value
        } else if let index = frame.code.localNames.firstIndex(of: name) {
            vm.stack[frame.base + index] = value
        }
    }
}
