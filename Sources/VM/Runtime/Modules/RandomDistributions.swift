// The real-valued distributions of `random.Random` (uniform, triangular, gauss, normalvariate,
// expovariate, ...), in random.py's floating-point steps so that results match to the last bit.

#if canImport(Glibc)
import Glibc
#endif

extension VM {
    /// random.py's constants, computed as it computes them.
    private static let normalMagic = 4 * Glibc.exp(-0.5) / (2.0).squareRoot()
    private static let logFour = Glibc.log(4.0)
    private static let gammaMagic = 1.0 + Glibc.log(4.5)
    private static let twoPi = 2 * Double.pi

    func installDistributions(_ type: PyType) {
        addRandomMethod(type, "uniform") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "uniform", ["a", "b"], required: 2)
            // Python arithmetic on the arguments themselves, as `a + (b - a) * random()`.
            let width = try vm.binaryOperation(.subtract, bound[1]!, bound[0]!)
            return try vm.binaryOperation(.add, bound[0]!, try vm.binaryOperation(.multiply, width, Value(random.twister.nextDouble())))
        }
        addRandomMethod(type, "triangular") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "triangular", ["low", "high", "mode"])
            let lowValue = bound[0] ?? Value(0.0)
            var low = try vm.mathArgument(lowValue)
            var high = try vm.mathArgument(bound[1] ?? Value(1.0))
            var draw = random.twister.nextDouble()
            var split = 0.5
            if let mode = bound[2], !mode.isNone {
                // A zero-width range returns `low` itself, as random.py's ZeroDivisionError handler does.
                guard high != low else { return lowValue }
                split = (try vm.mathArgument(mode) - low) / (high - low)
            }
            if draw > split {
                draw = 1.0 - draw
                split = 1.0 - split
                swap(&low, &high)
            }
            return Value(low + (high - low) * (draw * split).squareRoot())
        }
        addDistribution(type, "normalvariate", [("mu", 0.0), ("sigma", 1.0)]) { (_: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            parameters[0] + Self.normalDeviate(random) * parameters[1]
        }
        addDistribution(type, "lognormvariate", [("mu", nil), ("sigma", nil)]) { (vm: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            let result = Glibc.exp(parameters[0] + Self.normalDeviate(random) * parameters[1])
            if result.isInfinite { throw vm.error(vm.exceptionType("OverflowError"), "math range error") }
            return result
        }
        addDistribution(type, "gauss", [("mu", 0.0), ("sigma", 1.0)]) { (_: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            // Box-Muller gives two deviates; the second is kept for the next call.
            let deviate: Double
            if let kept = random.gaussNext {
                deviate = kept
                random.gaussNext = nil
            } else {
                let angle = random.twister.nextDouble() * Self.twoPi
                let radius = (-2.0 * Glibc.log(1.0 - random.twister.nextDouble())).squareRoot()
                deviate = Glibc.cos(angle) * radius
                random.gaussNext = Glibc.sin(angle) * radius
            }
            return parameters[0] + deviate * parameters[1]
        }
        addDistribution(type, "expovariate", [("lambd", nil)]) { (vm: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            try vm.floatOperation(.trueDivide, -Glibc.log(1.0 - random.twister.nextDouble()), parameters[0]).float
        }
        addDistribution(type, "vonmisesvariate", [("mu", nil), ("kappa", nil)]) { (_: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            let (mu, kappa) = (parameters[0], parameters[1])
            if kappa <= 1e-6 { return Self.twoPi * random.twister.nextDouble() }
            let s = 0.5 / kappa
            let r = s + (1.0 + s * s).squareRoot()
            var z: Double
            while true {
                z = Glibc.cos(Double.pi * random.twister.nextDouble())
                let d = z / (r + z)
                let u2 = random.twister.nextDouble()
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * Glibc.exp(d) { break }
            }
            let q = 1.0 / r
            let f = (q + z) / (1.0 + q * z)
            let angle = random.twister.nextDouble() > 0.5 ? mu + Glibc.acos(f) : mu - Glibc.acos(f)
            return Self.floatDivMod(angle, Self.twoPi).remainder
        }
        addDistribution(type, "gammavariate", [("alpha", nil), ("beta", nil)]) { (vm: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            try vm.gammaVariate(random, alpha: parameters[0], beta: parameters[1])
        }
        addDistribution(type, "betavariate", [("alpha", nil), ("beta", nil)]) { (vm: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            let y = try vm.gammaVariate(random, alpha: parameters[0], beta: 1.0)
            guard y != 0 else { return 0.0 }
            return y / (y + (try vm.gammaVariate(random, alpha: parameters[1], beta: 1.0)))
        }
        addDistribution(type, "paretovariate", [("alpha", nil)]) { (vm: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            let u = 1.0 - random.twister.nextDouble()
            return try vm.floatPower(u, try vm.floatOperation(.trueDivide, -1.0, parameters[0]).float).float
        }
        addDistribution(type, "weibullvariate", [("alpha", nil), ("beta", nil)]) { (vm: VM, random: PyRandom, parameters: [Double]) throws(PyError) -> Double in
            let u = 1.0 - random.twister.nextDouble()
            return parameters[0] * (try vm.floatPower(-Glibc.log(u), try vm.floatOperation(.trueDivide, 1.0, parameters[1]).float).float)
        }
    }

    /// Adds a method whose parameters are all real numbers; those without a default are required
    /// and come first, as in random.py.
    private func addDistribution(_ type: PyType, _ name: String, _ parameters: [(name: String, fallback: Double?)], _ draw: @escaping (VM, PyRandom, [Double]) throws(PyError) -> Double) {
        let required = parameters.filter { $0.fallback == nil }.count
        addRandomMethod(type, name) { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, name, parameters.map(\.name), required: required)
            var values: [Double] = []
            for (value, parameter) in zip(bound, parameters) {
                if let value { values.append(try vm.mathArgument(value)) } else { values.append(parameter.fallback!) }
            }
            return Value(try draw(vm, random, values))
        }
    }

    /// `normalvariate(0, 1)`: Kinderman and Monahan's ratio-of-uniforms method.
    private static func normalDeviate(_ random: PyRandom) -> Double {
        while true {
            let u1 = random.twister.nextDouble()
            let u2 = 1.0 - random.twister.nextDouble()
            let z = normalMagic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -Glibc.log(u2) { return z }
        }
    }

    /// `gammavariate(alpha, beta)`, with random.py's three methods by range of `alpha`.
    private func gammaVariate(_ random: PyRandom, alpha: Double, beta: Double) throws(PyError) -> Double {
        guard alpha > 0.0 && beta > 0.0 else { throw valueError("gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1.0 {
            // Cheng's rejection method.
            let ainv = (2.0 * alpha - 1.0).squareRoot()
            let bbb = alpha - Self.logFour
            let ccc = alpha + ainv
            while true {
                let u1 = random.twister.nextDouble()
                guard 1e-7 < u1 && u1 < 0.9999999 else { continue }
                let u2 = 1.0 - random.twister.nextDouble()
                let v = Glibc.log(u1 / (1.0 - u1)) / ainv
                let x = alpha * Glibc.exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + Self.gammaMagic - 4.5 * z >= 0.0 || r >= Glibc.log(z) { return x * beta }
            }
        }
        if alpha == 1.0 { return -Glibc.log(1.0 - random.twister.nextDouble()) * beta }
        // Ahrens and Dieter's method for alpha below 1.
        while true {
            let u = random.twister.nextDouble()
            let b = (M_E + alpha) / M_E
            let p = b * u
            let x = p <= 1.0 ? Glibc.pow(p, 1.0 / alpha) : -Glibc.log((b - p) / alpha)
            let u1 = random.twister.nextDouble()
            if p > 1.0 ? u1 <= Glibc.pow(x, alpha - 1.0) : u1 <= Glibc.exp(-x) { return x * beta }
        }
    }
}
