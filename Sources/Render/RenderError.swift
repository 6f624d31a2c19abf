import Diagnostics

/// Everything that stops rendering: templates that do not parse or are missing.
public enum RenderError: DiagnosticError, Sendable {
    case invalidTemplate(name: String, file: String, line: Int, column: Int, reason: String)
    case missingTemplate(String)
    /// An overriding template names a key no view has, or a partial no template provides.
    case unknownName(name: String, file: String, line: Int, column: Int, reason: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .invalidTemplate(let name, let file, let line, let column, let reason):
            return Diagnostic(.error, "template '\(name)' does not parse: \(reason)", at: SourceLocation(file: file, line: line, column: column))
        case .unknownName(let name, let file, let line, let column, let reason):
            return Diagnostic(.error, "template '\(name)': \(reason)", at: SourceLocation(file: file, line: line, column: column))
        case .missingTemplate(let name):
            return Diagnostic(.error, "no template named '\(name)'", at: nil)
        }
    }
}
