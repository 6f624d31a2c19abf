/// Turns names from the spec (`org-banned`, `responseBody`, `list workspaces`) into words and
/// back into PascalCase or camelCase identifiers. The one place where name shapes are decided;
/// language-specific escaping (keywords, reserved type names) is the renderer's.
public enum Naming {
    /// The words of a name: split at anything that is not a letter or digit, and at lower→upper
    /// case changes (`nextPageToken` → next, Page, Token; `URLPath` → URL, Path).
    public static func words(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // The common case, on bytes: no Unicode property lookups.
            let bytes = Array(name.utf8)
            return wordRanges(count: bytes.count) { asciiClass(bytes[$0]) }.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        let characters = Array(name)
        let classes = characters.map { character -> CharacterClass in
            if character.isUppercase { return .upper }
            if character.isLowercase { return .lower }
            if character.isNumber { return .digit }
            return character.isLetter ? .uncased : .separator
        }
        return wordRanges(count: characters.count) { classes[$0] }.map { String(characters[$0]) }
    }

    /// What a character is to word splitting.
    private enum CharacterClass {
        case lower, upper, digit, separator
        /// A letter without case (`名`).
        case uncased
    }

    private static func asciiClass(_ byte: UInt8) -> CharacterClass {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        default: .separator
        }
    }

    /// Where the words of `words(_:)` are among `count` characters, given each one's class.
    private static func wordRanges(count: Int, classAt: (Int) -> CharacterClass) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        var previous = CharacterClass.separator
        var current = count > 0 ? classAt(0) : .separator
        for index in 0..<count {
            let next = index + 1 < count ? classAt(index + 1) : .separator
            defer { (previous, current) = (current, next) }  // each class is asked for once
            guard current != .separator else {
                if let begin = start { ranges.append(begin..<index) }
                start = nil
                continue
            }
            guard let begin = start else {
                start = index
                continue
            }
            let lowerToUpper = (previous == .lower || previous == .digit) && current == .upper
            let acronymEnd = previous == .upper && current == .upper && next == .lower
            if lowerToUpper || acronymEnd {
                ranges.append(begin..<index)
                start = index
            }
        }
        if let begin = start { ranges.append(begin..<count) }
        return ranges
    }

    /// `responseBody` → `ResponseBody`, `org-banned` → `OrgBanned`. Inner capitals are kept.
    public static func pascalCase(_ name: String) -> String {
        if let cased = asciiCased(name, camel: false) { return cased }
        return casedWords(name).map(capitalizingFirst).joined()
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
        if let cased = asciiCased(name, camel: true) { return cased }
        let parts = casedWords(name)
        guard let first = parts.first else { return "" }
        let head = hasLowercase(first) ? lowercasingFirst(first) : first.lowercased()
        return head + parts.dropFirst().map(capitalizingFirst).joined()
    }

    /// `camelCase` (or `pascalCase`) of an ASCII name, written straight from its bytes: the same
    /// words and casing as the general path, without a string per word (every property,
    /// parameter and type name of a big spec comes through here). Nil for other names.
    private static func asciiCased(_ name: String, camel: Bool) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let ranges = wordRanges(count: bytes.count) { asciiClass(bytes[$0]) }
            let isLower = { (byte: UInt8) in byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
            let isUpper = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
            let screaming = ranges.count > 1 && bytes.contains(UInt8(ascii: "_")) && !bytes.contains(where: isLower)
            var cased: [UInt8] = []
            cased.reserveCapacity(bytes.count)
            for (number, range) in ranges.enumerated() {
                let word = bytes[range]
                let lowersAll = screaming || (camel && number == 0 && !word.contains(where: isLower))
                for (offset, byte) in word.enumerated() {
                    var byte = byte
                    if lowersAll, isUpper(byte) { byte += 32 }
                    if offset == 0 {
                        if camel && number == 0 {
                            if isUpper(byte) { byte += 32 }
                        } else if isLower(byte) {
                            byte -= 32
                        }
                    }
                    cased.append(byte)
                }
            }
            return String(decoding: cased, as: UTF8.self)
        }
    }

    /// `stem`, or the first of `stem2`, `stem3`, … that `isTaken` does not claim: the one rule
    /// for numbering names that collide. The number follows an underscore when `stem` ends in a
    /// digit, so that it cannot read as part of the name (`v1` → `v1_2`, not `v12`).
    public static func unique(_ stem: String, isTaken: (String) -> Bool) -> String {
        guard isTaken(stem) else { return stem }
        let separator = stem.last?.isNumber == true ? "_" : ""
        var counter = 2
        while isTaken(stem + separator + String(counter)) { counter += 1 }
        return stem + separator + String(counter)
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
