// The random module: `random.Random` with CPython 3.11's `random.py` algorithms over the
// Mersenne Twister, so that a seeded program draws exactly CPython's numbers. As in random.py,
// the module's functions are the bound methods of one hidden instance.

import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// A `random.Random` instance: its generator and the second normal deviate `gauss` keeps for
/// its next call.
final class PyRandom: PyObject {
    var twister: MersenneTwister
    var gaussNext: Double?
    /// The `__dict__` of an instance of a subclass defined in Python; nil for `Random`'s own.
    var attributes: PyDict?

    init(type: PyType, twister: MersenneTwister) {
        self.twister = twister
        super.init(type: type)
    }

    override func traverse(_ marker: inout Marker) {
        if let attributes { marker.mark(attributes) }
    }
}

extension VM {
    func makeRandomModule() -> PyModule {
        let module = newModule("random")
        let type = makeType("Random", base: objectType, layout: .random, module: "random")
        defineConstructor(type) { (vm: VM, type: PyType, arguments: CallArguments) throws(PyError) -> Value in
            try vm.rejectKeywords("Random", arguments, allowing: ["x"])
            if let failure = vm.argumentCountError("Random", arguments, minimum: 0, maximum: 1) { throw failure }
            let seed = arguments.keyword("x") ?? (arguments.count == 1 ? arguments[0] : .none)
            return vm.track(PyRandom(type: type, twister: try vm.seededTwister(seed, version: vm.int(2))))
        }
        installRandomMethods(type)
        installDistributions(type)
        installRandomSubclassing(type)
        let instance = track(PyRandom(type: type, twister: systemSeededTwister()))
        module.dict.insertOrReplace(key: intern("Random"), value: Value(type))
        module.dict.insertOrReplace(key: intern("_inst"), value: instance)
        for (key, method) in type.dict.entries {
            guard let name = key.as(PyStr.self), !name.value.hasPrefix("_") else { continue }
            module.dict.insertOrReplace(key: name, value: track(PyMethod(type: methodType, function: method, receiver: instance)))
        }
        return module
    }

    /// Adds a method of `random.Random`; `body` gets the instance and the arguments (the
    /// instance is `arguments[0]`, for the argument helpers).
    func addRandomMethod(_ type: PyType, _ name: String, _ body: @escaping (VM, PyRandom, CallArguments) throws(PyError) -> Value) {
        let qualifiedName = "Random.\(name)"
        addMethod(type, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            try body(vm, try vm.receiver(arguments, PyRandom.self, qualifiedName), arguments)
        }
    }

