// Methods of int, float, range and slice (bit counts, byte conversion, integer ratios, hexadecimal floats), and str.format (which resolves fields through the VM).

import BigInt

extension VM {
    func installNumberMethods() {
        installIntMethods()
        installFloatMethods()
        addMethod(rangeType, "index") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let range = arguments[0].object as! PyRange
            if let value = vm.bigInt(arguments[1]), try vm.contains(arguments[0], arguments[1]) {
                return vm.int((value - range.start) / range.step)
            }
            throw vm.valueError("\(try vm.repr(arguments[1])) is not in range")
        }
        addMethod(rangeType, "count") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            Value(smallInt: try vm.contains(arguments[0], arguments[1]) ? 1 : 0)
        }
        addMethod(sliceType, "indices") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let length = try vm.bigIndex(try vm.onlyArgument(arguments, "slice.indices"))
            if length < 0 { throw vm.valueError("length should not be negative") }
            let (start, stop, step) = try vm.sliceIndices(arguments[0].object as! PySlice, count: length)
            return vm.tuple([vm.int(start), vm.int(stop), vm.int(step)])
        }
        addMethod(strType, "format") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let template = (arguments[0].object as! PyStr).value
            let resolver = FieldResolver(vm: vm, positional: Array(arguments.positional.dropFirst()), keywordNames: arguments.keywordNames, keywordValues: Array(arguments.values[arguments.count...]))
            do throws(FormatError) {
                return vm.str(try FormatString.render(template, resolver: resolver))
            } catch {
                throw vm.pyError(error)
            }
        }
    }

    /// The receiver of an int method (bools are ints).
    private func intReceiver(_ args: CallArguments, _ qualifiedName: String) throws(PyError) -> BigInt {
        guard let value = bigInt(args[0]) else {
            throw typeError("descriptor '\(qualifiedName.split(separator: ".").last ?? "")' for 'int' objects doesn't apply to a '\(typeName(args[0]))' object")
        }
        return value
    }

    private func installIntMethods() {
        addMethod(intType, "bit_length") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "int.bit_length")
            if args[0].isSmallInt { return vm.int(Int.bitWidth - args[0].smallInt.magnitude.leadingZeroBitCount) }
            return vm.int(try vm.intReceiver(args, "int.bit_length").magnitude.bitWidth)
        }
        addMethod(intType, "bit_count") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "int.bit_count")
            let magnitude = try vm.intReceiver(args, "int.bit_count").magnitude
            return vm.int(magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        addMethod(intType, "conjugate") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "int.conjugate")
            return vm.int(try vm.intReceiver(args, "int.conjugate"))
        }
        addMethod(intType, "as_integer_ratio") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "int.as_integer_ratio")
            return vm.tuple([vm.int(try vm.intReceiver(args, "int.as_integer_ratio")), vm.int(1)])
        }
        addMethod(intType, "to_bytes") { vm, args throws(PyError) in
            let value = try vm.intReceiver(args, "int.to_bytes")
            let bound = try vm.bindMethodArguments(args, "to_bytes", ["length", "byteorder", "signed"], positionalLimit: 2)
            let length = try bound[0].map { (value) throws(PyError) -> Int in try vm.index(value) } ?? 1
            let littleEndian = try vm.byteOrderArgument(bound[1], "to_bytes")
            let signed = try bound[2].map { (value) throws(PyError) -> Bool in try vm.isTruthy(value) } ?? false
            guard length >= 0 else { throw vm.valueError("length argument must be non-negative") }
            guard signed || value >= 0 else { throw vm.error(vm.exceptionType("OverflowError"), "can't convert negative int to unsigned") }
            let bits = 8 * length
            let fits = signed ? value.bitWidth <= bits : value.magnitude.bitWidth <= bits
            guard fits || (value == 0) else { throw vm.error(vm.exceptionType("OverflowError"), "int too big to convert") }
            // Two's complement of a negative value is its remainder modulo 2^bits.
            let encoded = value < 0 ? (BigInt(1) << bits) + value : value
            var bytes = (0..<length).map { UInt8(truncatingIfNeeded: encoded >> (8 * $0)) }
            if !littleEndian { bytes.reverse() }
            return vm.track(PyBytes(type: vm.bytesType, bytes))
        }
        let fromBytes = builtinFunction("from_bytes") { vm, args throws(PyError) in
            let bound = try vm.bindMethodArguments(args, "from_bytes", ["bytes", "byteorder", "signed"], required: 1, positionalLimit: 2)
            var bytes = try vm.bytesArgument(bound[0]!)
            let littleEndian = try vm.byteOrderArgument(bound[1], "from_bytes")
            let signed = try bound[2].map { (value) throws(PyError) -> Bool in try vm.isTruthy(value) } ?? false
            if littleEndian { bytes.reverse() }
            var value = bytes.reduce(BigInt(0)) { ($0 << 8) | BigInt($1) }
            if signed, let first = bytes.first, first >= 0x80 { value -= BigInt(1) << (8 * bytes.count) }
            let result = vm.int(value)
            if let type = args[0].as(PyType.self), type !== vm.intType { return try vm.call(args[0], [result]) }
            return result
        }
        intType.dict.insertOrReplace(key: identifier("from_bytes"), value: permanent(PyDescriptor(type: classMethodType, getter: fromBytes)))
    }

    /// The `byteorder` argument of `to_bytes` and `from_bytes`: true for "little".
    private func byteOrderArgument(_ value: Value?, _ functionName: String) throws(PyError) -> Bool {
        guard let value else { return false }
        guard let order = value.as(PyStr.self) else {
            throw typeError("\(functionName)() argument 'byteorder' must be str, not \(typeName(value))")
        }
        switch order.value {
        case "little": return true
        case "big": return false
        default: throw valueError("byteorder must be either 'little' or 'big'")
        }
    }

    /// Bytes from a bytes object or an iterable of ints in range(256), as `bytes(x)` accepts.
    private func bytesArgument(_ value: Value) throws(PyError) -> [UInt8] {
        if let bytes = value.as(PyBytes.self) { return bytes.bytes }
        guard value.as(PyStr.self) == nil, isIterable(value) else {
            throw typeError("cannot convert '\(typeName(value))' object to bytes")
        }
        var bytes: [UInt8] = []
        for item in try collect(value) {
            guard isIntLike(item) || typeOf(item).lookup(identifier("__index__")) != nil else {
                throw typeError("'\(typeName(item))' object cannot be interpreted as an integer")
            }
            let byte = try index(item)
            guard (0...255).contains(byte) else { throw valueError("bytes must be in range(0, 256)") }
            bytes.append(UInt8(byte))
        }
        return bytes
    }

    private func installFloatMethods() {
        // A class method, like dict.fromkeys: a subclass gets an instance of itself.
        let fromHex = builtinFunction("fromhex") { vm, args throws(PyError) in
            try vm.expectPositional(args, "float.fromhex", 1, 1)
            let text = try vm.requireString(args[1], "argument")
            guard let parsed = VM.parseHexadecimalFloat(text) else { throw vm.valueError("invalid hexadecimal floating-point string") }
            if parsed.isInfinite && !text.lowercased().contains("inf") {
                throw vm.error(vm.exceptionType("OverflowError"), "hexadecimal value too large to represent as a float")
            }
            if let type = args[0].as(PyType.self), type !== vm.floatType { return try vm.call(args[0], [Value(parsed)]) }
            return Value(parsed)
        }
        floatType.dict.insertOrReplace(key: identifier("fromhex"), value: permanent(PyDescriptor(type: classMethodType, getter: fromHex)))
        addFloatMethod("is_integer") { vm, x throws(PyError) in Value(x.isFinite && x.rounded(.towardZero) == x) }
        addFloatMethod("conjugate") { vm, x throws(PyError) in Value(x) }
        addFloatMethod("as_integer_ratio") { vm, x throws(PyError) in
            if x.isNaN { throw vm.valueError("cannot convert NaN to integer ratio") }
            if x.isInfinite { throw vm.error(vm.exceptionType("OverflowError"), "cannot convert Infinity to integer ratio") }
            let (numerator, denominator) = VM.integerRatio(x)
            return vm.tuple([vm.int(numerator), vm.int(denominator)])
        }
        addFloatMethod("hex") { vm, x throws(PyError) in vm.str(VM.hexadecimal(x)) }
    }

    private func addFloatMethod(_ name: String, _ body: @escaping (VM, Double) throws(PyError) -> Value) {
        addMethod(floatType, name) { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "float.\(name)")
            guard let x = try vm.double(args[0]) else { throw vm.typeError("descriptor '\(name)' for 'float' objects doesn't apply to a '\(vm.typeName(args[0]))' object") }
            return try body(vm, x)
        }
    }

    /// The exact fraction a finite double equals, in lowest terms with a positive denominator.
    static func integerRatio(_ x: Double) -> (BigInt, BigInt) {
        guard x != 0 else { return (0, 1) }
        // |x| = significand × 2^exponent with an integral significand (53 bits when normal).
        let fractionBits = Double.significandBitCount
        var significand = BigInt(x.isNormal ? x.significandBitPattern | (1 << UInt64(fractionBits)) : x.significandBitPattern)
        var exponent = (x.isNormal ? Int(x.exponentBitPattern) - 1023 : -1022) - fractionBits
        while exponent < 0 && significand & 1 == 0 {
            significand >>= 1
            exponent += 1
        }
        let numerator = exponent > 0 ? significand << exponent : significand
        let denominator = exponent < 0 ? BigInt(1) << -exponent : BigInt(1)
        return (x.sign == .minus ? -numerator : numerator, denominator)
    }

    /// `float.hex`: "0x1.8000000000000p+0", with a 0 leading digit for subnormals.
    /// `float.fromhex`'s grammar: `[sign] (inf | nan | [0x] hexdigits [. hexdigits] [p [sign] digits])`
    /// with surrounding whitespace; correctly rounded. Nil when the text does not match.
    static func parseHexadecimalFloat(_ text: String) -> Double? {
        var rest = Substring(text.trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}").lowercased())
        var negative = false
        if let first = rest.first, first == "+" || first == "-" {
            negative = first == "-"
            rest = rest.dropFirst()
        }
        func signed(_ value: Double) -> Double { negative ? -value : value }
        if rest == "inf" || rest == "infinity" { return signed(.infinity) }
        if rest == "nan" { return .nan }
        if rest.hasPrefix("0x") { rest = rest.dropFirst(2) }
        var mantissa = BigInt(0)
        var digitCount = 0
        var fractionDigits = 0
        var seenPoint = false
        while let character = rest.first {
            if character == "." && !seenPoint {
                seenPoint = true
            } else if let digit = character.hexDigitValue {
                mantissa = mantissa * 16 + BigInt(digit)
                digitCount += 1
                if seenPoint { fractionDigits += 1 }
            } else {
                break
            }
            rest = rest.dropFirst()
        }
        guard digitCount > 0 else { return nil }
        var exponent = 0
        if rest.first == "p" {
            rest = rest.dropFirst()
            guard let value = Int(rest) else { return nil }
            exponent = value
            rest = ""
        }
        guard rest.isEmpty else { return nil }
        if mantissa == 0 { return signed(0) }
        let scale = exponent - 4 * fractionDigits
        // Far outside the double range the result is infinite or zero whatever the digits.
        if scale + mantissa.bitWidth > 1100 { return signed(.infinity) }
        if scale + mantissa.bitWidth < -1200 { return signed(0) }
        let magnitude = scale >= 0 ? roundedQuotient(mantissa << scale, 1) : roundedQuotient(mantissa, BigInt(1) << -scale)
        return signed(magnitude)
    }

    static func hexadecimal(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0x0.0p+0" }
        let digits = String(x.significandBitPattern, radix: 16)
        let fraction = String(repeating: "0", count: 13 - digits.count) + digits
        let exponent = x.isNormal ? Int(x.exponentBitPattern) - 1023 : -1022
        return "\(sign)0x\(x.isNormal ? 1 : 0).\(fraction)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }
}

