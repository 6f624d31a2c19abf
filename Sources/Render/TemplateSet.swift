import Diagnostics
import Mustache

/// The Mustache templates a run renders with: the defaults built into the binary, each
/// replaceable by a file of the same relative name (`Client.mustache`, `Support/Paging.mustache`)
/// in a user's templates directory.
public struct TemplateSet {
    /// Template sources by name.
    public private(set) var sources: [String: String]
    /// Where each overridden template came from, for diagnostics.
    private var origins: [String: String] = [:]

    /// The pragma every template starts with; without it swift-mustache escapes HTML.
    public static let textPragma = "{{% CONTENT_TYPE: TEXT }}"

    public static var defaults: TemplateSet { TemplateSet(sources: defaultTemplates) }

    init(sources: [String: String]) {
        self.sources = sources
    }

    /// The defaults with the given templates (name, origin path, text) laid over them.
    public static func overriding(with files: [(name: String, path: String, text: String)], log: DiagnosticLog) -> TemplateSet {
        var set = TemplateSet.defaults
        for file in files {
            if !file.text.hasPrefix(textPragma) {
                log.warn(
                    "template does not start with \(textPragma): its output will be HTML-escaped",
                    at: SourceLocation(file: file.path, line: 1, column: 1)
                )
            }
            set.sources[file.name] = file.text
            set.origins[file.name] = file.path
        }
        return set
    }

    /// A swift-mustache library of every template.
    func library() throws(RenderError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .invalidTemplate(
                    name: name, file: origins[name] ?? "Templates/\(name).mustache",
                    line: error.context.lineNumber, column: error.context.columnNumber, reason: "\(error.error)"
                )
            } catch {
                throw .invalidTemplate(name: name, file: origins[name] ?? "Templates/\(name).mustache", line: 1, column: 1, reason: "\(error)")
            }
        }
        return library
    }
}
