/// `WordBreakTest.txt` lines the system ICU is known to fail, keyed to the ICU version.
///
/// UAX #29 puts U+003A COLON in MidLetter, so the file keeps "a:A" as one word
/// (÷ 0061 × 003A × 0041 ÷). ICU's root word rules follow CLDR, which takes the colon out of
/// MidLetter (only the Swedish and Finnish tailorings put it back), so ICU 72 breaks around it.
/// Tracked as ICU-22112 (https://unicode-org.atlassian.net/browse/ICU-22112). Every failing line
/// has a colon between letters and nothing else fails. Any other ICU version gets no exclusions
/// until someone checks it, so a mismatch there fails loudly rather than hiding.
enum WordBreakExclusions {
    static func patterns(forICU version: String) -> Set<String> {
        switch version {
        case let v where v.hasPrefix("72."):
            return icu72
        default:
            return []
        }
    }

    /// WordBreakTest.txt 15.0.0 lines 1253, 1254, 1267, 1268, 1283-1292 and 1712.
    static let icu72: Set<String> = [
        "÷ 0061 × 003A × 0041 ÷",
        "÷ 0061 × 003A × 0308 × 0041 ÷",
        "÷ 0061 × 003A × 05D0 ÷",
        "÷ 0061 × 003A × 0308 × 05D0 ÷",
        "÷ 0061 × 003A × 0061 × 2060 ÷",
        "÷ 0061 × 003A × 0308 × 0061 × 2060 ÷",
        "÷ 0061 × 003A × 0061 ÷ 003A ÷",
        "÷ 0061 × 003A × 0308 × 0061 ÷ 003A ÷",
        "÷ 0061 × 003A × 0061 ÷ 0027 ÷",
        "÷ 0061 × 003A × 0308 × 0061 ÷ 0027 ÷",
        "÷ 0061 × 003A × 0061 ÷ 0027 × 2060 ÷",
        "÷ 0061 × 003A × 0308 × 0061 ÷ 0027 × 2060 ÷",
        "÷ 0061 × 003A × 0061 ÷ 002C ÷",
        "÷ 0061 × 003A × 0308 × 0061 ÷ 002C ÷",
        "÷ 0041 × 003A × 0041 ÷",
    ]
}
