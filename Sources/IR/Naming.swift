/// Turns names from the spec (`org-banned`, `responseBody`, `list workspaces`) into words and
/// back into PascalCase or camelCase identifiers. The one place where name shapes are decided;
/// language-specific escaping (keywords, reserved type names) is the renderer's.
public enum Naming {
    /// The words of a name: split at anything that is not a letter or digit, and at lower→upper
    /// case changes (`nextPageToken` → next, Page, Token; `URLPath` → URL, Path).
    public static func words(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiWords(name)
        }
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(String(current)) }
                current = []
                continue
            }
            if let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (previous.isLowercase || previous.isNumber) && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd {
                    words.append(String(current))
                    current = []
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `words(_:)` for ASCII names, on bytes: the common case, without Unicode property lookups.
    private static func asciiWords(_ name: String) -> [String] {
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        let bytes = Array(name.utf8)
        var words: [String] = []
        var start = -1
        for index in bytes.indices {
            let byte = bytes[index]
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                if start >= 0 { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = -1
                continue
            }
            if start >= 0 {
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(byte)
                let acronymEnd = isUpper(previous) && isUpper(byte) && nextIsLower
                if lowerToUpper || acronymEnd {
                    words.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    start = index
                }
            } else {
                start = index
            }
        }
        if start >= 0 { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return words
    }

    /// `responseBody` → `ResponseBody`, `org-banned` → `OrgBanned`. Inner capitals are kept.
    public static func pascalCase(_ name: String) -> String {
        casedWords(name).map(capitalizingFirst).joined()
    }

    /// The words of a name; a SCREAMING_CASE name is lower-cased first (`CREATION_TIME` →
    /// creation, time), so it reads `creationTime` rather than `creationTIME`.
    static func casedWords(_ name: String) -> [String] {
        let parts = words(name)
        let screaming = parts.count > 1 && name.utf8.contains(UInt8(ascii: "_")) && !name.contains(where: \.isLowercase)
        return screaming ? parts.map { $0.lowercased() } : parts
    }

    /// `org-banned` → `orgBanned`, `NextPageToken` → `nextPageToken`, `URL` → `url`,
    /// `accesskey` → `accesskey`.
    public static func camelCase(_ name: String) -> String {
        let parts = casedWords(name)
        guard let first = parts.first else { return "" }
        let head = first.allSatisfy { !$0.isLowercase } ? first.lowercased() : lowercasingFirst(first)
        return head + parts.dropFirst().map(capitalizingFirst).joined()
    }

    /// A singular form for naming the items of an array property (`regions` → `Region`).
    public static func singular(_ name: String) -> String {
        if name.hasSuffix("ies") && name.count > 4 { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("sses") || name.hasSuffix("uses") || name.hasSuffix("xes") { return String(name.dropLast(2)) }
        if name.hasSuffix("s") && !name.hasSuffix("ss") && name.count > 3 { return String(name.dropLast()) }
        return name + "Item"
    }

    private static func capitalizingFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    private static func lowercasingFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }
}
