// Arithmetic, comparison, truth and membership with CPython's semantics, fast paths first.

import BigInt
#if canImport(Glibc)
import Glibc
#endif

extension VM {
    // MARK: fast paths used by the dispatch loop

    /// Small-int arithmetic that cannot fail; nil sends the operation to the general path.
    @inline(__always)
    func smallIntArithmetic(_ operation: Int, _ left: Int, _ right: Int) -> Value? {
        switch operation {
        case 0: return int(left &+ right)
        case 1: return int(left &- right)
        case 2:
            let (product, overflow) = left.multipliedReportingOverflow(by: right)
            return overflow ? nil : int(product)
        case 4:
            guard right != 0, abs(left) < 1 << 53, abs(right) < 1 << 53 else { return nil }
            return Value(Double(left) / Double(right))
        case 5:
            guard right != 0 else { return nil }
            return int(Self.floorDivide(left, right))
        case 6:
            guard right != 0 else { return nil }
            return int(Self.floorModulo(left, right))
        case 8:
            guard right >= 0, right < 16, abs(left) < 1 << 46 else { return nil }
            return int(left << right)
        case 9:
            guard right >= 0 else { return nil }
            return int(right >= 63 ? (left < 0 ? -1 : 0) : left >> right)
        case 10: return Value(smallInt: left | right)
        case 11: return Value(smallInt: left ^ right)
        case 12: return Value(smallInt: left & right)
        default: return nil
        }
    }

    @inline(__always) static func floorDivide(_ left: Int, _ right: Int) -> Int {
        let quotient = left / right
        return (left % right != 0 && (left < 0) != (right < 0)) ? quotient - 1 : quotient
    }

    @inline(__always) static func floorModulo(_ left: Int, _ right: Int) -> Int {
        let remainder = left % right
        return (remainder != 0 && (remainder < 0) != (right < 0)) ? remainder + right : remainder
    }

    @inline(__always)
    func floatArithmetic(_ operation: Int, _ left: Double, _ right: Double) -> Double? {
        switch operation {
        case 0: return left + right
        case 1: return left - right
        case 2: return left * right
        case 4: return right == 0 ? nil : left / right
        case 7:
            // The ordinary case of `floatPower`; zero or negative bases, non-finite operands and
            // overflow take the general path and its errors.
            guard left > 0 && left.isFinite && right.isFinite else { return nil }
            let result = pow(left, right)
            return result.isFinite ? result : nil
        default: return nil
        }
    }

    /// A comparison of small ints, floats or one of each, computed inline; nil for anything else.
    @inline(__always) func numericComparison(_ operation: Int, _ left: Value, _ right: Value) -> Bool? {
        if left.isSmallInt && right.isSmallInt { return compareIntegers(operation, left.smallInt, right.smallInt) }
        if left.isFloat && right.isFloat { return compareDoubles(operation, left.float, right.float) }
        if let (leftDouble, rightDouble) = mixedFloatOperands(left, right) { return compareDoubles(operation, leftDouble, rightDouble) }
        return nil
    }

    /// Both operands as doubles when one is a float and the other a small int: the int converts
    /// exactly (small ints have 48 bits), as CPython's mixed arithmetic and comparisons convert it.
    @inline(__always) func mixedFloatOperands(_ left: Value, _ right: Value) -> (Double, Double)? {
        if left.isFloat && right.isSmallInt { return (left.float, Double(right.smallInt)) }
        if left.isSmallInt && right.isFloat { return (Double(left.smallInt), right.float) }
        return nil
    }

    @inline(__always) func compareIntegers(_ operation: Int, _ left: Int, _ right: Int) -> Bool {
        switch operation {
        case 0: left < right
        case 1: left <= right
        case 2: left == right
        case 3: left != right
        case 4: left > right
        default: left >= right
        }
    }

    @inline(__always) func compareDoubles(_ operation: Int, _ left: Double, _ right: Double) -> Bool {
        switch operation {
        case 0: left < right
        case 1: left <= right
        case 2: left == right
        case 3: left != right
        case 4: left > right
        default: left >= right
        }
    }

    // MARK: numbers

    /// The value of an int or bool as a BigInt.
    public func bigInt(_ value: Value) -> BigInt? {
        if value.isSmallInt { return BigInt(value.smallInt) }
        if value.isBool { return value == .true ? 1 : 0 }
        if let big = value.as(PyInt.self) { return big.value }
        return nil
    }

    /// An int or bool as a machine Int when it fits.
    public func machineInt(_ value: Value) -> Int? {
        if value.isSmallInt { return value.smallInt }
        if value.isBool { return value == .true ? 1 : 0 }
        if let big = value.as(PyInt.self) { return Int(exactly: big.value) }
        return nil
    }

    func isIntLike(_ value: Value) -> Bool { value.isSmallInt || value.isBool || value.as(PyInt.self) != nil }

