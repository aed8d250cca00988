// Superinstructions: frequent pairs of instructions fused so that they cost one dispatch.

/// The interpreter's indirect jump per instruction is a large share of its time (a quarter of
/// the loop's samples on pyperformance's nbody). The pairs fused here are the most frequent ones
/// measured on the pyperformance benchmarks. A fused opcode replaces the first instruction of the
/// pair in the code object's instruction copy; the second word stays where it is, supplies its
/// argument and is skipped, so a jump to it still runs it alone.
enum Superinstructions {
    private static let fusions: [(first: Opcode, second: Opcode, fused: Opcode)] = [
        (.loadFast, .loadFast, .loadFastLoadFast),
        (.loadFast, .loadConst, .loadFastLoadConst),
        (.storeFast, .loadFast, .storeFastLoadFast),
        (.compareOp, .popJumpIfFalse, .compareOpPopJumpIfFalse),
    ]

    /// Fuses pairs in `words` (a copy of `code.instructions`). A pair is fused only when both
    /// instructions share a line and an exception handler, so errors are reported alike, and when
    /// the second is not where the debugger may write a line event, so its argument stays readable.
    static func fuse(_ words: UnsafeMutablePointer<UInt32>, of code: CodeObject) {
        let count = code.instructions.count
        guard count > 1 else { return }
        let lineEventPoints = Set(code.lineEventPoints)
        for index in 0..<(count - 1) {
            let first = UInt8(truncatingIfNeeded: code.instructions[index])
            let second = UInt8(truncatingIfNeeded: code.instructions[index + 1])
            guard let fusion = fusions.first(where: { $0.first.rawValue == first && $0.second.rawValue == second }),
                  code.lines[index] == code.lines[index + 1],
                  code.handlerIndex[index] == code.handlerIndex[index + 1],
                  !lineEventPoints.contains(index + 1) else { continue }
            words[index] = code.instructions[index] & ~0xFF | UInt32(fusion.fused.rawValue)
        }
    }
}
