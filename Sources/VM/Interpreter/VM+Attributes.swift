// Name resolution (globals, builtins, class and module bodies) and attribute access.

extension VM {
    // MARK: names

    /// A global load that missed the code's cache: looks the name up and refills the entry.
    func loadGlobalFillingCache(_ entry: UnsafeMutablePointer<GlobalCacheEntry>, _ name: PyStr, globals: PyDict) throws(PyError) -> Value {
        let value = try loadGlobal(name, globals: globals)
        entry.pointee = GlobalCacheEntry(globalsVersion: globals.version, builtinsVersion: builtinsVersion.pointee, value: value)
        return value
    }

    func loadGlobal(_ name: PyStr, globals: PyDict) throws(PyError) -> Value {
        if let value = globals.lookupString(name) { return value }
        if let value = builtins.dict.lookupString(name) { return value }
        throw nameNotDefined(name)
    }

    /// Raised while the frame that looked the name up is the innermost one.
    func nameNotDefined(_ name: PyStr) -> PyError {
        let failure = error(exceptionType("NameError"), "name '\(name.value)' is not defined")
        if let frame = frames.last {
            failure.exception.as(PyBaseException.self)?.suggestionSource = .variable(localNames: frame.code.localNames, globals: frame.globals, name: name.value)
        }
        return failure
    }

    func loadName(_ name: PyStr, frame: Frame) throws(PyError) -> Value {
        if let locals = frame.locals.as(PyDict.self), let value = locals.lookupString(name) { return value }
        return try loadGlobal(name, globals: frame.globals)
    }

    func storeName(_ name: PyStr, _ value: Value, frame: Frame) throws(PyError) {
        let target = frame.locals.as(PyDict.self) ?? frame.globals
        target.insertOrReplace(key: name, value: value)
    }

    func deleteName(_ name: PyStr, frame: Frame) throws(PyError) {
        let target = frame.locals.as(PyDict.self) ?? frame.globals
        if try dictRemove(target, Value(name)) == nil {
            throw nameNotDefined(name)
        }
    }

    // MARK: attributes

    public func getAttribute(_ object: Value, _ name: String) throws(PyError) -> Value {
        try getAttribute(object, intern(name))
    }

    public func getAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value {
        if let override = try overriddenGetAttribute(object, name) { return override }
        return try genericGetAttribute(object, name)
    }

    /// `object.__getattribute__`: the lookup every class inherits.
    func genericGetAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value {
        if let value = try lookupAttribute(object, name) { return value }
        throw attributeError(object, name.value)
    }

    /// A class's own `__getattribute__` decides every attribute access; when it raises
    /// AttributeError, `__getattr__` gets a chance, as in CPython's slot_tp_getattr_hook.
    private func overriddenGetAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value? {
        let type = typeOf(object)
        guard type.instancesHaveDict, let method = type.lookup(identifier("__getattribute__")), method.as(PyFunction.self) != nil else { return nil }
        do {
            return try call(method, [object, Value(name)])
        } catch {
            guard isInstance(error.exception, exceptionType("AttributeError")), let getattr = type.lookup(identifier("__getattr__")) else { throw error }
            return try call(getattr, [object, Value(name)])
        }
    }

    func attributeError(_ object: Value, _ name: String) -> PyError {
        let message: String
        if let module = object.as(PyModule.self) {
            message = "module '\(module.name)' has no attribute '\(name)'"
        } else if let type = object.as(PyType.self) {
            message = "type object '\(type.name)' has no attribute '\(name)'"
        } else {
            message = "'\(typeName(object))' object has no attribute '\(name)'"
        }
        let failure = error(exceptionType("AttributeError"), message)
        failure.exception.as(PyBaseException.self)?.suggestionSource = .attribute(object: object, name: name)
        return failure
    }

