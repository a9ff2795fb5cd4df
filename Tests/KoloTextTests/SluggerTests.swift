import Testing
@testable import KoloText

@Suite struct SluggerTests {
    let english = Slugger(language: "en")

    // MARK: Languages

    @Test func macedonianPhrase() {
        #expect(Slugger(language: "mk").slug("„Лабораторија за фузија“") == "laboratorija-za-fuzija")
        #expect(Slugger(language: "mk-MK").slug("Џез и ѕвезди во Ѓевгелија") == "dzhez-i-dzvezdi-vo-gjevgelija")
    }

    @Test func macedonianPhraseInUnicodeStyle() {
        let slugger = Slugger(language: "mk", style: .unicode)
        #expect(slugger.slug("„Лабораторија за фузија“") == "лабораторија-за-фузија")
        #expect(slugger.slug("ЅВЕЗДА Ѓорѓија, ЌЕРКА!") == "ѕвезда-ѓорѓија-ќерка")
    }

    @Test(arguments: [
        ("Синергия на мрежата", "sinergia-na-mrezhata"),
        ("Ъгъл", "agal"),
        ("България", "balgaria"),
        ("София", "sofia"),
        ("Биологията на София", "biologiyata-na-sofia"),
        ("ЩАСТИЕ И ЮНОСТ", "shtastie-i-yunost"),
    ])
    func bulgarianPhrase(_ text: String, _ slug: String) {
        #expect(Slugger(language: "bg_BG").slug(text) == slug)
    }

    @Test(arguments: Alphabets.macedonian)
    func everyMacedonianLetterSlugs(_ letter: AlphabetLetter) {
        let slugger = Slugger(language: "mk")
        #expect(slugger.slug(letter.letter) == letter.latin)
        #expect(slugger.slug(letter.upper + "ОТ") == letter.latin + "ot")
    }

    @Test(arguments: Alphabets.bulgarian)
    func everyBulgarianLetterSlugs(_ letter: AlphabetLetter) {
        let slugger = Slugger(language: "bg")
        #expect(slugger.slug(letter.letter) == letter.latin)
        #expect(slugger.slug(letter.upper + "ОТ") == letter.latin + "ot")
    }

    @Test(arguments: Alphabets.polish)
    func everyPolishLetterSlugs(_ letter: AlphabetLetter) {
        let slugger = Slugger(language: "pl")
        #expect(slugger.slug("x" + letter.letter + "x") == "x" + letter.latin + "x")
        #expect(slugger.slug(letter.upper) == letter.latin)
    }

    @Test func latinScriptLanguages() {
        #expect(Slugger(language: "pl").slug("Zażółć gęślą jaźń — ŁÓDŹ") == "zazolc-gesla-jazn-lodz")
        #expect(Slugger(language: "de").slug("Straße der Einheit") == "strasse-der-einheit")
        #expect(Slugger(language: "fr").slug("Cœur à l'œuvre") == "coeur-a-loeuvre")
        #expect(Slugger(language: "tr").slug("İstanbul'da Işık") == "istanbulda-isik")
        #expect(Slugger(language: "sr").slug("Đorđe i Ђорђе") == "djordje-i-djordje")
        #expect(Slugger(language: "ro").slug("Țară și ŞCOALĂ") == "tara-si-scoala")
    }

    @Test func otherScripts() {
        #expect(english.slug("Привет, мир") == "privet-mir")
        #expect(Slugger(language: "uk").slug("Київ і Знам’янка") == "kyiv-i-znamianka")
        #expect(english.slug("Καλή Ευρώπη") == "kali-evropi")
    }

    // MARK: Separators

    @Test(arguments: ["", " ", "!!!", ".", "..", "...", "—", "„“", "/", "//", "&", "'", "’", "-", "---",
                      "\u{AD}", "\t\n\r", "🎉✨", "・", "()[]{}<>", "\u{200B}", "\u{0}\u{1}\u{7F}"])
    func nothingLeftGivesEmptySlug(_ text: String) {
        #expect(english.slug(text) == "")
        #expect(Slugger(language: "en", style: .unicode).slug(text) == "")
    }

