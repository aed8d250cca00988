// Where a code object reports line events when the debugger patches it, and where control
// goes after a patched instruction.

extension CodeObject {
    /// Instructions that begin a line: the first one, each one whose line differs from the
    /// previous instruction's, and each backward-jump target (a loop header that starts again).
    /// Returns and jumps to themselves are left out: nothing follows them where the line event
    /// could be put back (and no line starts with one).
    var lineEventPoints: [Int] {
        var points = Set<Int>()
        for index in 0..<instructions.count {
            if index == 0 || lines[index] != lines[index - 1] { points.insert(index) }
            let word = instructions[index]
            if UInt8(truncatingIfNeeded: word) == Opcode.jumpBackward.rawValue { points.insert(Int(word >> 8)) }
        }
        return points.filter { index in
            let word = instructions[index]
            let opcode = Opcode(rawValue: UInt8(truncatingIfNeeded: word))
            return opcode != .returnValue && !(opcode?.isJump == true && Int(word >> 8) == index)
        }.sorted()
    }

    /// The instructions that can run right after instruction `index` in the same frame, unless it
    /// raises.
    func successors(of index: Int) -> [Int] {
        let word = instructions[index]
        guard let opcode = Opcode(rawValue: UInt8(truncatingIfNeeded: word)) else { return [] }
        switch opcode {
        case .jump, .jumpBackward: return [Int(word >> 8)]
        case .returnValue, .raise, .reraise, .popExceptAndReraise: return []
        default: return opcode.isJump ? [index + 1, Int(word >> 8)] : [index + 1]
        }
    }
}
