import Diagnostics
import Dispatch
import Foundation
import Mustache
import SwiftModel

/// One emitted file: its path relative to the output folder and its text.
public struct RenderedFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Renders a `SwiftPlan` into text through the templates: every file of the plan with its
/// template, nested declarations first (`NestedDeclarationRenderer`), independent files on every
/// core. It decides nothing about the Swift: that is the plan's.
///
/// Layout: `Client.swift` (the client and its untagged operations), `Client+<Tag>.swift` (each
/// tag's operations) and `Server.swift`; `Types/<Name>.swift`, one per top-level type (nested
/// types stay in their parent's file); `Support/*.swift`, the transport, request building, JSON
/// coding, errors and paging the client needs. In the sharded layout these are joined into the
/// plan's shards.
public enum SwiftRenderer {
    /// Renders every file and returns them sorted by path.
    public static func render(_ plan: SwiftPlan, templates: TemplateSet = .defaults) throws(RenderError) -> [RenderedFile] {
        try render(plan, templates: TemplateLibrary(parsing: templates))
    }

    /// Renders every file with templates parsed (or being parsed) beforehand, sorted by path.
    public static func render(_ plan: SwiftPlan, templates: TemplateLibrary) throws(RenderError) -> [RenderedFile] {
        let collected = RenderedFiles()
        try render(plan, templates: templates, into: collected.append)
        return collected.files.sorted { $0.path < $1.path }
    }

    /// Renders every file, handing each to `sink` as soon as it is done. Independent files
    /// render on every core, so `sink` is called from several threads, in no particular order;
    /// the files themselves do not depend on the schedule.
    public static func render(
        _ plan: SwiftPlan, templates: TemplateLibrary, into sink: @escaping @Sendable (RenderedFile) -> Void
    ) throws(RenderError) {
        let library = try templates.library()
        guard case .sharded(let count) = plan.layout else {
            try render(plan.files, with: library, into: sink)
            return
        }
        let collected = RenderedFiles()
        try render(plan.files, with: library, into: collected.append)
        ShardedLayout.combine(collected.files, shards: OutputLayout.shardedFileNames(count: count), destination: plan.destination(of:)).forEach(sink)
    }

    /// Renders independent files on every core.
    static func render(_ files: [SwiftPlan.File], with library: MustacheLibrary, into sink: @escaping @Sendable (RenderedFile) -> Void) throws(RenderError) {
        let failure = FirstFailure()
        let declarations = NestedDeclarationRenderer(library: library)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            if let text = library.render(declarations.renderable(file.view()), withTemplate: file.template) {
                sink(RenderedFile(path: file.path, contents: text))
            } else {
                failure.record(.missingTemplate(file.template), at: index)
            }
        }
        if let error = failure.error { throw error }
    }
}

/// Files collected from concurrent renders.
private final class RenderedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [RenderedFile] = []

    func append(_ file: RenderedFile) {
        lock.lock()
        files.append(file)
        lock.unlock()
    }
}

/// The error of the lowest-numbered failed job, so the reported error does not depend on the schedule.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (index: Int, error: RenderError)?

    var error: RenderError? { first?.error }

    func record(_ error: RenderError, at index: Int) {
        lock.lock()
        if let current = first, current.index < index {
            lock.unlock()
            return
        }
        first = (index, error)
        lock.unlock()
    }
}
