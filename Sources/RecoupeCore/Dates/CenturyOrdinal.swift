/// French century ordinals: "XVe", "XIXème", "21e" (as in "XVe siècle").
public enum CenturyOrdinal {
    /// The century a lower-case ordinal names, diacritics folded or not: "xve" → 15, "xixeme"/"xixème" → 19,
    /// "21e" → 21; nil for anything else (1 to 21 only).
    public static func number(_ w: String) -> Int? {
        let stem: Substring
        if w.hasSuffix("eme") || w.hasSuffix("ème") { stem = w.dropLast(3) } else if w.hasSuffix("e") { stem = w.dropLast() } else { return nil }
        guard !stem.isEmpty else { return nil }
        if let v = Int(stem) { return (1...21).contains(v) ? v : nil }
        var total = 0, previous = 0
        for ch in stem.reversed() {
            let v: Int
            switch ch {
            case "i": v = 1
            case "v": v = 5
            case "x": v = 10
            default: return nil
            }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return (1...21).contains(total) ? total : nil
    }
}