    /// A float, or an instance of a float subclass, as a Double.
    func floatValue(_ value: Value) -> Double? {
        if value.isFloat { return value.float }
        guard value.isInstance(exactly: PyFloatSubclassInstance.self) else { return nil }
        return value.unmanaged(PyFloatSubclassInstance.self).takeUnretainedValue().value
    }

    /// int, bool or float as a Double (ints round to nearest; huge ints raise OverflowError).
    public func double(_ value: Value) throws(PyError) -> Double? {
        if value.isFloat { return value.float }
        if value.isSmallInt { return Double(value.smallInt) }
        if value.isBool { return value == .true ? 1 : 0 }
        if let big = value.as(PyInt.self) { return try roundedDouble(big.value) }
        return floatValue(value)
    }

    /// An int as the nearest double (BigInt's own conversion ignores the bits below the rounding bit).
    func roundedDouble(_ value: BigInt) throws(PyError) -> Double {
        let result = Self.roundedQuotient(value, 1)
        if result.isInfinite { throw error(exceptionType("OverflowError"), "int too large to convert to float") }
        return result
    }

    private func zeroDivision(_ message: String) -> PyError { error(exceptionType("ZeroDivisionError"), message) }

    func integerOperation(_ operation: BinaryOperation, _ left: BigInt, _ right: BigInt) throws(PyError) -> Value {
        switch operation {
        case .add: return int(left + right)
        case .subtract: return int(left - right)
        case .multiply: return int(left * right)
        case .trueDivide:
            if right == 0 { throw zeroDivision("division by zero") }
            return Value(try divideExactly(left, right))
        case .floorDivide:
            if right == 0 { throw zeroDivision("integer division or modulo by zero") }
            return int(Self.floorDivision(left, right).quotient)
        case .modulo:
            if right == 0 { throw zeroDivision("integer modulo by zero") }
            return int(Self.floorDivision(left, right).remainder)
        case .power:
            // A negative exponent makes it a float power, as in CPython.
            if right < 0 { return try floatPower(try roundedDouble(left), try roundedDouble(right)) }
            if right == 0 { return Value(smallInt: 1) }
            if left.magnitude <= 1 { return int(left == -1 ? (right % 2 == 0 ? 1 : -1) : left) }
            guard let exponent = Int(exactly: right), exponent < 1 << 24 else {
                throw error(exceptionType("OverflowError"), "exponent too large")
            }
            return int(left.power(exponent))
        case .leftShift:
            if right < 0 { throw valueError("negative shift count") }
            guard let count = Int(exactly: right), count < 1 << 26 else { throw error(exceptionType("OverflowError"), "too many digits in integer") }
            return int(left << count)
        case .rightShift:
            if right < 0 { throw valueError("negative shift count") }
            guard let count = Int(exactly: right), count < 1 << 30 else { return int(left < 0 ? -1 : 0) }
            // Python shifts round toward negative infinity; BigInt's shift rounds the magnitude.
            return int(left < 0 ? -((-left - 1) >> count) - 1 : left >> count)
        case .bitAnd: return int(left & right)
        case .bitOr: return int(left | right)
        case .bitXor: return int(left ^ right)
        case .matrixMultiply: throw unsupportedOperands(operation, Value(smallInt: 0), Value(smallInt: 0), inPlace: false)
        }
    }

    static func floorDivision(_ left: BigInt, _ right: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        var (quotient, remainder) = left.quotientAndRemainder(dividingBy: right)
        if remainder != 0 && (remainder.sign == .minus) != (right.sign == .minus) {
            quotient -= 1
            remainder += right
        }
        return (quotient, remainder)
    }

    /// int / int correctly rounded, as CPython's `long_true_divide`.
    func divideExactly(_ left: BigInt, _ right: BigInt) throws(PyError) -> Double {
        if left.magnitude.bitWidth <= 53 && right.magnitude.bitWidth <= 53 {
            return Double(left) / Double(right)
        }
        let result = Self.roundedQuotient(left, right)
        if result.isInfinite { throw error(exceptionType("OverflowError"), "integer division result too large for a float") }
        return result
    }

