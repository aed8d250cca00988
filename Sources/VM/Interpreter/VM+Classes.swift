// Instantiating types: constructors of built-in types, classes defined in Python, and class creation.

import BigInt

extension VM {
    /// `type(arguments…)`.
    func instantiate(_ type: PyType, _ arguments: CallArguments) throws(PyError) -> Value {
        if type === typeType && arguments.count == 1 && arguments.keywordNames.isEmpty {
            return Value(typeOf(arguments[0]))
        }
        if type.instancesHaveDict {
            return try instantiateClass(type, arguments)
        }
        if type.constructorIndex >= 0 {
            return try constructors[type.constructorIndex](self, type, arguments)
        }
        if type.isSubtype(of: exceptionType("BaseException")) {
            return makeException(type, Array(arguments.positional))
        }
        if type === objectType {
            guard arguments.values.isEmpty else { throw typeError("object() takes no arguments") }
            return track(PyObject(type: objectType))
        }
        throw typeError("cannot create '\(type.name)' instances")
    }

    /// For a call of a class whose `__new__` only allocates (`object.__new__`, or that of `list`,
    /// `dict` or `set`) and which defines `__init__` in Python: a new instance and that
    /// `__init__`, which the interpreter then runs as an ordinary frame (no Swift recursion, and
    /// the traceback shows `__init__` as CPython's does). Nil otherwise.
    func instanceAndInitializer(_ callee: Value, _ arguments: CallArguments) throws(PyError) -> (instance: Value, initializer: PyFunction)? {
        guard callee.isInstance(exactly: PyType.self),
              callee.unmanaged(PyType.self)._withUnsafeGuaranteedRef({ $0.instancesHaveDict }) else { return nil }
        let type = callee.unmanaged(PyType.self).takeUnretainedValue()
        guard metaclassCall(type) == nil, let new = type.lookup(identifier("__new__")),
              new == objectNewDescriptor || allocatingNewDescriptors.contains(new),
              let initializer = type.lookup(identifier("__init__"))?.as(PyFunction.self) else { return nil }
        return (try allocateInstance(type, arguments), initializer)
    }

    /// The `__call__` a metaclass defined in Python gives its classes, which decides what calling
    /// them does (`super().__call__()` in it instantiates as usual).
    @inline(__always)
    func metaclassCall(_ type: PyType) -> Value? {
        guard type.typeAddress != typeTypeAddress, type.type.instancesHaveDict, let method = type.type.lookup(identifier("__call__")),
              method.as(PyFunction.self) != nil else { return nil }
        return method
    }

    func initializerReturned(_ result: Value) -> PyError {
        typeError("__init__() should return None, not '\(typeName(result))'")
    }

    /// `type.__call__` for a class defined in Python: `__new__`, then `__init__` when `__new__`
    /// returned an instance of the class.
    private func instantiateClass(_ type: PyType, _ arguments: CallArguments) throws(PyError) -> Value {
        let new = type.lookup(identifier("__new__")) ?? objectNewDescriptor
        let instance: Value
        if new == objectNewDescriptor || allocatingNewDescriptors.contains(new) {
            instance = try allocateInstance(type, arguments)
        } else {
            let function = new.as(PyDescriptor.self)?.getter ?? new
            instance = try call(function, [Value(type)] + Array(arguments.values), keywordNames: arguments.keywordNames)
            guard typeOf(instance).isSubtype(of: type) else { return instance }
        }
        let initializer = typeOf(instance).lookup(identifier("__init__")) ?? objectInitMethod
        if initializer != objectInitMethod {
            let result = try call(initializer, [instance] + Array(arguments.values), keywordNames: arguments.keywordNames)
            guard result.isNone else { throw initializerReturned(result) }
        } else if !arguments.values.isEmpty && new == objectNewDescriptor {
            throw typeError("\(type.name)() takes no arguments")
        }
        return instance
    }

