/// One message for the user: an error that stops generation or a warning that does not.
///
/// Printed as `file:line:column: error: message [at /json/pointer]`, the format editors and CI
/// logs recognise.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How bad a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The JSON pointer of the offending node inside its document, when there is one.
    public var pointer: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, pointer: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
    }

    public var description: String {
        var text = ""
        if let location {
            text += "\(location): "
        }
        text += "\(severity.rawValue): \(message)"
        if let pointer {
            text += " [at \(pointer.isEmpty ? "/" : pointer)]"
        }
        return text
    }
}

/// An error of any stage that can describe itself as a located diagnostic.
public protocol DiagnosticError: Error {
    var diagnostic: Diagnostic { get }
}

/// Collects the warnings of one generation run, in the order they were found.
public final class DiagnosticLog {
    public private(set) var warnings: [Diagnostic] = []

    public init() {}

    public func warn(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        add(Diagnostic(.warning, message, at: location, pointer: pointer))
    }

    /// Records a warning made elsewhere (a parser's), once.
    public func add(_ diagnostic: Diagnostic) {
        if !warnings.contains(diagnostic) {
            warnings.append(diagnostic)
        }
    }
}
