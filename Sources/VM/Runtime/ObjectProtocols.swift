// Methods every object and exception has: __init__, __str__, __repr__, super(), with-statement entry.

extension VM {
    func installObjectMethods() {
        addMethod(objectType, "__init__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            // As object_init: extra arguments are an error unless `__new__` was overridden to take them.
            guard arguments.values.count > 1 else { return .none }
            let type = vm.typeOf(arguments[0])
            if type.lookup(vm.identifier("__init__")) != vm.objectInitMethod {
                throw vm.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
            }
            if type.lookup(vm.identifier("__new__")) == vm.objectNewDescriptor {
                throw vm.typeError("\(type.name).__init__() takes exactly one argument (the instance to initialize)")
            }
            return .none
        }
        objectInitMethod = objectType.dict.lookupString(identifier("__init__"))!
        addMethod(objectType, "__repr__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let type = vm.typeOf(arguments[0])
            let name = type.module == "builtins" ? type.name : "\(type.module).\(type.name)"
            return vm.str("<\(name) object at \(vm.address(arguments[0]))>")
        }
        addMethod(objectType, "__eq__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            arguments[0] == arguments[1] ? .true : vm.notImplemented
        }
        addMethod(objectType, "__ne__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            // As CPython: the inverse of the type's __eq__, unless that is NotImplemented.
            guard let equal = vm.typeOf(arguments[0]).lookup(vm.identifier("__eq__")) else { return vm.notImplemented }
            let result = try vm.call(equal, [arguments[0], arguments[1]])
            return result == vm.notImplemented ? result : Value(!(try vm.isTruthy(result)))
        }
        addMethod(objectType, "__hash__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            vm.int(Int(truncatingIfNeeded: (arguments[0].bits & Value.payloadMask) >> 4))
        }
        addMethod(objectType, "__setattr__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.genericSetAttribute(arguments[0], try vm.attributeName(arguments[1]), arguments[2])
            return .none
        }
        objectSetattrMethod = objectType.dict.lookupString(identifier("__setattr__"))!
        addMethod(objectType, "__getattribute__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try vm.genericGetAttribute(arguments[0], try vm.attributeName(arguments[1]))
        }
        addMethod(objectType, "__str__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            vm.str(try vm.repr(arguments[0]))
        }
        let objectNew = builtinFunction("__new__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            guard arguments.count >= 1, let type = arguments[0].as(PyType.self) else { throw vm.typeError("object.__new__(X): X is not a type object") }
            // As tp_new_wrapper: a built-in base other than object needs its own `__new__`.
            let layout = vm.nearestBuiltinBase(type).layout
            if layout != .object && layout != .baseException {
                throw vm.typeError("object.__new__(\(type.name)) is not safe, use \(type.name).__new__()")
            }
            // As object_new: extra arguments are an error unless `__init__` was overridden to take
            // them. (Exceptions have their own `__new__` in CPython, which keeps them as `args`.)
            if arguments.values.count > 1 && vm.nearestBuiltinBase(type).layout != .baseException {
                if type.lookup(vm.identifier("__new__")) != vm.objectNewDescriptor {
                    throw vm.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if type.lookup(vm.identifier("__init__")) == vm.objectInitMethod {
                    throw vm.typeError("\(type.name)() takes no arguments")
                }
            }
            return try vm.allocateInstance(type, CallArguments(values: UnsafeBufferPointer(rebasing: arguments.values.dropFirst())))
        }
        objectNewDescriptor = permanent(PyDescriptor(type: staticMethodType, getter: objectNew))
        let initSubclass = builtinFunction("__init_subclass__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            guard arguments.keywordNames.isEmpty else {
                throw vm.typeError("\((arguments[0].as(PyType.self)?.name) ?? "object").__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
        objectType.dict.insertOrReplace(key: identifier("__init_subclass__"), value: permanent(PyDescriptor(type: classMethodType, getter: initSubclass)))
        objectType.dict.insertOrReplace(key: identifier("__new__"), value: objectNewDescriptor)
    }

    func installExceptionMethods() {
        let base = exceptionType("BaseException")
        addMethod(base, "__init__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let exception = arguments[0].as(PyBaseException.self) {
                exception.args = vm.tuple(Array(arguments.positional.dropFirst()))
            }
            return .none
        }
        addMethod(base, "__str__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            guard let exception = arguments[0].as(PyBaseException.self) else { return vm.str("") }
            let items = (exception.args.object as! PyTuple).items
            switch items.count {
            case 0: return vm.str("")
            case 1: return vm.str(try vm.toStr(items[0]))
            default: return vm.str(try vm.repr(exception.args))
            }
        }
        addMethod(base, "__repr__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            vm.str(try vm.repr(arguments[0]))
        }
        addMethod(base, "with_traceback") { (_: VM, arguments: CallArguments) throws(PyError) -> Value in arguments[0] }
    }

    /// `super()` and `super(type, object)`.
    func makeSuper(_ arguments: CallArguments) throws(PyError) -> Value {
        var startType: PyType
        var receiver: Value
        if arguments.count == 2 {
            guard let type = arguments[0].as(PyType.self) else { throw typeError("super() argument 1 must be a type, not \(typeName(arguments[0]))") }
            startType = type
            receiver = arguments[1]
        } else {
            guard let frame = frames.last, frame.function.as(PyFunction.self) != nil, frame.code.argumentCount > 0 || frame.code.flags.contains(.varArgs) else {
                throw error(exceptionType("RuntimeError"), "super(): no arguments")
            }
            let code = frame.code
            guard let classIndex = code.freeNames.firstIndex(of: "__class__"),
                  let type = (stack[frame.base + code.localNames.count + code.cellNames.count + classIndex].object as? PyCell)?.value.as(PyType.self) else {
                throw error(exceptionType("RuntimeError"), "super(): __class__ cell not found")
            }
            startType = type
            receiver = stack[frame.base]
            if let cellIndex = code.cellNames.firstIndex(of: code.localNames[0]) {
                receiver = (stack[frame.base + code.localNames.count + cellIndex].object as! PyCell).value
            }
        }
        // As CPython's supercheck: a class receiver stands for itself when it derives from the
        // start type (`super().__new__(cls)`), otherwise for an instance of its metaclass.
        let receiverType = receiver.as(PyType.self).flatMap { $0.isSubtype(of: startType) ? $0 : nil } ?? typeOf(receiver)
        let superObject = SuperProxy(type: superType, startType: startType, receiver: receiver, receiverType: receiverType)
        return track(superObject)
    }

    /// Attribute lookup on a `super` object: the MRO of the receiver's type after `startType`.
    func superAttribute(_ proxy: SuperProxy, _ name: PyStr) throws(PyError) -> Value? {
        let mro = proxy.receiverType.mro
        guard let start = mro.firstIndex(where: { $0 === proxy.startType }) else { return nil }
        for type in mro[(start + 1)...] {
            guard let value = type.dict.lookupString(name) else { continue }
            if let descriptor = value.as(PyDescriptor.self) {
                if descriptor.type === staticMethodType { return descriptor.getter }
                if descriptor.type === classMethodType { return track(PyMethod(type: methodType, function: descriptor.getter, receiver: Value(proxy.receiverType))) }
                if descriptor.type === propertyType { return try call(descriptor.getter, [proxy.receiver]) }
            }
            if value.as(PyFunction.self) != nil || (value.as(PyBuiltinFunction.self)?.owner != nil) {
                // As super_getattro: no binding when the receiver is the class itself (`super()`
                // in a class method).
                if proxy.receiver == Value(proxy.receiverType) { return value }
                return track(PyMethod(type: methodType, function: value, receiver: proxy.receiver))
            }
            return value
        }
        return nil
    }

    /// `with manager:` — returns the bound `__exit__` and the result of `__enter__`.
    func beforeWith(_ manager: Value) throws(PyError) -> (Value, Value) {
        let type = typeOf(manager)
        guard let enter = type.lookup(identifier("__enter__")) else {
            throw typeError("'\(type.name)' object does not support the context manager protocol")
        }
        guard let exit = type.lookup(identifier("__exit__")) else {
            throw typeError("'\(type.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let entered = try call(enter, [manager])
        return (track(PyMethod(type: methodType, function: exit, receiver: manager)), entered)
    }
}

public final class SuperProxy: PyObject {
    let startType: PyType
    let receiver: Value
    let receiverType: PyType

    init(type: PyType, startType: PyType, receiver: Value, receiverType: PyType) {
        self.startType = startType
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(type: type)
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(startType)
        marker.mark(receiver)
        marker.mark(receiverType)
    }
}