    /// `Random.__new__` makes the generator of an instance of a subclass and `Random.__init__`
    /// seeds it through `self.seed(x)`, which the subclass may override, as in random.py.
    private func installRandomSubclassing(_ type: PyType) {
        let new = builtinFunction("__new__") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            guard arguments.count >= 1, let subtype = arguments[0].as(PyType.self), subtype.isSubtype(of: type) else {
                throw vm.typeError("Random.__new__(X): X is not a subtype of Random")
            }
            if subtype === type { return try vm.instantiate(type, CallArguments(values: UnsafeBufferPointer(rebasing: arguments.values.dropFirst()), keywordNames: arguments.keywordNames)) }
            return vm.trackSubclassInstance(PyRandom(type: subtype, twister: vm.systemSeededTwister()))
        }
        type.dict.insertOrReplace(key: identifier("__new__"), value: permanent(PyDescriptor(type: staticMethodType, getter: new)))
        addRandomMethod(type, "__init__") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "Random", ["x"])
            _ = try vm.callMethod(arguments[0], "seed", [bound[0] ?? .none])
            random.gaussNext = nil
            return .none
        }
    }

    private func installRandomMethods(_ type: PyType) {
        addRandomMethod(type, "seed") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "seed", ["a", "version"])
            random.twister = try vm.seededTwister(bound[0] ?? .none, version: bound[1] ?? vm.int(2))
            random.gaussNext = nil
            return .none
        }
        addRandomMethod(type, "random") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "random")
            return Value(random.twister.nextDouble())
        }
        addRandomMethod(type, "getrandbits") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let count = try vm.bitCount(try vm.onlyArgument(arguments, "getrandbits"))
            return vm.int(BigInt(random.twister.randomBigBits(count)))
        }
        addRandomMethod(type, "randbytes") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let length = try vm.index(try vm.bindMethodArguments(arguments, "randbytes", ["n"], required: 1)[0]!)
            let number = random.twister.randomBigBits(try vm.bitCount(vm.int(length * 8)))
            let words = Array(number.words)
            let bytes = (0..<length).map { position in
                position / 8 < words.count ? UInt8(truncatingIfNeeded: words[position / 8] >> (8 * UInt(position % 8))) : 0
            }
            return vm.track(PyBytes(type: vm.bytesType, bytes))
        }
        addRandomMethod(type, "randrange") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "randrange", ["start", "stop", "step"], required: 1)
            return try vm.randomRange(random, start: bound[0]!, stop: bound[1], step: bound[2])
        }
        addRandomMethod(type, "randint") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "randint", ["a", "b"], required: 2)
            let high = bound[1]!
            // `b + 1`; small ints skip the general operator, which computes in BigInt.
            let stop = high.isSmallInt ? vm.int(high.smallInt + 1) : try vm.binaryOperation(.add, high, vm.int(1))
            return try vm.randomRange(random, start: bound[0]!, stop: stop, step: nil)
        }
        addRandomMethod(type, "choice") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let sequence = try vm.bindMethodArguments(arguments, "choice", ["seq"], required: 1)[0]!
            let count = try vm.length(sequence)
            guard count > 0 else { throw vm.indexError("Cannot choose from an empty sequence") }
            return try vm.getItem(sequence, vm.int(random.twister.below(count)))
        }
        addRandomMethod(type, "shuffle") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let sequence = try vm.bindMethodArguments(arguments, "shuffle", ["x"], required: 1)[0]!
            if let list = sequence.as(PyList.self) {
                for position in stride(from: list.items.count - 1, to: 0, by: -1) {
                    list.items.swapAt(position, random.twister.below(position + 1))
                }
                return .none
            }
            for position in stride(from: try vm.length(sequence) - 1, to: 0, by: -1) {
                let other = vm.int(random.twister.below(position + 1))
                let here = vm.int(position)
                let (otherItem, item) = (try vm.getItem(sequence, other), try vm.getItem(sequence, here))
                try vm.setItem(sequence, here, otherItem)
                try vm.setItem(sequence, other, item)
            }
            return .none
        }
        addRandomMethod(type, "sample") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "sample", ["population", "k", "counts"], required: 2, positionalLimit: 2)
            return try vm.randomSample(random, population: bound[0]!, count: bound[1]!, counts: bound[2])
        }
        addRandomMethod(type, "choices") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            let bound = try vm.bindMethodArguments(arguments, "choices", ["population", "weights", "cum_weights", "k"], required: 1, positionalLimit: 2)
            return try vm.randomChoices(random, population: bound[0]!, weights: bound[1], cumulativeWeights: bound[2], count: bound[3] ?? vm.int(1))
        }
        addRandomMethod(type, "getstate") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "getstate")
            let words = random.twister.state.map { vm.int(Int($0)) } + [vm.int(random.twister.index)]
            return vm.tuple([vm.int(3), vm.tuple(words), random.gaussNext.map { Value($0) } ?? .none])
        }
        addRandomMethod(type, "setstate") { (vm: VM, random: PyRandom, arguments: CallArguments) throws(PyError) -> Value in
            try vm.restoreRandomState(random, try vm.bindMethodArguments(arguments, "setstate", ["state"], required: 1)[0]!)
            return .none
        }
    }

    /// The generator `seed(a, version)` makes, following `Random.seed` and `random_seed` in C.
    func seededTwister(_ seed: Value, version: Value) throws(PyError) -> MersenneTwister {
        if seed.isNone { return systemSeededTwister() }
        let text: [UInt32]?
        if let string = seed.as(PyStr.self) {
            text = string.value.unicodeScalars.map(\.value)
        } else if let bytes = seed.as(PyBytes.self) {
            text = bytes.bytes.map(UInt32.init)
        } else {
            text = nil
        }
        let versionNumber = machineInt(version)
        if let text, versionNumber == 1 {
            // Version 1 hashed the text itself, as Python 2 did.
            var hash: UInt64 = text.first.map { UInt64($0) << 7 } ?? 0
            for character in text { hash = (1_000_003 &* hash) ^ UInt64(character) }
            hash ^= UInt64(text.count)
            return MersenneTwister(seed: BigUInt(hash))
        }
        if text != nil, versionNumber == 2 {
            let bytes = seed.as(PyBytes.self)?.bytes ?? Array(seed.as(PyStr.self)!.value.utf8)
            return MersenneTwister(seed: Self.bigEndianInteger(bytes + SHA512.digest(bytes)))
        }
        if let integer = bigInt(seed) { return MersenneTwister(seed: integer.magnitude) }
        guard seed.isFloat || text != nil else {
            throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
        return MersenneTwister(seed: BigUInt(UInt64(bitPattern: Int64(try hash(seed)))))
    }

    /// An unseeded generator starts from the system's random source, as CPython's does.
    func systemSeededTwister() -> MersenneTwister {
        var source = SystemRandomNumberGenerator()
        return MersenneTwister(key: (0..<MersenneTwister.stateSize).map { _ in source.next() })
    }

    /// `int.from_bytes(bytes, 'big')`.
    private static func bigEndianInteger(_ bytes: [UInt8]) -> BigUInt {
        var words: [UInt] = []
        var end = bytes.count
        while end > 0 {
            var word: UInt = 0
            for byte in bytes[max(0, end - 8)..<end] { word = word << 8 | UInt(byte) }
            words.append(word)
            end -= 8
        }
        return BigUInt(words: words)
    }

    /// The bit count of `getrandbits`, which must not be negative.
    private func bitCount(_ value: Value) throws(PyError) -> Int {
        let count = try index(value)
        guard count >= 0 else { throw valueError("number of bits must be non-negative") }
        return count
    }

    /// `Random.randrange(start, stop, step)`; nil stands for an omitted argument.
    private func randomRange(_ random: PyRandom, start: Value, stop: Value?, step: Value?) throws(PyError) -> Value {
        let stop = stop?.isNone == true ? nil : stop
        // random.py checks this before converting the step.
        if stop == nil, let step, machineInt(step) != 1 { throw typeError("Missing a non-None stop argument") }
        // Small ints cannot overflow in the range arithmetic, which then needs no BigInt.
        if start.isSmallInt && stop?.isSmallInt != false && step?.isSmallInt != false {
            return int(try drawFromRange(low: start.smallInt, high: stop?.smallInt, stride: step?.smallInt) { random.twister.below($0) })
        }
        let low = try randomRangeInteger(start, "arg 1")
        var high: BigInt?
        if let stop { high = try randomRangeInteger(stop, "stop") }
        var stride: BigInt?
        if let step, high != nil { stride = try randomRangeInteger(step, "step") }
        return int(try drawFromRange(low: low, high: high, stride: stride) { BigInt(random.twister.below($0.magnitude)) })
    }

    /// random.py's `randrange` arithmetic on converted arguments; `below(n)` draws from `0..<n`.
    private func drawFromRange<Number: SignedInteger>(low: Number, high: Number?, stride: Number?, below: (Number) -> Number) throws(PyError) -> Number {
        guard let high else {
            guard low > 0 else { throw valueError("empty range for randrange()") }
            return below(low)
        }
        let width = high - low
        let stride = stride ?? 1
        if stride == 1 {
            guard width > 0 else { throw valueError("empty range for randrange() (\(low), \(high), \(width))") }
            return low + below(width)
        }
        guard stride != 0 else { throw valueError("zero step for randrange()") }
        // Python's floor division of the width rounded away from zero by the step.
        let numerator = stride > 0 ? width + stride - 1 : width + stride + 1
        var count = numerator / stride
        if numerator % stride != 0 && (numerator < 0) != (stride < 0) { count -= 1 }
        guard count > 0 else { throw valueError("empty range for randrange()") }
        return low + stride * below(count)
    }

    /// An argument of `randrange`: an int, or (deprecated, without CPython's warning) a value
    /// that `int()` converts without loss.
    private func randomRangeInteger(_ value: Value, _ label: String) throws(PyError) -> BigInt {
        if let integer = bigInt(value) { return integer }
        if typeOf(value).lookup(identifier("__index__")) != nil { return BigInt(try index(value)) }
        let converted = try intConstructor(value, base: .null)
        guard try equals(converted, value) else { throw valueError("non-integer \(label) for randrange()") }
        return bigInt(converted)!
    }

    /// `Random.sample(population, k, counts=counts)`.
    private func randomSample(_ random: PyRandom, population: Value, count countValue: Value, counts: Value?) throws(PyError) -> Value {
        if population.as(PySet.self) != nil || population.as(PyDict.self) != nil {
            throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let size = try length(population)
        if let counts, !counts.isNone {
            var cumulative: [Int] = []
            for item in try collect(counts) {
                guard isIntLike(item) else { throw typeError("Counts must be integers") }
                cumulative.append((cumulative.last ?? 0) + (try index(item)))
            }
            guard cumulative.count == size else { throw valueError("The number of counts does not match the population") }
            let total = cumulative.removeLast()
            guard total > 0 else { throw valueError("Total of counts must be greater than zero") }
            let selections = try sampleIndices(random, from: total, count: countValue)
            var result: [Value] = []
            for selection in selections {
                result.append(try getItem(population, int(Self.bisectRight(cumulative.count) { selection < cumulative[$0] })))
            }
            return list(result)
        }
        var result: [Value] = []
        for position in try sampleIndices(random, from: size, count: countValue) { result.append(try getItem(population, int(position))) }
        return list(result)
    }

    /// The positions `sample` picks from a population of `size`, with both of random.py's
    /// algorithms: a shrinking pool for small populations, rejection of repeats otherwise.
    private func sampleIndices(_ random: PyRandom, from size: Int, count countValue: Value) throws(PyError) -> [Int] {
        let count = try index(countValue)
        guard 0 <= count && count <= size else { throw valueError("Sample larger than population or is negative") }
        // random.py's estimate of when a set of chosen positions costs less than a pool.
        var setSize = 21
        if count > 5 { setSize += Int(Glibc.pow(4, Glibc.ceil(Glibc.log(Double(count * 3)) / Glibc.log(4)))) }
        var result: [Int] = []
        result.reserveCapacity(count)
        if size <= setSize {
            var pool = Array(0..<size)
            for drawn in 0..<count {
                let position = random.twister.below(size - drawn)
                result.append(pool[position])
                pool[position] = pool[size - drawn - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<count {
                var position = random.twister.below(size)
                while selected.contains(position) { position = random.twister.below(size) }
                selected.insert(position)
                result.append(position)
            }
        }
        return result
    }

    /// `Random.choices(population, weights, cum_weights=, k=)`.
    private func randomChoices(_ random: PyRandom, population: Value, weights: Value?, cumulativeWeights: Value?, count countValue: Value) throws(PyError) -> Value {
        let size = try length(population)
        let count = max(0, try index(countValue))
        var result: [Value] = []
        result.reserveCapacity(count)
        var cumulative: [Value]
        if let cumulativeWeights, !cumulativeWeights.isNone {
            if let weights, !weights.isNone { throw typeError("Cannot specify both weights and cumulative weights") }
            cumulative = try collect(cumulativeWeights)
        } else if let weights, !weights.isNone {
            if isIntLike(weights) { throw typeError("The number of choices must be a keyword argument: k=\(try repr(weights))") }
            cumulative = []
            for weight in try collect(weights) {
                if let total = cumulative.last {
                    cumulative.append(try binaryOperation(.add, total, weight))
                } else {
                    cumulative.append(weight)
                }
            }
        } else {
            for _ in 0..<count {
                result.append(try getItem(population, int(Int(Glibc.floor(random.twister.nextDouble() * Double(size))))))
            }
            return list(result)
        }
        guard cumulative.count == size else { throw valueError("The number of weights does not match the population") }
        guard let last = cumulative.last else { throw indexError("list index out of range") }
        let total = try mathArgument(try binaryOperation(.add, last, Value(0.0)))
        guard total > 0 else { throw valueError("Total of weights must be greater than zero") }
        guard total.isFinite else { throw valueError("Total of weights must be finite") }
        for _ in 0..<count {
            let point = Value(random.twister.nextDouble() * total)
            var failure: PyError?
            let position = Self.bisectRight(size - 1) { index in
                do throws(PyError) { return try lessThan(point, cumulative[index]) } catch { failure = error; return false }
            }
            if let failure { throw failure }
            result.append(try getItem(population, int(position)))
        }
        return list(result)
    }

    /// `bisect.bisect_right` over positions `0..<end`, where `isBefore(i)` says whether the
    /// searched value sorts before the item at `i`.
    private static func bisectRight(_ end: Int, _ isBefore: (Int) -> Bool) -> Int {
        var low = 0
        var high = end
        while low < high {
            let middle = (low + high) / 2
            if isBefore(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// `Random.setstate(state)` for states of versions 2 and 3, as `getstate()` returns them.
    private func restoreRandomState(_ random: PyRandom, _ state: Value) throws(PyError) {
        let version = try getItem(state, int(0))
        guard let versionNumber = machineInt(version), versionNumber == 2 || versionNumber == 3 else {
            throw valueError("state with version \(try toStr(version)) passed to Random.setstate() of version 3")
        }
        let parts = try collect(state)
        guard parts.count == 3 else {
            throw valueError(parts.count > 3 ? "too many values to unpack (expected 3)" : "not enough values to unpack (expected 3, got \(parts.count))")
        }
        guard let vector = parts[1].as(PyTuple.self) else { throw typeError("state vector must be a tuple") }
        guard vector.items.count == MersenneTwister.stateSize + 1 else { throw valueError("state vector is the wrong size") }
        var words: [UInt32] = []
        for item in vector.items.dropLast() {
            guard let word = bigInt(item) else { throw typeError("'\(typeName(item))' object cannot be interpreted as an integer") }
            // Version 2 states were saved from signed words.
            if versionNumber == 3 && word < 0 { throw error(exceptionType("OverflowError"), "can't convert negative int to unsigned") }
            words.append(UInt32(Self.floorDivision(word, 1 << 32).remainder))
        }
        guard let twister = MersenneTwister(state: words, index: try index(vector.items.last!)) else { throw valueError("invalid state") }
        random.twister = twister
        random.gaussNext = parts[2].isNone ? nil : try mathArgument(parts[2])
    }
}
