import Diagnostics

/// Everything that can stop writing the output folder.
public enum WriteError: DiagnosticError, Sendable {
    case cannotWrite(path: String, reason: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .cannotWrite(let path, let reason):
            return Diagnostic(.error, "cannot write output: \(reason)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }
}
