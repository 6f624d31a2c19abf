/// Names close to a misspelt one, for "did you mean" hints: those within a small edit
/// distance, closest first.
public enum Suggestions {
    public static func close(to text: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lowered = Array(text.lowercased())
        let scored = candidates.map { candidate in (candidate, distance(lowered, Array(candidate.lowercased()))) }
        let threshold = max(2, lowered.count / 3)
        return scored.filter { $0.1 <= threshold }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