    /// `dir(object)`'s names, sorted: an instance's or module's own attributes and those of its
    /// type's (or, for a type, its own) method resolution order.
    func attributeNames(_ object: Value) -> [String] {
        var names = Set<String>()
        func addKeys(_ dict: PyDict) {
            for (key, _) in dict.entries { if let name = key.as(PyStr.self) { names.insert(name.value) } }
        }
        if let dict = instanceDict(object) { addKeys(dict) }
        if object.as(PyModule.self) == nil {
            for type in (object.as(PyType.self) ?? typeOf(object)).mro { addKeys(type.dict) }
        }
        return names.sorted { Self.compareText($0, $1) < 0 }
    }

    /// For getattr() with a default and hasattr(): nil when the lookup fails with an AttributeError,
    /// including one raised by `__getattr__` or a property.
    func attributeOrNil(_ object: Value, _ name: PyStr) throws(PyError) -> Value? {
        do throws(PyError) {
            return try lookupAttribute(object, name)
        } catch {
            if isInstance(error.exception, exceptionType("AttributeError")) { return nil }
            throw error
        }
    }

    /// Attribute lookup as `object.__getattribute__` does it; nil when there is no such attribute.
    public func lookupAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value? {
        if let type = object.as(PyType.self) { return try lookupTypeAttribute(type, name) }
        if let proxy = object.as(SuperProxy.self), let value = try superAttribute(proxy, name) { return value }
        let type = typeOf(object)
        let classAttribute = type.lookup(name)
        if let descriptor = classAttribute?.as(PyDescriptor.self), descriptor.type === propertyType {
            guard !descriptor.getter.isNone else { throw error(exceptionType("AttributeError"), "property '\(name.value)' of '\(type.name)' object has no getter") }
            return try call(descriptor.getter, [object])
        }
        if object.isObject {
            switch object.object {
            case let instance as PyInstance:
                if let value = instance.attribute(name) { return value }
            case let function as PyFunction:
                if let value = try functionAttribute(function, name) { return value }
            default:
                if type.instancesHaveDict, let dict = instanceDict(object), let value = dict.lookupString(name) { return value }
            }
        }
        if let classAttribute { return try bind(classAttribute, to: object, type: type) }
        if let value = try builtinAttribute(object, name.value) { return value }
        if type.instancesHaveDict, let getattr = type.lookup(identifier("__getattr__")) {
            return try call(getattr, [object, Value(name)])
        }
        return nil
    }

    /// Attributes of a class: along its MRO, with functions unbound and class methods bound.
    func lookupTypeAttribute(_ type: PyType, _ name: PyStr) throws(PyError) -> Value? {
        if let value = type.lookup(name) {
            if let descriptor = value.as(PyDescriptor.self) {
                if descriptor.type === staticMethodType { return descriptor.getter }
                if descriptor.type === classMethodType { return track(PyMethod(type: methodType, function: descriptor.getter, receiver: Value(type))) }
            }
            return value
        }
        switch name.value {
        case "__name__": return str(type.name)
        case "__qualname__": return str(type.name)
        case "__module__": return str(type.module)
        case "__mro__": return tuple(type.mro.map { Value($0) })
        case "__bases__": return tuple(type.bases.map { Value($0) })
        case "__base__": return type.bases.first.map { Value($0) } ?? Value.none
        case "__dict__": return Value(type.dict)
        case "__doc__": return Value.none
        default: break
        }
        let metatype: PyType = type.type
        if let value = metatype.lookup(name) { return try bind(value, to: Value(type), type: metatype) }
        return nil
    }

    /// Turns a class attribute into what an instance lookup returns.
    private func bind(_ attribute: Value, to object: Value, type: PyType) throws(PyError) -> Value {
        guard attribute.isObject else { return attribute }
        switch attribute.object {
        case is PyFunction:
            return track(PyMethod(type: methodType, function: attribute, receiver: object))
        case let builtin as PyBuiltinFunction where builtin.owner != nil:
            return track(PyMethod(type: methodType, function: attribute, receiver: object))
        case let descriptor as PyDescriptor:
            if descriptor.type === staticMethodType { return descriptor.getter }
            if descriptor.type === classMethodType { return track(PyMethod(type: methodType, function: descriptor.getter, receiver: Value(type))) }
            return attribute
        default:
            return attribute
        }
    }

