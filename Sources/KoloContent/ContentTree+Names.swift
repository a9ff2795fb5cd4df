extension ContentTree {
    /// Why a file or folder name under `content/` cannot be used, or nil when it can. Names become
    /// URLs and are printed in messages: control characters (which could also rewrite a terminal's
    /// screen) and backslashes (a path separator elsewhere) are refused.
    static func unusableName(_ name: String) -> String? {
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) {
            return "this name contains a control character; rename it"
        }
        if name.contains("\\") { return "this name contains a backslash; rename it" }
        return nil
    }

    /// A name with its control characters written out (`\u{1B}`), safe to print.
    static func printable(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension FileKind {
    var isDirectory: Bool {
        if case .directory = self { return true }
        return false
    }
}
