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
    /// one of these names gets the `Model` suffix (`Error` → `ErrorModel`).
    public static let reservedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Character", "Codable", "Data", "Date", "Decimal", "Decodable",
        "Dictionary", "Double", "Encodable", "Equatable", "Error", "Float", "Hashable", "Int", "Int32", "Int64",
        "Never", "Optional", "Protocol", "Result", "Self", "Sendable", "Set", "String", "Task", "Type", "URL",
        "UUID", "Void", "JSONDecoder", "JSONEncoder", "URLRequest", "URLSession",
        // Generated support types.
        "APIError", "Authorization", "Body", "Client", "DynamicCodingKey", "HeaderValue", "HTTPRequest", "Indirect", "HTTPResponse", "HTTPTransport", "JSONCoding",
        "JSONValue", "ParameterValue", "RequestBuilder", "RFC3339", "Server", "URLSessionTransport",
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

    /// Makes `names` unique in order, appending 2, 3, … to later duplicates.
    public static func uniqued(_ names: [String], avoiding taken: Set<String> = []) -> [String] {
        uniqued(names) { taken.contains($0) }
    }

    /// Makes `names` unique in order, also avoiding every name `isTaken` says is in use.
    public static func uniqued(_ names: [String], isTaken: (String) -> Bool) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            var candidate = name
            var counter = 2
            while used.contains(candidate) || isTaken(candidate) {
                candidate = name + String(counter)
                counter += 1
            }
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
