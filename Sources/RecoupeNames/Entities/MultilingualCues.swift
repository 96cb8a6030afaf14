import RecoupeCore
import RecoupeICU
import RecoupeText
/// English and Russian words for the entity cues (`FrenchCues` unions them into its lists, which
/// are matched on token norms whatever the document language, so English words that are also
/// common French words — "aide" (help), "premier" (first) — are left out).
///
/// Russian words are listed in every case form the declension rules give (`роль` → `роли`, …),
/// since norms are surface forms.
enum MultilingualCues {
    static let englishRoles: Set<String> = [
        "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "adviser", "advisor",
        "president", "chancellor", "director", "chief", "official", "diplomat", "correspondent", "counterpart", "deputy",
        "undersecretary", "senator", "governor", "mayor", "general", "representative", "negotiator", "leader",
        "head", "commander", "consul", "analyst", "journalist", "lawmaker", "prosecutor", "judge", "lawyer",
    ]

    static let englishNotNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
        "its", "our", "but", "and", "or", "in", "on", "at", "after", "before", "when", "while", "if", "there", "according",
        "however", "meanwhile", "earlier", "later", "last", "both", "foreign", "minister", "secretary", "state", "president",
        "deputy", "assistant", "press", "spokesman", "spokeswoman", "ambassador", "envoy", "aide", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
        "talks", "news", "update", "breaking", "hold", "holds", "second", "round", "embassy", "new", "first", "russian",
        "american", "british", "ukrainian", "european", "french", "german", "chinese", "turkish", "mr.", "mrs.", "ms.",
        "dr.", "officials", "reporters", "both", "what", "why", "how", "who", "with", "from", "for", "by", "of", "to", "as",
    ]

    static let englishNationalities: Set<String> = [
        "russian", "american", "british", "ukrainian", "european", "french", "german", "chinese", "turkish", "saudi", "israeli",
        "iranian", "indian", "polish", "italian", "spanish", "japanese", "u.s.", "western", "soviet",
    ]

    static let russianRoles: Set<String> = {
        var out = Set<String>()
        for noun in ["министр", "посол", "пресс-секретарь", "представитель", "помощник", "госсекретарь", "спецпосланник", "постпред",
                     "президент", "директор", "заместитель", "консул", "дипломат", "спикер", "премьер", "премьер-министр", "канцлер",
                     "генсек", "глава", "советник", "корреспондент", "председатель", "посланник", "замминистра", "вице-премьер",
                     "депутат", "сенатор", "губернатор", "мэр", "генерал", "командующий", "руководитель", "лидер", "аналитик"] {
            for form in RussianNameDeclension.phraseForms(of: noun) { out.insert(form.lowercased()) }
        }
        return out
    }()

    static let russianNotNames: Set<String> = {
        var out: Set<String> = [
            "в", "во", "на", "по", "с", "со", "и", "но", "а", "как", "это", "эти", "этот", "эта", "он", "она", "они", "мы", "об", "о",
            "из", "за", "для", "при", "после", "ранее", "также", "однако", "стороны", "делегации", "консультации", "переговоры",
            "первый", "второй", "по словам", "кроме", "тем", "не", "ни", "уже", "ещё", "еще", "вчера", "сегодня", "завтра",
            "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу", "воскресенье",
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
            "официальный", "официальная", "постоянный", "американскую", "американская", "российская", "встреча", "конкретных",
        ]
        out.formUnion(russianRoles)
        out.formUnion(russianNationalities)
        return out
    }()

    static let russianNationalities: Set<String> = {
        var out = Set<String>()
        for stem in ["российск", "американск", "британск", "украинск", "европейск", "французск", "немецк", "китайск", "турецк",
                     "советск", "западн"] {
            let masc = stem + (stem.hasSuffix("н") ? "ый" : "ий")
            for form in [masc, stem + "ая", stem + "ое", stem + "ие"] {
                for c in RussianNameDeclension.Case.allCases { out.insert(RussianNameDeclension.declineAdjective(form, to: c).lowercased()) }
            }
            out.formUnion([stem + "их", stem + "им", stem + "ими", stem + "ую", stem + "ой"])
        }
        return out
    }()

    static var roles: Set<String> { englishRoles.union(russianRoles) }
    static var notNames: Set<String> { englishNotNames.union(russianNotNames) }
    static var nationalities: Set<String> { englishNationalities.union(russianNationalities) }
}