    /// `obj.name(...)`: the plain function and the receiver, without allocating a bound method.
    @inline(__always)
    /// `cache` is filled when the method belongs to a built-in type, whose attributes never change.
    func loadMethod(_ object: Value, _ name: PyStr, cache: UnsafeMutablePointer<MethodCacheEntry>? = nil) throws(PyError) -> (Value, Value) {
        if object.isObject, !(object.object is PyType), !(object.object is PyModule), !(object.object is SuperProxy) {
            let type = object.object.type!
            if let attribute = type.lookup(name), attribute.isObject {
                let isBuiltinMethod = (attribute.object as? PyBuiltinFunction)?.owner != nil
                let isPlainMethod = attribute.object is PyFunction || isBuiltinMethod
                let shadowed = (object.object as? PyInstance)?.attribute(name) != nil
                let intercepted = type.instancesHaveDict && type.lookup(identifier("__getattribute__"))?.as(PyFunction.self) != nil
                if isPlainMethod && !shadowed && !intercepted {
                    if isBuiltinMethod && !type.instancesHaveDict, let cache {
                        cache.wayToFill(for: object.objectTypeAddress).pointee = MethodCacheEntry(type: object.objectTypeAddress, method: attribute)
                    } else if type.instancesHaveDict, name.isInterned, object.isInstance(exactly: PyInstance.self), let cache {
                        cache.wayToFill(for: object.objectTypeAddress).pointee = MethodCacheEntry(type: object.objectTypeAddress, method: attribute, epoch: AttributeCache.epoch, nameHash: name.hash, keysWithoutName: type.instanceKeys.firstIndex { $0 === name } ?? type.instanceKeys.count)
                    }
                    return (attribute, object)
                }
            }
        } else if !object.isObject, let attribute = typeOf(object).lookup(name), (attribute.as(PyBuiltinFunction.self))?.owner != nil {
            return (attribute, object)
        }
        let attribute = try getAttribute(object, name)
        if let cache, object.isInstance(exactly: PyModule.self) {
            let dict = object.unmanaged(PyModule.self).takeUnretainedValue().dict
            if dict.lookupString(name) == attribute {
                cache.pointee = MethodCacheEntry(method: attribute, moduleDictVersion: dict.version)
            }
        }
        return (attribute, .null)
    }

    public func setAttribute(_ object: Value, _ name: PyStr, _ value: Value) throws(PyError) {
        let type = typeOf(object)
        // Any `__setattr__` but object's own decides: a Python function, or a built-in method
        // such as `dict.__setitem__` that a class names as its `__setattr__`.
        if type.instancesHaveDict, let setattr = type.lookup(identifier("__setattr__")), setattr != objectSetattrMethod {
            _ = try call(setattr, [object, Value(name), value])
            return
        }
        try genericSetAttribute(object, name, value)
    }

    /// `object.__setattr__`: what an assignment does when no class overrides `__setattr__`.
    func genericSetAttribute(_ object: Value, _ name: PyStr, _ value: Value) throws(PyError) {
        if let descriptor = typeOf(object).lookup(name)?.as(PyDescriptor.self), descriptor.type === propertyType {
            guard !descriptor.setter.isNone else { throw missingPropertyAccessor(object, name, "setter") }
            _ = try call(descriptor.setter, [object, value])
            return
        }
        guard object.isObject else { throw readOnlyAttribute(object, name.value) }
        switch object.object {
        case let instance as PyInstance:
            if let exception = instance as? PyBaseException, try setExceptionAttribute(exception, name.value, value) { return }
            try checkSlots(instance.type, name)
            if !instance.setInlineAttribute(name, value) { attributeDict(of: instance).insertOrReplace(key: name, value: value) }
        case let targetType as PyType:
            guard targetType.instancesHaveDict || !builtinTypes.contains(where: { $0 === targetType }) else {
                throw typeError("cannot set '\(name.value)' attribute of immutable type '\(targetType.name)'")
            }
            if name.hasSameText(as: identifier("__abstractmethods__")) { targetType.isAbstract = try isTruthy(value) }
            targetType.dict.insertOrReplace(key: name, value: value)
        case let function as PyFunction:
            if function.attributes == nil { function.attributes = newDict() }
            function.attributes!.insertOrReplace(key: name, value: value)
        default:
            guard let dict = instanceDict(object) else { throw readOnlyAttribute(object, name.value) }
            try checkSlots(typeOf(object), name)
            dict.insertOrReplace(key: name, value: value)
        }
    }