    /// What `__slots__` allows instances of `type` to hold, or nil when they keep a `__dict__`:
    /// without `__slots__`, with `"__dict__"` in it, or with a base class that has no slots.
    private func slotRestriction(_ type: PyType, declared: Value?, namespace: PyDict) throws(PyError) -> [PyStr]? {
        guard let declared else { return nil }
        let items = declared.as(PyStr.self) != nil ? [declared] : try collect(declared)
        var names: [PyStr] = []
        for item in items {
            guard let name = item.as(PyStr.self) else {
                throw typeError("__slots__ items must be strings, not '\(typeName(item))'")
            }
            if namespace.lookupString(name) != nil {
                throw valueError("'\(name.value)' in __slots__ conflicts with class variable")
            }
            names.append(intern(name.value))
        }
        if names.contains(where: { $0.value == "__dict__" }) { return nil }
        for base in type.mro.dropFirst() where base.instancesHaveDict {
            guard let inherited = base.slotNames else { return nil }
            names += inherited
        }
        return names
    }

    /// The built-in type whose layout instances of `type` use.
    func nearestBuiltinBase(_ type: PyType) -> PyType {
        type.mro.first { !$0.instancesHaveDict } ?? objectType
    }

    /// `object.__new__(type)` for a class defined in Python: an empty instance with the layout of
    /// its built-in base (`arguments` only become an exception's `args`).
    func allocateInstance(_ type: PyType, _ arguments: CallArguments) throws(PyError) -> Value {
        let base = nearestBuiltinBase(type)
        switch base.layout {
        case .object:
            if type.isAbstract { throw try abstractInstantiation(type) }
            return track(PyInstance(type: type))
        case .baseException:
            return track(PyBaseException(type: type, dict: newDict(), args: tuple(Array(arguments.positional))))
        case .list:
            return trackSubclassInstance(PyList(type: type, []))
        case .dict:
            return trackSubclassInstance(PyDict(type: type))
        case .set, .frozenset:
            return trackSubclassInstance(PySet(type: type))
        case .tuple, .str, .bytes, .int, .float:
            return try subclassInstance(type, holding: try instantiate(base, CallArguments(values: UnsafeBufferPointer(start: nil, count: 0))))
        default:
            throw typeError("wand cannot subclass built-in type '\(base.name)' yet")
        }
    }

    private func abstractInstantiation(_ type: PyType) throws(PyError) -> PyError {
        let names = try collect(type.lookup(identifier("__abstractmethods__")) ?? tuple([])).map { (name) throws(PyError) -> String in try toStr(name) }
        let joined = names.sorted { Self.compareText($0, $1) < 0 }.joined(separator: ", ")
        return typeError("Can't instantiate abstract class \(type.name) with abstract method\(names.count > 1 ? "s" : "") \(joined)")
    }

    /// Tracks a new instance of a subclass of a built-in type, with its `__dict__`; none when its
    /// classes declare empty `__slots__` (a namedtuple's).
    func trackSubclassInstance<Object: SubclassAttributes>(_ object: Object) -> Value {
        if object.type.slotNames?.isEmpty != true { object.attributes = newDict() }
        return track(object)
    }

    /// An instance of `type`, a subclass of an immutable built-in type, holding `value`, a plain
    /// instance of that built-in type (`str.__new__(cls, "x")`, `tuple.__new__(cls, items)`).
    func subclassInstance(_ type: PyType, holding value: Value) throws(PyError) -> Value {
        switch value.isObject ? value.object : nil {
        case let tuple as PyTuple:
            return trackSubclassInstance(PyTuple(type: type, tuple.items))
        case let string as PyStr:
            return trackSubclassInstance(PyStr(type: type, string.value))
        case let bytes as PyBytes:
            return trackSubclassInstance(PyBytes(type: type, bytes.bytes))
        case let set as PySet:
            let instance = PySet(type: type)
            try setMerge(instance, set)
            return trackSubclassInstance(instance)
        default:
            if let integer = bigInt(value) { return trackSubclassInstance(PyInt(type: type, integer)) }
            if let double = floatValue(value) { return trackSubclassInstance(PyFloatSubclassInstance(type: type, double)) }
            throw typeError("wand cannot subclass built-in type '\(typeName(value))' yet")
        }
    }

