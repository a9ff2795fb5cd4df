import Foundation
import Testing
@testable import KoloText

/// One letter of an alphabet: its lower-case form and the expected lower-case romanisation.
struct AlphabetLetter: Sendable, CustomTestStringConvertible {
    let letter: String
    let latin: String

    init(_ letter: String, _ latin: String) {
        self.letter = letter
        self.latin = latin
    }

    var upper: String { letter.uppercased() }
    var titleLatin: String { latin.prefix(1).uppercased() + latin.dropFirst() }
    var testDescription: String { "\(letter) → \(latin)" }
}

enum Alphabets {
    /// The 31 letters of the Macedonian alphabet, in order.
    static let macedonian: [AlphabetLetter] = [
        .init("а", "a"), .init("б", "b"), .init("в", "v"), .init("г", "g"), .init("д", "d"),
        .init("ѓ", "gj"), .init("е", "e"), .init("ж", "zh"), .init("з", "z"), .init("ѕ", "dz"),
        .init("и", "i"), .init("ј", "j"), .init("к", "k"), .init("л", "l"), .init("љ", "lj"),
        .init("м", "m"), .init("н", "n"), .init("њ", "nj"), .init("о", "o"), .init("п", "p"),
        .init("р", "r"), .init("с", "s"), .init("т", "t"), .init("ќ", "kj"), .init("у", "u"),
        .init("ф", "f"), .init("х", "h"), .init("ц", "c"), .init("ч", "ch"), .init("џ", "dzh"),
        .init("ш", "sh"),
    ]

    /// The 30 letters of the Bulgarian alphabet, in order (я outside the word-final „ия“).
    static let bulgarian: [AlphabetLetter] = [
        .init("а", "a"), .init("б", "b"), .init("в", "v"), .init("г", "g"), .init("д", "d"),
        .init("е", "e"), .init("ж", "zh"), .init("з", "z"), .init("и", "i"), .init("й", "y"),
        .init("к", "k"), .init("л", "l"), .init("м", "m"), .init("н", "n"), .init("о", "o"),
        .init("п", "p"), .init("р", "r"), .init("с", "s"), .init("т", "t"), .init("у", "u"),
        .init("ф", "f"), .init("х", "h"), .init("ц", "ts"), .init("ч", "ch"), .init("ш", "sh"),
        .init("щ", "sht"), .init("ъ", "a"), .init("ь", "y"), .init("ю", "yu"), .init("я", "ya"),
    ]

    /// The nine Polish letters with diacritics.
    static let polish: [AlphabetLetter] = [
        .init("ą", "a"), .init("ć", "c"), .init("ę", "e"), .init("ł", "l"), .init("ń", "n"),
        .init("ó", "o"), .init("ś", "s"), .init("ź", "z"), .init("ż", "z"),
    ]

    /// Letters of other Latin-script languages, decomposing or not.
    static let otherLatin: [AlphabetLetter] = [
        .init("č", "c"), .init("ř", "r"), .init("ě", "e"), .init("ů", "u"), .init("ľ", "l"),
        .init("đ", "d"), .init("ž", "z"), .init("š", "s"), .init("ć", "c"), .init("ß", "ss"),
        .init("æ", "ae"), .init("ø", "o"), .init("å", "a"), .init("ő", "o"), .init("ű", "u"),
        .init("ş", "s"), .init("ı", "i"), .init("ğ", "g"), .init("ç", "c"), .init("ä", "a"),
        .init("ö", "o"), .init("ü", "u"), .init("é", "e"), .init("è", "e"), .init("ê", "e"),
        .init("ë", "e"), .init("œ", "oe"), .init("ñ", "n"), .init("ț", "t"), .init("ș", "s"),
        .init("ă", "a"), .init("â", "a"), .init("î", "i"), .init("þ", "th"), .init("ð", "d"),
        .init("ħ", "h"), .init("ŋ", "ng"), .init("ə", "e"), .init("ɛ", "e"), .init("ɔ", "o"),
        .init("ɓ", "b"), .init("ɗ", "d"), .init("ƙ", "k"), .init("ƴ", "y"), .init("ẹ", "e"),
        .init("ọ", "o"), .init("ṣ", "s"), .init("ơ", "o"), .init("ư", "u"), .init("ā", "a"),
    ]
}

