// The dispatch loop: runs frames of bytecode, calls and returns, and unwinds exceptions.

import BigInt

extension VM {
    /// Runs module-level code with `globals` (and `locals` for class bodies or exec).
    public func execute(_ code: CodeObject, globals: PyDict, locals: Value = .null) throws(PyError) -> Value {
        let base = frames.last?.stackTop ?? 0
        try pushFrame(code: code, globals: globals, function: .null, locals: locals, base: base, returnsToNative: true)
        return try run()
    }

    @inline(__always)
    func pushFrame(code: CodeObject, globals: PyDict, function: Value, locals: Value, base: Int, returnsToNative: Bool) throws(PyError) {
        if frames.count >= recursionLimit {
            throw recursionError()
        }
        let stackBase = base + code.frameSlotCount
        guard stackBase + code.maximumStackDepth < stackCapacity else {
            throw recursionError()
        }
        frames.append(Frame(code: code, globals: globals, globalsVersion: globals.versionCell, function: function, locals: locals, base: base, pc: 0, stackTop: stackBase, returnsToNative: returnsToNative))
    }

    /// Fills the cell slots of a new frame: fresh cells (holding the parameter when a parameter is
    /// captured) and the function's closure cells.
    @inline(__always)
    func initializeCells(code: CodeObject, function: PyFunction?, base: Int) {
        let cellBase = base + code.localNames.count
        if !code.cellNames.isEmpty {
            for index in 0..<code.cellNames.count {
                stack[cellBase + index] = track(PyCell(type: cellType, .null))
            }
            for (cell, local) in code.parameterCells {
                (stack[cellBase + cell].object as! PyCell).value = stack[base + local]
                stack[base + local] = .null
            }
        }
        if let function { copyClosure(of: function, to: cellBase + code.cellNames.count) }
    }

    /// Puts `function`'s closure cells in the frame slots from `start`, where its free
    /// variables live.
    @inline(__always)
    func copyClosure(of function: PyFunction, to start: Int) {
        function.closure.withUnsafeBufferPointer { closure in
            for position in 0..<closure.count { stack[start + position] = closure[position] }
        }
    }

