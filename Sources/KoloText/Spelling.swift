/// Finds what an editor probably meant: "tittle" → "title", "dat" → "date".
public enum Spelling {
    /// Edits (insertions, deletions, substitutions and swaps of two neighbours) that turn `a` into `b`,
    /// ignoring case.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(repeating: 0, count: b.count + 1)
        var current = Array(0...b.count)
        var beforePrevious = current
        for i in 1...a.count {
            beforePrevious = previous
            previous = current
            current = Array(repeating: 0, count: b.count + 1)
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return current[b.count]
    }

    /// The candidate closest to `word`, when it is close enough to be a slip of the keyboard: one edit
    /// for words of up to four characters, two for longer ones. Ties go to the alphabetically first.
    public static func nearest(to word: String, among candidates: some Sequence<String>) -> String? {
        let allowed = word.count <= 4 ? 1 : 2
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != word {
            let distance = distance(word, candidate)
            guard distance <= allowed else { continue }
            if best == nil || (distance, candidate) < (best!.distance, best!.candidate) { best = (distance, candidate) }
        }
        return best?.candidate
    }
}
