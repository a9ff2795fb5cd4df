internal import CKoloICU
import KoloContent

/// Formats dates the way a language writes them in running text ("22 јули 2016", "24 kwietnia 2017").
/// Built once per language from CLDR data (through the system ICU), then formats without ICU,
/// so that it is cheap on every page and safe on every thread.
public struct LongDateFormat: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case literal(String)
        case day(padded: Bool)
        case month(width: Int)
        case year
    }

    let pieces: [Piece]
    /// Month names as used inside a date (Polish genitive "kwietnia").
    let monthNames: [String]
    let shortMonthNames: [String]

    /// - Parameters:
    ///   - locale: BCP 47 locale, e.g. "pl-PL".
    ///   - pattern: a CLDR pattern ("d MMMM y") to use instead of the locale's own long date.
    public init(locale: String, pattern: String? = nil) {
        monthNames = Self.monthNames(locale, abbreviated: false)
        shortMonthNames = Self.monthNames(locale, abbreviated: true)
        let cldrPattern = pattern ?? ICUText.read { kolo_date_pattern(locale, "yMMMMd", $0, $1) } ?? "d MMMM y"
        pieces = Self.parse(cldrPattern)
    }

    /// ICU's twelve names, or none (dates then show the month's number).
    private static func monthNames(_ locale: String, abbreviated: Bool) -> [String] {
        let names = ICUText.read { kolo_month_names(locale, abbreviated ? 1 : 0, $0, $1) }?.split(separator: "\n").map(String.init) ?? []
        return names.count == 12 ? names : []
    }

    public func format(_ date: ContentDate) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .literal(let literal): text += literal
            case .day(let padded): text += padded && date.day < 10 ? "0\(date.day)" : String(date.day)
            case .month(let width):
                switch width {
                case 1: text += String(date.month)
                case 2: text += date.month < 10 ? "0\(date.month)" : String(date.month)
                case 3: text += shortMonthNames.indices.contains(date.month - 1) ? shortMonthNames[date.month - 1] : String(date.month)
                default: text += monthNames.indices.contains(date.month - 1) ? monthNames[date.month - 1] : String(date.month)
                }
            case .year: text += String(date.year)
            }
        }
        return text
    }

    /// Understands the CLDR pattern letters a long date uses (d, M, L, y) and quoted literals.
    static func parse(_ pattern: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var characters = Array(pattern)[...]
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
        }
        while let character = characters.first {
            if character == "'" {
                characters = characters.dropFirst()
                if characters.first == "'" { literal.append("'"); characters = characters.dropFirst(); continue }
                while let inner = characters.first, inner != "'" { literal.append(inner); characters = characters.dropFirst() }
                characters = characters.dropFirst()
                continue
            }
            let run = characters.prefix { $0 == character }.count
            switch character {
            case "d": flush(); pieces.append(.day(padded: run >= 2))
            case "M", "L": flush(); pieces.append(.month(width: run))
            case "y", "Y", "u": flush(); pieces.append(.year)
            case "E", "G", "c", "e":
                // Weekdays and eras are not part of Kolo's long date; drop them and the separators they leave.
                break
            default: literal += String(repeating: character, count: run)
            }
            characters = characters.dropFirst(run)
        }
        flush()
        return pieces
    }
}
