// "Did you mean" suggestions for AttributeError and NameError: a port of CPython 3.11's
// Python/suggestions.c, so the same candidate wins (ties go to the earlier candidate).

enum NameSuggestions {
    private static let maximumCandidates = 750
    private static let maximumLength = 40
    private static let moveCost = 2
    private static let caseCost = 1

    /// The candidate nearest to `name` within a third of the characters involved, if any.
    static func closest(to name: String, among candidates: [String]) -> String? {
        guard candidates.count < maximumCandidates else { return nil }
        let target = Array(name.utf8)
        var best: String?
        var bestDistance = Int.max
        for candidate in candidates where candidate != name {
            let bytes = Array(candidate.utf8)
            let limit = min((target.count + bytes.count + 3) * moveCost / 6, bestDistance - 1)
            let distance = levenshtein(target[...], bytes[...], limit: limit)
            if distance <= limit && distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// Edit distance with moves costing 2 and case flips 1; anything above `limit` is reported
    /// as `limit + 1`.
    private static func levenshtein(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, limit: Int) -> Int {
        var a = first
        var b = second
        while let x = a.first, let y = b.first, x == y {
            a = a.dropFirst()
            b = b.dropFirst()
        }
        while let x = a.last, let y = b.last, x == y {
            a = a.dropLast()
            b = b.dropLast()
        }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maximumLength || b.count > maximumLength { return limit + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > limit { return limit + 1 }
        let shorter = Array(a)
        var row = (1...shorter.count).map { $0 * moveCost }
        var result = 0
        for (bIndex, code) in b.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<shorter.count {
                let substitute = distance + substitutionCost(code, shorter[index])
                distance = row[index]
                result = min(min(result, distance) + moveCost, substitute)
                row[index] = result
                minimum = min(minimum, result)
            }
            if minimum > limit { return limit + 1 }
        }
        return result
    }

    private static func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
        if x & 31 != y & 31 { return moveCost }
        if x == y { return 0 }
        func lowered(_ c: UInt8) -> UInt8 { (65...90).contains(c) ? c + 32 : c }
        return lowered(x) == lowered(y) ? caseCost : moveCost
    }
}