    /// numerator / denominator rounded once (half to even), ±infinity when it overflows. The quotient
    /// is computed in integers at the precision of the result's last place, then scaled exactly.
    static func roundedQuotient(_ numerator: BigInt, _ denominator: BigInt) -> Double {
        let sign: FloatingPointSign = (numerator.sign == .minus) != (denominator.sign == .minus) ? .minus : .plus
        let dividend = BigInt(numerator.magnitude)
        let divisor = BigInt(denominator.magnitude)
        if dividend == 0 { return sign == .minus ? -0.0 : 0.0 }
        // floor(log2(dividend / divisor)) from the bit widths, corrected by one comparison.
        var exponent = dividend.bitWidth - divisor.bitWidth
        if exponent >= 0 ? dividend < divisor << exponent : dividend << -exponent < divisor { exponent -= 1 }
        if exponent > Double.greatestFiniteMagnitude.exponent { return sign == .minus ? -.infinity : .infinity }
        // The exponent of the result's last place: 52 bits below the leading one, but not below
        // the smallest subnormal.
        let lastPlace = max(exponent - Double.significandBitCount, Double.leastNonzeroMagnitude.exponent)
        let (scaledDividend, scaledDivisor) = lastPlace <= 0 ? (dividend << -lastPlace, divisor) : (dividend, divisor << lastPlace)
        var (quotient, remainder) = scaledDividend.quotientAndRemainder(dividingBy: scaledDivisor)
        let twiceRemainder = remainder << 1
        if twiceRemainder > scaledDivisor || (twiceRemainder == scaledDivisor && quotient & 1 == 1) { quotient += 1 }
        return Double(sign: sign, exponent: lastPlace, significand: Double(quotient))
    }

    func floatOperation(_ operation: BinaryOperation, _ left: Double, _ right: Double) throws(PyError) -> Value {
        switch operation {
        case .add: return Value(left + right)
        case .subtract: return Value(left - right)
        case .multiply: return Value(left * right)
        case .trueDivide:
            if right == 0 { throw zeroDivision("float division by zero") }
            return Value(left / right)
        case .floorDivide:
            if right == 0 { throw zeroDivision("float floor division by zero") }
            return Value(Self.floatDivMod(left, right).quotient)
        case .modulo:
            if right == 0 { throw zeroDivision("float modulo") }
            return Value(Self.floatDivMod(left, right).remainder)
        case .power:
            return try floatPower(left, right)
        default:
            throw unsupportedOperands(operation, Value(left), Value(right), inPlace: false)
        }
    }

    func floatPower(_ left: Double, _ right: Double) throws(PyError) -> Value {
        // An infinite exponent is special-cased before zero bases, as in CPython's float_pow.
        if left == 0 && right < 0 && right.isFinite { throw zeroDivision("0.0 cannot be raised to a negative power") }
        if left < 0 && right != right.rounded() && right.isFinite {
            throw valueError("math domain error")
        }
        let result = pow(left, right)
        if result.isInfinite && left.isFinite && right.isFinite {
            throw error(exceptionType("OverflowError"), "(34, 'Numerical result out of range')")
        }
        return Value(result)
    }

    /// CPython's `_float_div_mod`.
    static func floatDivMod(_ left: Double, _ right: Double) -> (quotient: Double, remainder: Double) {
        var remainder = fmod(left, right)
        var division = (left - remainder) / right
        if remainder != 0 {
            if (right < 0) != (remainder < 0) {
                remainder += right
                division -= 1
            }
        } else {
            remainder = copysign(0, right)
        }
        var quotient: Double
        if division != 0 {
            quotient = division.rounded(.down)
            if division - quotient > 0.5 { quotient += 1 }
        } else {
            quotient = copysign(0, left / right)
        }
        return (quotient, remainder)
    }

    // MARK: general binary operations

    public func binaryOperation(_ operation: BinaryOperation, _ left: Value, _ right: Value, inPlace: Bool = false) throws(PyError) -> Value {
        // Numbers; instances of int and float subclasses go through their special methods.
        if isPlainNumber(left) && isPlainNumber(right) {
            if let result = try numberOperation(operation, left, right) { return result }
            throw unsupportedOperands(operation, left, right, inPlace: inPlace)
        }
        let leftType = typeOf(left)
        let rightType = typeOf(right)
        // User-defined special methods come before the built-in container behaviour only for
        // classes defined in Python.
        if let result = try specialBinaryOperation(operation, left, right, leftType, rightType, inPlace: inPlace) {
            return result
        }
        if let result = try builtinContainerOperation(operation, left, right, inPlace: inPlace) {
            return result
        }
        if let result = try nativeBinaryOperation(operation, left, right, inPlace: inPlace) {
            return result
        }
        throw unsupportedOperands(operation, left, right, inPlace: inPlace)
    }

    /// An int, bool or float of the built-in types themselves, not of a subclass.
    private func isPlainNumber(_ value: Value) -> Bool {
        value.isSmallInt || value.isFloat || value.isBool
            || (value.isInstance(exactly: PyInt.self) && value.objectTypeAddress == intType.address)
    }

