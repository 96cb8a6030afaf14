import RecoupeCore
import RecoupeICU
import RecoupeText
/// Latin look-alikes of Cyrillic and Greek letters, from ICU's UTS #39 confusable skeletons,
/// computed once (one `SpoofChecker` call per letter of those blocks) so that keying a
/// mixed-script word ("Dаrchiev" with a Cyrillic а) needs no ICU call.
enum Confusables {
    static let table: [UInt32: Unicode.Scalar] = {
        var t = [UInt32: Unicode.Scalar]()
        guard let checker = try? SpoofChecker() else { return t }
        // Skeleton of the Latin letters themselves: "m" has skeleton "rn", so compare skeletons.
        var latinBySkeleton = [String: Unicode.Scalar]()
        for v in Array(0x41...0x5A) + Array(0x61...0x7A) {
            let s = Unicode.Scalar(UInt32(v))!
            if let k = try? checker.skeleton(String(Character(s))), latinBySkeleton[k] == nil { latinBySkeleton[k] = s }
        }
        for v in Array(0x370...0x3FF) + Array(0x400...0x4FF) + Array(0x500...0x52F) {
            guard let s = Unicode.Scalar(UInt32(v)), s.properties.isAlphabetic,
                  let k = try? checker.skeleton(String(Character(s))), let l = latinBySkeleton[k] else { continue }
            t[UInt32(v)] = l
        }
        return t
    }()

    static func latin(for s: Unicode.Scalar) -> Unicode.Scalar? { table[s.value] }
}
