import Foundation
import IR

/// Swift spelling of IR names: keyword escaping, reserved type names, unique member names.
///
/// Word splitting and casing come from `IR.Naming`; this adds what is Swift's own.
public enum SwiftNames {
    /// Words that must be written in backticks when used as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol", "some", "any",
    ]

    /// Type names that would shadow a Swift, Foundation or generated support type; a schema with
    /// one of these names gets the `Model` suffix (`Error` → `ErrorModel`, `Decoder` →
    /// `DecoderModel`, `Thread` → `ThreadModel`).
    public static let reservedTypeNames: Set<String> = standardTypeNames.union(supportTypeNames).union(["Protocol", "Self", "Type"])

    /// The types the generated support files declare.
    static let supportTypeNames: Set<String> = [
        "APIError", "Authorization", "Body", "BodyField", "Client", "DynamicCodingKey", "FilePart", "FormValue", "HeaderValue", "HTTPRequest", "Indirect",
        "HTTPResponse", "HTTPTransport", "JSONCoding", "JSONValue", "MediaTypeRange", "MultipartBody", "MultipartResponse", "Nullable", "ObjectAlternative",
        "ParameterSerializer", "ParameterStyle",
        "ParameterValue", "RequestBuilder", "RFC3339", "Server", "Tristate", "URLSessionTransport",
    ]

    /// A type name component in Swift: PascalCase, never reserved, never starting with a digit.
    /// `Type` (a property named `type`, typically) becomes `Kind`.
    public static func typeComponent(_ name: String) -> String {
        var result = Naming.pascalCase(name)
        if result.isEmpty { result = "Value" }
        if result == "Type" { result = "Kind" }
        if let first = result.first, first.isNumber { result = "_" + result }
        if reservedTypeNames.contains(result) { result += "Model" }
        return result
    }

    /// Whether `name` can stand as a Swift identifier as it is: a letter or `_`, then letters,
    /// digits and `_`, and not a keyword.
    public static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || CharacterSet.letters.contains(first) else { return false }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_"))
        return name.unicodeScalars.allSatisfy { allowed.contains($0) } && escaped(name) == name
    }

    /// A value identifier (property, parameter, case): camelCase, escaped when it is a keyword.
    public static func identifier(_ name: String) -> String {
        escaped(bareIdentifier(name))
    }

    /// Words that cannot name a member even in backticks without changing the meaning of
    /// `self.x` or `.x`; they get an underscore prefix, like names starting with a digit.
    static let unusableMemberNames: Set<String> = ["self", "init", "deinit", "subscript", "super"]

    /// The camelCase identifier without keyword escaping.
    public static func bareIdentifier(_ name: String) -> String {
        var result = Naming.camelCase(name)
        if result.isEmpty { result = "value" }
        if let first = result.first, first.isNumber { result = "_" + result }
        if unusableMemberNames.contains(result) { result = "_" + result }
        return result
    }

    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// The case names of a string enum's values, in order, unique.
    ///
    /// Signs before digits are words where they carry meaning: a leading sign always (`+1` →
    /// `plus1`, `-1` → `minus1`), and in an enum that uses `+` before a digit anywhere, every
    /// sign before a digit (`Etc/GMT+1` → `etcGMTPlus1`, `Etc/GMT-1` → `etcGMTMinus1`); elsewhere
    /// a `-` stays a separator (`us-east-1` → `usEast1`). Values that still collide are spelled
    /// with all their signs as words before `uniqued` numbers the rest. The empty string is
    /// `empty`.
    public static func enumCaseNames(_ values: [String]) -> [String] {
        let signed = values.contains { hasSignBeforeDigit($0, plusOnly: true) }
        var names = values.map { $0.isEmpty ? "empty" : bareIdentifier(spellingSigns($0, everywhere: signed)) }
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        if counts.values.contains(where: { $0 > 1 }) {
            for index in names.indices where counts[names[index], default: 0] > 1 && hasSignBeforeDigit(values[index], plusOnly: false) {
                names[index] = bareIdentifier(spellingSigns(values[index], everywhere: true))
            }
        }
        return uniqued(names)
    }

    /// Whether `value` has a `+` (or, unless `plusOnly`, a `-`) right before a digit.
    private static func hasSignBeforeDigit(_ value: String, plusOnly: Bool) -> Bool {
        let bytes = Array(value.utf8)
        return bytes.indices.dropLast().contains { index in
            let sign = bytes[index] == UInt8(ascii: "+") || (!plusOnly && bytes[index] == UInt8(ascii: "-"))
            return sign && bytes[index + 1] >= UInt8(ascii: "0") && bytes[index + 1] <= UInt8(ascii: "9")
        }
    }

    /// `value` with a sign before a digit written as a word (` plus `, ` minus `): the leading
    /// one only, or every one when `everywhere`.
    private static func spellingSigns(_ value: String, everywhere: Bool) -> String {
        let characters = Array(value)
        var result = ""
        for (index, character) in characters.enumerated() {
            let beforeDigit = index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber
            if (character == "+" || character == "-") && beforeDigit && (everywhere || index == 0) {
                result += character == "+" ? " plus " : " minus "
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Makes `names` unique in order, appending 2, 3, … to later duplicates (after an underscore
    /// when the name ends in a digit, so `_1` and `_1` become `_1` and `_1_2`, not `_12`).
    public static func uniqued(_ names: [String], avoiding taken: Set<String> = []) -> [String] {
        uniqued(names) { taken.contains($0) }
    }

    /// Makes `names` unique in order, also avoiding every name `isTaken` says is in use.
    public static func uniqued(_ names: [String], isTaken: (String) -> Bool) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            let candidate = Naming.unique(name) { used.contains($0) || isTaken($0) }
            used.insert(candidate)
            return candidate
        }
    }

    /// A Swift string literal's content: backslashes, quotes and control characters escaped.
    public static func stringLiteralContent(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
