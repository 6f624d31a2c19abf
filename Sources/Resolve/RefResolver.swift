import Diagnostics
import Foundation
import Load

/// Resolves `$ref`s by JSON pointer, within the root document and across relative files.
///
/// `resolve(_:)` walks the document along the OpenAPI object model (`StructureChecker`) and
/// checks every `$ref` in a position where the model allows a Reference Object or a JSON Schema
/// reference, so later stages can follow references without failing: a reference to nothing, a
/// malformed reference, an unreadable file or a cycle of references that never reaches a value
/// is a `ResolveError` naming the `$ref` and its location. A `$ref` member inside a literal value
/// (an `example`, a `default`, an `enum` value, an `x-` extension) is data, not a reference, and
/// is left alone. Each external file is read and parsed once, and is known by one name however a
/// reference spells its path (see `CanonicalPath`); only files that `FileAccess` allows are read.
/// The same walk checks the JSON type of every known field, so a value of the wrong type is an
/// error too.
public final class RefResolver {
    public let root: Node
    private let access: FileAccess
    private let log: DiagnosticLog?
    private var files: [String: Node] = [:]
    /// Parsed references and their pointer text, by reference text and the file it is read in:
    /// a big spec repeats the same few thousand references tens of thousands of times.
    private var parsed: [ParseKey: (reference: Reference, pointer: String)] = [:]

    /// What `parse` depends on: the text, the file holding it (nil: the root document) and, for
    /// relative file references from the root document, the location's file.
    private struct ParseKey: Hashable {
        let text: String
        let file: String?
        let locationFile: String
    }

    private init(root: Node, access: FileAccess?, log: DiagnosticLog?) {
        self.root = root
        self.access = access ?? FileAccess(specPaths: [root.location.file])
        self.log = log
    }

    /// Checks every reference reachable from `root` and returns the resolver to follow them.
    /// `access` defaults to the folder of the file `root` was read from.
    public static func resolve(_ root: Node, access: FileAccess? = nil, log: DiagnosticLog? = nil) throws(ResolveError) -> RefResolver {
        let resolver = RefResolver(root: root, access: access, log: log)
        var structure = StructureChecker(resolver: resolver, log: log)
        try structure.check()
        return resolver
    }

    /// Reads and parses every file reachable from `root` through `$ref`s, without following
    /// pointers or checking targets: the input-reading floor that `--parse-only` measures.
    /// Returns the files read, sorted.
    public static func loadReferencedFiles(of root: Node, access: FileAccess? = nil) throws(ResolveError) -> [String] {
        let resolver = RefResolver(root: root, access: access, log: nil)
        var pending: [(node: Node, file: String?)] = [(root, nil)]
        while let (document, file) = pending.popLast() {
            var path = [String]()
            try document.forEachReference(at: &path) { (text: String, location: SourceLocation, pointer: () -> String) throws(ResolveError) in
                // Without the object model a `$ref` inside a literal value looks like any other;
                // a URL (GitHub's SCIM examples) is never read, so it is passed over here.
                guard !Self.isURL(String(text.prefix { $0 != "#" })) else { return }
                let reference = try resolver.parsedReference(text, from: file, at: location, pointer: pointer).reference
                if let target = reference.file, resolver.files[target] == nil {
                    pending.append((try resolver.loadFile(target, ref: text, at: location, pointer: pointer()), target))
                }
            }
        }
        return resolver.loadedFiles
    }

    /// The node a `$ref` object designates, following chains of references, and where it is.
    /// `node` must be an object with a `$ref` member; `file` is the file that holds it (nil: root),
    /// `pointer` its JSON pointer there (for diagnostics).
    public func follow(_ node: Node, from file: String? = nil, pointer: String = "") throws(ResolveError) -> (node: Node, reference: Reference) {
        var current = node
        var currentFile = file
        var currentPointer = pointer
        var seen: Set<Reference> = []
        var reference = Reference(file: file, tokens: [])
        // A `$ref` whose value is not a string is not a reference (a property may be named "$ref").
        while let ref = current["$ref"], let text = ref.string {
            let pointer = JSONPointer.appending(currentPointer, "$ref")
            let pointerText: String
            (reference, pointerText) = try parsedReference(text, from: currentFile, at: ref.location, pointer: { pointer })
            guard seen.insert(reference).inserted else {
                throw .circularReference(text, at: ref.location, pointer: pointer)
            }
            current = try target(of: reference, ref: text, at: ref.location, pointer: pointer)
            currentFile = reference.file
            currentPointer = pointerText
        }
        return (current, reference)
    }

    /// `parse`, remembered in `parsed`, with the pointer's text. `pointer`, the `$ref`'s own
    /// pointer, is asked for only when the text is parsed (for its diagnostics).
    private func parsedReference(
        _ text: String, from file: String?, at location: SourceLocation, pointer: () -> String
    ) throws(ResolveError) -> (reference: Reference, pointer: String) {
        let key = ParseKey(text: text, file: file, locationFile: location.file)
        if let known = parsed[key] { return known }
        let reference = try parse(text, from: file, at: location, pointer: pointer())
        parsed[key] = (reference, reference.pointer)
        return (reference, reference.pointer)
    }

