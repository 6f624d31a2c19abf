import Diagnostics

/// Everything that can stop the Load stage, each with the place to look.
public enum LoadError: DiagnosticError, Sendable {
    case unreadableFile(path: String, reason: String)
    case malformedJSON(String, at: SourceLocation)
    case malformedYAML(String, at: SourceLocation)
    case noOpenAPIDocument(file: String)
    case unsupportedInput(file: String, reason: String)
    /// Two partial documents define the same name differently.
    case conflict(pointer: String, first: SourceLocation, second: SourceLocation)

    public var diagnostic: Diagnostic {
        switch self {
        case .unreadableFile(let path, let reason):
            return Diagnostic(.error, "cannot read file: \(reason)", at: SourceLocation(file: path, line: 1, column: 1))
        case .malformedJSON(let message, let location):
            return Diagnostic(.error, "malformed JSON: \(message)", at: location)
        case .malformedYAML(let message, let location):
            return Diagnostic(.error, "malformed YAML: \(message)", at: location)
        case .noOpenAPIDocument(let file):
            return Diagnostic(
                .error,
                "no OpenAPI document found: expected a fenced ```json block whose top-level object has an \"openapi\" key",
                at: SourceLocation(file: file, line: 1, column: 1)
            )
        case .unsupportedInput(let file, let reason):
            return Diagnostic(.error, reason, at: SourceLocation(file: file, line: 1, column: 1))
        case .conflict(let pointer, let first, let second):
            return Diagnostic(
                .error,
                "conflicting definitions of '\(pointer)': this one differs from the one at \(first)",
                at: second,
                pointer: pointer
            )
        }
    }
}
