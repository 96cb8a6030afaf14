import CICU

/// CLDR data through ICU: localized region and language names, time-zone exemplar cities.
public enum LocaleData {
    /// ISO 3166 region codes ICU knows (includes a few deprecated ones; filter as needed).
    public static var isoCountries: [String] {
        let n = Int(cicu_iso_countries(nil, 0))
        var ptrs = [UnsafePointer<CChar>?](repeating: nil, count: n)
        _ = cicu_iso_countries(&ptrs, Int32(n))
        return ptrs.compactMap { $0.map { String(cString: $0) } }
    }

    /// "RU" in "fr" → "Russie".
    public static func regionName(_ region: String, in locale: String) throws -> String {
        let out = try icuUTF16("uloc_getDisplayCountry", initialCapacity: 64) { dst, cap, status in
            cicu_region_display_name(region, locale, dst, cap, &status)
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// "ru" in "fr" → "russe".
    public static func languageName(_ language: String, in locale: String) throws -> String {
        let out = try icuUTF16("uloc_getDisplayLanguage", initialCapacity: 64) { dst, cap, status in
            cicu_language_display_name(language, locale, dst, cap, &status)
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Canonical time-zone IDs of a region ("RU" → Europe/Moscow, …).
    public static func timeZones(of region: String) throws -> [String] {
        let out = try icuUTF16("ucal_openTimeZoneIDEnumeration", initialCapacity: 256) { dst, cap, status in
            cicu_region_time_zones(region, dst, cap, &status)
        }
        let s = String(decoding: out, as: UTF16.self)
        return s.isEmpty ? [] : s.split(separator: "\n").map(String.init)
    }

    /// "Europe/Moscow" in "fr" → "Moscou".
    public static func exemplarCity(ofZone zone: String, in locale: String) throws -> String {
        let z = Array(zone.utf16)
        let out = try icuUTF16("udat_format(VVV)", initialCapacity: 64) { dst, cap, status in
            cicu_tz_exemplar_city(z, Int32(z.count), locale, dst, cap, &status)
        }
        return String(decoding: out, as: UTF16.self)
    }
}

/// Unicode scripts from the system ICU.
public enum Script {
    public static let common: Int32 = 0
    public static let inherited: Int32 = 1
    public static let cyrillic: Int32 = 8
    public static let latin: Int32 = 25

    public static func of(_ scalar: Unicode.Scalar) -> Int32 { cicu_script(scalar.value) }

    public static func shortName(_ script: Int32) -> String {
        guard let p = cicu_script_short_name(script) else { return "Zzzz" }
        return String(cString: p)
    }
}