    /// `__build_class__(body, name, *bases, metaclass=…)`: runs the class body and creates the
    /// class, through the metaclass when it is not `type`.
    func buildClass(_ arguments: CallArguments) throws(PyError) -> Value {
        guard arguments.count >= 2, let body = arguments[0].as(PyFunction.self), let name = arguments[1].as(PyStr.self) else {
            throw typeError("__build_class__: invalid arguments")
        }
        let bases = Array(arguments.positional.dropFirst(2))
        let namespace = newDict()
        let savedTop = frames.last?.stackTop ?? 0
        try pushFrame(code: body.code, globals: body.globals, function: Value(body), locals: Value(namespace), base: savedTop, returnsToNative: true)
        initializeCells(code: body.code, function: body, base: savedTop)
        nativeCallDepth += 1
        defer { nativeCallDepth -= 1 }
        _ = try run()
        let metatype = try winningMetatype(arguments.keyword("metaclass"), bases)
        // The other class keywords go to the metaclass and on to `__init_subclass__`.
        let keywordPositions = arguments.keywordNames.indices.filter { arguments.keywordNames[$0].value != "metaclass" }
        let keywordNames = keywordPositions.map { arguments.keywordNames[$0] }
        let keywordValues = keywordPositions.map { arguments.values[arguments.count + $0] }
        if metatype === typeType {
            return try makeClass(typeType, name, bases, namespace, keywordNames: keywordNames, keywordValues: keywordValues)
        }
        return try call(Value(metatype), [Value(name), tuple(bases), Value(namespace)] + keywordValues, keywordNames: keywordNames)
    }

    /// The metaclass of a new class: the explicit one or `type`, replaced by a base's metaclass
    /// that derives from it, as CPython's `_PyType_CalculateMetaclass`.
    private func winningMetatype(_ explicit: Value?, _ bases: [Value]) throws(PyError) -> PyType {
        var winner: PyType = typeType
        if let explicit {
            guard let type = explicit.as(PyType.self) else { throw typeError("metaclass must be a type") }
            winner = type
        }
        for base in bases {
            let baseMetatype = typeOf(base)
            if winner.isSubtype(of: baseMetatype) { continue }
            guard baseMetatype.isSubtype(of: winner) else {
                throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
            winner = baseMetatype
        }
        return winner
    }

    /// `type.__new__(metatype, name, bases, namespace)`: a class defined in Python.
    func makeClass(_ metatype: PyType, _ name: PyStr, _ baseValues: [Value], _ namespace: PyDict,
                   keywordNames: [PyStr] = [], keywordValues: [Value] = []) throws(PyError) -> Value {
        var bases: [PyType] = []
        for base in baseValues {
            guard let baseType = base.as(PyType.self) else { throw typeError("bases must be types") }
            guard baseType.isSubclassable else { throw typeError("type '\(baseType.name)' is not an acceptable base type") }
            bases.append(baseType)
        }
        if bases.isEmpty { bases = [objectType] }
        // As type_new: every class has its own __doc__, None without a docstring.
        if namespace.lookupString(identifier("__doc__")) == nil { namespace.insertOrReplace(key: identifier("__doc__"), value: .none) }
        // As type_new: a `__new__` defined as a plain function is a static method.
        if let new = namespace.lookupString(identifier("__new__")), new.as(PyFunction.self) != nil {
            namespace.insertOrReplace(key: identifier("__new__"), value: track(PyDescriptor(type: staticMethodType, getter: new)))
        }
        // As type_new: an `__init_subclass__` defined as a plain function is a class method.
        if let hook = namespace.lookupString(identifier("__init_subclass__")), hook.as(PyFunction.self) != nil {
            namespace.insertOrReplace(key: identifier("__init_subclass__"), value: track(PyDescriptor(type: classMethodType, getter: hook)))
        }
        // As type_new: a class that defines __eq__ but not __hash__ has unhashable instances.
        if namespace.lookupString(identifier("__eq__")) != nil && namespace.lookupString(identifier("__hash__")) == nil {
            namespace.insertOrReplace(key: identifier("__hash__"), value: .none)
        }
        let moduleName = (namespace.lookupString(identifier("__module__"))?.as(PyStr.self)?.value) ?? "__main__"
        let layoutBase: PyType = bases.map { nearestBuiltinBase($0) }.first { $0 !== objectType } ?? objectType!
        let type = PyType(metatype: metatype, name: name.value, module: moduleName, bases: bases, dict: namespace, layout: layoutBase.layout, instancesHaveDict: true)
        guard let mro = PyType.linearize(type) else {
            throw typeError("Cannot create a consistent method resolution order (MRO) for bases \(bases.map(\.name).joined(separator: ", "))")
        }
        type.mro = mro
        type.slotNames = try slotRestriction(type, declared: namespace.lookupString(identifier("__slots__")), namespace: namespace)
        let classValue = track(type)
        if let cell = namespace.lookupString(identifier("__classcell__"))?.as(PyCell.self) {
            cell.value = classValue
            _ = try dictRemove(namespace, str("__classcell__"))
        }
        // As type_new: the nearest base's `__init_subclass__` sees the new class.
        if let hook = mro.dropFirst().lazy.compactMap({ $0.dict.lookupString(self.identifier("__init_subclass__")) }).first,
           let function = hook.as(PyDescriptor.self)?.getter {
            _ = try call(function, [classValue] + keywordValues, keywordNames: keywordNames)
        }
        return classValue
    }

    /// `type.__new__` and `type(name, bases, namespace)`.
    func installTypeConstruction() {
        let typeNew = builtinFunction("__new__") { (vm: VM, args: CallArguments) throws(PyError) -> Value in
            guard args.count == 4, let metatype = args[0].as(PyType.self), metatype.isSubtype(of: vm.typeType) else {
                throw vm.typeError("type.__new__() takes exactly 3 arguments (\(max(0, args.count - 1)) given)")
            }
            return try vm.newClass(metatype, CallArguments(values: UnsafeBufferPointer(rebasing: args.values.dropFirst()), keywordNames: args.keywordNames))
        }
        typeType.dict.insertOrReplace(key: identifier("__new__"), value: permanent(PyDescriptor(type: staticMethodType, getter: typeNew)))
        addMethod(typeType, "__init__") { (vm: VM, args: CallArguments) throws(PyError) -> Value in
            let given = args.count - 1
            if given == 1 && !args.keywordNames.isEmpty { throw vm.typeError("type.__init__() takes no keyword arguments") }
            guard given == 1 || given == 3 else { throw vm.typeError("type.__init__() takes 1 or 3 arguments") }
            return .none
        }
        addMethod(typeType, "__call__") { (vm: VM, args: CallArguments) throws(PyError) -> Value in
            let type = args[0].object as! PyType
            return try vm.instantiate(type, CallArguments(values: UnsafeBufferPointer(rebasing: args.values.dropFirst()), keywordNames: args.keywordNames))
        }
        defineConstructor(typeType) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
            guard arguments.count == 3 else { throw vm.typeError("type() takes 1 or 3 arguments") }
            return try vm.newClass(type, arguments)
        }
    }

