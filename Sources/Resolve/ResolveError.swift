import Diagnostics

/// Everything that can stop `$ref` resolution, located at the offending `$ref`.
public enum ResolveError: DiagnosticError, Sendable {
    case malformedReference(String, at: SourceLocation, pointer: String)
    case missingTarget(String, at: SourceLocation, pointer: String)
    case unreadableTarget(String, reason: String, at: SourceLocation, pointer: String)
    case circularReference(String, at: SourceLocation, pointer: String)
    /// A field of an OpenAPI object holds a value of the wrong JSON type.
    case wrongType(name: String, expected: String, found: String, at: SourceLocation, pointer: String)
    /// The reference names a file outside the folders `FileAccess` allows.
    case fileOutsideAllowedFolders(String, file: String, allowed: String, at: SourceLocation, pointer: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .malformedReference(let ref, let location, let pointer):
            return Diagnostic(.error, "malformed $ref '\(ref)'", at: location, pointer: pointer)
        case .missingTarget(let ref, let location, let pointer):
            return Diagnostic(.error, "$ref '\(ref)' points to nothing: no such component or location", at: location, pointer: pointer)
        case .unreadableTarget(let ref, let reason, let location, let pointer):
            return Diagnostic(.error, "$ref '\(ref)' cannot be loaded: \(reason)", at: location, pointer: pointer)
        case .circularReference(let ref, let location, let pointer):
            return Diagnostic(.error, "$ref '\(ref)' is part of a cycle of references that never reaches a value", at: location, pointer: pointer)
        case .wrongType(let name, let expected, let found, let location, let pointer):
            return Diagnostic(.error, "\(name) must be \(expected), not \(found)", at: location, pointer: pointer)
        case .fileOutsideAllowedFolders(let ref, let file, let allowed, let location, let pointer):
            return Diagnostic(
                .error,
                "$ref '\(ref)' reaches \(file), outside the folders references may read (\(allowed)); allow its folder with --allow-ref-folder",
                at: location, pointer: pointer
            )
        }
    }
}
