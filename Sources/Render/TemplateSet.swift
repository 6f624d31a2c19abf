import Diagnostics
import Dispatch
import Foundation
import Mustache

/// The Mustache templates a run renders with: the defaults built into the binary, each
/// replaceable by a file of the same relative name (`Client.mustache`, `Support/Paging.mustache`)
/// in a user's templates directory.
public struct TemplateSet: Sendable {
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

    /// The template a file of a templates folder replaces: its relative path without
    /// `.mustache` (`Support/Paging.mustache` → `Support/Paging`).
    public static func name(ofFile relativePath: String) -> String {
        relativePath.hasSuffix(".mustache") ? String(relativePath.dropLast(".mustache".count)) : relativePath
    }

    /// The defaults with the given templates (name, origin path, text) laid over them.
    /// A file that replaces no default template must be a partial another template includes
    /// (`{{> Name}}`); otherwise it is an error naming the close matches (a misspelt override
    /// would be silently ignored).
    public static func overriding(with files: [(name: String, path: String, text: String)], log: DiagnosticLog) throws(RenderError) -> TemplateSet {
        var set = TemplateSet.defaults
        let defaultNames = Array(set.sources.keys).sorted()
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
        for file in files where !defaultNames.contains(file.name) {
            let included = set.sources.values.contains { $0.contains("{{> \(file.name)}}") || $0.contains("{{>\(file.name)}}") }
            guard !included else { continue }
            let close = Suggestions.close(to: file.name, in: defaultNames)
            var reason = "the file replaces no default template and no template includes it as a partial"
            reason +=
                close.isEmpty ? " (openapi-swiftgen templates list names them)" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
            throw .unknownName(name: file.name, file: file.path, line: 1, column: 1, reason: reason)
        }
        return set
    }

    /// A swift-mustache library of every template, parsed on every core (swift-mustache's
    /// parser takes time that grows faster than a template's length); errors are reported in
    /// name order.
    func library() throws(RenderError) -> MustacheLibrary {
        let names = sources.keys.sorted()
        let parsed = ParsedTemplates(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            parsed.set(index, Result { try MustacheTemplate(string: sources[names[index], default: ""]) })
        }
        var library = MustacheLibrary()
        for (index, name) in names.enumerated() {
            switch parsed.result(index) {
            case .success(let template):
                library.register(template, named: name)
            case .failure(let error as MustacheTemplate.ParserError):
                throw .invalidTemplate(
                    name: name, file: origins[name] ?? "Templates/\(name).mustache",
                    line: error.context.lineNumber, column: error.context.columnNumber, reason: "\(error.error)"
                )
            case .failure(let error):
                throw .invalidTemplate(name: name, file: origins[name] ?? "Templates/\(name).mustache", line: 1, column: 1, reason: "\(error)")
            }
        }
        // Overriding templates are checked for names no view has (the defaults by a test).
        let known = Set(names)
        for name in names {
            guard let origin = origins[name],
                let problem = TemplateKeyCheck.problems(in: sources[name, default: ""], templates: known, stack: TemplateKeyCheck.stack(for: name)).first
            else { continue }
            throw .unknownName(name: name, file: origin, line: problem.line, column: problem.column, reason: problem.message)
        }
        return library
    }
}

/// The templates of a run, parsed on other threads while the caller goes on (loading the spec):
/// `library()` waits for them.
public final class TemplateLibrary: @unchecked Sendable {
    private let finished = DispatchGroup()
    /// Set on the parsing thread before `finished` is left.
    private var result: Result<MustacheLibrary, RenderError> = .failure(.missingTemplate(""))

    /// Starts parsing `templates`.
    public init(parsing templates: TemplateSet) {
        finished.enter()
        DispatchQueue.global().async {
            do throws(RenderError) {
                self.result = .success(try templates.library())
            } catch {
                self.result = .failure(error)
            }
            self.finished.leave()
        }
    }

    /// The parsed templates, or the first template's error.
    func library() throws(RenderError) -> MustacheLibrary {
        finished.wait()
        return try result.get()
    }
}

/// Templates parsed on several threads, each result in its own slot.
private final class ParsedTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<MustacheTemplate, any Error>?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<MustacheTemplate, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func result(_ index: Int) -> Result<MustacheTemplate, any Error> {
        lock.lock()
        defer { lock.unlock() }
        return results[index] ?? .failure(CancellationError())
    }
}