    /// Raises the AttributeError of a class with `__slots__` that does not name `name`.
    private func checkSlots(_ type: PyType, _ name: PyStr) throws(PyError) {
        if let allowed = type.slotNames, !allowed.contains(where: { $0.hasSameText(as: name) }) {
            throw error(exceptionType("AttributeError"), "'\(type.name)' object has no attribute '\(name.value)'")
        }
    }

    /// The `__dict__` of an instance of a Python class, made from its inline attributes the
    /// first time it is asked for.
    func attributeDict(of instance: PyInstance) -> PyDict {
        if let dict = instance.materializedDict { return dict }
        let dict = newDict()
        // Room for the attribute whose store usually makes the dict, too.
        dict.reserveCapacity(instance.inlineCount + 1)
        instance.materialize(into: dict)
        return dict
    }

    private func readOnlyAttribute(_ object: Value, _ name: String) -> PyError {
        if typeOf(object).lookup(intern(name)) != nil {
            return error(exceptionType("AttributeError"), "'\(typeName(object))' object attribute '\(name)' is read-only")
        }
        return error(exceptionType("AttributeError"), "'\(typeName(object))' object has no attribute '\(name)'")
    }

    private func missingPropertyAccessor(_ object: Value, _ name: PyStr, _ accessor: String) -> PyError {
        error(exceptionType("AttributeError"), "property '\(name.value)' of '\(typeName(object))' object has no \(accessor)")
    }

    public func deleteAttribute(_ object: Value, _ name: PyStr) throws(PyError) {
        if let descriptor = typeOf(object).lookup(name)?.as(PyDescriptor.self), descriptor.type === propertyType {
            guard !descriptor.deleter.isNone else { throw missingPropertyAccessor(object, name, "deleter") }
            _ = try call(descriptor.deleter, [object])
            return
        }
        if let dict = instanceDict(object), try dictRemove(dict, Value(name)) != nil { return }
        if let type = object.as(PyType.self), type.instancesHaveDict, try dictRemove(type.dict, Value(name)) != nil { return }
        throw attributeError(object, name.value)
    }

    /// The `__dict__` of an instance of a class defined in Python, a module or an exception.
    func instanceDict(_ object: Value) -> PyDict? {
        guard object.isObject else { return nil }
        switch object.object {
        case let instance as PyInstance: return attributeDict(of: instance)
        case let object as SubclassAttributes: return object.attributes
        default: return nil
        }
    }

    var builtinTypes: [PyType] {
        [typeType, objectType, intType, boolType, floatType, strType, bytesType, listType, tupleType, dictType, setType, frozensetType, noneType, functionType, rangeType, sliceType]
    }

    /// Calls `object.name(arguments…)`.
    public func callMethod(_ object: Value, _ name: String, _ arguments: [Value]) throws(PyError) -> Value {
        let (method, receiver) = try loadMethod(object, intern(name))
        return try call(method, receiver.isNull ? arguments : [receiver] + arguments)
    }

    private func functionAttribute(_ function: PyFunction, _ name: PyStr) throws(PyError) -> Value? {
        if let value = function.attributes?.lookupString(name) { return value }
        switch name.value {
        case "__name__": return str(function.name)
        case "__qualname__": return str(function.qualifiedName)
        case "__module__": return function.module
        case "__doc__": return function.code.docstring
        case "__defaults__": return function.defaults.isEmpty ? .none : tuple(function.defaults)
        case "__dict__":
            if function.attributes == nil { function.attributes = newDict() }
            return Value(function.attributes!)
        default: return nil
        }
    }

