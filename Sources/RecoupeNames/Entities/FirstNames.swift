import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// Given names that cue a person ("Sonata Coulter", "Tammy Bruce"): a built-in list of common
/// given names as French, English and Russian-origin spellings, plus every name in the given-name
/// tables of `Lexicons/names/` (files named `given*.tsv` or `given*.txt`) when present: every field of a TSV
/// line that looks like a name, every word of a `.txt` list (`given-names-common.txt`: the common given names
/// of the news, French and foreign, that the equivalence table need not group).
public enum FirstNames {
    static let builtIn: [String] = """
    Alexandre Alexander Aleksandr Alexandr Alexeï Alexei Alexey Aleksei Anatoli Anatoly Anatoliy Andreï Andrei Andrey Andriy Anton Antonio \
    Arkadi Arseni Arseniy Boris Bogdan Denis Dmitri Dmitry Dmitriy Evgueni Evgeni Evgeny Yevgeny Ievgueni Fiodor Fedor Fyodor Guennadi Gennady \
    Gleb Grigori Grigory Igor Ilia Ilya Ivan Kirill Konstantin Leonid Maxim Maksim Mikhaïl Mikhail Mykhaïlo Mykhailo Nikolaï Nikolai Nikolay \
    Mykola Oleg Olexandr Oleksandr Oleksiy Pavel Pavlo Petro Piotr Pyotr Roman Ruslan Rouslan Sergueï Sergei Sergey Serhiy Stanislav Taras \
    Valeri Valery Vassili Vasily Viatcheslav Vyacheslav Viktor Victor Vitali Vitaly Vladimir Volodymyr Vladislav Vsevolod Iouri Youri Yuri Yury \
    Iaroslav Yaroslav Zakhar Ramzan Akhmad Dmytro Kyrylo Denys Vadim Vadym Valentin Stepan Semion Semyon Timofeï Timur Artem Artiom Artyom \
    Anna Alla Alina Anastasia Daria Darya Ekaterina Iekaterina Elena Yelena Olena Elvira Galina Inna Irina Iryna Ioulia Yulia Yuliya Larissa \
    Lioudmila Lyudmila Maria Mariya Marina Natalia Natalya Nadejda Nadezhda Olga Oksana Polina Svetlana Tatiana Tatyana Valentina Vera \
    Veronika Victoria Viktoria Zoïa Zoya Ksenia Xenia Kseniya Sofia Sofiya Evguenia Yevgenia Valeria Kira Liubov Lyubov Nina Raïssa \
    Jean Pierre Paul Jacques Michel Philippe Nicolas Emmanuel François Louis Marc Marcel Henri Charles Claude Bernard Alain Patrick \
    Christophe Olivier Laurent Stéphane Thierry Éric Eric Gérard Daniel Didier Dominique Frédéric Sébastien Julien Mathieu Matthieu \
    Antoine Guillaume Thomas Benjamin Jérôme Vincent Xavier Yves Bruno Hervé Gilles Raphaël Gabriel Hugo Lucas Arthur Jules Édouard \
    Édith Marie Jeanne Catherine Isabelle Sylvie Nathalie Valérie Sophie Christine Françoise Monique Martine Brigitte Sandrine Céline \
    Anne Agnès Élisabeth Elisabeth Hélène Claire Camille Emma Léa Chloé Manon Juliette Ségolène Rachida Najat Aurore Amélie Ursula \
    John James Robert Michael William David Richard Joseph Charles Thomas Christopher Mark Donald Steven George Kenneth Andrew Joshua \
    Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Frank \
    Gregory Raymond Samuel Patrick Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl \
    Keith Roger Gerald Ethan Arthur Terry Christian Sean Lawrence Austin Joe Noah Jesse Albert Bryan Billy Bruce Willie Jordan Dylan \
    Alan Ralph Gabriel Roy Juan Wayne Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny Bradley Marco Mike Pete Tulsi Kash \
    Mary Patricia Jennifer Linda Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna \
    Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Brenda \
    Pamela Nicole Samantha Katherine Christine Debra Rachel Carolyn Janet Heather Diane Julie Joyce Victoria Kelly Christina Joan \
    Evelyn Lauren Judith Olivia Martha Cheryl Megan Andrea Hannah Jacqueline Ann Jean Alice Kathryn Gloria Teresa Doris Sara Janice \
    Julia Marie Madison Grace Judy Theresa Beverly Denise Marilyn Amber Danielle Abigail Brittany Rose Diana Natalie Sophia Alexis \
    Lori Kayla Jane Tammy Kamala Hillary Condoleezza Madeleine Nikki Kristi Karoline Sonata Antony Lloyd Jake Kurt Keir Rishi Boris \
    Olaf Friedrich Angela Annalena Giorgia Sergio Mario Matteo Pedro Luiz Javier Recep Mevlüt Hakan Ahmet Mehmet Mustafa Ali Mohammed \
    Mohamed Mohammad Ahmed Abdel Abdelaziz Abdullah Fayçal Faisal Salmane Salman Benyamin Benjamin Yitzhak Naftali Yaïr Ebrahim \
    Hassan Hossein Abbas Bachar Bashar Xi Li Wang Wang Narendra Subrahmanyam Fumio Shigeru Yoon Lee Cyril Bola Anthony Mark Penny \
    Mélanie Justin Marcelo Lula Jair Alberto Javier Emmanuelle Volodymyr Petro Viktor Yulia Andriï Dmytro Kyrylo Vitali Vitaliy Denys
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Lower-cased, diacritics folded.
    public static func table(lexiconDirectory: String?) -> Set<String> {
        var out = Set(builtIn.map { DiacriticFolding.fold($0.lowercased()) })
        if let dir = lexiconDirectory {
            let names = dir + "/names"
            for f in ((try? FileManager.default.contentsOfDirectory(atPath: names)) ?? []).sorted() where f.hasPrefix("given") && (f.hasSuffix(".tsv") || f.hasSuffix(".txt")) {
                guard let text = try? String(contentsOfFile: names + "/" + f, encoding: .utf8) else { continue }
                let isList = f.hasSuffix(".txt")  // names separated by spaces too
                // On scalars, not Characters or Foundation's trimming (they were a fifth of a one-line run's
                // instructions); a newline scalar splits CRLF files as `Character.isNewline` did.
                for line in text.unicodeScalars.split(whereSeparator: Self.isNewline) where line.first != "#" {
                    for field in line.split(whereSeparator: { $0 == "\t" || $0 == "|" || $0 == "," || (isList && $0 == " ") }) {
                        let w = String(LexiconFields.trimmingSpaces(Substring(field)))
                        // Only single words that look like names (no tags such as "ru", "diminutive").
                        guard w.count >= 3, w.first?.isUppercase == true, !w.unicodeScalars.contains(" ") else { continue }
                        out.insert(DiacriticFolding.fold(w.lowercased()))
                    }
                }
            }
        }
        return out
    }

    /// The scalars `Character.isNewline` stands for: LF, VT, FF, CR, NEL, LS, PS.
    static func isNewline(_ u: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(u.value) || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029
    }
}