    /// Arithmetic on ints, bools and floats (of subclasses too); nil when an operand is not a
    /// number or the operation does not apply to floats.
    func numberOperation(_ operation: BinaryOperation, _ left: Value, _ right: Value) throws(PyError) -> Value? {
        if let leftInteger = bigInt(left), let rightInteger = bigInt(right) {
            let result = try integerOperation(operation, leftInteger, rightInteger)
            if left.isBool && right.isBool, [.bitAnd, .bitOr, .bitXor].contains(operation) {
                return Value(result == Value(smallInt: 1))
            }
            return result
        }
        switch operation {
        case .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor, .matrixMultiply:
            return nil
        default:
            guard let leftDouble = try double(left), let rightDouble = try double(right) else { return nil }
            return try floatOperation(operation, leftDouble, rightDouble)
        }
    }

    func unsupportedOperands(_ operation: BinaryOperation, _ left: Value, _ right: Value, inPlace: Bool) -> PyError {
        let leftName = typeName(left)
        let rightName = typeName(right)
        if operation == .add && !inPlace {
            for (layout, name) in [(Layout.str, "str"), (.list, "list"), (.tuple, "tuple")] where typeOf(left).layout == layout && typeOf(left).name == name {
                return typeError("can only concatenate \(name) (not \"\(rightName)\") to \(name)")
            }
            if typeOf(left) === bytesType { return typeError("can't concat \(rightName) to bytes") }
        }
        if operation == .multiply {
            // Sequence repetition claims the operation before the operand types are compared.
            for (sequence, count) in [(left, right), (right, left)] where [.str, .list, .tuple, .bytes].contains(typeOf(sequence).layout) {
                return typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
            }
        }
        if operation == .power && !inPlace {
            return typeError("unsupported operand type(s) for ** or pow(): '\(leftName)' and '\(rightName)'")
        }
        let symbol = operation.symbol + (inPlace ? "=" : "")
        return typeError("unsupported operand type(s) for \(symbol): '\(leftName)' and '\(rightName)'")
    }

    /// `__op__` / `__rop__` / `__iop__` of classes defined in Python.
    private func specialBinaryOperation(_ operation: BinaryOperation, _ left: Value, _ right: Value, _ leftType: PyType, _ rightType: PyType, inPlace: Bool) throws(PyError) -> Value? {
        guard leftType.instancesHaveDict || rightType.instancesHaveDict else { return nil }
        let (forward, reflected, inPlaceName) = operation.methodNames
        if inPlace, leftType.instancesHaveDict, let method = leftType.lookup(intern(inPlaceName)) {
            let result = try call(method, [left, right])
            if result != notImplemented { return result }
        }
        let reflectedFirst = rightType !== leftType && rightType.isSubtype(of: leftType) && rightType.instancesHaveDict
        if reflectedFirst, let method = rightType.lookup(intern(reflected)) {
            let result = try call(method, [right, left])
            if result != notImplemented { return result }
        }
        if leftType.instancesHaveDict, let method = leftType.lookup(intern(forward)) {
            let result = try call(method, [left, right])
            if result != notImplemented { return result }
        }
        if !reflectedFirst, rightType !== leftType, rightType.instancesHaveDict, let method = rightType.lookup(intern(reflected)) {
            let result = try call(method, [right, left])
            if result != notImplemented { return result }
        }
        // A Python subclass of a built-in type falls back to the built-in behaviour.
        return nil
    }

    /// `a + b` and `a += b` for lists (and instances of their subclasses, as the cases below),
    /// tested first and without casts: list concatenation is common in loops, and the cases
    /// before it cast both operands to str, then the cases themselves retain them.
    private func concatenateLists(_ left: Value, _ right: Value, inPlace: Bool) -> Value {
        let right = right.unmanaged(PyList.self)
        return left.unmanaged(PyList.self)._withUnsafeGuaranteedRef { left in
            right._withUnsafeGuaranteedRef { right in
                if inPlace {
                    left.items.append(contentsOf: right.items)
                    return Value(left)
                }
                var items = heap.itemArray(minimumCapacity: left.items.count + right.items.count)
                items.append(contentsOf: left.items)
                items.append(contentsOf: right.items)
                return list(consume items)
            }
        }
    }