    /// Data attributes of built-in objects that are not in their type's dict.
    private func builtinAttribute(_ object: Value, _ name: String) throws(PyError) -> Value? {
        if name == "__class__" { return Value(typeOf(object)) }
        if isIntLike(object) {
            switch name {
            case "real", "numerator": return int(bigInt(object)!)
            case "imag": return Value(smallInt: 0)
            case "denominator": return Value(smallInt: 1)
            default: return nil
            }
        }
        if object.isFloat {
            switch name {
            case "real": return object
            case "imag": return Value(0.0)
            default: return nil
            }
        }
        guard object.isObject else { return nil }
        switch (object.object, name) {
        case (let exception as PyBaseException, _):
            return exceptionAttribute(exception, name)
        case (let module as PyModule, "__name__"): return str(module.name)
        case (let instance as PyInstance, "__dict__"): return Value(attributeDict(of: instance))
        case (_, "__dict__") where typeOf(object).instancesHaveDict: return instanceDict(object).map { Value($0) }
        case (let method as PyMethod, "__self__"): return method.receiver
        case (let method as PyMethod, "__func__"): return method.function
        case (let method as PyMethod, _):
            // As method_getattro: other attributes are the function's (`__name__`, `__isabstractmethod__`).
            return try lookupAttribute(method.function, intern(name))
        case (let builtin as PyBuiltinFunction, "__name__"): return str(builtin.name)
        case (let builtin as PyBuiltinFunction, "__qualname__"): return str(builtin.owner.map { "\($0.name).\(builtin.name)" } ?? builtin.name)
        case (let range as PyRange, "start"): return int(range.start)
        case (let range as PyRange, "stop"): return int(range.stop)
        case (let range as PyRange, "step"): return int(range.step)
        case (let slice as PySlice, "start"): return slice.start
        case (let slice as PySlice, "stop"): return slice.stop
        case (let slice as PySlice, "step"): return slice.step
        case (let descriptor as PyDescriptor, "fget"), (let descriptor as PyDescriptor, "__func__"): return descriptor.getter
        case (let descriptor as PyDescriptor, "fset"): return descriptor.setter
        case (let descriptor as PyDescriptor, "__doc__"): return descriptor.doc
        case (let descriptor as PyDescriptor, "__isabstractmethod__"):
            // As CPython's property and classmethod: abstract when one of the functions they wrap is.
            for function in [descriptor.getter, descriptor.setter, descriptor.deleter] where !function.isNone {
                if let flag = try attributeOrNil(function, identifier("__isabstractmethod__")), try isTruthy(flag) { return .true }
            }
            return .false
        default: return nil
        }
    }

    // MARK: instance attribute caches

    /// `object.name` from the cache, when `object` is an instance of a class an entry was filled
    /// for and the key at the cached position is still the name.
    @inline(__always)
    func cachedInstanceAttribute(_ object: Value, _ ways: UnsafeMutablePointer<InstanceAttributeCacheEntry>) -> Value? {
        guard object.isInstance(exactly: PyInstance.self), let entry = ways.way(for: object.objectTypeAddress!),
              entry.pointee.epoch == AttributeCache.epoch else { return nil }
        let position = entry.pointee.position
        let name = entry.pointee.name
        let isInline = entry.pointee.isInline
        return object.unmanaged(PyInstance.self)._withUnsafeGuaranteedRef { instance in
            if instance.materializedDict == nil { return isInline ? instance.inlineValue(at: position) : nil }
            return instance.materializedDict!.value(at: position, ifKeyIs: name)
        }
    }

