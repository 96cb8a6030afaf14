import RecoupeCore
import RecoupeICU
import RecoupeText
/// Capitals of the world's states, for the generated geography lexicon.
///
/// CLDR has no capitals, so this table says, per ISO 3166 region, either the time zone whose
/// CLDR exemplar city is the capital (its French, English and Russian names then come from
/// ICU: "Europe/Moscow" → Moscou, Moscow, Москва) or, where no time zone is named after the
/// capital (Washington, Pékin, Ankara, Berne …), the names typed here as "fr|en|ru".
enum CapitalTable {
    enum Capital {
        case zone(String)
        case names(fr: String, en: String, ru: String)
    }

    static func names(_ s: String) -> Capital {
        let p = s.split(separator: "|").map(String.init)
        return .names(fr: p[0], en: p[1], ru: p[2])
    }

    static let capitals: [String: Capital] = [
        "AD": .zone("Europe/Andorra"), "AE": names("Abou Dabi|Abu Dhabi|Абу-Даби"), "AF": .zone("Asia/Kabul"),
        "AG": names("Saint John's|St. John's|Сент-Джонс"), "AL": .zone("Europe/Tirane"), "AM": .zone("Asia/Yerevan"),
        "AO": .zone("Africa/Luanda"), "AR": .zone("America/Buenos_Aires"), "AT": .zone("Europe/Vienna"),
        "AU": names("Canberra|Canberra|Канберра"), "AZ": .zone("Asia/Baku"), "BA": .zone("Europe/Sarajevo"),
        "BB": names("Bridgetown|Bridgetown|Бриджтаун"), "BD": .zone("Asia/Dhaka"), "BE": .zone("Europe/Brussels"),
        "BF": .zone("Africa/Ouagadougou"), "BG": .zone("Europe/Sofia"), "BH": names("Manama|Manama|Манама"),
        "BI": names("Gitega|Gitega|Гитега"), "BJ": .zone("Africa/Porto-Novo"), "BN": names("Bandar Seri Begawan|Bandar Seri Begawan|Бандар-Сери-Бегаван"),
        "BO": .zone("America/La_Paz"), "BR": names("Brasilia|Brasília|Бразилиа"), "BS": .zone("America/Nassau"),
        "BT": .zone("Asia/Thimphu"), "BW": .zone("Africa/Gaborone"), "BY": .zone("Europe/Minsk"),
        "BZ": names("Belmopan|Belmopan|Бельмопан"), "CA": names("Ottawa|Ottawa|Оттава"), "CD": .zone("Africa/Kinshasa"),
        "CF": .zone("Africa/Bangui"), "CG": .zone("Africa/Brazzaville"), "CH": names("Berne|Bern|Берн"),
        "CI": names("Yamoussoukro|Yamoussoukro|Ямусукро"), "CL": .zone("America/Santiago"), "CM": names("Yaoundé|Yaoundé|Яунде"),
        "CN": names("Pékin|Beijing|Пекин"), "CO": .zone("America/Bogota"), "CR": names("San José|San José|Сан-Хосе"),
        "CU": .zone("America/Havana"), "CV": names("Praia|Praia|Прая"), "CY": .zone("Asia/Nicosia"),
        "CZ": .zone("Europe/Prague"), "DE": .zone("Europe/Berlin"), "DJ": .zone("Africa/Djibouti"),
        "DK": .zone("Europe/Copenhagen"), "DM": names("Roseau|Roseau|Розо"), "DO": .zone("America/Santo_Domingo"),
        "DZ": .zone("Africa/Algiers"), "EC": names("Quito|Quito|Кито"), "EE": .zone("Europe/Tallinn"),
        "EG": .zone("Africa/Cairo"), "ER": .zone("Africa/Asmera"), "ES": .zone("Europe/Madrid"),
        "ET": .zone("Africa/Addis_Ababa"), "FI": .zone("Europe/Helsinki"), "FJ": names("Suva|Suva|Сува"),
        "FM": names("Palikir|Palikir|Паликир"), "FR": .zone("Europe/Paris"), "GA": .zone("Africa/Libreville"),
        "GB": .zone("Europe/London"), "GD": names("Saint-Georges|St. George's|Сент-Джорджес"), "GE": .zone("Asia/Tbilisi"),
        "GH": .zone("Africa/Accra"), "GM": .zone("Africa/Banjul"), "GN": .zone("Africa/Conakry"),
        "GQ": .zone("Africa/Malabo"), "GR": .zone("Europe/Athens"), "GT": names("Guatemala|Guatemala City|Гватемала"),
        "GW": .zone("Africa/Bissau"), "GY": names("Georgetown|Georgetown|Джорджтаун"), "HN": .zone("America/Tegucigalpa"),
        "HR": .zone("Europe/Zagreb"), "HT": .zone("America/Port-au-Prince"), "HU": .zone("Europe/Budapest"),
        "ID": .zone("Asia/Jakarta"), "IE": .zone("Europe/Dublin"), "IL": .zone("Asia/Jerusalem"),
        "IN": names("New Delhi|New Delhi|Нью-Дели"), "IQ": .zone("Asia/Baghdad"), "IR": .zone("Asia/Tehran"),
        "IS": .zone("Atlantic/Reykjavik"), "IT": .zone("Europe/Rome"), "JM": names("Kingston|Kingston|Кингстон"),
        "JO": .zone("Asia/Amman"), "JP": .zone("Asia/Tokyo"), "KE": .zone("Africa/Nairobi"),
        "KG": .zone("Asia/Bishkek"), "KH": .zone("Asia/Phnom_Penh"), "KI": .zone("Pacific/Tarawa"),
        "KM": names("Moroni|Moroni|Морони"), "KN": names("Basseterre|Basseterre|Бастер"), "KP": .zone("Asia/Pyongyang"),
        "KR": .zone("Asia/Seoul"), "KW": .zone("Asia/Kuwait"), "KZ": names("Astana|Astana|Астана"),
        "LA": .zone("Asia/Vientiane"), "LB": .zone("Asia/Beirut"), "LC": names("Castries|Castries|Кастри"),
        "LI": .zone("Europe/Vaduz"), "LK": names("Sri Jayawardenapura Kotte|Sri Jayawardenepura Kotte|Шри-Джаяварденепура-Котте"),
        "LR": .zone("Africa/Monrovia"), "LS": .zone("Africa/Maseru"), "LT": .zone("Europe/Vilnius"),
        "LU": .zone("Europe/Luxembourg"), "LV": .zone("Europe/Riga"), "LY": .zone("Africa/Tripoli"),
        "MA": names("Rabat|Rabat|Рабат"), "MC": .zone("Europe/Monaco"), "MD": .zone("Europe/Chisinau"),
        "ME": .zone("Europe/Podgorica"), "MG": .zone("Indian/Antananarivo"), "MH": .zone("Pacific/Majuro"),
        "MK": .zone("Europe/Skopje"), "ML": .zone("Africa/Bamako"), "MM": names("Naypyidaw|Naypyidaw|Нейпьидо"),
        "MN": .zone("Asia/Ulaanbaatar"), "MR": .zone("Africa/Nouakchott"), "MT": names("La Valette|Valletta|Валлетта"),
        "MU": names("Port-Louis|Port Louis|Порт-Луи"), "MV": names("Malé|Malé|Мале"), "MW": names("Lilongwe|Lilongwe|Лилонгве"),
        "MX": .zone("America/Mexico_City"), "MY": .zone("Asia/Kuala_Lumpur"), "MZ": .zone("Africa/Maputo"),
        "NA": .zone("Africa/Windhoek"), "NE": .zone("Africa/Niamey"), "NG": names("Abuja|Abuja|Абуджа"),
        "NI": .zone("America/Managua"), "NL": .zone("Europe/Amsterdam"), "NO": .zone("Europe/Oslo"),
        "NP": .zone("Asia/Kathmandu"), "NR": names("Yaren|Yaren|Ярен"), "NZ": names("Wellington|Wellington|Веллингтон"),
        "OM": .zone("Asia/Muscat"), "PA": .zone("America/Panama"), "PE": .zone("America/Lima"),
        "PG": .zone("Pacific/Port_Moresby"), "PH": .zone("Asia/Manila"), "PK": names("Islamabad|Islamabad|Исламабад"),
        "PL": .zone("Europe/Warsaw"), "PT": .zone("Europe/Lisbon"), "PW": names("Ngerulmud|Ngerulmud|Нгерулмуд"),
        "PY": .zone("America/Asuncion"), "QA": names("Doha|Doha|Доха"), "RO": .zone("Europe/Bucharest"),
        "RS": .zone("Europe/Belgrade"), "RU": .zone("Europe/Moscow"), "RW": .zone("Africa/Kigali"),
        "SA": .zone("Asia/Riyadh"), "SB": names("Honiara|Honiara|Хониара"), "SC": names("Victoria|Victoria|Виктория"),
        "SD": .zone("Africa/Khartoum"), "SE": .zone("Europe/Stockholm"), "SG": .zone("Asia/Singapore"),
        "SI": .zone("Europe/Ljubljana"), "SK": .zone("Europe/Bratislava"), "SL": .zone("Africa/Freetown"),
        "SM": .zone("Europe/San_Marino"), "SN": .zone("Africa/Dakar"), "SO": .zone("Africa/Mogadishu"),
        "SR": .zone("America/Paramaribo"), "SS": .zone("Africa/Juba"), "ST": .zone("Africa/Sao_Tome"),
        "SV": names("San Salvador|San Salvador|Сан-Сальвадор"), "SY": .zone("Asia/Damascus"), "SZ": .zone("Africa/Mbabane"),
        "TD": .zone("Africa/Ndjamena"), "TG": .zone("Africa/Lome"), "TH": .zone("Asia/Bangkok"),
        "TJ": .zone("Asia/Dushanbe"), "TL": .zone("Asia/Dili"), "TM": .zone("Asia/Ashgabat"),
        "TN": .zone("Africa/Tunis"), "TO": names("Nukuʻalofa|Nukuʻalofa|Нукуалофа"), "TR": names("Ankara|Ankara|Анкара"),
        "TT": .zone("America/Port_of_Spain"), "TV": .zone("Pacific/Funafuti"), "TW": .zone("Asia/Taipei"),
        "TZ": names("Dodoma|Dodoma|Додома"), "UA": .zone("Europe/Kiev"), "UG": .zone("Africa/Kampala"),
        "US": names("Washington|Washington|Вашингтон"), "UY": .zone("America/Montevideo"), "UZ": .zone("Asia/Tashkent"),
        "VA": .zone("Europe/Vatican"), "VC": names("Kingstown|Kingstown|Кингстаун"), "VE": .zone("America/Caracas"),
        "VN": names("Hanoï|Hanoi|Ханой"), "VU": names("Port-Vila|Port Vila|Порт-Вила"), "WS": .zone("Pacific/Apia"),
        "XK": names("Pristina|Pristina|Приштина"), "YE": names("Sanaa|Sanaa|Сана"), "ZA": names("Pretoria|Pretoria|Претория"),
        "ZM": .zone("Africa/Lusaka"), "ZW": .zone("Africa/Harare"),
    ]