    /// A class from the arguments `name, bases, namespace`, with a copy of the namespace as its dict.
    private func newClass(_ metatype: PyType, _ arguments: CallArguments) throws(PyError) -> Value {
        guard let name = arguments[0].as(PyStr.self) else { throw typeError("type.__new__() argument 1 must be str, not \(typeName(arguments[0]))") }
        guard let bases = arguments[1].as(PyTuple.self) else { throw typeError("type.__new__() argument 2 must be tuple, not \(typeName(arguments[1]))") }
        guard let source = arguments[2].as(PyDict.self) else { throw typeError("type.__new__() argument 3 must be dict, not \(typeName(arguments[2]))") }
        // As type_new: a base's metaclass deriving from `metatype` makes the class instead.
        let winner = try winningMetatype(Value(metatype), bases.items)
        if winner !== metatype, let new = winner.lookup(identifier("__new__")), new != typeType.dict.lookupString(identifier("__new__")) {
            return try call(new.as(PyDescriptor.self)?.getter ?? new, [Value(winner)] + Array(arguments.values), keywordNames: arguments.keywordNames)
        }
        let namespace = newDict()
        for (key, value) in source.entries { try dictSet(namespace, key, value) }
        return try makeClass(winner, name, bases.items, namespace, keywordNames: arguments.keywordNames,
                             keywordValues: Array(arguments.values[arguments.count...]))
    }
}
