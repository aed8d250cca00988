// Methods of int, float and range, and str.format (which resolves fields through the VM).

import BigInt

extension VM {
    func installNumberMethods() {
        addMethod(intType, "bit_length") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let value = vm.bigInt(arguments[0])!
            return vm.int(value == 0 ? 0 : value.magnitude.bitWidth)
        }
        addMethod(intType, "conjugate") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in vm.int(vm.bigInt(arguments[0])!) }
        addMethod(floatType, "is_integer") { (_: VM, arguments: CallArguments) throws(PyError) -> Value in
            let value = arguments[0].float
            return Value(value.isFinite && value == value.rounded(.towardZero))
        }
        addMethod(floatType, "conjugate") { (_: VM, arguments: CallArguments) throws(PyError) -> Value in arguments[0] }
        addMethod(floatType, "as_integer_ratio") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let value = arguments[0].float
            if value.isNaN { throw vm.valueError("cannot convert NaN to integer ratio") }
            if value.isInfinite { throw vm.error(vm.exceptionType("OverflowError"), "cannot convert Infinity to integer ratio") }
            // value = significand * 2^exponent with an integral significand.
            var numerator = BigInt(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
            var exponent = Int(value.exponent) - 52
            if !value.isNormal { exponent = -1074 }
            if value == 0 { return vm.tuple([Value(smallInt: 0), Value(smallInt: 1)]) }
            if value < 0 { numerator = -numerator }
            var denominator = BigInt(1)
            if exponent > 0 { numerator <<= exponent } else { denominator <<= -exponent }
            let divisor = numerator.greatestCommonDivisor(with: denominator)
            return vm.tuple([vm.int(numerator / divisor), vm.int(denominator / divisor)])
        }
        addMethod(rangeType, "index") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let range = arguments[0].object as! PyRange
            if let value = vm.machineInt(arguments[1]), try vm.contains(arguments[0], arguments[1]) {
                return vm.int((value - range.start) / range.step)
            }
            throw vm.valueError("\(try vm.repr(arguments[1])) is not in range")
        }
        addMethod(rangeType, "count") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            Value(smallInt: try vm.contains(arguments[0], arguments[1]) ? 1 : 0)
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