    /// `object.name = value` through the cache, on the same terms, or by adding the attribute
    /// at the cached position when the instance has just the attributes before it (as in
    /// `__init__`); false when neither applies.
    @inline(__always)
    func storeCachedInstanceAttribute(_ object: Value, _ value: Value, _ ways: UnsafeMutablePointer<InstanceAttributeCacheEntry>) -> Bool {
        guard object.isInstance(exactly: PyInstance.self), let entry = ways.way(for: object.objectTypeAddress!),
              entry.pointee.epoch == AttributeCache.epoch else { return false }
        let position = entry.pointee.position
        let name = entry.pointee.name
        let hash = entry.pointee.nameHash
        let isInline = entry.pointee.isInline
        return object.unmanaged(PyInstance.self)._withUnsafeGuaranteedRef { instance in
            if instance.materializedDict == nil {
                // An inline entry's position is that of its name among the class's instance
                // keys, so the name is the next one to add when the position is the count.
                guard isInline else { return false }
                let count = instance.inlineCount
                if position < count {
                    instance.withInlineValues { $0[position] = value }
                } else if position == count {
                    instance.appendInline(value)
                } else {
                    return false
                }
                return true
            }
            let dict = instance.materializedDict!
            return dict.setValue(value, at: position, ifKeyIs: name) || dict.appendIfAbsent(value, at: position, key: name, hash: hash)
        }
    }

    /// After a general attribute load or store: remembers where the attribute lives when the
    /// access meant nothing but reading or writing the instance's `__dict__`.
    func fillInstanceAttributeCache(_ ways: UnsafeMutablePointer<InstanceAttributeCacheEntry>, _ object: Value, _ name: PyStr, isStore: Bool) {
        guard name.isInterned, object.isInstance(exactly: PyInstance.self) else { return }
        let instance = object.unmanaged(PyInstance.self).takeUnretainedValue()
        let type = instance.type!
        guard type.instancesHaveDict, type.lookup(name)?.as(PyDescriptor.self) == nil else { return }
        let hook = isStore ? identifier("__setattr__") : identifier("__getattribute__")
        guard type.lookup(hook)?.as(PyFunction.self) == nil else { return }
        let position: Int
        if let dict = instance.materializedDict {
            guard let found = dict.position(ofString: name), dict.key(at: found) == Value(name) else { return }
            position = found
        } else {
            guard let found = instance.inlinePosition(of: name) else { return }
            position = found
        }
        ways.wayToFill(for: object.objectTypeAddress).pointee = InstanceAttributeCacheEntry(type: object.objectTypeAddress, epoch: AttributeCache.epoch, position: position, name: Value(name).bits, nameHash: name.hash, isInline: instance.materializedDict == nil)
    }

    /// The method a `loadMethod` cache holds for `receiver`'s type, or nil when none applies.
    @inline(__always)
    func cachedMethod(_ receiver: Value, _ ways: UnsafeMutablePointer<MethodCacheEntry>) -> Value? {
        guard let type = receiver.objectTypeAddress, let entry = ways.way(for: type) else { return nil }
        let epoch = entry.pointee.epoch
        if epoch == 0 { return entry.pointee.method }
        guard epoch == AttributeCache.epoch, receiver.isInstance(exactly: PyInstance.self) else { return nil }
        let hash = entry.pointee.nameHash
        let keysWithoutName = entry.pointee.keysWithoutName
        let shadowed = receiver.unmanaged(PyInstance.self)._withUnsafeGuaranteedRef { instance in
            instance.materializedDict == nil ? instance.inlineCount > keysWithoutName : instance.materializedDict!.mayHoldKey(withHash: hash)
        }
        return shadowed ? nil : entry.pointee.method
    }

    /// `module.name` for a `loadMethod` cache entry filled from a module whose dict has not
    /// changed since (dict versions are unique, so the version names the very dict).
    @inline(__always)
    func cachedModuleAttribute(_ receiver: Value, _ entry: UnsafeMutablePointer<MethodCacheEntry>) -> Value? {
        let version = entry.pointee.moduleDictVersion
        guard version != 0, receiver.isInstance(exactly: PyModule.self),
              receiver.unmanaged(PyModule.self)._withUnsafeGuaranteedRef({ $0.dict.version }) == version else { return nil }
        return entry.pointee.method
    }
}
