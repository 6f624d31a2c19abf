/// Turns names from the spec (`org-banned`, `responseBody`, `list workspaces`) into words and
/// back into PascalCase or camelCase identifiers. The one place where name shapes are decided;
/// language-specific escaping (keywords, reserved type names) is the renderer's.
public enum Naming {
    /// The words of a name: split at anything that is not a letter or digit, and at lower→upper
    /// case changes (`nextPageToken` → next, Page, Token; `URLPath` → URL, Path).
    public static func words(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // The common case, on bytes: no Unicode property lookups.
            return split(Array(name.utf8), as: { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
                case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
                default: .separator
                }
            }, text: { String(decoding: $0, as: UTF8.self) })
        }
        return split(Array(name), as: { character in
            if character.isUppercase { return .upper }
            if character.isLowercase { return .lower }
            if character.isNumber { return .digit }
            return character.isLetter ? .uncased : .separator
        }, text: { String($0) })
    }

    /// What a character is to word splitting.
    private enum CharacterClass {
        case lower, upper, digit, separator
        /// A letter without case (`名`).
        case uncased
    }

    /// The splitting rules of `words(_:)`, over bytes or characters alike.
    private static func split<Element>(
        _ items: [Element], as classOf: (Element) -> CharacterClass, text: (ArraySlice<Element>) -> String
    ) -> [String] {
        let classes = items.map(classOf)
        var words: [String] = []
        var start: Int?
        for index in classes.indices {
            let current = classes[index]
            guard current != .separator else {
                if let begin = start { words.append(text(items[begin..<index])) }
                start = nil
                continue
            }
            guard let begin = start else {
                start = index
                continue
            }
            let previous = classes[index - 1]
            let next = index + 1 < classes.count ? classes[index + 1] : .separator
            let lowerToUpper = (previous == .lower || previous == .digit) && current == .upper
            let acronymEnd = previous == .upper && current == .upper && next == .lower
            if lowerToUpper || acronymEnd {
                words.append(text(items[begin..<index]))
                start = index
            }
        }
        if let begin = start { words.append(text(items[begin...])) }
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
        let screaming = parts.count > 1 && name.utf8.contains(UInt8(ascii: "_")) && !hasLowercase(name)
        return screaming ? parts.map { $0.lowercased() } : parts
    }

    /// `org-banned` → `orgBanned`, `NextPageToken` → `nextPageToken`, `URL` → `url`,
    /// `accesskey` → `accesskey`.
    public static func camelCase(_ name: String) -> String {
        let parts = casedWords(name)
        guard let first = parts.first else { return "" }
        let head = hasLowercase(first) ? lowercasingFirst(first) : first.lowercased()
        return head + parts.dropFirst().map(capitalizingFirst).joined()
    }

    /// A singular form for naming the items of an array property (`regions` → `Region`).
    public static func singular(_ name: String) -> String {
        if name.hasSuffix("ies") && name.count > 4 { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("sses") || name.hasSuffix("uses") || name.hasSuffix("xes") { return String(name.dropLast(2)) }
        if name.hasSuffix("s") && !name.hasSuffix("ss") && name.count > 3 { return String(name.dropLast()) }
        return name + "Item"
    }

    // Case checks and changes on ASCII bytes where they can be: Unicode case mapping of a
    // `Character` costs thousands of instructions, and every name of a big spec goes through here.

    private static func hasLowercase(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        }
        return text.contains(where: \.isLowercase)
    }

    private static func capitalizingFirst(_ word: String) -> String {
        if let byte = word.utf8.first, byte < 0x80 {
            return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? replacingFirstByte(of: word, with: byte - 32) : word
        }
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    private static func lowercasingFirst(_ word: String) -> String {
        if let byte = word.utf8.first, byte < 0x80 {
            return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? replacingFirstByte(of: word, with: byte + 32) : word
        }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    private static func replacingFirstByte(of word: String, with byte: UInt8) -> String {
        var bytes = Array(word.utf8)
        bytes[0] = byte
        return String(decoding: bytes, as: UTF8.self)
    }
}