/// `str.format`'s view of its arguments.
struct FieldResolver: FormatFieldResolver {
    let vm: VM
    let positional: [Value]
    let keywordNames: [PyStr]
    let keywordValues: [Value]

    private func bridging<T>(_ body: () throws(PyError) -> T) throws(FormatError) -> T {
        do { return try body() } catch { throw FormatError.propagating(error) }
    }

    func positionalArgument(_ index: Int) throws(FormatError) -> Value? { index < positional.count ? positional[index] : nil }

    func keywordArgument(_ name: String) throws(FormatError) -> Value? {
        keywordNames.firstIndex { $0.value == name }.map { keywordValues[$0] }
    }

    func attribute(_ name: String, of value: Value) throws(FormatError) -> Value {
        try bridging { () throws(PyError) -> Value in try vm.getAttribute(value, name) }
    }

    func item(_ index: Int, of value: Value) throws(FormatError) -> Value {
        try bridging { () throws(PyError) -> Value in try vm.getItem(value, vm.int(index)) }
    }

    func item(_ key: String, of value: Value) throws(FormatError) -> Value {
        try bridging { () throws(PyError) -> Value in try vm.getItem(value, vm.str(key)) }
    }

    func str(_ value: Value) throws(FormatError) -> String { try bridging { () throws(PyError) -> String in try vm.toStr(value) } }
    func repr(_ value: Value) throws(FormatError) -> String { try bridging { () throws(PyError) -> String in try vm.repr(value) } }

    func format(_ value: Value, spec: String) throws(FormatError) -> String {
        try bridging { () throws(PyError) -> String in try vm.format(value, spec: spec) }
    }
}
