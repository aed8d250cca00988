// The array module: `array.array`, sequences of one C numeric type (or `u`, code points) with
// CPython's conversions and overflow errors; 'f' items round to single precision.

import BigInt

extension VM {
    func makeArrayModule() -> PyModule {
        let module = newModule("array")
        let type = makeType("array", base: objectType, layout: .object, isSubclassable: false, module: "array")
        module.dict.insertOrReplace(key: intern("array"), value: Value(type))
        module.dict.insertOrReplace(key: intern("ArrayType"), value: Value(type))
        module.dict.insertOrReplace(key: intern("typecodes"), value: str(String(ArrayFormat.allCases.map(\.rawValue))))
        defineConstructor(type) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("array.array", arguments)
            guard arguments.count >= 1 else { throw vm.typeError("array() takes at least 1 argument (0 given)") }
            if arguments.count > 2 { throw vm.typeError("array() takes at most 2 arguments (\(arguments.count) given)") }
            guard let code = arguments[0].as(PyStr.self), code.count == 1 else {
                throw vm.typeError("array() argument 1 must be a unicode character, not \(vm.typeName(arguments[0]))")
            }
            guard let format = ArrayFormat(rawValue: Character(code.value)) else {
                throw vm.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
            }
            let array = PyArray(type: type, format: format)
            let result = vm.track(array)
            if arguments.count == 2 { try vm.initializeArray(array, from: arguments[1]) }
            return result
        }
        installArrayMethods(type)
        installArrayProtocols(type, iteratorType: makeType("arrayiterator", base: objectType, layout: .iterator, isSubclassable: false, module: "array"))
        return module
    }

    private func initializeArray(_ array: PyArray, from initializer: Value) throws(PyError) {
        if let bytes = initializer.as(PyBytes.self) {
            try appendBytes(array, bytes.bytes)
        } else if let text = initializer.as(PyStr.self) {
            guard array.format == .unicode else {
                throw typeError("cannot use a str to initialize an array with typecode '\(array.format.rawValue)'")
            }
            appendCodePoints(array, text)
        } else if let other = initializer.as(PyArray.self), (other.format == .unicode) != (array.format == .unicode) {
            throw typeError("cannot use a unicode array to initialize an array with typecode '\(array.format.rawValue)'")
        } else {
            try appendItems(array, from: initializer)
        }
    }

    /// Adds a method of `array`; `body` gets the array and the arguments (the array is `arguments[0]`).
    private func addArrayMethod(_ type: PyType, _ name: String, _ body: @escaping (VM, PyArray, CallArguments) throws(PyError) -> Value) {
        let qualifiedName = "array.\(name)"
        addMethod(type, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try body(vm, try vm.receiver(arguments, PyArray.self, qualifiedName), arguments)
        }
    }

    // MARK: item conversion

    /// The bit pattern that stores `value` as an item of `format`, or CPython's TypeError or
    /// OverflowError.
    private func arrayItemBits(_ value: Value, _ format: ArrayFormat) throws(PyError) -> UInt64 {
        switch format {
        case .unicode:
            guard let text = value.as(PyStr.self), text.count == 1 else { throw typeError("array item must be unicode character") }
            return UInt64(text.value.unicodeScalars.first!.value)
        case .float, .double:
            guard let number = try double(value) else { throw typeError("must be real number, not \(typeName(value))") }
            return format == .float ? UInt64(Float(number).bitPattern) : number.bitPattern
        default:
            break
        }
        guard isIntLike(value) || typeOf(value).lookup(identifier("__index__")) != nil else {
            throw typeError("'\(typeName(value))' object cannot be interpreted as an integer")
        }
        let integer = try bigIndex(value)
        func overflow(_ message: String) -> PyError { error(exceptionType("OverflowError"), message) }
        switch format {
        case .signedLongLong:
            guard let fitted = Int64(exactly: integer) else { throw overflow("int too big to convert") }
            return UInt64(bitPattern: fitted)
        case .unsignedLongLong:
            if integer.sign == .minus { throw overflow("can't convert negative int to unsigned") }
            guard let fitted = UInt64(exactly: integer) else { throw overflow("int too big to convert") }
            return fitted
        case .unsignedInt, .unsignedLong:
            if integer.sign == .minus { throw overflow("can't convert negative value to unsigned int") }
            guard let fitted = UInt64(exactly: integer) else { throw overflow("Python int too large to convert to C unsigned long") }
            if format == .unsignedInt && fitted > UInt64(UInt32.max) { throw overflow("unsigned int is greater than maximum") }
            return fitted
        default:
            // The remaining types convert through a C long first, then check the ranges of the
            // argument formats CPython parses them with, in its order ('b' goes through a short).
            guard let fitted = Int64(exactly: integer) else { throw overflow("Python int too large to convert to C long") }
            let short = ("signed short integer", Int64(Int16.min)...Int64(Int16.max))
            let integerRange = ("signed integer", Int64(Int32.min)...Int64(Int32.max))
            let checks: [(String, ClosedRange<Int64>)] = switch format {
            case .signedChar: [short, ("signed char", Int64(Int8.min)...Int64(Int8.max))]
            case .unsignedChar: [("unsigned byte integer", 0...Int64(UInt8.max))]
            case .signedShort: [short]
            case .unsignedShort: [integerRange, ("unsigned short", 0...Int64(UInt16.max))]
            case .signedInt: [integerRange]
            default: []
            }
            for (name, range) in checks {
                if fitted < range.lowerBound { throw overflow("\(name) is less than minimum") }
                if fitted > range.upperBound { throw overflow("\(name) is greater than maximum") }
            }
            return UInt64(bitPattern: fitted)
        }
    }

    /// Item `index` as a Python value.
    private func arrayItem(_ array: PyArray, _ index: Int) -> Value {
        let bits = array.bits(at: index)
        switch array.format {
        case .unicode: return str(String(Unicode.Scalar(UInt32(truncatingIfNeeded: bits)).map { Character($0) } ?? "\u{FFFD}"))
        case .float: return Value(Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
        case .double: return Value(Double(bitPattern: bits))
        case .signedChar: return int(Int(Int8(truncatingIfNeeded: bits)))
        case .signedShort: return int(Int(Int16(truncatingIfNeeded: bits)))
        case .signedInt: return int(Int(Int32(truncatingIfNeeded: bits)))
        case .signedLong, .signedLongLong: return int(Int(Int64(bitPattern: bits)))
        default: return bits <= UInt64(Int.max) ? int(Int(bits)) : int(BigInt(bits))
        }
    }

    private func arrayItems(_ array: PyArray) -> [Value] { (0..<array.count).map { arrayItem(array, $0) } }

    private func appendItems(_ array: PyArray, from iterable: Value) throws(PyError) {
        let iterator = try getIterator(iterable)
        while let item = try nextItem(iterator) { array.bytes += array.itemBytes(try arrayItemBits(item, array.format)) }
    }

    private func appendCodePoints(_ array: PyArray, _ text: PyStr) {
        for scalar in text.value.unicodeScalars { array.bytes += array.itemBytes(UInt64(scalar.value)) }
    }

    private func appendBytes(_ array: PyArray, _ bytes: [UInt8]) throws(PyError) {
        guard bytes.count % array.format.itemSize == 0 else { throw valueError("bytes length not a multiple of item size") }
        array.bytes += bytes
    }

    private func newArray(like array: PyArray, bytes: [UInt8]) -> PyArray {
        let result = PyArray(type: array.type, format: array.format, bytes: bytes)
        _ = track(result)
        return result
    }

    /// The position of the first item equal to `value` in `range`.
    private func arrayFind(_ array: PyArray, _ value: Value, in range: Range<Int>) throws(PyError) -> Int? {
        for position in range where position < array.count {
            if try equals(arrayItem(array, position), value) { return position }
        }
        return nil
    }

    /// A position from an index argument; IndexError `message` when out of range.
    private func arrayPosition(_ array: PyArray, _ key: Value, message: String) throws(PyError) -> Int {
        guard isIntLike(key) || typeOf(key).lookup(identifier("__index__")) != nil else { throw typeError("array indices must be integers") }
        var position = try index(key)
        if position < 0 { position += array.count }
        guard position >= 0 && position < array.count else { throw indexError(message) }
        return position
    }

    // MARK: methods

    private func installArrayMethods(_ type: PyType) {
        addArrayMethod(type, "append") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            array.bytes += array.itemBytes(try vm.arrayItemBits(try vm.onlyArgument(arguments, "array.append"), array.format))
            return .none
        }
        addArrayMethod(type, "extend") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            let source = try vm.onlyArgument(arguments, "array.extend")
            if let other = source.as(PyArray.self) {
                guard other.format == array.format else { throw vm.typeError("can only extend with array of same kind") }
                array.bytes += other.bytes
            } else {
                try vm.appendItems(array, from: source)
            }
            return .none
        }
        addArrayMethod(type, "insert") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "insert", 2, 2)
            var position = try vm.index(arguments[1])
            position = position < 0 ? max(position + array.count, 0) : min(position, array.count)
            let item = array.itemBytes(try vm.arrayItemBits(arguments[2], array.format))
            array.bytes.insert(contentsOf: item, at: position * array.format.itemSize)
            return .none
        }
        addArrayMethod(type, "pop") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "pop", 0, 1)
            guard array.count > 0 else { throw vm.indexError("pop from empty array") }
            let position = try vm.arrayPosition(array, arguments.argument(at: 1) ?? vm.int(-1), message: "pop index out of range")
            let item = vm.arrayItem(array, position)
            array.bytes.removeSubrange(array.byteRange(position..<(position + 1)))
            return item
        }
        addArrayMethod(type, "remove") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            guard let position = try vm.arrayFind(array, try vm.onlyArgument(arguments, "array.remove"), in: 0..<array.count) else {
                throw vm.valueError("array.remove(x): x not in array")
            }
            array.bytes.removeSubrange(array.byteRange(position..<(position + 1)))
            return .none
        }
        addArrayMethod(type, "index") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "index", 1, 3)
            let (start, end) = try vm.sliceBounds(arguments.argument(at: 2), arguments.argument(at: 3), length: array.count, allowsNone: false)
            guard start < end, let position = try vm.arrayFind(array, arguments[1], in: start..<end) else {
                throw vm.valueError("array.index(x): x not in array")
            }
            return vm.int(position)
        }
        addArrayMethod(type, "count") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            let value = try vm.onlyArgument(arguments, "array.count")
            var total = 0
            for position in 0..<array.count where try vm.equals(vm.arrayItem(array, position), value) { total += 1 }
            return vm.int(total)
        }
        addArrayMethod(type, "reverse") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "array.reverse")
            let size = array.format.itemSize
            array.bytes = (0..<array.count).reversed().flatMap { array.bytes[($0 * size)..<(($0 + 1) * size)] }
            return .none
        }
        addArrayMethod(type, "byteswap") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "array.byteswap")
            let size = array.format.itemSize
            array.bytes = (0..<array.count).flatMap { array.bytes[($0 * size)..<(($0 + 1) * size)].reversed() }
            return .none
        }
        addArrayMethod(type, "tolist") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "array.tolist")
            return vm.list(vm.arrayItems(array))
        }
        addArrayMethod(type, "tobytes") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "array.tobytes")
            return vm.track(PyBytes(type: vm.bytesType, array.bytes))
        }
        addArrayMethod(type, "frombytes") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            let source = try vm.onlyArgument(arguments, "array.frombytes")
            guard let bytes = source.as(PyBytes.self) else { throw vm.typeError("a bytes-like object is required, not '\(vm.typeName(source))'") }
            try vm.appendBytes(array, bytes.bytes)
            return .none
        }
        addArrayMethod(type, "fromlist") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            guard let list = try vm.onlyArgument(arguments, "array.fromlist").as(PyList.self) else { throw vm.typeError("arg must be list") }
            // All or nothing, as in CPython.
            var added: [UInt8] = []
            for item in list.items { added += array.itemBytes(try vm.arrayItemBits(item, array.format)) }
            array.bytes += added
            return .none
        }
        addArrayMethod(type, "tofile") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            _ = try vm.callMethod(try vm.onlyArgument(arguments, "array.tofile"), "write", [vm.track(PyBytes(type: vm.bytesType, array.bytes))])
            return .none
        }
        addArrayMethod(type, "fromfile") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "fromfile", 2, 2)
            let count = try vm.index(arguments[2])
            guard count >= 0 else { throw vm.valueError("negative count") }
            let wanted = count * array.format.itemSize
            guard let read = try vm.callMethod(arguments[1], "read", [vm.int(wanted)]).as(PyBytes.self) else {
                throw vm.typeError("read() didn't return bytes")
            }
            // What was read is kept even when it falls short, as in CPython.
            let whole = read.bytes.count - read.bytes.count % array.format.itemSize
            array.bytes += read.bytes[0..<whole]
            if read.bytes.count != wanted { throw vm.error(vm.exceptionType("EOFError"), "read() didn't return enough bytes") }
            return .none
        }
        addArrayMethod(type, "fromunicode") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            let source = try vm.onlyArgument(arguments, "array.fromunicode")
            guard let text = source.as(PyStr.self) else { throw vm.typeError("fromunicode() argument must be str, not \(vm.typeName(source))") }
            guard array.format == .unicode else { throw vm.valueError("fromunicode() may only be called on unicode type arrays") }
            vm.appendCodePoints(array, text)
            return .none
        }
        addArrayMethod(type, "tounicode") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "array.tounicode")
            guard array.format == .unicode else { throw vm.valueError("tounicode() may only be called on unicode type arrays") }
            var text = ""
            for position in 0..<array.count { text += (vm.arrayItem(array, position).object as! PyStr).value }
            return vm.str(text)
        }
        addArrayMethod(type, "buffer_info") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "array.buffer_info")
            let address = array.bytes.withUnsafeBytes { Int(bitPattern: $0.baseAddress) }
            return vm.tuple([vm.int(address), vm.int(array.count)])
        }
        for (name, getter) in [("typecode", { (vm: VM, array: PyArray) -> Value in vm.str(String(array.format.rawValue)) }),
                               ("itemsize", { (vm: VM, array: PyArray) -> Value in vm.int(array.format.itemSize) })] {
            let function = builtinFunction(name, owner: type) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                getter(vm, try vm.receiver(arguments, PyArray.self, "array.\(name)"))
            }
            type.dict.insertOrReplace(key: intern(name), value: permanent(PyDescriptor(type: propertyType, getter: function)))
        }
    }

    // MARK: protocols

    private func installArrayProtocols(_ type: PyType, iteratorType: PyType) {
        type.dict.insertOrReplace(key: intern("__hash__"), value: .none)
        addArrayMethod(type, "__len__") { (vm: VM, array: PyArray, _: CallArguments) throws(PyError) -> Value in vm.int(array.count) }
        addArrayMethod(type, "__contains__") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            Value(try vm.arrayFind(array, arguments[1], in: 0..<array.count) != nil)
        }
        addArrayMethod(type, "__iter__") { (vm: VM, _: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            vm.track(PyNativeIterator(type: iteratorType, state: [arguments[0]]) { (vm: VM, iterator: PyNativeIterator) throws(PyError) -> Value? in
                let array = iterator.state[0].object as! PyArray
                guard iterator.counter < array.count else { return nil }
                defer { iterator.counter += 1 }
                return vm.arrayItem(array, iterator.counter)
            })
        }
        addArrayMethod(type, "__getitem__") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            if let slice = arguments[1].as(PySlice.self) {
                let size = array.format.itemSize
                let bytes = try vm.slicePositions(slice, count: array.count).flatMap { array.bytes[($0 * size)..<(($0 + 1) * size)] }
                return Value(vm.newArray(like: array, bytes: bytes))
            }
            return vm.arrayItem(array, try vm.arrayPosition(array, arguments[1], message: "array index out of range"))
        }
        addArrayMethod(type, "__setitem__") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            guard let slice = arguments[1].as(PySlice.self) else {
                let position = try vm.arrayPosition(array, arguments[1], message: "array assignment index out of range")
                array.bytes.replaceSubrange(array.byteRange(position..<(position + 1)), with: array.itemBytes(try vm.arrayItemBits(arguments[2], array.format)))
                return .none
            }
            guard let source = arguments[2].as(PyArray.self) else {
                throw vm.typeError("can only assign array (not \"\(vm.typeName(arguments[2]))\") to array slice")
            }
            guard source.format == array.format else { throw vm.typeError("bad argument type for built-in operation") }
            let replacement = source.bytes
            let (start, stop, step) = try vm.sliceIndices(slice, count: array.count)
            if step == 1 {
                array.bytes.replaceSubrange(array.byteRange(start..<max(start, stop)), with: replacement)
                return .none
            }
            let positions = Array(stride(from: start, to: stop, by: step))
            guard positions.count == source.count else {
                throw vm.valueError("attempt to assign array of size \(source.count) to extended slice of size \(positions.count)")
            }
            let size = array.format.itemSize
            for (index, position) in positions.enumerated() {
                array.bytes.replaceSubrange(array.byteRange(position..<(position + 1)), with: replacement[(index * size)..<((index + 1) * size)])
            }
            return .none
        }
        addArrayMethod(type, "__delitem__") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            if let slice = arguments[1].as(PySlice.self) {
                let doomed = Set(try vm.slicePositions(slice, count: array.count))
                let size = array.format.itemSize
                array.bytes = (0..<array.count).filter { !doomed.contains($0) }.flatMap { array.bytes[($0 * size)..<(($0 + 1) * size)] }
                return .none
            }
            let position = try vm.arrayPosition(array, arguments[1], message: "array assignment index out of range")
            array.bytes.removeSubrange(array.byteRange(position..<(position + 1)))
            return .none
        }
        addArrayMethod(type, "__repr__") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            let prefix = "\(vm.typeName(arguments[0]))('\(array.format.rawValue)'"
            if array.count == 0 { return vm.str(prefix + ")") }
            if array.format == .unicode { return vm.str("\(prefix), \(try vm.repr(try vm.callMethod(arguments[0], "tounicode", []))))") }
            return vm.str("\(prefix), \(try vm.repr(vm.list(vm.arrayItems(array)))))")
        }
        for operation in [ComparisonOperation.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual] {
            addArrayMethod(type, operation.methodName) { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
                guard let other = arguments[1].as(PyArray.self) else { return vm.notImplemented }
                return Value(try vm.compareSequences(vm.arrayItems(array), vm.arrayItems(other), operation))
            }
        }
        addArrayMethod(type, "__add__") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            guard let other = arguments[1].as(PyArray.self) else {
                throw vm.typeError("can only append array (not \"\(vm.typeName(arguments[1]))\") to array")
            }
            guard other.format == array.format else { throw vm.typeError("bad argument type for built-in operation") }
            return Value(vm.newArray(like: array, bytes: array.bytes + other.bytes))
        }
        addArrayMethod(type, "__iadd__") { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
            guard let other = arguments[1].as(PyArray.self) else {
                throw vm.typeError("can only extend array with array (not \"\(vm.typeName(arguments[1]))\")")
            }
            guard other.format == array.format else { throw vm.typeError("can only extend with array of same kind") }
            array.bytes += other.bytes
            return arguments[0]
        }
        for (name, inPlace) in [("__mul__", false), ("__rmul__", false), ("__imul__", true)] {
            addArrayMethod(type, name) { (vm: VM, array: PyArray, arguments: CallArguments) throws(PyError) -> Value in
                guard vm.isIntLike(arguments[1]) else {
                    throw vm.typeError("can't multiply sequence by non-int of type '\(vm.typeName(arguments[1]))'")
                }
                let times = max(0, try vm.index(arguments[1]))
                let repeated = Array([[UInt8]](repeating: array.bytes, count: times).joined())
                if inPlace {
                    array.bytes = repeated
                    return arguments[0]
                }
                return Value(vm.newArray(like: array, bytes: repeated))
            }
        }
    }
}