    func builtinContainerOperation(_ operation: BinaryOperation, _ left: Value, _ right: Value, inPlace: Bool) throws(PyError) -> Value? {
        guard left.isObject || right.isObject else { return nil }
        if operation == .add, left.isInstance(exactly: PyList.self), right.isInstance(exactly: PyList.self) {
            return concatenateLists(left, right, inPlace: inPlace)
        }
        switch (operation, left.isObject ? left.object : nil, right.isObject ? right.object : nil) {
        case (.add, let a as PyStr, let b as PyStr):
            if a.utf8Count < PyStr.deferredConcatenationMinimum { return str(a.value + b.value) }
            return track(PyStr(concatenating: a, b, type: strType))
        case (.multiply, let a as PyStr, _):
            guard let count = machineInt(right) else { return isIntLike(right) ? try indexTooLarge() : nil }
            return str(count <= 0 ? "" : String(repeating: a.value, count: count))
        case (.multiply, _, let b as PyStr) where isIntLike(left):
            guard let count = machineInt(left) else { return try indexTooLarge() }
            return str(count <= 0 ? "" : String(repeating: b.value, count: count))
        case (.modulo, let a as PyStr, _):
            return try percentFormat(a.value, right)
        case (.add, let a as PyList, let b as PyList):
            if inPlace {
                a.items.append(contentsOf: b.items)
                return left
            }
            return list(a.items + b.items)
        case (.add, let a as PyList, _) where inPlace:
            a.items.append(contentsOf: try collect(right))
            return left
        case (.multiply, let a as PyList, _):
            guard let count = machineInt(right) else { return isIntLike(right) ? try indexTooLarge() : nil }
            let repeated = count <= 0 ? [] : Array([[Value]](repeating: a.items, count: count).joined())
            if inPlace {
                a.items = repeated
                return left
            }
            return list(repeated)
        case (.multiply, _, let b as PyList) where isIntLike(left):
            guard let count = machineInt(left) else { return try indexTooLarge() }
            return list(count <= 0 ? [] : Array([[Value]](repeating: b.items, count: count).joined()))
        case (.add, let a as PyTuple, let b as PyTuple):
            return tuple(a.items + b.items)
        case (.multiply, let a as PyTuple, _):
            guard let count = machineInt(right) else { return isIntLike(right) ? try indexTooLarge() : nil }
            return tuple(count <= 0 ? [] : Array([[Value]](repeating: a.items, count: count).joined()))
        case (.multiply, _, let b as PyTuple) where isIntLike(left):
            guard let count = machineInt(left) else { return try indexTooLarge() }
            return tuple(count <= 0 ? [] : Array([[Value]](repeating: b.items, count: count).joined()))
        case (.multiply, let a as PyBytes, _) where isIntLike(right):
            return try repeated(a, right)
        case (.multiply, _, let b as PyBytes) where isIntLike(left):
            return try repeated(b, left)
        case (.add, let a as PyBytes, let b as PyBytes):
            return track(PyBytes(type: bytesType, a.bytes + b.bytes))
        case (_, let a as PySet, let b as PySet):
            return try setOperation(operation, a, b, inPlace: inPlace)
        case (.bitOr, let a as PyDict, let b as PyDict):
            if inPlace {
                try dictUpdate(a, from: right)
                return left
            }
            let merged = newDict()
            try dictUpdate(merged, from: left)
            try dictUpdate(merged, from: right)
            return Value(merged)
        case (.bitOr, let a as PyDict, _) where inPlace:
            try dictUpdate(a, from: right)
            return left
        default:
            return try dictViewSetOperation(operation, left, right)
        }
    }

    private func repeated(_ bytes: PyBytes, _ count: Value) throws(PyError) -> Value? {
        guard let times = machineInt(count) else { return try indexTooLarge() }
        return track(PyBytes(type: bytesType, times <= 0 ? [] : Array([[UInt8]](repeating: bytes.bytes, count: times).joined())))
    }

    private func indexTooLarge() throws(PyError) -> Value? {
        throw error(exceptionType("OverflowError"), "cannot fit 'int' into an index-sized integer")
    }

    /// The set operators as setobject.c's `set_or`, `set_iand`, ... compute them, so results iterate
    /// in CPython's order. A frozenset has no in-place forms: `|=` builds a new one.
    func setOperation(_ operation: BinaryOperation, _ left: PySet, _ right: PySet, inPlace: Bool) throws(PyError) -> Value? {
        let mutatesLeft = inPlace && !left.type.isSubtype(of: frozensetType)
        switch (operation, mutatesLeft) {
        case (.bitOr, false):
            let result = try copySet(left)
            try setMerge(result, right)
            return Value(result)
        case (.bitOr, true): try setMerge(left, right)
        case (.bitAnd, false): return Value(try intersection(left, Value(right)))
        case (.bitAnd, true): left.replaceTable(with: try intersection(left, Value(right)))
        case (.subtract, false): return Value(try difference(left, Value(right)))
        case (.subtract, true): try removeAll(of: Value(right), from: left)
        case (.bitXor, false): return Value(try symmetricDifference(left, Value(right)))
        case (.bitXor, true): try toggleAll(of: Value(right), in: left)
        default: return nil
        }
        return Value(left)
    }

    // MARK: unary

    func unaryOperation(_ opcode: Opcode, _ operand: Value) throws(PyError) -> Value {
        if isPlainNumber(operand) { return try numberUnaryOperation(opcode, operand)! }
        let (methodName, symbol) = switch opcode {
        case .unaryNegative: ("__neg__", "-")
        case .unaryPositive: ("__pos__", "+")
        default: ("__invert__", "~")
        }
        let type = typeOf(operand)
        if type.instancesHaveDict, let method = type.lookup(intern(methodName)) {
            return try call(method, [operand])
        }
        throw typeError("bad operand type for unary \(symbol): '\(type.name)'")
    }

