// The standard library's canonical decomposition (`String._nfd`) is SPI; it is used only here, once
// per process, to fill the tables below. Should it go away, fill them with Foundation's
// `decomposedStringWithCanonicalMapping` instead; nothing else depends on how they are made.
@_spi(_Unicode) import Swift

extension Transliteration {
    /// Canonical decompositions (NFD) of the letters the tables look at: Latin-1 to Cyrillic
    /// Supplement (U+00C0–U+052F) and Latin Extended Additional plus Greek Extended
    /// (U+1E00–U+1FFF). Built on first use, then a lookup per letter.
    enum Decomposition {
        /// Diaeresis flag in a table entry.
        private static let diaeresis: UInt32 = 0x8000_0000
        private static let low = table(0x00C0...0x052F)
        private static let high = table(0x1E00...0x1FFF)

        /// The base (first scalar) of `scalar`'s canonical decomposition: „ǽ“ → „æ“, „ά“ → „α“,
        /// „ӓ“ → „а“. Nil when it does not decompose or lies outside the tables.
        static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
            let entry = self.entry(scalar)
            return entry == 0 ? nil : Unicode.Scalar(entry & ~diaeresis)
        }

        /// True when `scalar` decomposes into a base and marks that include a diaeresis (U+0308).
        static func hasDiaeresis(_ scalar: Unicode.Scalar) -> Bool {
            entry(scalar) & diaeresis != 0
        }

        private static func entry(_ scalar: Unicode.Scalar) -> UInt32 {
            let value = scalar.value
            switch value {
            case 0x00C0...0x052F: return low[Int(value - 0x00C0)]
            case 0x1E00...0x1FFF: return high[Int(value - 0x1E00)]
            default: return 0
            }
        }

        private static func table(_ range: ClosedRange<UInt32>) -> [UInt32] {
            range.map { value in
                guard let scalar = Unicode.Scalar(value) else { return 0 }
                var decomposition = String(scalar)._nfd.makeIterator()
                guard let base = decomposition.next(), base != scalar else { return 0 }
                var entry = base.value
                while let mark = decomposition.next() {
                    if mark.value == 0x0308 { entry |= diaeresis }
                }
                return entry
            }
        }
    }
}
