// Where a code object reports line events when the debugger patches it.

extension CodeObject {
    /// Instructions that begin a line: the first one, each one whose line differs from the
    /// previous instruction's, and each backward-jump target (a loop header that starts again).
    var lineEventPoints: [Int] {
        var points = Set<Int>()
        for index in 0..<instructions.count {
            if index == 0 || lines[index] != lines[index - 1] { points.insert(index) }
            let word = instructions[index]
            if UInt8(truncatingIfNeeded: word) == Opcode.jumpBackward.rawValue { points.insert(Int(word >> 8)) }
        }
        return points.sorted()
    }

    /// Writes the line-event opcode over instruction `index`, or puts the original back. One
    /// aligned 32-bit store, so the interpreter may be running this code meanwhile.
    func setLineEvent(_ enabled: Bool, at index: Int) {
        instructionPointer[index] = enabled ? encodeInstruction(.lineEvent) : instructions[index]
    }
}