    /// `-x`, `+x` and `~x` of an int, bool or float (of subclasses too); nil for other operands
    /// and for `~` of a float.
    func numberUnaryOperation(_ opcode: Opcode, _ operand: Value) throws(PyError) -> Value? {
        if let integer = bigInt(operand) {
            switch opcode {
            case .unaryNegative: return int(-integer)
            case .unaryPositive: return int(integer)
            default: return int(~integer)
            }
        }
        if let double = floatValue(operand) {
            switch opcode {
            case .unaryNegative: return Value(-double)
            case .unaryPositive: return Value(double)
            default: return nil
            }
        }
        return nil
    }

    // MARK: truth

    public func isTruthy(_ value: Value) throws(PyError) -> Bool {
        if value.isBool { return value == .true }
        if value.isSmallInt { return value.smallInt != 0 }
        if value.isFloat { return value.float != 0 }
        if value.isNone { return false }
        let object = value.object
        let type = object.type!
        if type.instancesHaveDict {
            if let method = type.lookup(identifier("__bool__")) {
                let result = try call(method, [value])
                guard result.isBool else { throw typeError("__bool__ should return bool, returned \(typeName(result))") }
                return result == .true
            }
            if let method = type.lookup(identifier("__len__")) {
                return try index(try call(method, [value])) != 0
            }
        }
        switch object {
        case let string as PyStr: return string.count != 0
        case let list as PyList: return !list.items.isEmpty
        case let tuple as PyTuple: return !tuple.items.isEmpty
        case let dict as PyDict: return dict.count != 0
        case let set as PySet: return set.count != 0
        case let big as PyInt: return big.value != 0
        case let range as PyRange: return range.machine.map { $0.count != 0 } ?? (range.length != 0)
        case let bytes as PyBytes: return !bytes.bytes.isEmpty
        case let view as PyDictView: return view.dict.count != 0
        default:
            // Python classes were handled above; native types may define either method.
            guard !type.instancesHaveDict else { return true }
            if let method = nativeSpecialMethod(type, identifier("__bool__")) { return try isTruthy(try call(method, [value])) }
            if let method = nativeSpecialMethod(type, identifier("__len__")) { return try index(try call(method, [value])) != 0 }
            return true
        }
    }

    // MARK: comparison

    public func compare(_ left: Value, _ right: Value, _ operation: ComparisonOperation) throws(PyError) -> Value {
        if let result = try builtinComparison(left, right, operation) { return Value(result) }
        let leftType = typeOf(left)
        let rightType = typeOf(right)
        if leftType.instancesHaveDict || rightType.instancesHaveDict {
            let reflectedFirst = rightType !== leftType && rightType.isSubtype(of: leftType)
            if reflectedFirst, let method = rightType.lookup(intern(operation.reflected.methodName)) {
                let result = try call(method, [right, left])
                if result != notImplemented { return result }
            }
            if let method = leftType.lookup(intern(operation.methodName)), !(method.as(PyBuiltinFunction.self) != nil && leftType.instancesHaveDict == false) {
                let result = try call(method, [left, right])
                if result != notImplemented { return result }
            }
            if !reflectedFirst, let method = rightType.lookup(intern(operation.reflected.methodName)) {
                let result = try call(method, [right, left])
                if result != notImplemented { return result }
            }
        }
        switch operation {
        case .equal: return Value(left == right)
        case .notEqual: return Value(left != right)
        default:
            throw typeError("'\(operation.symbol)' not supported between instances of '\(leftType.name)' and '\(rightType.name)'")
        }
    }