@Suite struct TransliterationTests {
    // MARK: Letter by letter

    @Test func alphabetsAreComplete() {
        #expect(Alphabets.macedonian.count == 31)
        #expect(Alphabets.bulgarian.count == 30)
        #expect(Set(Alphabets.macedonian.map(\.letter)).count == 31)
        #expect(Set(Alphabets.bulgarian.map(\.letter)).count == 30)
    }

    @Test(arguments: Alphabets.macedonian)
    func macedonianLetter(_ letter: AlphabetLetter) {
        expectLetter(letter, language: "mk", capitalA: "А")
    }

    @Test(arguments: Alphabets.bulgarian)
    func bulgarianLetter(_ letter: AlphabetLetter) {
        expectLetter(letter, language: "bg", capitalA: "А")
    }

    @Test(arguments: Alphabets.polish)
    func polishLetter(_ letter: AlphabetLetter) {
        expectLetter(letter, language: "pl", capitalA: "A")
    }

    @Test(arguments: Alphabets.otherLatin)
    func otherLatinLetter(_ letter: AlphabetLetter) {
        for language in ["cs", "de", "fr", "tr", "ro", "hu", "vi", "en"] {
            #expect(Transliteration.latin(letter.letter, language: language) == letter.latin)
        }
    }

    /// Lower case, a lone capital (title case), a capital in an upper-case run, a capital before
    /// lower case, and the same letter written decomposed where it decomposes.
    private func expectLetter(_ letter: AlphabetLetter, language: String, capitalA: String) {
        #expect(Transliteration.latin(letter.letter, language: language) == letter.latin)
        #expect(Transliteration.latin(letter.upper, language: language) == letter.titleLatin)
        #expect(Transliteration.latin(letter.upper + capitalA, language: language) == letter.latin.uppercased() + "A")
        #expect(Transliteration.latin(letter.upper + capitalA.lowercased(), language: language) == letter.titleLatin + "a")
        let decomposed = letter.letter.decomposedStringWithCanonicalMapping
        #expect(Transliteration.latin(decomposed, language: language) == letter.latin)
    }

    // MARK: Macedonian

    @Test(arguments: [
        ("Лабораторија за фузија", "Laboratorija za fuzija"),
        ("Џамија", "Dzhamija"),
        ("Караџица", "Karadzhica"),
        ("ЅВЕЗДА ѕвезда Ѕвезда", "DZVEZDA dzvezda Dzvezda"),
        ("Ѓорче Петров", "Gjorche Petrov"),
        ("Ќерка и куќа", "Kjerka i kukja"),
        ("Љубов, њива", "Ljubov, njiva"),
        ("Скопје", "Skopje"),
        ("Шар Планина", "Shar Planina"),
        ("ѝ рече, сѐ", "i reche, se"),
    ])
    func macedonianPhrase(_ cyrillic: String, _ latin: String) {
        #expect(Transliteration.latin(cyrillic, language: "mk") == latin)
    }

    // MARK: Bulgarian

    @Test(arguments: [
        ("София", "Sofia"),
        ("СОФИЯ", "SOFIA"),
        ("София-Град", "Sofia-Grad"),
        ("Синергия на мрежата", "Sinergia na mrezhata"),
        ("Ъгъл", "Agal"),
        ("България", "Balgaria"),
        ("Мария, Юлия.", "Maria, Yulia."),
        ("Ия", "Ia"),
        ("Биологията", "Biologiyata"),
        ("ИЯНА", "IYANA"),
        ("Щастие", "Shtastie"),
        ("ЩАСТИЕ", "SHTASTIE"),
        ("Пьотър", "Pyotar"),
        ("Цветя", "Tsvetya"),
    ])
    func bulgarianPhrase(_ cyrillic: String, _ latin: String) {
        #expect(Transliteration.latin(cyrillic, language: "bg") == latin)
    }

