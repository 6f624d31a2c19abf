import Diagnostics

/// Everything that stops building the IR: a document that is not a usable OpenAPI 3.0/3.1 API.
public enum IRError: DiagnosticError, Sendable {
    case unsupportedVersion(String, at: SourceLocation)
    case invalid(String, at: SourceLocation, pointer: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .unsupportedVersion(let version, let location):
            return Diagnostic(
                .error,
                "unsupported OpenAPI version '\(version)': openapi-swiftgen reads OpenAPI 3.0.x and 3.1.x",
                at: location,
                pointer: "/openapi"
            )
        case .invalid(let message, let location, let pointer):
            return Diagnostic(.error, message, at: location, pointer: pointer)
        }
    }
}
