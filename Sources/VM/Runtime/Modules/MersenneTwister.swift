// CPython's Mersenne Twister (MT19937 as in `Modules/_randommodule.c`) and the integer and float
// draws `random.py` builds on it, step for step, so a seeded program sees CPython's numbers.

import BigInt

struct MersenneTwister {
    static let stateSize = 624
    private static let middleWord = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private(set) var state: [UInt32]
    /// The next word of `state` to temper; `stateSize` means the state must be regenerated first.
    private(set) var index: Int

    /// `init_by_array`: CPython seeds every generator this way, from the seed's 32-bit words.
    init(key: [UInt32]) {
        state = [UInt32](repeating: 0, count: Self.stateSize)
        state[0] = 19_650_218
        for position in 1..<Self.stateSize {
            let previous = state[position - 1]
            state[position] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(position)
        }
        index = Self.stateSize
        var i = 1
        var j = 0
        for _ in 0..<max(Self.stateSize, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= Self.stateSize { state[0] = state[Self.stateSize - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.stateSize - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.stateSize { state[0] = state[Self.stateSize - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    /// Seeds from a non-negative integer: its 32-bit words, least significant first (one zero
    /// word for 0), as `random_seed` passes them to `init_by_array`.
    init(seed: BigUInt) {
        let words = Array(seed.words)
        let keyLength = max(1, (seed.bitWidth + 31) / 32)
        self.init(key: (0..<keyLength).map { position in
            guard position / 2 < words.count else { return 0 }
            return UInt32(truncatingIfNeeded: UInt64(words[position / 2]) >> (32 * UInt64(position % 2)))
        })
    }

    /// A state saved by `getstate()`; nil when the index is out of range.
    init?(state: [UInt32], index: Int) {
        guard state.count == Self.stateSize, (0...Self.stateSize).contains(index) else { return nil }
        self.state = state
        self.index = index
    }

    /// `genrand_uint32`.
    mutating func nextWord() -> UInt32 {
        if index >= Self.stateSize { regenerate() }
        var word = state[index]
        index += 1
        word ^= word >> 11
        word ^= (word << 7) & 0x9d2c_5680
        word ^= (word << 15) & 0xefc6_0000
        word ^= word >> 18
        return word
    }

    private mutating func regenerate() {
        for position in 0..<Self.stateSize {
            let mixed = (state[position] & Self.upperMask) | (state[(position + 1) % Self.stateSize] & Self.lowerMask)
            let twisted = state[(position + Self.middleWord) % Self.stateSize] ^ (mixed >> 1)
            state[position] = mixed & 1 == 0 ? twisted : twisted ^ Self.matrixA
        }
        index = 0
    }

    /// `random()`: 53 random bits from two words (27 and 26 of them) as a float in [0, 1).
    mutating func nextDouble() -> Double {
        let high = Double(nextWord() >> 5)
        let low = Double(nextWord() >> 6)
        return (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(count)` for `count <= 64`.
    mutating func randomBits(_ count: Int) -> UInt64 {
        var result: UInt64 = 0
        for shift in stride(from: 0, to: count, by: 32) {
            result |= UInt64(nextWord(keeping: count - shift)) << shift
        }
        return result
    }

    /// `getrandbits(count)` for any non-negative `count`.
    mutating func randomBigBits(_ count: Int) -> BigUInt {
        if count <= 64 { return BigUInt(randomBits(count)) }
        var words: [UInt] = []
        for shift in stride(from: 0, to: count, by: 64) {
            let low = UInt(nextWord(keeping: count - shift))
            let high = count - shift > 32 ? UInt(nextWord(keeping: count - shift - 32)) : 0
            words.append(low | high << 32)
        }
        return BigUInt(words: words)
    }

    /// `getrandbits` fills numbers 32 bits at a time, least significant first; a last word of
    /// fewer bits keeps the top bits of a drawn word.
    private mutating func nextWord(keeping bits: Int) -> UInt32 {
        nextWord() >> (32 - min(bits, 32))
    }

    /// `_randbelow_with_getrandbits`: a uniform int in `0..<bound` (bound > 0), drawing
    /// `bound.bit_length()` bits until the result falls below the bound.
    mutating func below(_ bound: Int) -> Int {
        let bitLength = Int.bitWidth - bound.leadingZeroBitCount
        while true {
            let candidate = Int(randomBits(bitLength))
            if candidate < bound { return candidate }
        }
    }

    mutating func below(_ bound: BigUInt) -> BigUInt {
        if let small = Int(exactly: bound) { return BigUInt(below(small)) }
        while true {
            let candidate = randomBigBits(bound.bitWidth)
            if candidate < bound { return candidate }
        }
    }
}