    @Test func bulgarianFinalIaIgnoresStressMarks() {
        #expect(Transliteration.latin("Софи\u{301}я", language: "bg") == "Sofia")
        #expect(Transliteration.latin("Софи\u{301}ята", language: "bg") == "Sofiyata")
    }

    // MARK: Case of digraphs

    @Test(arguments: [
        ("Ж", "Zh"), ("Жена", "Zhena"), ("ЖЕНА", "ZHENA"), ("ЖЖ", "ZHZH"), ("ОБЩ", "OBSHT"),
        ("Общ", "Obsht"), ("ЩЕ Щ", "SHTE Sht"), ("Ш.", "Sh."),
    ])
    func capitalDigraphs(_ cyrillic: String, _ latin: String) {
        #expect(Transliteration.latin(cyrillic, language: "bg") == latin)
    }

    // MARK: Language tags

    @Test(arguments: ["mk", "mk-MK", "mk_MK", "MK", "mkd", "mk-Cyrl-MK", " mk"])
    func macedonianTags(_ tag: String) {
        #expect(Transliteration.latin("Цвеќе", language: tag) == "Cvekje")
    }

    @Test(arguments: ["bg", "bg-BG", "bg_BG", "BG", "bul", "bg_BG.UTF-8"])
    func bulgarianTags(_ tag: String) {
        #expect(Transliteration.latin("Щастлива София", language: tag) == "Shtastliva Sofia")
    }

    @Test(arguments: ["", "en", "xx", "pl", "ru", "ru-RU"])
    func cyrillicOfOtherLanguagesUsesRussianTable(_ tag: String) {
        #expect(Transliteration.latin("Щука, хлеб, ёлка, съезд, Царь", language: tag) == "Shchuka, khleb, elka, sezd, Tsar")
        #expect(Transliteration.latin("Цвет", language: tag) == "Tsvet")
    }

    // MARK: Other Cyrillic languages

    @Test func serbianCyrillicAndLatinAgree() {
        #expect(Transliteration.latin("Ђорђе Чолић", language: "sr") == "Djordje Colic")
        #expect(Transliteration.latin("Đorđe Čolić", language: "sr") == "Djordje Colic")
        #expect(Transliteration.latin("Đorđe", language: "hr-HR") == "Djordje")
        #expect(Transliteration.latin("Đà Nẵng", language: "vi") == "Da Nang")
        #expect(Transliteration.latin("Џеп, Љубљана, Њиве, Ћуприја, Жабљак", language: "sr") == "Dzep, Ljubljana, Njive, Cuprija, Zabljak")
    }

    @Test(arguments: [
        ("Київ", "Kyiv"), ("Згорани", "Zghorany"), ("Розгон", "Rozghon"), ("Яготин", "Yahotyn"),
        ("Знам'янка", "Znam'ianka"), ("Їжакевич", "Yizhakevych"), ("Єнакієве", "Yenakiieve"),
        ("Гайворон", "Haivoron"), ("Йосипівка", "Yosypivka"), ("Щербухи", "Shcherbukhy"),
        ("Ґалаґан", "Galagan"), ("Юрій", "Yurii"), ("Стрий", "Stryi"), ("Львів", "Lviv"),
    ])
    func ukrainianPhrase(_ cyrillic: String, _ latin: String) {
        #expect(Transliteration.latin(cyrillic, language: "uk") == latin)
    }

    @Test func belarusian() {
        #expect(Transliteration.latin("Беларусь, Гродна, Магілёў, Ўзвышша", language: "be") == "Belarus, Hrodna, Mahilyou, Uzvyshsha")
    }