    /// Other names of places, by entry id: French exonyms and usual variants the CLDR names miss.
    static let extraNames: [String: [String]] = [
        "loc:country:RU": ["Fédération de Russie", "Fédération russe", "Russian Federation", "Российская Федерация"],
        "loc:country:US": ["États-Unis d'Amérique", "United States of America", "USA", "Amérique", "Соединённые Штаты Америки", "U.S.", "US", "США"],
        "loc:country:TR": ["Türkiye", "Turquie", "Turkey", "Турция"],
        "loc:country:GB": ["Grande-Bretagne", "Great Britain", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Великобритания"],
        "loc:country:UA": ["Украина"],
        "loc:country:CZ": ["République tchèque", "Czech Republic"],
        "loc:country:CN": ["République populaire de Chine", "People's Republic of China", "КНР"],
        "loc:country:KR": ["Corée du Sud", "South Korea"],
        "loc:country:KP": ["Corée du Nord", "North Korea"],
        "loc:country:NL": ["Hollande"],
        "loc:country:MK": ["Macédoine du Nord", "North Macedonia"],
        "loc:country:CD": ["RDC", "République démocratique du Congo"],
        "loc:country:AE": ["Émirats", "EAU"],
        "loc:country:SY": ["Syrie"],
        "loc:country:BY": ["Biélorussie", "Bélarus"],
        "loc:country:MD": ["Moldavie"],
        // CLDR's names carry a parenthesis no text writes ("Myanmar (Birmanie)").
        "loc:country:MM": ["Myanmar", "Birmanie", "Burma", "Мьянма", "Бирма"],
        "loc:capital:UA": ["Kiev", "Kyiv", "Kiïv", "Київ", "Киев"],
        "loc:capital:SA": ["Riyad", "Riyadh", "Ryad", "Er-Riyad", "Эр-Рияд"],
        "loc:capital:CN": ["Pékin", "Beijing", "Пекин"],
        "loc:capital:US": ["Washington D.C.", "Washington, D.C."],
        "loc:capital:RU": ["Moscou", "Moscow", "Москва"],
        "loc:capital:BY": ["Minsk", "Мінск"],
        "loc:capital:MD": ["Chisinau", "Chișinău", "Kichinev"],
    ]
}