    /// Comparisons between built-in values; nil when the types need special methods or mismatch.
    /// `honouringOverrides` is false for the special methods of the built-in types themselves
    /// (`list.__eq__`), which compare as the built-in type whatever a subclass overrides.
    func builtinComparison(_ left: Value, _ right: Value, _ operation: ComparisonOperation, honouringOverrides: Bool = true) throws(PyError) -> Bool? {
        if honouringOverrides && (isBuiltinSubclassInstance(left) || isBuiltinSubclassInstance(right)) {
            // Their special methods, inherited or overridden, decide.
            return nil
        }
        if (floatValue(left) != nil || isIntLike(left)) && (floatValue(right) != nil || isIntLike(right)) {
            let order = numericOrder(left, right)
            return order.map { Self.apply(operation, $0) } ?? (operation == .notEqual)
        }
        guard left.isObject && right.isObject else {
            if operation == .equal || operation == .notEqual {
                if left.isNone || right.isNone || left.isObject || right.isObject {
                    let leftType = typeOf(left)
                    let rightType = typeOf(right)
                    if leftType.instancesHaveDict || rightType.instancesHaveDict { return nil }
                    return (left == right) == (operation == .equal)
                }
            }
            return nil
        }
        let a = left.object
        let b = right.object
        if honouringOverrides && (a.type.instancesHaveDict || b.type.instancesHaveDict) {
            func definedInPython(_ type: PyType, _ name: String) -> Bool { type.lookup(intern(name))?.as(PyFunction.self) != nil }
            if definedInPython(a.type, operation.methodName) || definedInPython(b.type, operation.reflected.methodName) { return nil }
            // object.__ne__ inverts __eq__, so a Python __eq__ decides != as well.
            if operation == .notEqual && (definedInPython(a.type, "__eq__") || definedInPython(b.type, "__eq__")) { return nil }
        }
        switch (a, b) {
        case (let x as PyStr, let y as PyStr):
            if operation == .equal { return x.hasSameText(as: y) }
            if operation == .notEqual { return !x.hasSameText(as: y) }
            return Self.apply(operation, Self.compareText(x.value, y.value))
        case (let x as PyList, let y as PyList):
            return try compareSequences(x.items, y.items, operation)
        case (let x as PyTuple, let y as PyTuple):
            return try compareSequences(x.items, y.items, operation)
        case (let x as PyBytes, let y as PyBytes):
            return Self.apply(operation, x.bytes.lexicographicallyPrecedes(y.bytes) ? -1 : (x.bytes == y.bytes ? 0 : 1))
        case (let x as PyDict, let y as PyDict):
            guard operation == .equal || operation == .notEqual else { return nil }
            return try dictEquals(x, y) == (operation == .equal)
        case (let x as PySet, let y as PySet):
            return try compareSets(x, y, operation)
        case (let x as PyRange, let y as PyRange):
            guard operation == .equal || operation == .notEqual else { return nil }
            let same = (x.length == 0 && y.length == 0) || (x.length == y.length && x.start == y.start && (x.length == 1 || x.step == y.step))
            return same == (operation == .equal)
        case _ where (a is PySet || isSetLikeView(a)) && (b is PySet || isSetLikeView(b)):
            // Keys and items views compare like the sets of their elements.
            func asSet(_ object: PyObject) throws(PyError) -> PySet {
                if let set = object as? PySet { return set }
                let set = newSet()
                try updateSet(set, with: Value(object))
                return set
            }
            return try compareSets(try asSet(a), try asSet(b), operation)
        default:
            // Instances of Python classes without comparison methods compare by identity.
            if !(a.type.instancesHaveDict && b.type.instancesHaveDict), let result = try nativeComparison(left, right, operation) {
                return try isTruthy(result)
            }
            if operation == .equal { return a === b }
            if operation == .notEqual { return a !== b }
            return nil
        }
    }

    /// An instance of a class defined in Python that derives from a built-in type other than object.
    private func isBuiltinSubclassInstance(_ value: Value) -> Bool {
        guard value.isObject, let type = value.object.type, type.instancesHaveDict else { return false }
        return type.layout != .object && type.layout != .baseException
    }

