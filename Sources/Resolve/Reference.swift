import Load

/// Where a `$ref` lands: the file (nil for the root document) and the JSON pointer inside it.
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    public var file: String?
    public var tokens: [String]

    public init(file: String?, tokens: [String]) {
        self.file = file
        self.tokens = tokens
    }

    /// The pointer text, `/components/schemas/Foo`.
    public var pointer: String { tokens.reduce("") { JSONPointer.appending($0, $1) } }

    /// The component name when the reference designates `#/components/<section>/<name>`.
    public func componentName(in section: String) -> String? {
        tokens.count == 3 && tokens[0] == "components" && tokens[1] == section ? tokens[2] : nil
    }

    public var description: String { (file ?? "") + "#" + pointer }
}