    /// Every external file read so far, sorted.
    public var loadedFiles: [String] { files.keys.sorted() }

    /// The file a node came from, as the resolver keys it (nil for the root document's files).
    public func fileKey(for location: SourceLocation) -> String? {
        files[location.file] != nil ? location.file : nil
    }

    /// Splits a reference into file and JSON pointer. A `#` starts the fragment only when what
    /// follows is empty or a pointer (`/…`); otherwise it is part of the file name, as in files
    /// published with names like `flows_{flowID}#clone+json.yaml`. A URI-style reference whose
    /// fragment is a pointer resolves as usual, so the rule is safe for both.
    private func parse(_ text: String, from file: String?, at location: SourceLocation, pointer: String) throws(ResolveError) -> Reference {
        var filePart = text
        var fragment = ""
        if let hash = text.firstIndex(of: "#") {
            let candidate = text[text.index(after: hash)...]
            if candidate.isEmpty || candidate.hasPrefix("/") || text.hasPrefix("#") {
                filePart = String(text[..<hash])
                fragment = String(candidate)
            } else if let last = text.lastIndex(of: "#"), last != hash, text[text.index(after: last)...].hasPrefix("/") {
                filePart = String(text[..<last])
                fragment = String(text[text.index(after: last)...])
            }
        }
        guard let tokens = JSONPointer.tokens(fragment) else {
            throw .malformedReference(text, at: location, pointer: pointer)
        }
        if filePart.isEmpty {
            return Reference(file: file, tokens: tokens)
        }
        let lowered = filePart.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            throw .unreadableTarget(
                text,
                reason:
                    "remote references are not fetched (generation never uses the network): save the file beside the spec and reference it by a relative path",
                at: location, pointer: pointer
            )
        }
        if Self.isURL(filePart) {
            throw .unreadableTarget(text, reason: "only relative file paths are supported as references, not URLs", at: location, pointer: pointer)
        }
        let base = file ?? location.file
        let directory = (base as NSString).deletingLastPathComponent
        let decoded = filePart.removingPercentEncoding ?? filePart
        let joined = decoded.hasPrefix("/") ? decoded : (directory.isEmpty ? decoded : directory + "/" + decoded)
        guard let real = CanonicalPath.real(joined) else {
            throw .unreadableTarget(text, reason: "\(CanonicalPath.display(CanonicalPath.absolute(joined))): no such file", at: location, pointer: pointer)
        }
        if access.rootFiles.contains(real) {
            return Reference(file: nil, tokens: tokens)
        }
        guard access.allows(real) else {
            let folders = access.allowedFolders.joined(separator: ", ")
            throw .fileOutsideAllowedFolders(text, file: real, allowed: folders, at: location, pointer: pointer)
        }
        return Reference(file: CanonicalPath.display(real), tokens: tokens)
    }

    /// Whether the file part of a reference is a URL (`https://…`, `file:…`), which is never read.
    private static func isURL(_ filePart: String) -> Bool {
        filePart.contains("://") || filePart.lowercased().hasPrefix("file:")
    }

    private func target(of reference: Reference, ref: String, at location: SourceLocation, pointer: String) throws(ResolveError) -> Node {
        let document: Node
        if let file = reference.file {
            document = try loadFile(file, ref: ref, at: location, pointer: pointer)
        } else {
            document = root
        }
        guard let node = JSONPointer.lookup(reference.tokens, in: document) else {
            throw .missingTarget(ref, at: location, pointer: pointer)
        }
        return node
    }

    private func loadFile(_ path: String, ref: String, at location: SourceLocation, pointer: String) throws(ResolveError) -> Node {
        if let cached = files[path] { return cached }
        do {
            let documents = try SpecLoader.documents(inFile: path, limits: access.limits, log: log)
            let document = documents.count == 1 ? documents[0] : try DocumentMerger.merge(documents)
            files[path] = document
            return document
        } catch {
            if case .unreadableFile(let file, let reason) = error {
                throw .unreadableTarget(ref, reason: "\(file): \(reason)", at: location, pointer: pointer)
            }
            throw .unreadableTarget(ref, reason: error.diagnostic.description, at: location, pointer: pointer)
        }
    }
}

extension Node {
    /// Calls `body` with the text, location and JSON pointer (`…/$ref`, spelled on demand) of
    /// every `$ref` string in this tree; `path` is this node's pointer, as tokens: a walk passes
    /// every node, and spelling a pointer string for each would cost more than the walk.
    fileprivate func forEachReference<E: Error>(
        at path: inout [String], _ body: (String, SourceLocation, () -> String) throws(E) -> Void
    ) throws(E) {
        switch value {
        case .object(let object):
            for entry in object.entries {
                path.append(entry.key)
                if entry.key == "$ref", let text = entry.value.string {
                    try body(text, entry.value.location, { JSONPointer.pointer(path) })
                } else {
                    try entry.value.forEachReference(at: &path, body)
                }
                path.removeLast()
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                path.append(String(index))
                try item.forEachReference(at: &path, body)
                path.removeLast()
            }
        default:
            break
        }
    }
}
