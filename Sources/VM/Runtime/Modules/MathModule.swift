// The math module, on the C library's functions, with CPython's domain and range errors.

import BigInt
#if canImport(Glibc)
import Glibc
#endif

extension VM {
    func makeMathModule() -> PyModule {
        let module = newModule("math")
        func constant(_ name: String, _ value: Double) { module.dict.insertOrReplace(key: intern(name), value: Value(value)) }
        constant("pi", Double.pi)
        constant("e", M_E)
        constant("tau", 2 * Double.pi)
        constant("inf", .infinity)
        constant("nan", .nan)
        func unary(_ name: String, _ function: @escaping (Double) -> Double, domain: ((Double) -> Bool)? = nil) {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                if let failure = vm.argumentCountError(name, arguments, minimum: 1, maximum: 1) { throw failure }
                let x = try vm.mathArgument(arguments[0])
                if let domain, !domain(x) { throw vm.valueError("math domain error") }
                let result = function(x)
                if result.isNaN && !x.isNaN { throw vm.valueError("math domain error") }
                if result.isInfinite && x.isFinite { throw vm.error(vm.exceptionType("OverflowError"), "math range error") }
                return Value(result)
            }
        }
        unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN })
        unary("exp", { Glibc.exp($0) })
        unary("sin", { Glibc.sin($0) }, domain: { !$0.isInfinite })
        unary("cos", { Glibc.cos($0) }, domain: { !$0.isInfinite })
        unary("tan", { Glibc.tan($0) }, domain: { !$0.isInfinite })
        unary("asin", { Glibc.asin($0) })
        unary("acos", { Glibc.acos($0) })
        unary("atan", { Glibc.atan($0) })
        unary("sinh", { Glibc.sinh($0) })
        unary("cosh", { Glibc.cosh($0) })
        unary("tanh", { Glibc.tanh($0) })
        unary("fabs", { Swift.abs($0) })
        for (name, function) in [("log2", { Glibc.log2($0) }), ("log10", { Glibc.log10($0) })] as [(String, (Double) -> Double)] {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                if let failure = vm.argumentCountError(name, arguments, minimum: 1, maximum: 1) { throw failure }
                return Value(try vm.logarithm(arguments[0], function))
            }
        }
        unary("log1p", { Glibc.log1p($0) }, domain: { $0 > -1 || $0.isNaN })
        unary("expm1", { Glibc.expm1($0) })
        unary("degrees", { $0 * 180 / Double.pi })
        unary("radians", { $0 * Double.pi / 180 })
        unary("erf", { Glibc.erf($0) })
        unary("erfc", { Glibc.erfc($0) })
        unary("gamma", { Glibc.tgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) && $0 != -.infinity })
        unary("lgamma", { Glibc.lgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) })
        addFunction(module, "log") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if let failure = vm.argumentCountError("log", arguments, minimum: 1, maximum: 2) { throw failure }
            let numerator = try vm.logarithm(arguments[0], { Glibc.log($0) })
            if arguments.count == 2 {
                let denominator = try vm.logarithm(arguments[1], { Glibc.log($0) })
                if denominator == 0 { throw vm.error(vm.exceptionType("ZeroDivisionError"), "float division by zero") }
                return Value(numerator / denominator)
            }
            return Value(numerator)
        }
        for (name, rounding) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                if let failure = vm.argumentCountError(name, arguments, minimum: 1, maximum: 1) { throw failure }
                let value = arguments[0]
                if let integer = vm.bigInt(value) { return vm.int(integer) }
                let type = vm.typeOf(value)
                if type.instancesHaveDict, let method = type.lookup(vm.intern("__\(name)__")) { return try vm.call(method, [value]) }
                let x = try vm.mathArgument(value)
                if x.isNaN { throw vm.valueError("cannot convert float NaN to integer") }
                if x.isInfinite { throw vm.error(vm.exceptionType("OverflowError"), "cannot convert float infinity to integer") }
                return vm.int(BigInt(x.rounded(rounding)))
            }
        }
        func binary(_ name: String, _ function: @escaping (VM, Double, Double) throws(PyError) -> Double) {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                if let failure = vm.argumentCountError(name, arguments, minimum: 2, maximum: 2) { throw failure }
                return Value(try function(vm, try vm.mathArgument(arguments[0]), try vm.mathArgument(arguments[1])))
            }
        }
        binary("atan2") { (_: VM, y: Double, x: Double) throws(PyError) -> Double in Glibc.atan2(y, x) }
        binary("copysign") { (_: VM, x: Double, y: Double) throws(PyError) -> Double in Glibc.copysign(x, y) }
        binary("fmod") { (vm: VM, x: Double, y: Double) throws(PyError) -> Double in
            if y == 0 || x.isInfinite { throw vm.valueError("math domain error") }
            return Glibc.fmod(x, y)
        }
        binary("pow") { (vm: VM, x: Double, y: Double) throws(PyError) -> Double in
            if x == 0 && y < 0 { throw vm.valueError("math domain error") }
            if x < 0 && y.isFinite && y != y.rounded() { throw vm.valueError("math domain error") }
            let result = Glibc.pow(x, y)
            if result.isInfinite && x.isFinite && y.isFinite { throw vm.error(vm.exceptionType("OverflowError"), "math range error") }
            return result
        }
        binary("ldexp") { (_: VM, x: Double, i: Double) throws(PyError) -> Double in Glibc.ldexp(x, Int32(clamping: Int(i))) }
        binary("remainder") { (_: VM, x: Double, y: Double) throws(PyError) -> Double in Glibc.remainder(x, y) }
        addFunction(module, "hypot") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            var total = 0.0
            for value in arguments.positional { let x = try vm.mathArgument(value); total += x * x }
            return Value(total.squareRoot())
        }
        addFunction(module, "dist") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let p = try vm.collect(arguments[0])
            let q = try vm.collect(arguments[1])
            guard p.count == q.count else { throw vm.valueError("both points must have the same number of dimensions") }
            var total = 0.0
            for (a, b) in zip(p, q) { let d = try vm.mathArgument(a) - vm.mathArgument(b); total += d * d }
            return Value(total.squareRoot())
        }
        for (name, test) in [("isnan", { (x: Double) in x.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite })] {
            addFunction(module, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
                Value(test(try vm.mathArgument(arguments[0])))
            }
        }
        addFunction(module, "isclose") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let a = try vm.mathArgument(arguments[0])
            let b = try vm.mathArgument(arguments[1])
            let relative = try arguments.keyword("rel_tol").map { (value) throws(PyError) -> Double in try vm.mathArgument(value) } ?? 1e-9
            let absolute = try arguments.keyword("abs_tol").map { (value) throws(PyError) -> Double in try vm.mathArgument(value) } ?? 0
            if relative < 0 || absolute < 0 { throw vm.valueError("tolerances must be non-negative") }
            if a == b { return .true }
            if a.isInfinite || b.isInfinite { return .false }
            let difference = Swift.abs(b - a)
            return Value(difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a) || difference <= absolute)
        }
        addFunction(module, "factorial") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            if arguments[0].isFloat { throw vm.typeError("'float' object cannot be interpreted as an integer") }
            let n = try vm.index(arguments[0])
            if n < 0 { throw vm.valueError("factorial() not defined for negative values") }
            var result = BigInt(1)
            if n > 1 { for factor in 2...n { result *= BigInt(factor) } }
            return vm.int(result)
        }
        addFunction(module, "gcd") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            var result = BigInt(0)
            for value in arguments.positional {
                guard let integer = vm.bigInt(value) else { throw vm.typeError("'\(vm.typeName(value))' object cannot be interpreted as an integer") }
                result = result.greatestCommonDivisor(with: integer)
            }
            return vm.int(result)
        }
        addFunction(module, "lcm") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            var result = BigInt(1)
            for value in arguments.positional {
                guard let integer = vm.bigInt(value) else { throw vm.typeError("'\(vm.typeName(value))' object cannot be interpreted as an integer") }
                if integer == 0 { return Value(smallInt: 0) }
                result = BigInt((result * integer).magnitude) / result.greatestCommonDivisor(with: integer)
            }
            return vm.int(result)
        }
        addFunction(module, "isqrt") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            guard let n = vm.bigInt(arguments[0]) else { throw vm.typeError("'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer") }
            if n < 0 { throw vm.valueError("isqrt() argument must be nonnegative") }
            return vm.int(n.squareRoot())
        }
        addFunction(module, "comb") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let n = try vm.index(arguments[0]), k = try vm.index(arguments[1])
            if n < 0 || k < 0 { throw vm.valueError("\(n < 0 ? "n" : "k") must be a non-negative integer") }
            if k > n { return Value(smallInt: 0) }
            var result = BigInt(1)
            for i in 0..<min(k, n - k) { result = result * BigInt(n - i) / BigInt(i + 1) }
            return vm.int(result)
        }
        addFunction(module, "perm") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let n = try vm.index(arguments[0])
            let k = arguments.count > 1 && !arguments[1].isNone ? try vm.index(arguments[1]) : n
            if n < 0 || k < 0 { throw vm.valueError("\(n < 0 ? "n" : "k") must be a non-negative integer") }
            if k > n { return Value(smallInt: 0) }
            var result = BigInt(1)
            for i in 0..<k { result *= BigInt(n - i) }
            return vm.int(result)
        }
        addFunction(module, "prod") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            var result = arguments.keyword("start") ?? Value(smallInt: 1)
            for item in try vm.collect(arguments[0]) { result = try vm.binaryOperation(.multiply, result, item) }
            return result
        }
        addFunction(module, "fsum") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            // Shewchuk's exact summation, as CPython's msum.
            var partials: [Double] = []
            for item in try vm.collect(arguments[0]) {
                var x = try vm.mathArgument(item)
                var kept: [Double] = []
                for var y in partials {
                    if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                    let high = x + y
                    let low = y - (high - x)
                    if low != 0 { kept.append(low) }
                    x = high
                }
                kept.append(x)
                partials = kept
            }
            var total = 0.0
            if var index = partials.indices.last {
                total = partials[index]
                while index > 0 {
                    index -= 1
                    let x = total
                    let y = partials[index]
                    total = x + y
                    let low = y - (total - x)
                    if low != 0 {
                        if index > 0 && ((low < 0 && partials[index - 1] < 0) || (low > 0 && partials[index - 1] > 0)) {
                            let y2 = low * 2
                            let x2 = total + y2
                            if y2 == x2 - total { total = x2 }
                        }
                        break
                    }
                }
            }
            return Value(total)
        }
        return module
    }

    /// CPython's `loghelper`: an int too large for a double is split into a mantissa and a power
    /// of two, whose logarithms are added.
    func logarithm(_ value: Value, _ function: (Double) -> Double) throws(PyError) -> Double {
        if let big = value.as(PyInt.self), big.value > 0, Self.roundedQuotient(big.value, 1).isInfinite {
            var exponent = big.value.magnitude.bitWidth
            var mantissa = Self.roundedQuotient(big.value, BigInt(1) << exponent)
            if mantissa == 1 {
                mantissa = 0.5
                exponent += 1
            }
            return function(mantissa) + function(2) * Double(exponent)
        }
        let x = try mathArgument(value)
        guard x > 0 || x.isNaN else { throw valueError("math domain error") }
        return function(x)
    }

    func mathArgument(_ value: Value) throws(PyError) -> Double {
        if let double = try double(value) { return double }
        let type = typeOf(value)
        if type.instancesHaveDict, let method = type.lookup(identifier("__float__")) { return try floatConstructor(try call(method, [value])) }
        throw typeError("must be real number, not \(type.name)")
    }
}