    @Test(arguments: [
        ("../etc/passwd", "etc-passwd"),
        ("..\\..\\windows\\system32", "windows-system32"),
        ("/absolute/path/", "absolute-path"),
        ("a/b/c", "a-b-c"),
        ("file.name.txt", "file-name-txt"),
        ("./.hidden", "hidden"),
    ])
    func pathsCannotEscape(_ text: String, _ slug: String) {
        #expect(english.slug(text) == slug)
        #expect(Slugger(language: "en", style: .unicode).slug(text) == slug)
    }

    @Test(arguments: [SlugStyle.ascii, .unicode])
    func controlCharactersSeparate(_ style: SlugStyle) {
        let slugger = Slugger(language: "en", style: style)
        #expect(slugger.slug("a\u{0}b\u{1}c\td\ne\r\u{7F}f\u{1B}[31mg") == "a-b-c-d-e-f-31mg")
        #expect(slugger.slug("x\u{85}y\u{9B}z\u{2028}w") == "x-y-z-w")
    }

    @Test func leadingTrailingAndRepeatedSeparators() {
        #expect(english.slug("  --Hello,   World!--  ") == "hello-world")
        #expect(english.slug("-a - - b-") == "a-b")
        #expect(english.slug("___init___") == "init")
    }

    @Test func apostrophesAreDropped() {
        #expect(english.slug("O'Connor") == "oconnor")
        #expect(english.slug("O’Connor’s Law") == "oconnors-law")
        #expect(english.slug("Don‘t `stop´") == "dont-stop")
        #expect(Slugger(language: "uk").slug("Обʼєднання") == "obiednannia")
        #expect(Slugger(language: "en", style: .unicode).slug("L’École d'été") == "lécole-dété")
    }

    @Test func ampersandSeparates() {
        #expect(english.slug("Research & Development") == "research-development")
        #expect(english.slug("R&D") == "r-d")
        #expect(english.slug("Tom &amp; Jerry") == "tom-amp-jerry")
    }

    @Test func invisibleFormattingIsDropped() {
        #expect(english.slug("co\u{AD}operation") == "cooperation")
        #expect(english.slug("zero\u{200D}width\u{FEFF}") == "zerowidth")
        #expect(english.slug("two\u{200B}words") == "two-words")
        #expect(english.slug("e\u{301}cole") == "ecole")
    }

    // MARK: Digits

    @Test func digits() {
        #expect(english.slug("Top 10 in 2024") == "top-10-in-2024")
        #expect(english.slug("3.14 / 2") == "3-14-2")
        #expect(english.slug("٢٠٢٤ and ２０２５") == "2024-and-2025")
        #expect(Slugger(language: "ar", style: .unicode).slug("عام ٢٠٢٤") == "عام-٢٠٢٤")
        #expect(english.slug("CO₂ ²") == "co")
    }

    // MARK: Mixed scripts

    @Test func mixedScripts() {
        #expect(english.slug("Kolo Коло Κύκλος 会议 2024") == "kolo-kolo-kyklos-2024")
        #expect(Slugger(language: "mk").slug("Фузија fusion 2024") == "fuzija-fusion-2024")
        #expect(Slugger(language: "en", style: .unicode).slug("Kolo Коло Κύκλος 会议 2024") == "kolo-коло-κύκλος-会议-2024")
        #expect(english.slug("会议") == "")
        #expect(english.slug("会议abc会议") == "abc")
    }

    // MARK: Unicode style

    @Test func unicodeStyleDetails() {
        #expect(Slugger(language: "tr", style: .unicode).slug("İstanbul IŞIK") == "istanbul-ışık")
        #expect(Slugger(language: "en", style: .unicode).slug("İstanbul IŞIK") == "istanbul-işik")
        #expect(Slugger(language: "el", style: .unicode).slug("ΟΔΟΣ ΣΟΦΙΑΣ") == "οδος-σοφιας")
        #expect(Slugger(language: "hi", style: .unicode).slug("नमस्ते, दुनिया!") == "नमस्ते-दुनिया")
        #expect(Slugger(language: "fr", style: .unicode).slug("E\u{301}cole") == "\u{E9}cole")
        #expect(Slugger(language: "en", style: .unicode).slug("\u{301}abc") == "abc")
        #expect(Slugger(language: "fa", style: .unicode).slug("می\u{200C}خواهم") == "میخواهم")
    }