    /// Runs the top frame and every frame it calls until a frame marked `returnsToNative` returns.
    func run() throws(PyError) -> Value {
        var frameIndex = frames.count - 1
        unowned(unsafe) var code = frames[frameIndex].code
        var instructions = code.instructionPointer
        var constants = code.constantPointer
        var globalCache = code.globalCache
        var methodCache = code.methodCache
        var globalsVersion = frames[frameIndex].globalsVersion
        var pc = frames[frameIndex].pc
        var base = frames[frameIndex].base
        var sp = frames[frameIndex].stackTop
        let stack = self.stack

        /// Reloads the cached registers after the frame stack changed.
        @inline(__always) func enterFrame() {
            frameIndex = frames.count - 1
            code = frames[frameIndex].code
            instructions = code.instructionPointer
            constants = code.constantPointer
            globalCache = code.globalCache
            methodCache = code.methodCache
            globalsVersion = frames[frameIndex].globalsVersion
            pc = frames[frameIndex].pc
            base = frames[frameIndex].base
            sp = frames[frameIndex].stackTop
        }

        // Wrapping arithmetic: the stack and instruction indices are bounded by construction, and
        // an overflow check on every push, pop and instruction fetch is a branch per instruction.
        @inline(__always) func push(_ value: Value) {
            stack[sp] = value
            sp &+= 1
        }

        @inline(__always) func pop() -> Value {
            sp &-= 1
            return stack[sp]
        }

        @inline(__always) func top() -> Value { stack[sp - 1] }

        /// Local `index` of the current frame; UnboundLocalError (at `pc`) while it has no value.
        @inline(__always) func local(_ index: Int) throws(PyError) -> Value {
            let value = stack[base + index]
            if value.isNull {
                frames[frameIndex].pc = pc
                throw unboundLocal(code.localNames[index])
            }
            return value
        }

        /// Pushes the global `code.names[nameIndex]` from its cache entry, or looks it up and fills it.
        @inline(__always) func pushGlobal(_ nameIndex: Int) throws(PyError) {
            let entry = globalCache + nameIndex
            if entry.pointee.globalsVersion == globalsVersion.pointee && entry.pointee.builtinsVersion == builtinsVersion.pointee {
                push(entry.pointee.value)
            } else {
                frames[frameIndex].pc = pc
                push(try loadGlobalFillingCache(entry, code.names[nameIndex], globals: frames[frameIndex].globals))
            }
        }

        while true {
            do {
                if let error = pendingThrow {
                    pendingThrow = nil
                    throw error
                }
                while true {
                    var word = instructions[pc]
                    pc &+= 1
                    var argument = Int(word >> 8)
                    switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
                    case .nop:
                        break
                    case .loadConst:
                        push(constants[argument])
                    case .loadFast:
                        push(try local(argument))
                    case .storeFast:
                        stack[base + argument] = pop()
                    case .deleteFast:
                        if stack[base + argument].isNull { throw unboundLocal(code.localNames[argument]) }
                        stack[base + argument] = .null
                    case .loadDeref:
                        // Slots hold only cells here, so the cell is read without a cast or
                        // reference counting.
                        let value = stack[base + code.localCount + argument].unmanaged(PyCell.self)._withUnsafeGuaranteedRef { $0.value }
                        if value.isNull { throw unboundFree(code, argument) }
                        push(value)
                    case .storeDeref:
                        let value = pop()
                        stack[base + code.localCount + argument].unmanaged(PyCell.self)._withUnsafeGuaranteedRef { $0.value = value }
                    case .deleteDeref:
                        let cell = stack[base + code.localCount + argument].object as! PyCell
                        if cell.value.isNull { throw unboundFree(code, argument) }
                        cell.value = .null
                    case .loadCell:
                        push(stack[base + code.localCount + argument])
                    case .loadGlobal:
                        try pushGlobal(argument)
                    case .storeGlobal:
                        frames[frameIndex].stackTop = sp
                        try dictSet(frames[frameIndex].globals, Value(code.names[argument]), pop())
                    case .deleteGlobal:
                        frames[frameIndex].stackTop = sp
                        let name = code.names[argument]
                        if try dictRemove(frames[frameIndex].globals, Value(name)) == nil {
                            throw nameNotDefined(name)
                        }
                    case .loadName:
                        if frames[frameIndex].locals.isNull {
                            // Module level: the name is a global, and the global cache applies.
                            try pushGlobal(argument)
                            break
                        }
                        frames[frameIndex].stackTop = sp
                        push(try loadName(code.names[argument], frame: frames[frameIndex]))
                    case .storeName:
                        let value = pop()
                        frames[frameIndex].stackTop = sp
                        try storeName(code.names[argument], value, frame: frames[frameIndex])
                    case .deleteName:
                        frames[frameIndex].stackTop = sp
                        try deleteName(code.names[argument], frame: frames[frameIndex])
                    case .loadAttr:
                        let object = top()
                        let entry = code.loadAttributeCache + argument * CacheWays.count
                        if let value = cachedInstanceAttribute(object, entry) {
                            stack[sp - 1] = value
                        } else {
                            frames[frameIndex].stackTop = sp
                            let name = code.names[argument]
                            stack[sp - 1] = try getAttribute(object, name)
                            fillInstanceAttributeCache(entry, object, name, isStore: false)
                        }
                    case .storeAttr:
                        let object = pop()
                        let value = pop()
                        let entry = code.storeAttributeCache + argument * CacheWays.count
                        if !storeCachedInstanceAttribute(object, value, entry) {
                            frames[frameIndex].stackTop = sp + 2
                            let name = code.names[argument]
                            try setAttribute(object, name, value)
                            fillInstanceAttributeCache(entry, object, name, isStore: true)
                        }
                    case .deleteAttr:
                        let object = pop()
                        frames[frameIndex].stackTop = sp
                        try deleteAttribute(object, code.names[argument])
                    case .loadMethod:
                        let receiver = top()
                        let entry = methodCache + argument * CacheWays.count
                        if let method = cachedMethod(receiver, entry) {
                            stack[sp - 1] = method
                            push(receiver)
                        } else if let attribute = cachedModuleAttribute(receiver, entry) {
                            stack[sp - 1] = attribute
                            push(.null)
                        } else {
                            frames[frameIndex].stackTop = sp
                            let (method, boundReceiver) = try loadMethod(receiver, code.names[argument], cache: entry)
                            stack[sp - 1] = method
                            push(boundReceiver)
                        }
                    case .popTop:
                        sp -= 1
                    case .copy:
                        push(stack[sp - argument])
                    case .swap:
                        let other = stack[sp - argument]
                        stack[sp - argument] = stack[sp - 1]
                        stack[sp - 1] = other
                    case .unaryNegative:
                        let operand = top()
                        if operand.isSmallInt {
                            stack[sp - 1] = int(-operand.smallInt)
                        } else if operand.isFloat {
                            stack[sp - 1] = Value(-operand.float)
                        } else {
                            frames[frameIndex].stackTop = sp
                            stack[sp - 1] = try unaryOperation(.unaryNegative, operand)
                        }
                    case .unaryPositive, .unaryInvert:
                        frames[frameIndex].stackTop = sp
                        stack[sp - 1] = try unaryOperation(unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self), top())
                    case .unaryNot:
                        frames[frameIndex].stackTop = sp
                        stack[sp - 1] = Value(!(try isTruthy(top())))
                    case .binaryOp:
                        let right = pop()
                        let left = top()
                        if left.isSmallInt && right.isSmallInt, let result = smallIntArithmetic(argument & 0x1F, left.smallInt, right.smallInt) {
                            stack[sp - 1] = result
                        } else if left.isFloat && right.isFloat, let result = floatArithmetic(argument & 0x1F, left.float, right.float) {
                            stack[sp - 1] = Value(result)
                        } else if let (leftDouble, rightDouble) = mixedFloatOperands(left, right), let result = floatArithmetic(argument & 0x1F, leftDouble, rightDouble) {
                            stack[sp - 1] = Value(result)
                        } else {
                            frames[frameIndex].stackTop = sp + 1
                            stack[sp - 1] = try binaryOperation(BinaryOperation(rawValue: UInt8(argument & 0x1F))!, left, right, inPlace: argument & Int(BinaryOperation.inPlaceFlag) != 0)
                        }
                    case .compareOp:
                        let right = pop()
                        let left = top()
                        if let holds = numericComparison(argument, left, right) {
                            stack[sp - 1] = Value(holds)
                        } else {
                            frames[frameIndex].stackTop = sp + 1
                            stack[sp - 1] = try compare(left, right, ComparisonOperation(rawValue: UInt8(argument))!)
                        }
                    case .isOp:
                        let right = pop()
                        stack[sp - 1] = Value((top() == right) != (argument == 1))
                    case .containsOp:
                        let container = pop()
                        frames[frameIndex].stackTop = sp + 1
                        stack[sp - 1] = Value(try contains(container, top()) != (argument == 1))
                    case .binarySubscript:
                        let index = pop()
                        let container = top()
                        if let item = sequenceItem(container, index) {
                            stack[sp - 1] = item
                        } else if let slice = sequenceSlice(container, index) {
                            stack[sp - 1] = slice
                        } else if let dict = exactDict(container) {
                            frames[frameIndex].stackTop = sp + 1
                            guard let item = try dictGet(dict, index) else { throw keyError(index) }
                            stack[sp - 1] = item
                        } else {
                            frames[frameIndex].stackTop = sp + 1
                            stack[sp - 1] = try getItem(container, index)
                        }
                    case .storeSubscript:
                        let index = pop()
                        let container = pop()
                        let value = pop()
                        if let dict = exactDict(container) {
                            frames[frameIndex].stackTop = sp + 3
                            try dictSet(dict, index, value)
                        } else if !storeListItem(container, index, value) && !storeListSlice(container, index, value) {
                            frames[frameIndex].stackTop = sp + 3
                            try setItem(container, index, value)
                        }
                    case .deleteSubscript:
                        let index = pop()
                        let container = pop()
                        frames[frameIndex].stackTop = sp + 2
                        try deleteItem(container, index)
                    case .buildSlice:
                        let step = argument == 3 ? pop() : .none
                        let stop = pop()
                        let start = pop()
                        // `x[a:b]` and `x[a:b] = y` on an exact list or tuple: the next
                        // instruction is the slice's only use, so it is done here without
                        // allocating the slice. A debugger's line event in that word stops this.
                        if let bounds = SmallSliceBounds(start: start, stop: stop, step: step) {
                            let next = unsafeBitCast(UInt8(truncatingIfNeeded: instructions[pc]), to: Opcode.self)
                            if next == .binarySubscript, let slice = sequenceSlice(top(), bounds) {
                                stack[sp - 1] = slice
                                pc &+= 1
                                break
                            }
                            if next == .storeSubscript && storeListSlice(top(), bounds, stack[sp - 2]) {
                                sp -= 2
                                pc &+= 1
                                break
                            }
                        }
                        push(track(PySlice(type: sliceType, start: start, stop: stop, step: step)))
                    case .buildList:
                        sp -= argument
                        push(list(stackItems(sp, count: argument)))
                    case .buildTuple:
                        sp -= argument
                        push(tuple(stackItems(sp, count: argument)))
                    case .buildSet:
                        let set = newSet()
                        frames[frameIndex].stackTop = sp + 1
                        stack[sp] = Value(set)
                        for index in (sp - argument)..<sp { try setAdd(set, stack[index]) }
                        sp -= argument
                        push(Value(set))
                    case .buildMap:
                        let dict = newDict()
                        frames[frameIndex].stackTop = sp + 1
                        stack[sp] = Value(dict)
                        var index = sp - 2 * argument
                        while index < sp {
                            try dictSet(dict, stack[index], stack[index + 1])
                            index += 2
                        }
                        sp -= 2 * argument
                        push(Value(dict))
                    case .buildString:
                        var text = ""
                        for index in (sp - argument)..<sp { text += (stack[index].object as! PyStr).value }
                        sp -= argument
                        push(str(text))
                    case .listAppend:
                        let value = pop()
                        (stack[sp - argument].object as! PyList).items.append(value)
                    case .setAdd:
                        let value = pop()
                        frames[frameIndex].stackTop = sp + 1
                        try setAdd(stack[sp - argument].object as! PySet, value)
                    case .mapAdd:
                        let value = pop()
                        let key = pop()
                        frames[frameIndex].stackTop = sp + 2
                        try dictSet(stack[sp - argument].object as! PyDict, key, value)
                    case .listExtend:
                        let iterable = pop()
                        frames[frameIndex].stackTop = sp + 1
                        (stack[sp - argument].object as! PyList).items.append(contentsOf: try collect(iterable))
                    case .setUpdate:
                        let iterable = pop()
                        frames[frameIndex].stackTop = sp + 1
                        try updateSet(stack[sp - argument].object as! PySet, with: iterable)
                    case .dictUpdate:
                        let mapping = pop()
                        frames[frameIndex].stackTop = sp + 1
                        try dictUpdate(stack[sp - argument].object as! PyDict, from: mapping)
                    case .dictMerge:
                        let mapping = pop()
                        frames[frameIndex].stackTop = sp + 1
                        try dictMerge(stack[sp - argument].object as! PyDict, from: mapping, callee: stack[sp - argument - 2])
                    case .listToTuple:
                        stack[sp - 1] = tuple((top().object as! PyList).items)
                    case .formatValue:
                        let spec = argument & 4 != 0 ? pop() : .null
                        frames[frameIndex].stackTop = sp + 1
                        stack[sp - 1] = try formatValue(top(), conversion: argument & 3, spec: spec)
                    case .jump:
                        pc = argument
                    case .jumpBackward:
                        // The safe point comes before the jump, so that an exception it raises
                        // (a cancelled remote-exec request) is raised at this instruction.
                        if interruptWord != 0 || heap.collectionDue {
                            frames[frameIndex].pc = pc
                            frames[frameIndex].stackTop = sp
                            try serviceSafePoint()
                        }
                        pc = argument
                    case .popJumpIfFalse:
                        let value = pop()
                        if value == .false {
                            pc = argument
                        } else if value != .true {
                            frames[frameIndex].stackTop = sp + 1
                            if !(try isTruthy(value)) { pc = argument }
                        }
                    case .popJumpIfTrue:
                        let value = pop()
                        if value == .true {
                            pc = argument
                        } else if value != .false {
                            frames[frameIndex].stackTop = sp + 1
                            if try isTruthy(value) { pc = argument }
                        }
                    case .jumpIfFalseOrPop:
                        frames[frameIndex].stackTop = sp
                        if try isTruthy(top()) { sp -= 1 } else { pc = argument }
                    case .jumpIfTrueOrPop:
                        frames[frameIndex].stackTop = sp
                        if try isTruthy(top()) { pc = argument } else { sp -= 1 }
                    case .getIter:
                        frames[frameIndex].stackTop = sp
                        stack[sp - 1] = try getIterator(top())
                    case .forIter:
                        let iterator = top()
                        if let next = nextRangeOrListItem(iterator) {
                            if next.isNull {
                                sp -= 1
                                pc = argument
                            } else {
                                push(next)
                            }
                        } else if let generator = inlineResumableGenerator(iterator) {
                            // The generator's frame runs in this loop; its `yieldValue` pushes the
                            // item here and its return leaves the loop (see those cases).
                            frames[frameIndex].pc = pc
                            frames[frameIndex].stackTop = sp
                            try pushFrame(of: generator, sending: Value.none, returnsToNative: false)
                            enterFrame()
                        } else {
                            frames[frameIndex].pc = pc
                            frames[frameIndex].stackTop = sp
                            // `for a, b in enumerate(…)` / `….items()`: the pair goes straight to
                            // the stack as the `unpackSequence 2` that follows would leave it.
                            let pairStep = instructions[pc] == Self.unpackPairWord ? try nextPair(iterator) : .notPairs
                            switch pairStep {
                            case .pair(let first, let second):
                                push(second)
                                push(first)
                                pc += 1
                            case .exhausted:
                                sp -= 1
                                pc = argument
                            case .notPairs:
                                if let next = try nextItem(iterator) {
                                    push(next)
                                } else {
                                    sp -= 1
                                    pc = argument
                                }
                            }
                        }
                    case .callUnpacked:
                        // Lay `f(*args, **kwargs)` out as a keyword call and let the call case
                        // below run it, so the callee gets an ordinary frame.
                        let keywords = argument == 1 ? pop() : .null
                        let positional = (pop().object as! PyTuple).items
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackTop = sp + (argument == 1 ? 1 : 0)
                        var names: [Value] = []
                        var values = positional
                        if let dict = keywords.as(PyDict.self) {
                            for (key, value) in dict.entries {
                                guard key.as(PyStr.self) != nil else { throw typeError("keywords must be strings") }
                                names.append(key)
                                values.append(value)
                            }
                        }
                        guard sp + values.count + 2 < stackCapacity else {
                            throw recursionError()
                        }
                        for value in values { push(value) }
                        if names.isEmpty {
                            word = UInt32(Opcode.call.rawValue) | UInt32(values.count) << 8
                        } else {
                            push(tuple(names))
                            word = UInt32(Opcode.callKeywords.rawValue) | UInt32(values.count) << 8
                        }
                        argument = Int(word >> 8)
                        fallthrough
                    case .call, .callMethod, .callKeywords:
                        let opcode = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
                        var count = argument & 0xFFFF
                        var isMethodCall = opcode == .callMethod
                        // The names stay a tuple until a slow path needs them: forming even an
                        // empty array on every call was measurable on call-heavy code.
                        var keywordTuple = Value.null
                        if opcode == .callKeywords {
                            keywordTuple = pop()
                            isMethodCall = argument >> 16 != 0
                        }
                        // Layout: [callee, (receiver or null,) arguments…]
                        var calleeSlot = sp - count - 1
                        var argumentStart = sp - count
                        if isMethodCall {
                            calleeSlot -= 1
                            if !stack[calleeSlot + 1].isNull {
                                argumentStart -= 1
                                count += 1
                            }
                        }
                        var callee = stack[calleeSlot]
                        if callee.isInstance(exactly: PyMethod.self) {
                            let (receiver, function) = callee.unmanaged(PyMethod.self)._withUnsafeGuaranteedRef { ($0.receiver, $0.function) }
                            // Put the receiver in front of the arguments.
                            if argumentStart == calleeSlot + 1 {
                                var index = sp
                                while index > argumentStart {
                                    stack[index] = stack[index - 1]
                                    index -= 1
                                }
                                sp += 1
                            } else {
                                argumentStart -= 1
                            }
                            stack[argumentStart] = receiver
                            count += 1
                            callee = function
                            stack[calleeSlot] = callee
                        }
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackTop = calleeSlot
                        if callee.isInstance(exactly: PyFunction.self) && keywordTuple.isNull, callee.unmanaged(PyFunction.self)._withUnsafeGuaranteedRef({ enterPlainFunction($0, argumentStart: argumentStart, count: count) }) {
                            enterFrame()
                        } else {
                            let keywordNames = keywordTuple.isNull ? [] : (keywordTuple.object as! PyTuple).items.map { $0.object as! PyStr }
                            // PyFunction is final: the exact-class test is the whole test, and it
                            // spares built-in callees a failing cast.
                            if callee.isInstance(exactly: PyFunction.self) {
                                try enterFunction(callee.unmanaged(PyFunction.self).takeUnretainedValue(), argumentStart: argumentStart, count: count, keywordNames: keywordNames, returnsToNative: false)
                                enterFrame()
                            } else {
                                frames[frameIndex].stackTop = sp
                                let arguments = CallArguments(values: UnsafeBufferPointer(start: stack + argumentStart, count: count), keywordNames: keywordNames)
                                if callee.isInstance(exactly: PyBuiltinFunction.self) {
                                    stack[calleeSlot] = try callBuiltin(callee.unmanaged(PyBuiltinFunction.self).takeUnretainedValue(), arguments)
                                    sp = calleeSlot + 1
                                } else if let (instance, initializer) = try instanceAndInitializer(callee, arguments) {
                                    // Run `__init__(instance, arguments…)` here; its return yields the instance.
                                    var index = argumentStart + count
                                    while index > argumentStart {
                                        stack[index] = stack[index - 1]
                                        index -= 1
                                    }
                                    stack[argumentStart] = instance
                                    frames[frameIndex].stackTop = calleeSlot
                                    try enterFunction(initializer, argumentStart: argumentStart, count: count + 1, keywordNames: keywordNames, returnsToNative: false)
                                    frames[frames.count - 1].constructedInstance = instance
                                    enterFrame()
                                } else {
                                    stack[calleeSlot] = try callNonFunction(callee, arguments)
                                    sp = calleeSlot + 1
                                }
                            }
                        }
                    case .makeFunction:
                        let flags = argument >> 16
                        let child = code.children[argument & 0xFFFF]
                        let closure = flags & 8 != 0 ? pop().unmanaged(PyTuple.self)._withUnsafeGuaranteedRef { $0.items } : []
                        let keywordDefaults = flags & 2 != 0 ? pop().object as? PyDict : nil
                        let defaults = flags & 1 != 0 ? pop().unmanaged(PyTuple.self)._withUnsafeGuaranteedRef { $0.items } : []
                        let globals = frames[frameIndex].globals
                        push(track(PyFunction(type: functionType, code: child, globals: globals, defaults: defaults, keywordDefaults: keywordDefaults, closure: closure, module: globals.lookupString(identifier("__name__")) ?? .none)))
                    case .returnValue, .returnGenerator:
                        var result = word & 0xFF == UInt32(Opcode.returnValue.rawValue)
                            ? pop()
                            : makeGenerator(frameIndex: frameIndex, stackPointer: sp, resumeAt: pc)
                        let finished = frames.removeLast()
                        if finished.returnsToNative { return result }
                        if !finished.generator.isNull {
                            // A generator `forIter` resumed has finished: leave that loop.
                            let generator = finished.generator.unmanaged(PyGenerator.self).takeUnretainedValue()
                            generator.state = .finished
                            generator.returnValue = result
                            enterFrame()
                            sp -= 1
                            pc = Int(code.instructions[pc - 1] >> 8)
                            break
                        }
                        frameIndex -= 1
                        let resultSlot = frames[frameIndex].stackTop
                        enterFrame()
                        sp = resultSlot + 1
                        if !finished.constructedInstance.isNull {
                            guard result.isNone else { throw initializerReturned(result) }
                            result = finished.constructedInstance
                        }
                        stack[resultSlot] = result
                    case .raise:
                        frames[frameIndex].pc = pc
                        switch argument {
                        case 0:
                            guard !handledException.isNone else {
                                throw error(exceptionType("RuntimeError"), "No active exception to reraise")
                            }
                            throw ReraiseSignal.reraise(PyError(handledException))
                        case 1:
                            frames[frameIndex].stackTop = sp
                            throw PyError(try makeRaisable(pop(), cause: .null))
                        default:
                            frames[frameIndex].stackTop = sp
                            let cause = pop()
                            throw PyError(try makeRaisable(pop(), cause: cause))
                        }
                    case .reraise:
                        throw ReraiseSignal.reraise(PyError(pop()))
                    case .pushExceptionInfo:
                        let exception = pop()
                        push(handledException)
                        push(exception)
                        handledException = exception
                    case .popExcept:
                        handledException = pop()
                    case .checkExceptionMatch:
                        let type = pop()
                        frames[frameIndex].stackTop = sp
                        push(Value(try exceptionMatches(top(), type)))
                    case .popExceptAndReraise:
                        let exception = pop()
                        handledException = pop()
                        throw ReraiseSignal.reraise(PyError(exception))
                    case .unpackSequence:
                        let sequence = pop()
                        if pushItems(ofExactSequence: sequence, count: argument, at: sp) {
                            sp += argument
                            break
                        }
                        frames[frameIndex].stackTop = sp + 1
                        let items = try unpack(sequence, count: argument)
                        for item in items.reversed() { push(item) }
                    case .unpackStarred:
                        let sequence = pop()
                        frames[frameIndex].stackTop = sp + 1
                        let items = try unpackStarred(sequence, before: argument & 0xFF, after: argument >> 8)
                        for item in items.reversed() { push(item) }
                    case .importName:
                        let fromList = pop()
                        let level = pop()
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackTop = sp
                        push(try importModule(code.names[argument].value, fromList: fromList, level: level.smallInt, globals: frames[frameIndex].globals))
                    case .importFrom:
                        frames[frameIndex].stackTop = sp
                        push(try importFrom(top(), code.names[argument]))
                    case .importStar:
                        let module = pop()
                        frames[frameIndex].stackTop = sp
                        try importStar(module, into: frames[frameIndex])
                    case .loadBuildClass:
                        push(builtins.dict.lookupString(identifier("__build_class__"))!)
                    case .loadAssertionError:
                        push(Value(exceptionType("AssertionError")))
                    case .beforeWith:
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackTop = sp
                        let (exit, entered) = try beforeWith(top())
                        stack[sp - 1] = exit
                        push(entered)
                    case .withExceptStart:
                        // Stack: exit, previously handled, exception.
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackTop = sp
                        let exception = top()
                        let exit = stack[sp - 3]
                        let result = try call(exit, [Value(typeOf(exception)), exception, .none])
                        push(Value(try isTruthy(result)))
                    case .yieldValue:
                        let value = pop()
                        if frames[frameIndex].collectsYields {
                            yieldCollectors[yieldCollectors.count - 1].pointee.append(value)
                            push(.none)  // what the `yield` evaluates to, as `next()` sends
                            break
                        }
                        suspendGenerator(frameIndex: frameIndex, stackPointer: sp, resumeAt: pc)
                        let suspended = frames.removeLast()
                        if suspended.returnsToNative { return value }
                        // Resumed by `forIter`: the value is the loop's next item.
                        enterFrame()
                        push(value)
                    case .getAwaitable:
                        frames[frameIndex].stackTop = sp
                        stack[sp - 1] = try awaitableIterator(top())
                    case .getYieldFromIterator:
                        if !top().isInstance(exactly: PyGenerator.self) {
                            frames[frameIndex].stackTop = sp
                            stack[sp - 1] = try getIterator(top())
                        }
                    case .send:
                        let value = pop()
                        let receiver = top()
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackTop = sp + 1
                        let owner = frames[frameIndex].generator.unmanaged(PyGenerator.self).takeUnretainedValue()
                        var result = Value.none
                        if let yielded = try sendToDelegate(receiver, value, delegateResult: &result) {
                            owner.delegate = receiver
                            push(yielded)
                        } else {
                            owner.delegate = .null
                            stack[sp - 1] = result
                            pc = argument
                        }
                    case .loadFastLoadFast:
                        // The second instruction's argument is the next word's (Superinstructions.swift).
                        let first = try local(argument)
                        let secondLocal = Int(instructions[pc] >> 8)
                        pc &+= 1
                        let second = try local(secondLocal)
                        push(first)
                        push(second)
                    case .loadFastLoadConst:
                        push(try local(argument))
                        push(constants[Int(instructions[pc] >> 8)])
                        pc &+= 1
                    case .storeFastLoadFast:
                        stack[base + argument] = pop()
                        let loaded = Int(instructions[pc] >> 8)
                        pc &+= 1
                        push(try local(loaded))
                    case .compareOpPopJumpIfFalse:
                        let right = pop()
                        let left = pop()
                        let target = Int(instructions[pc] >> 8)
                        pc &+= 1
                        let holds: Bool
                        if let numeric = numericComparison(argument, left, right) {
                            holds = numeric
                        } else {
                            frames[frameIndex].stackTop = sp + 2
                            let result = try compare(left, right, ComparisonOperation(rawValue: UInt8(argument))!)
                            stack[sp] = result
                            frames[frameIndex].stackTop = sp + 1
                            if result == .true || result == .false {
                                holds = result == .true
                            } else {
                                holds = try isTruthy(result)
                            }
                        }
                        if !holds { pc = target }
                    case .lineEvent:
                        // The debugger reports the line, then puts the original instruction back
                        // for one execution (see Debugger+Patching.swift).
                        pc -= 1
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackTop = sp
                        debugger!.lineEvent(frameIndex: frameIndex)
                    case .restoreLineEvent:
                        pc -= 1
                        debugger!.restoreLineEvent(code, at: pc)
                    }
                }
            } catch let signal {
                // Either a Python exception raised here or below, or a re-raise of one.
                let (raised, addTraceback) = signal.unpacked
                var failure = raised
                frames[frameIndex].pc = pc
                var exceptionObject = failure.object
                if let debugger {
                    frames[frameIndex].stackTop = sp
                    debugger.exceptionCaught(failure.exception, isNew: addTraceback && exceptionObject.traceback.isEmpty)
                }
                if addTraceback {
                    exceptionObject.traceback.append(TracebackEntry(filename: code.filename, line: code.line(at: pc - 1), function: code.name))
                }
                if exceptionObject.context.isNone && !handledException.isNone && handledException != failure.exception {
                    exceptionObject.context = handledException
                }
                // Find a handler in this frame or an enclosing one in this run.
                while true {
                    let handler = code.handlerIndex[pc - 1]
                    if handler >= 0 {
                        let entry = code.handlers[Int(handler)]
                        sp = base + code.frameSlotCount + entry.depth
                        push(failure.exception)
                        pc = entry.target
                        break
                    }
                    let finished = frames.removeLast()
                    if finished.returnsToNative { throw failure }
                    if !finished.generator.isNull {
                        // The exception ends a generator that `forIter` was running, as it
                        // would end one resumed from Swift (`resume`).
                        failure = generatorFailed(finished.generator.unmanaged(PyGenerator.self).takeUnretainedValue(), failure)
                        exceptionObject = failure.object
                    }
                    enterFrame()
                    exceptionObject.traceback.append(TracebackEntry(filename: code.filename, line: code.line(at: pc - 1), function: code.name))
                }
            }
        }
    }

    /// The instruction `unpackSequence 2`.
    static let unpackPairWord = UInt32(Opcode.unpackSequence.rawValue) | 2 << 8

    /// `list[index]` or `tuple[index]` for an exact list or tuple and an in-range small int, read
    /// without reference counting; nil sends everything else (and every error) to `getItem`.
    @inline(never)
    func sequenceItem(_ container: Value, _ index: Value) -> Value? {
        guard index.isSmallInt else { return nil }
        if container.isInstance(exactly: PyList.self) {
            let listType: UnsafeRawPointer = listTypeAddress
            return container.unmanaged(PyList.self)._withUnsafeGuaranteedRef { list -> Value? in
                guard list.hasExactType(listType) else { return nil }
                return Self.item(of: list.items, at: index.smallInt)
            }
        }
        if container.isInstance(exactly: PyTuple.self) {
            let tupleType: UnsafeRawPointer = tupleTypeAddress
            return container.unmanaged(PyTuple.self)._withUnsafeGuaranteedRef { tuple -> Value? in
                guard tuple.hasExactType(tupleType) else { return nil }
                return Self.item(of: tuple.items, at: index.smallInt)
            }
        }
        return nil
    }

    /// The values in `stack[start..<start + count]`, in an item array the heap may have recycled.
    @inline(never)
    func stackItems(_ start: Int, count: Int) -> [Value] {
        var items = heap.itemArray(minimumCapacity: count)
        for index in start..<(start + count) { items.append(stack[index]) }
        return items
    }

    /// `list[start:stop:step]` or `tuple[…]` for an exact list or tuple and a slice whose bounds
    /// are small ints or None, without reference counting; nil leaves the work to `getItem`.
    @inline(__always)
    func sequenceSlice(_ container: Value, _ key: Value) -> Value? {
        guard key.isInstance(exactly: PySlice.self), let bounds = smallSliceBounds(key) else { return nil }
        return sequenceSlice(container, bounds)
    }

    @inline(__always)
    func sequenceSlice(_ container: Value, _ bounds: SmallSliceBounds) -> Value? {
        let isList = container.isInstance(exactly: PyList.self) && container.objectTypeAddress == listTypeAddress
        let isTuple = !isList && container.isInstance(exactly: PyTuple.self) && container.objectTypeAddress == tupleTypeAddress
        guard isList || isTuple else { return nil }
        // The source items are read in place: copying the array out would retain its buffer.
        let count = isList ? container.unmanaged(PyList.self)._withUnsafeGuaranteedRef { $0.items.count }
                           : container.unmanaged(PyTuple.self)._withUnsafeGuaranteedRef { $0.items.count }
        let (start, stop, step) = Self.adjustSliceIndices(start: bounds.start, stop: bounds.stop, step: bounds.step, count: count)
        var selected = heap.itemArray(minimumCapacity: Self.sliceLength(start: start, stop: stop, step: step))
        // Nothing changes the source while its elements are copied, so they are read in place:
        // `withUnsafeBufferPointer` would retain the array around each copy.
        let source = isList ? container.unmanaged(PyList.self)._withUnsafeGuaranteedRef { ArrayStorage.elements(ofArrayAt: &$0.items) }
                            : container.unmanaged(PyTuple.self)._withUnsafeGuaranteedRef { ArrayStorage.elements(ofArrayAt: &$0.items) }
        Self.appendElements(of: source, start: start, stop: stop, step: step, to: &selected)
        return isList ? list(consume selected) : tuple(consume selected)
    }

    /// `list[start:stop] = other` for exact lists and a step-1 slice of small ints or None;
    /// false leaves the work (and every error) to `setItem`.
    @inline(__always)
    func storeListSlice(_ container: Value, _ key: Value, _ value: Value) -> Bool {
        guard key.isInstance(exactly: PySlice.self), let bounds = smallSliceBounds(key) else { return false }
        return storeListSlice(container, bounds, value)
    }

    @inline(__always)
    func storeListSlice(_ container: Value, _ bounds: SmallSliceBounds, _ value: Value) -> Bool {
        guard bounds.step == 1, container.isInstance(exactly: PyList.self), value.isInstance(exactly: PyList.self),
              container.objectTypeAddress == listTypeAddress, value.objectTypeAddress == listTypeAddress else { return false }
        let replacement = value.unmanaged(PyList.self)._withUnsafeGuaranteedRef { $0.items }
        container.unmanaged(PyList.self)._withUnsafeGuaranteedRef { list in
            let (start, stop, _) = Self.adjustSliceIndices(start: bounds.start, stop: bounds.stop, step: 1, count: list.items.count)
            list.items.replaceSubrange(start..<max(start, stop), with: replacement)
        }
        return true
    }

    /// Slice bounds that are each a small int or None (nil), with a step that is not zero.
    struct SmallSliceBounds {
        var start: Int?
        var stop: Int?
        var step: Int

        @inline(__always)
        init?(start: Value, stop: Value, step: Value) {
            guard start.isNone || start.isSmallInt, stop.isNone || stop.isSmallInt, step.isNone || (step.isSmallInt && step.smallInt != 0) else { return nil }
            self.start = start.isNone ? nil : start.smallInt
            self.stop = stop.isNone ? nil : stop.smallInt
            self.step = step.isNone ? 1 : step.smallInt
        }
    }

    @inline(__always)
    private func smallSliceBounds(_ slice: Value) -> SmallSliceBounds? {
        slice.unmanaged(PySlice.self)._withUnsafeGuaranteedRef { SmallSliceBounds(start: $0.start, stop: $0.stop, step: $0.step) }
    }

    /// Unpacks an exact tuple or list of `count` items onto `stack[top...]`, last item lowest as
    /// `unpackSequence` leaves them, without reference counting; false leaves it to `unpack`.
    @inline(never)
    func pushItems(ofExactSequence sequence: Value, count: Int, at top: Int) -> Bool {
        if sequence.isInstance(exactly: PyTuple.self) {
            guard sequence.objectTypeAddress == tupleTypeAddress else { return false }
            return sequence.unmanaged(PyTuple.self)._withUnsafeGuaranteedRef { Self.push($0.items, count: count, onto: stack + top) }
        }
        if sequence.isInstance(exactly: PyList.self) {
            guard sequence.objectTypeAddress == listTypeAddress else { return false }
            return sequence.unmanaged(PyList.self)._withUnsafeGuaranteedRef { Self.push($0.items, count: count, onto: stack + top) }
        }
        return false
    }

    @inline(__always)
    private static func push(_ items: [Value], count: Int, onto slots: UnsafeMutablePointer<Value>) -> Bool {
        guard items.count == count else { return false }
        items.withUnsafeBufferPointer { items in
            for index in 0..<count { slots[index] = items[count - 1 - index] }
        }
        return true
    }

    /// `items[index]` with Python's negative indexing, nil when out of range.
    @inline(__always)
    private static func item(of items: [Value], at index: Int) -> Value? {
        position(index, count: items.count).map { items[$0] }
    }

    /// The position a Python index (negative from the end) names among `count` items; nil when
    /// out of range.
    @inline(__always)
    private static func position(_ index: Int, count: Int) -> Int? {
        let position = index < 0 ? index + count : index
        return position >= 0 && position < count ? position : nil
    }

    /// The container if it is exactly a `dict` (not a subclass, which may define `__missing__`
    /// or override item access), recognised without reference counting.
    @inline(__always)
    func exactDict(_ container: Value) -> PyDict? {
        guard container.isInstance(exactly: PyDict.self), container.objectTypeAddress == dictTypeAddress else { return nil }
        return container.unmanaged(PyDict.self).takeUnretainedValue()
    }

    /// `list[index] = value` on the same terms as `sequenceItem`; false leaves the work to `setItem`.
    @inline(never)
    func storeListItem(_ container: Value, _ index: Value, _ value: Value) -> Bool {
        guard index.isSmallInt, container.isInstance(exactly: PyList.self) else { return false }
        let listType: UnsafeRawPointer = listTypeAddress
        return container.unmanaged(PyList.self)._withUnsafeGuaranteedRef { list -> Bool in
            guard list.hasExactType(listType), let position = Self.position(index.smallInt, count: list.items.count) else { return false }
            list.items[position] = value
            return true
        }
    }

    /// The next item of a range or list iterator (`.null` when exhausted) without reference
    /// counting; nil for any other iterator.
    @inline(__always)
    func nextRangeOrListItem(_ iterator: Value) -> Value? {
        if iterator.isInstance(exactly: PyRangeIterator.self) {
            let next = iterator.unmanaged(PyRangeIterator.self)._withUnsafeGuaranteedRef { range -> Int? in
                guard range.remaining > 0 else { return nil }
                range.remaining -= 1
                defer { range.next &+= range.step }
                return range.next
            }
            return next.map { int($0) } ?? .null
        }
        if iterator.isInstance(exactly: PyListIterator.self) {
            return iterator.unmanaged(PyListIterator.self)._withUnsafeGuaranteedRef { $0.next() } ?? .null
        }
        return nil
    }

    /// Enters `function` if the call needs no argument binding and the frame fits, without
    /// touching a reference count; returns false to let `enterFunction` do the general case.
    func enterPlainFunction(_ function: PyFunction, argumentStart: Int, count: Int) -> Bool {
        unowned(unsafe) let code = function.code
        unowned(unsafe) let globals = function.globals
        // (Making the version cell here would make every call retain the code and globals.)
        guard count == code.plainCallArgumentCount, frames.count < recursionLimit,
              argumentStart + code.frameSlotCount + code.maximumStackDepth < stackCapacity,
              let globalsVersion = globals.sharedVersionCell else { return false }
        let stackBase = argumentStart + code.frameSlotCount
        frames.append(Frame(code: code, globals: globals, globalsVersion: globalsVersion, function: Value(function), locals: .null, base: argumentStart, pc: 0, stackTop: stackBase, returnsToNative: false))
        let localsEnd = argumentStart + code.localCount
        var index = argumentStart + count
        while index < localsEnd {
            stack[index] = .null
            index += 1
        }
        // The free variables' cells follow the locals (there are no cells of its own).
        if localsEnd < stackBase { copyClosure(of: function, to: localsEnd) }
        return true
    }

    /// Binds arguments and pushes the frame of a Python function whose arguments are on the stack.
    @inline(__always)
    func enterFunction(_ function: PyFunction, argumentStart: Int, count: Int, keywordNames: [PyStr], returnsToNative: Bool) throws(PyError) {
        let code = function.code
        // (An option-set literal here would allocate an array on every call.)
        if keywordNames.isEmpty && count == code.argumentCount && code.hasOnlyPositionalParameters {
            try pushFrame(code: code, globals: function.globals, function: Value(function), locals: .null, base: argumentStart, returnsToNative: returnsToNative)
            let localCount = code.localNames.count
            if localCount > count {
                for index in (argumentStart + count)..<(argumentStart + localCount) { stack[index] = .null }
            }
        } else {
            let arguments = Array(UnsafeBufferPointer(start: stack + argumentStart, count: count))
            try pushFrame(code: code, globals: function.globals, function: Value(function), locals: .null, base: argumentStart, returnsToNative: returnsToNative)
            do {
                try bindArguments(function, arguments, keywordNames: keywordNames, base: argumentStart)
            } catch {
                frames.removeLast()
                throw error
            }
        }
        initializeCells(code: code, function: function, base: argumentStart)
    }

    func unboundLocal(_ name: String) -> PyError {
        error(exceptionType("UnboundLocalError"), "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func unboundFree(_ code: CodeObject, _ index: Int) -> PyError {
        if index < code.cellNames.count {
            return unboundLocal(code.cellNames[index])
        }
        let name = code.freeNames[index - code.cellNames.count]
        return error(exceptionType("NameError"), "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// Work deferred to a safe point: garbage collection and interrupts (remote exec, debugger
    /// pauses).
    func serviceSafePoint() throws(PyError) {
        collectIfDue()
        if interruptWord != 0 { try serviceInterrupts() }
    }
}

/// Re-raising keeps the traceback as it is; this wrapper tells the unwinder not to add the
/// current line again.
enum ReraiseSignal: Error {
    case reraise(PyError)
}

extension Error {
    /// The Python exception this Swift error carries, and whether the current frame must be
    /// added to its traceback.
    var unpacked: (PyError, Bool) {
        if let error = self as? PyError { return (error, true) }
        if case .reraise(let error)? = self as? ReraiseSignal { return (error, false) }
        fatalError("unexpected Swift error \(self)")
    }
}
