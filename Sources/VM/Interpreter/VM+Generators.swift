// Generators: made from a frame at `returnGenerator`, resumed on the frame stack, suspended at
// `yieldValue`; `yield from` delegation; the methods next, send, throw and close.

extension VM {
    /// The generator for the frame that just reached `returnGenerator`, holding its slots.
    func makeGenerator(frameIndex: Int, stackPointer: Int, resumeAt pc: Int) -> Value {
        let frame = frames[frameIndex]
        let slots = UnsafeBufferPointer(start: stack + frame.base, count: stackPointer - frame.base)
        let type: PyType = frame.code.flags.contains(.coroutine) ? coroutineType : generatorType
        return track(PyGenerator(type: type, code: frame.code, globals: frame.globals, function: frame.function,
                                 frameSlots: slots, resumeAt: pc))
    }

    /// `yieldValue`: keeps the running generator's slots and resume point.
    func suspendGenerator(frameIndex: Int, stackPointer: Int, resumeAt pc: Int) {
        let frame = frames[frameIndex]
        let generator = frame.generator.unmanaged(PyGenerator.self).takeUnretainedValue()
        generator.saveSlots(UnsafeBufferPointer(start: stack + frame.base, count: stackPointer - frame.base))
        generator.resumeAt = pc
        generator.state = .suspended
    }

    /// Runs `generator` until it yields (the yielded value) or finishes (nil; what it returned is
    /// in `returnValue`). With `error`, raises it where the generator is suspended instead.
    func resume(_ generator: PyGenerator, sending value: Value, throwing error: PyError? = nil) throws(PyError) -> Value? {
        switch generator.state {
        case .running:
            throw self.error(exceptionType("ValueError"), "generator already executing")
        case .finished:
            if let error { throw error }
            return nil
        case .created:
            if error == nil && !value.isNone {
                throw typeError("can't send non-None value to a just-started generator")
            }
        case .suspended:
            break
        }
        if let error, !generator.delegate.isNull {
            if let yielded = try throwIntoDelegate(generator, error) { return yielded }
        }
        try pushFrame(of: generator, sending: error == nil ? value : nil, returnsToNative: true)
        pendingThrow = error
        do {
            let result = try run()
            guard generator.state == .running else { return result }
            generator.state = .finished
            generator.returnValue = result
            return nil
        } catch {
            throw generatorFailed(generator, error)
        }
    }

    /// Runs a created or suspended generator to its end in one interpreter loop, appending
    /// what it yields to `items`, for `list(gen)` and `tuple(gen)`. Resuming it once per item
    /// instead (a nested interpreter loop entered, its slots saved and restored) cost
    /// pyperformance's nqueens, which builds every permutation and set from a generator
    /// expression, more than its arithmetic.
    func runCollectingYields(_ generator: PyGenerator, into items: UnsafeMutablePointer<[Value]>) throws(PyError) {
        try pushFrame(of: generator, sending: Value.none, returnsToNative: true)
        frames[frames.count - 1].collectsYields = true
        yieldCollectors.append(items)
        defer { yieldCollectors.removeLast() }
        do {
            generator.returnValue = try run()
            generator.state = .finished
        } catch {
            throw generatorFailed(generator, error)
        }
    }

    /// Puts a created or suspended generator's frame back on the frame stack, above the top
    /// frame's stack, and marks it running. `sent` is what the paused `yield` evaluates to (nil
    /// when an exception is to be raised there instead). A frame that does not return to native
    /// code was resumed by the interpreter's `forIter`, which its yield and return go back to.
    func pushFrame(of generator: PyGenerator, sending sent: Value?, returnsToNative: Bool) throws(PyError) {
        let code = generator.code
        let base = frames.last?.stackTop ?? 0
        guard frames.count < recursionLimit, base + code.frameSlotCount + code.maximumStackDepth < stackCapacity else {
            throw recursionError()
        }
        (stack + base).update(from: generator.slots, count: generator.slotCount)
        var top = base + generator.slotCount
        if generator.state == .suspended, let sent {
            stack[top] = sent
            top += 1
        }
        frames.append(Frame(code: code, globals: generator.globals, globalsVersion: generator.globals.versionCell, function: generator.function, locals: .null, base: base, pc: generator.resumeAt, stackTop: top, returnsToNative: returnsToNative, generator: Value(generator)))
        generator.slotCount = 0
        generator.state = .running
    }

    /// The generator `forIter` can run as an ordinary frame of the interpreter loop: a plain
    /// generator (not a coroutine) that is created or suspended.
    @inline(__always)
    func inlineResumableGenerator(_ iterator: Value) -> PyGenerator? {
        guard iterator.isInstance(exactly: PyGenerator.self), iterator.objectTypeAddress == generatorTypeAddress else { return nil }
        let generator = iterator.unmanaged(PyGenerator.self).takeUnretainedValue()
        return generator.state == .created || generator.state == .suspended ? generator : nil
    }

    /// Finishes a generator whose body raised `error` and returns what its caller sees: the
    /// error, or for a StopIteration the RuntimeError that replaces it (PEP 479), since it would
    /// otherwise end the caller's loop silently.
    func generatorFailed(_ generator: PyGenerator, _ error: PyError) -> PyError {
        generator.state = .finished
        guard isInstance(error.exception, exceptionType("StopIteration")) else { return error }
        let replacement = self.error(exceptionType("RuntimeError"), "generator raised StopIteration")
        replacement.object.cause = error.exception
        replacement.object.context = error.exception
        return replacement
    }