    // MARK: Length

    @Test func longInputIsCutAtLastSeparator() {
        let slug = english.slug(String(repeating: "Abcdefghi ", count: 20))
        #expect(slug == Array(repeating: "abcdefghi", count: 8).joined(separator: "-"))
        #expect(slug.count == 79)
    }

    @Test func separatorRightAfterTheLimitKeepsAllEightyCharacters() {
        let word = String(repeating: "a", count: 80)
        #expect(english.slug(word + " bc") == word)
        #expect(english.slug(word) == word)
    }

    @Test func veryLongWordIsCutAtEighty() {
        #expect(english.slug(String(repeating: "x", count: 500)) == String(repeating: "x", count: 80))
        let early = english.slug("ab " + String(repeating: "c", count: 100))
        #expect(early == "ab-" + String(repeating: "c", count: 77))
    }

    @Test func unicodeStyleCountsCharacters() {
        let slugger = Slugger(language: "mk", style: .unicode)
        #expect(slugger.slug(String(repeating: "Фузија ", count: 20)) == Array(repeating: "фузија", count: 11).joined(separator: "-"))
        let hindi = slugger.slug(String(repeating: "नमस्ते ", count: 30))
        #expect(hindi.count <= 80)
        #expect(hindi.unicodeScalars.count > 80)
        #expect(hindi.split(separator: "-").allSatisfy { $0 == "नमस्ते" })
    }

    @Test func transliterationThatGrowsIsCapped() {
        let slug = Slugger(language: "bg").slug(String(repeating: "Щщ ", count: 40))
        #expect(slug.count <= 80)
        #expect(slug.hasPrefix("shtsht-shtsht"))
        #expect(!slug.hasSuffix("-"))
    }

    // MARK: Invariants

    static let awkwardInputs: [String] = [
        "../etc/passwd", "..", ".", "a..b", "C:\\Windows\\", "%2e%2e%2f", "\u{0}\u{1F}\u{7F}\u{85}",
        "„Лабораторија за фузија“", "Ελληνικά!!", "💥 boom 💥", "\u{202E}evil\u{202C}", "a\u{301}\u{302}\u{303}",
        String(repeating: "Щастие и мир ", count: 30), String(repeating: "😀a", count: 200), "  ", "-.-",
        "Ǆemal ǈubović", "ﬁnance ﬂow", "ＡＢＣ　ｄｅｆ", "tab\tand\u{A0}nbsp",
    ]

    @Test(arguments: [SlugStyle.ascii, .unicode])
    func slugsAreAlwaysSafe(_ style: SlugStyle) {
        for language in ["mk", "bg", "en", "el", "tr"] {
            let slugger = Slugger(language: language, style: style)
            for text in Self.awkwardInputs {
                let slug = slugger.slug(text)
                #expect(slug != "." && slug != "..")
                #expect(!slug.contains("/") && !slug.contains(".") && !slug.contains("\\"))
                #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
                #expect(slug.count <= 80)
                #expect(!slug.unicodeScalars.contains { $0.properties.generalCategory == .control })
                #expect(!slug.unicodeScalars.contains { $0.properties.generalCategory == .format })
                if style == .ascii {
                    #expect(slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D },
                            "\(text) → \(slug)")
                }
                #expect(slugger.slug(slug) == slug, "not idempotent: \(text) → \(slug)")
            }
        }
    }

    @Test func specialLatinLettersInSlugs() {
        #expect(english.slug("Ǆemal ǈubović") == "dzemal-ljubovic")
        #expect(english.slug("ﬁnance ﬂow") == "finance-flow")
        #expect(english.slug("ＡＢＣ　ｄｅｆ") == "abc-def")
    }
}
