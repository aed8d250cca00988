// Creates the built-in type objects and the exception hierarchy.

extension VM {
    func makeType(_ name: String, base: PyType?, layout: Layout, isSubclassable: Bool = true, module: String = "builtins") -> PyType {
        let type = PyType(metatype: typeType, name: name, module: module, bases: base.map { [$0] } ?? [], dict: PyDict(type: dictType), layout: layout, isSubclassable: isSubclassable)
        type.mro = [type] + (base?.mro ?? [])
        _ = permanent(type)
        _ = permanent(type.dict)
        return type
    }

    func bootstrapTypes() {
        // `type`, `object` and `dict` refer to each other; tie the knot by hand.
        typeType = PyType(metatype: nil, name: "type", bases: [], dict: PyDict(type: nil), layout: .type)
        typeType.type = typeType
        objectType = PyType(metatype: typeType, name: "object", bases: [], dict: PyDict(type: nil), layout: .object)
        objectType.mro = [objectType]
        typeType.bases = [objectType]
        typeType.mro = [typeType, objectType]
        dictType = PyType(metatype: typeType, name: "dict", bases: [objectType], dict: PyDict(type: nil), layout: .dict)
        dictType.mro = [dictType, objectType]
        for type in [typeType!, objectType!, dictType!] {
            type.dict.type = dictType
            _ = permanent(type)
            _ = permanent(type.dict)
        }
        strType = makeType("str", base: objectType, layout: .str)
        intType = makeType("int", base: objectType, layout: .int)
        boolType = makeType("bool", base: intType, layout: .bool, isSubclassable: false)
        floatType = makeType("float", base: objectType, layout: .float)
        complexType = makeType("complex", base: objectType, layout: .float)
        bytesType = makeType("bytes", base: objectType, layout: .bytes)
        listType = makeType("list", base: objectType, layout: .list)
        tupleType = makeType("tuple", base: objectType, layout: .tuple)
        setType = makeType("set", base: objectType, layout: .set)
        frozensetType = makeType("frozenset", base: objectType, layout: .frozenset)
        noneType = makeType("NoneType", base: objectType, layout: .none, isSubclassable: false)
        notImplementedType = makeType("NotImplementedType", base: objectType, layout: .notImplemented, isSubclassable: false)
        ellipsisType = makeType("ellipsis", base: objectType, layout: .ellipsis, isSubclassable: false)
        functionType = makeType("function", base: objectType, layout: .function, isSubclassable: false)
        builtinFunctionType = makeType("builtin_function_or_method", base: objectType, layout: .builtinFunction, isSubclassable: false)
        methodType = makeType("method", base: objectType, layout: .method, isSubclassable: false)
        moduleType = makeType("module", base: objectType, layout: .module)
        cellType = makeType("cell", base: objectType, layout: .cell, isSubclassable: false)
        rangeType = makeType("range", base: objectType, layout: .range, isSubclassable: false)
        sliceType = makeType("slice", base: objectType, layout: .slice, isSubclassable: false)
        iteratorType = makeType("iterator", base: objectType, layout: .iterator, isSubclassable: false)
        dictKeysType = makeType("dict_keys", base: objectType, layout: .dictView, isSubclassable: false)
        dictValuesType = makeType("dict_values", base: objectType, layout: .dictView, isSubclassable: false)
        dictItemsType = makeType("dict_items", base: objectType, layout: .dictView, isSubclassable: false)
        propertyType = makeType("property", base: objectType, layout: .property)
        staticMethodType = makeType("staticmethod", base: objectType, layout: .staticMethod)
        classMethodType = makeType("classmethod", base: objectType, layout: .classMethod)
        superType = makeType("super", base: objectType, layout: .superObject)
        codeType = makeType("code", base: objectType, layout: .code, isSubclassable: false)
        generatorType = makeType("generator", base: objectType, layout: .generator, isSubclassable: false)
        coroutineType = makeType("coroutine", base: objectType, layout: .generator, isSubclassable: false)
        notImplemented = permanent(PyObject(type: notImplementedType))
        ellipsis = permanent(PyObject(type: ellipsisType))
    }

    /// CPython 3.11's built-in exception hierarchy.
    func bootstrapExceptions() {
        let hierarchy: [(String, String?)] = [
            ("BaseException", nil), ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"), ("Exception", "BaseException"),
            ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
            ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
            ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
            ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
            ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
            ("OSError", "Exception"), ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
            ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
            ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
            ("ConnectionResetError", "ConnectionError"), ("FileExistsError", "OSError"),
            ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
            ("TimeoutError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
            ("StopAsyncIteration", "Exception"), ("StopIteration", "Exception"), ("SyntaxError", "Exception"),
            ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"), ("SystemError", "Exception"),
            ("TypeError", "Exception"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
            ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
            ("UnicodeTranslateError", "UnicodeError"), ("Warning", "Exception"),
            ("DeprecationWarning", "Warning"), ("PendingDeprecationWarning", "Warning"),
            ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UserWarning", "Warning"),
            ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
            ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
        ]
        for (name, baseName) in hierarchy {
            exceptionTypes[name] = makeType(name, base: baseName.map { exceptionTypes[$0]! } ?? objectType, layout: .baseException)
        }
        exceptionTypes["EnvironmentError"] = exceptionTypes["OSError"]
        exceptionTypes["IOError"] = exceptionTypes["OSError"]
    }

    public func exceptionType(_ name: String) -> PyType { exceptionTypes[name]! }
}