    /// `throw()` or `close()` of a generator suspended in `yield from`: the delegate gets the
    /// exception first. Returns what the delegate yielded, or nil to raise `error` (or resume
    /// normally, when the delegate finished) in the generator itself.
    private func throwIntoDelegate(_ generator: PyGenerator, _ error: PyError) throws(PyError) -> Value? {
        let delegate = generator.delegate
        generator.delegate = .null
        guard let inner = delegate.as(PyGenerator.self) else { return nil }
        if isInstance(error.exception, exceptionType("GeneratorExit")) {
            try close(inner)
            return nil
        }
        if let yielded = try resume(inner, sending: .none, throwing: error) {
            generator.delegate = delegate
            return yielded
        }
        // The delegate finished: the generator carries on from its `yield from`, which sees the
        // delegate exhausted and takes its return value.
        generator.delegate = delegate
        return try resume(generator, sending: .none)
    }

    /// `send` in a `yield from` loop: the next value from `receiver`, or nil when it is exhausted
    /// (then `delegateResult` holds what it returned).
    func sendToDelegate(_ receiver: Value, _ value: Value, delegateResult: inout Value) throws(PyError) -> Value? {
        if let inner = receiver.as(PyGenerator.self) {
            if let yielded = try resume(inner, sending: value) { return yielded }
            delegateResult = inner.returnValue
            return nil
        }
        do {
            let next: Value? = value.isNone
                ? try nextItemRaisingStop(receiver)
                : try call(try getAttribute(receiver, identifier("send")), [value])
            if let next { return next }
            delegateResult = .none
            return nil
        } catch {
            guard isInstance(error.exception, exceptionType("StopIteration")) else { throw error }
            delegateResult = stopIterationValue(error.exception)
            return nil
        }
    }

    /// Like `nextItem`, but a StopIteration raised by a `__next__` written in Python reaches the
    /// caller, which needs its value.
    private func nextItemRaisingStop(_ iterator: Value) throws(PyError) -> Value? {
        let type = typeOf(iterator)
        if type.instancesHaveDict, let method = type.lookup(identifier("__next__")) {
            return try call(method, [iterator])
        }
        return try nextItem(iterator)
    }

    func stopIterationValue(_ exception: Value) -> Value {
        guard let arguments = exception.as(PyBaseException.self)?.args.as(PyTuple.self), let first = arguments.items.first else { return .none }
        return first
    }

    /// `generator.close()`: raises GeneratorExit inside it; fine if that or StopIteration ends it.
    func close(_ generator: PyGenerator) throws(PyError) {
        guard generator.state == .suspended else {
            generator.state = .finished
            generator.slotCount = 0
            return
        }
        let exit = PyError(makeException(exceptionType("GeneratorExit"), []))
        let yielded: Value?
        do {
            yielded = try resume(generator, sending: .none, throwing: exit)
        } catch {
            if isInstance(error.exception, exceptionType("GeneratorExit")) || isInstance(error.exception, exceptionType("StopIteration")) { return }
            throw error
        }
        if yielded != nil { throw self.error(exceptionType("RuntimeError"), "generator ignored GeneratorExit") }
    }

    /// The next value of a generator for `next()` and `__next__`: StopIteration carries the
    /// return value when it is not None.
    func nextOrStop(_ generator: PyGenerator) throws(PyError) -> Value {
        if let value = try resume(generator, sending: .none) { return value }
        throw stopIteration(generator.returnValue)
    }

    func stopIteration(_ value: Value) -> PyError {
        PyError(makeException(exceptionType("StopIteration"), value.isNone ? [] : [value]))
    }

    /// `await value`: a coroutine is awaited directly; anything else through its `__await__`.
    func awaitableIterator(_ value: Value) throws(PyError) -> Value {
        if let coroutine = value.as(PyGenerator.self), coroutine.type === coroutineType { return value }
        let type = typeOf(value)
        guard type.instancesHaveDict, let method = type.lookup(identifier("__await__")) else {
            throw typeError("object \(type.name) can't be used in 'await' expression")
        }
        let iterator = try call(method, [value])
        guard isBuiltinIterator(iterator) || typeOf(iterator).lookup(identifier("__next__")) != nil else {
            throw typeError("__await__() returned non-iterator of type '\(typeName(iterator))'")
        }
        return iterator
    }

    func installGeneratorMethods() {
        addMethod(generatorType, "__iter__") { (_: VM, arguments: CallArguments) throws(PyError) -> Value in arguments[0] }
        addMethod(generatorType, "__next__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.nextOrStop(arguments[0].as(PyGenerator.self)!)
        }
        installResumeMethods(generatorType)
        installResumeMethods(coroutineType)
    }

    /// send, throw and close, which generators and coroutines share.
    private func installResumeMethods(_ type: PyType) {
        addMethod(type, "send") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("send", arguments, minimum: 2, maximum: 2) { throw failure }
            let generator = arguments[0].as(PyGenerator.self)!
            if let value = try vm.resume(generator, sending: arguments[1]) { return value }
            throw vm.stopIteration(generator.returnValue)
        }
        addMethod(type, "throw") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("throw", arguments, minimum: 2, maximum: 4) { throw failure }
            let generator = arguments[0].as(PyGenerator.self)!
            var exception = arguments[1]
            if arguments.count >= 3, !arguments[2].isNone, let type = exception.as(PyType.self) {
                exception = try vm.call(Value(type), [arguments[2]])
            }
            let error = PyError(try vm.makeRaisable(exception, cause: .null))
            if let value = try vm.resume(generator, sending: .none, throwing: error) { return value }
            throw vm.stopIteration(generator.returnValue)
        }
        addMethod(type, "close") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.close(arguments[0].as(PyGenerator.self)!)
            return .none
        }
    }
}