    @Test func unknownCyrillicLettersUseTheirBase() {
        #expect(Transliteration.latin("Қазақстан, Әлем", language: "kk") == "Qazaqstan, Alem")
        #expect(Transliteration.latin("ӓ ӧ", language: "") == "a o")
    }

    // MARK: Greek

    @Test(arguments: [
        ("Αθήνα", "Athina"), ("Ευρώπη", "Evropi"), ("ΕΥΡΩΠΗ", "EVROPI"), ("αυτός", "aftos"),
        ("Ταΰγετος", "Taygetos"), ("Μπαλάντα", "Balanta"), ("Λαμπράκης", "Lamprakis"),
        ("Άγγελος", "Angelos"), ("Ψυχή", "Psychi"), ("ουρανός", "ouranos"), ("Θεσσαλονίκη", "Thessaloniki"),
        ("ἀρχή", "archi"), ("Ξάνθη", "Xanthi"), ("άγκυρα", "agkyra"),
    ])
    func greekPhrase(_ greek: String, _ latin: String) {
        #expect(Transliteration.latin(greek, language: "el") == latin)
        #expect(Transliteration.latin(greek, language: "mk") == latin)
    }

    // MARK: Latin script

    @Test func polishPhrase() {
        #expect(Transliteration.latin("Zażółć gęślą jaźń", language: "pl") == "Zazolc gesla jazn")
        #expect(Transliteration.latin("ŁÓDŹ, Łódź", language: "pl") == "LODZ, Lodz")
    }

    @Test func multiLetterLatinKeepsCase() {
        #expect(Transliteration.latin("Æsir ÆRØ Straße STRAẞE Œuvre", language: "da") == "Aesir AERO Strasse STRASSE Oeuvre")
        #expect(Transliteration.latin("Þór", language: "is") == "Thor")
    }

    /// Every letter of Latin-1 Supplement and Latin Extended-A becomes ASCII letters.
    @Test func latinBlocksBecomeASCII() {
        var checked = 0
        for value in UInt32(0xC0)...0x17F {
            let scalar = Unicode.Scalar(value)!
            guard scalar.properties.isAlphabetic else { continue }
            checked += 1
            let latin = Transliteration.latin(String(scalar), language: "en")
            #expect(!latin.isEmpty && latin.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic },
                    "U+\(String(value, radix: 16)) \(String(scalar)) → \(latin)")
        }
        #expect(checked == 190)
    }

    /// The decomposition tables agree with Foundation's canonical decomposition.
    @Test func decompositionMatchesFoundation() {
        var checked = 0
        for value in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            guard base != scalar, base.isASCII, base.properties.isAlphabetic else { continue }
            checked += 1
            #expect(Transliteration.latin(String(scalar), language: "en") == String(base),
                    "U+\(String(value, radix: 16))")
        }
        #expect(checked > 450)
    }

    // MARK: Pass-through

    @Test func asciiPassesThroughUnchanged() {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for language in ["mk", "bg", "pl", "el", ""] {
            #expect(Transliteration.latin(ascii, language: language) == ascii)
        }
    }

    @Test func otherScriptsAndPunctuationPassThrough() {
        #expect(Transliteration.latin("会议 مؤتمر 🎉 א", language: "mk") == "会议 مؤتمر 🎉 א")
        #expect(Transliteration.latin("„Лабораторија“ — 2024!", language: "mk") == "„Laboratorija“ — 2024!")
        #expect(Transliteration.latin("", language: "mk") == "")
    }

    @Test func decomposedInputIsComposedFirst() {
        #expect(Transliteration.latin("Синии\u{306} ёж", language: "bg") == "Siniy ezh")
        #expect(Transliteration.latin("Ło\u{301}dz\u{301}", language: "pl") == "Lodz")
        #expect(Transliteration.latin("Киі\u{308}в", language: "uk") == "Kyiv")
    }
}