    static func compareText(_ left: String, _ right: String) -> Int {
        var leftIterator = left.utf8.makeIterator()
        var rightIterator = right.utf8.makeIterator()
        while true {
            switch (leftIterator.next(), rightIterator.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    static func apply(_ operation: ComparisonOperation, _ order: Int) -> Bool {
        switch operation {
        case .less: order < 0
        case .lessEqual: order <= 0
        case .equal: order == 0
        case .notEqual: order != 0
        case .greater: order > 0
        case .greaterEqual: order >= 0
        }
    }

    /// Ordering of two numbers, exact across int and float; nil when a NaN is involved.
    func numericOrder(_ left: Value, _ right: Value) -> Int? {
        let leftDouble = floatValue(left)
        let rightDouble = floatValue(right)
        if leftDouble != nil || rightDouble != nil {
            if let a = leftDouble, let b = rightDouble {
                if a.isNaN || b.isNaN { return nil }
                return a < b ? -1 : (a == b ? 0 : 1)
            }
            let (floatValue, integerValue, flipped) = leftDouble.map { ($0, bigInt(right)!, false) } ?? (rightDouble!, bigInt(left)!, true)
            if floatValue.isNaN { return nil }
            var order: Int
            if floatValue.isInfinite {
                order = floatValue > 0 ? 1 : -1
            } else {
                let floored = floatValue.rounded(.down)
                let integral = BigInt(floored)
                if integral != integerValue {
                    order = integral < integerValue ? -1 : 1
                } else {
                    order = floatValue > floored ? 1 : 0
                }
            }
            return flipped ? -order : order
        }
        if left.isSmallInt && right.isSmallInt {
            return left.smallInt < right.smallInt ? -1 : (left.smallInt == right.smallInt ? 0 : 1)
        }
        let a = bigInt(left)!
        let b = bigInt(right)!
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    func compareSequences(_ left: [Value], _ right: [Value], _ operation: ComparisonOperation) throws(PyError) -> Bool {
        if (operation == .equal || operation == .notEqual) && left.count != right.count {
            return operation == .notEqual
        }
        for index in 0..<min(left.count, right.count) where try !equals(left[index], right[index]) {
            if operation == .equal { return false }
            if operation == .notEqual { return true }
            return try isTruthy(try compare(left[index], right[index], operation))
        }
        return Self.apply(operation, left.count < right.count ? -1 : (left.count == right.count ? 0 : 1))
    }

    private func compareSets(_ left: PySet, _ right: PySet, _ operation: ComparisonOperation) throws(PyError) -> Bool {
        func isSubset(_ a: PySet, _ b: PySet) throws(PyError) -> Bool {
            guard a.count <= b.count else { return false }
            for item in a.elements where try !setContains(b, item) { return false }
            return true
        }
        switch operation {
        case .equal: return left.count == right.count ? try isSubset(left, right) : false
        case .notEqual: return left.count == right.count ? try !isSubset(left, right) : true
        case .lessEqual: return try isSubset(left, right)
        case .less: return left.count < right.count ? try isSubset(left, right) : false
        case .greaterEqual: return try isSubset(right, left)
        case .greater: return right.count < left.count ? try isSubset(right, left) : false
        }
    }

    /// `==` as containers use it: identity first, then equality.
    public func equals(_ left: Value, _ right: Value) throws(PyError) -> Bool {
        if left == right { return true }
        if left.isSmallInt && right.isSmallInt { return false }
        if let a = left.as(PyStr.self), let b = right.as(PyStr.self), a.type === strType, b.type === strType {
            return a.hasSameText(as: b)
        }
        return try isTruthy(try compare(left, right, .equal))
    }

    /// `<` for sorting.
    public func lessThan(_ left: Value, _ right: Value) throws(PyError) -> Bool {
        if left.isSmallInt && right.isSmallInt { return left.smallInt < right.smallInt }
        if let a = left.as(PyStr.self), let b = right.as(PyStr.self), a.type === strType, b.type === strType {
            return Self.compareText(a.value, b.value) < 0
        }
        return try isTruthy(try compare(left, right, .less))
    }

    // MARK: membership

    public func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        if let dict = exactDict(container) { return try dictGet(dict, item) != nil }
        let type = typeOf(container)
        if type.instancesHaveDict, let method = type.lookup(identifier("__contains__")) {
            return try isTruthy(try call(method, [container, item]))
        }
        return try builtinContains(container, item)
    }

    /// `item in container` as the built-in type of `container` computes it (`list.__contains__`).
    func builtinContains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        let type = typeOf(container)
        guard container.isObject else {
            throw typeError("argument of type '\(type.name)' is not iterable")
        }
        switch container.object {
        case let string as PyStr:
            guard let needle = item.as(PyStr.self) else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return needle.count == 0 || !string.occurrences(of: needle, within: 0..<string.count, limit: 1).isEmpty
        case let list as PyList:
            for element in list.items where try equals(element, item) { return true }
            return false
        case let tuple as PyTuple:
            for element in tuple.items where try equals(element, item) { return true }
            return false
        case let dict as PyDict:
            return try dictGet(dict, item) != nil
        case let set as PySet:
            return try setContains(set, item)
        case let view as PyDictView:
            switch view.kind {
            case .keys: return try dictGet(view.dict, item) != nil
            case .values:
                for (_, value) in view.dict.entries where try equals(value, item) { return true }
                return false
            case .items:
                guard let pair = item.as(PyTuple.self), pair.items.count == 2, let value = try dictGet(view.dict, pair.items[0]) else { return false }
                return try equals(value, pair.items[1])
            }
        case let range as PyRange:
            if let bounds = range.machine, let value = machineInt(item) {
                guard bounds.step > 0 ? (value >= bounds.start && value < bounds.stop) : (value <= bounds.start && value > bounds.stop) else { return false }
                return (value - bounds.start) % bounds.step == 0
            }
            guard let value = bigInt(item) else {
                if item.isFloat, item.float == item.float.rounded(), let converted = Int(exactly: item.float) {
                    return try contains(container, int(converted))
                }
                return false
            }
            if range.step > 0 ? (value < range.start || value >= range.stop) : (value > range.start || value <= range.stop) { return false }
            return (value - range.start) % range.step == 0
        case let bytes as PyBytes:
            if let byte = machineInt(item) { return bytes.bytes.contains(UInt8(truncatingIfNeeded: byte)) }
            return false
        default:
            if let method = nativeSpecialMethod(type, identifier("__contains__")) { return try isTruthy(try call(method, [container, item])) }
            let iterator = try getIterator(container)
            while let element = try nextItem(iterator) {
                if try equals(element, item) { return true }
            }
            return false
        }
    }
}
