import Foundation

/// Highlight colours for entities that a reader can tell apart: chosen greedily from hues every
/// 10° at four lightness levels, each colour the candidate farthest (CIE ΔE76 in L*a*b*) from
/// all colours already chosen. One lightness for every entity (the old golden-angle scheme)
/// left pairs at ΔE 3.5 among 24 entities; this palette keeps every pair of the first 24 above 18.
public enum EntityPalette {
    public struct RGB: Hashable, Sendable { public var r: Double; public var g: Double; public var b: Double }

    /// Colours kept distinct; entity i gets `colours[i % size]`.
    public static let size = 40

    public static let colours: [RGB] = {
        var candidates: [RGB] = []
        for hue in stride(from: 0.0, to: 360.0, by: 10.0) {
            for lightness in [0.66, 0.75, 0.84, 0.92] { candidates.append(rgb(hue: hue, saturation: 0.75, lightness: lightness)) }
        }
        let labs = candidates.map(lab)
        var chosen = [candidates.firstIndex(of: rgb(hue: 50, saturation: 0.75, lightness: 0.84))!]
        var nearest = labs.map { deltaE76($0, labs[chosen[0]]) }
        while chosen.count < size {
            let next = nearest.indices.max { nearest[$0] < nearest[$1] }!
            chosen.append(next)
            for i in labs.indices { nearest[i] = min(nearest[i], deltaE76(labs[i], labs[next])) }
        }
        return chosen.map { candidates[$0] }
    }()

    public static func colour(_ i: Int) -> RGB { colours[i % size] }

    /// `#rrggbb` for CSS.
    public static func css(_ c: RGB) -> String {
        func hex(_ x: Double) -> String {
            let v = Int((x * 255).rounded())
            return (v < 16 ? "0" : "") + String(v, radix: 16)
        }
        return "#" + hex(c.r) + hex(c.g) + hex(c.b)
    }

    public static func rgb(hue: Double, saturation s: Double, lightness l: Double) -> RGB {
        let c = (1 - abs(2 * l - 1)) * s
        let h = hue / 60
        let x = c * (1 - abs(h.truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double)
        switch h {
        case ..<1: (r, g, b) = (c, x, 0)
        case ..<2: (r, g, b) = (x, c, 0)
        case ..<3: (r, g, b) = (0, c, x)
        case ..<4: (r, g, b) = (0, x, c)
        case ..<5: (r, g, b) = (x, 0, c)
        default: (r, g, b) = (c, 0, x)
        }
        let m = l - c / 2
        // Rounded to 8 bits: what the page will show.
        func q(_ v: Double) -> Double { ((v + m) * 255).rounded() / 255 }
        return RGB(r: q(r), g: q(g), b: q(b))
    }

    /// sRGB (D65) to CIE L*a*b*.
    public static func lab(_ c: RGB) -> (l: Double, a: Double, b: Double) {
        func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let r = linear(c.r), g = linear(c.g), b = linear(c.b)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    public static func deltaE76(_ p: (l: Double, a: Double, b: Double), _ q: (l: Double, a: Double, b: Double)) -> Double {
        ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
    }
}
