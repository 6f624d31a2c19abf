import Diagnostics
import Render
import SwiftModel
import Write

// What the command line needs of the stages, so that it imports only Pipeline.

extension Generator.Configuration {
    /// The access level of the generated API.
    public typealias Access = SwiftOptions.Access
    /// Where the declarations go: a file each, or a fixed set of shards.
    public typealias Layout = OutputLayout
}

extension Generator {
    /// Whether `name` can name the generated module (a plain Swift identifier).
    public static func isModuleName(_ name: String) -> Bool {
        SwiftNames.isPlainIdentifier(name)
    }

    /// The default templates by relative name (`Client`, `Support/Paging`), as built into the tool.
    public static var defaultTemplates: [String: String] {
        TemplateSet.defaults.sources
    }

    /// The warnings of the last run, each as one `file:line:column: warning: …` line.
    public var warningLines: [String] {
        log.warnings.map(\.description)
    }

    /// `error` as one line: `file:line:column: error: message [at /json/pointer]` for the
    /// stages' own errors.
    public static func errorLine(for error: any Error) -> String {
        (error as? any DiagnosticError)?.diagnostic.description ?? "error: \(error)"
    }

    /// Writes a Make rule listing every file the last run read (`inputFiles()`) to `path`.
    public func writeDepfile(to path: String) throws {
        try Depfile.write(inputs: inputFiles(), to: path)
    }
}
