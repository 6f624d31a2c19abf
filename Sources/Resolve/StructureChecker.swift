import Diagnostics
import Load

/// Checks a resolved document against the OpenAPI 3.0/3.1 object model (`ObjectModel`): a field
/// of a known object holding a value of the wrong JSON type (`paths` as an array, `type: 7`,
/// `required: "name"`, `$ref: 42`) is an error at that value, so no later stage drops or
/// misreads it silently. Walks the document from its root, into every file a reference leads
/// to, each target once per kind; `x-` extensions are free. It is also the one walk that finds
/// references: only a `$ref` where the model allows a Reference Object (or a schema `$ref`) is
/// followed, so one inside a literal value (`example`, `default`, `enum`, `x-…`) stays data.
struct StructureChecker {
    private let resolver: RefResolver
    private let log: DiagnosticLog?
    /// Targets already checked, with the kind they were checked as.
    private var visited: Set<VisitKey> = []

    private struct VisitKey: Hashable {
        let reference: Reference
        let kind: ObjectModel.Kind
    }

    init(resolver: RefResolver, log: DiagnosticLog?) {
        self.resolver = resolver
        self.log = log
    }

    /// Checks the root document.
    mutating func check() throws(ResolveError) {
        guard resolver.root.object != nil else { return }  // the IR says what the root must be
        var path: [String] = []
        try check(resolver.root, as: .document, file: nil, path: &path)
    }

    private mutating func check(_ node: Node, as kind: ObjectModel.Kind, file: String?, path: inout [String]) throws(ResolveError) {
        if kind.allowsBoolean, node.bool != nil { return }
        guard let object = node.object else {
            throw mismatch(node, expected: ObjectModel.Expectation.object(kind).description, path: path)
        }
        if let values = kind.mapValues {
            try check(object, values: values, file: file, path: &path)
            return
        }
        let fields = ObjectModel.fields(of: kind)
        for entry in object.entries {
            guard let expectation = fields[entry.key] else { continue }
            path.append(entry.key)
            try check(entry.value, against: expectation, file: file, path: &path)
            path.removeLast()
        }
    }

    private mutating func check(_ object: ObjectNode, values: ObjectModel.Expectation, file: String?, path: inout [String]) throws(ResolveError) {
        let skipsExtensions: Bool
        let expectation: ObjectModel.Expectation
        if case .extensibleMap(let inner) = values {
            (skipsExtensions, expectation) = (true, inner)
        } else if case .map(let inner) = values {
            (skipsExtensions, expectation) = (false, inner)
        } else {
            (skipsExtensions, expectation) = (false, values)
        }
        for entry in object.entries where !(skipsExtensions && entry.key.hasPrefix("x-")) {
            path.append(entry.key)
            try check(entry.value, against: expectation, file: file, path: &path)
            path.removeLast()
        }
    }

    private mutating func check(_ node: Node, against expectation: ObjectModel.Expectation, file: String?, path: inout [String]) throws(ResolveError) {
        if case .null = node.value { return }  // an empty YAML value: as good as absent
        guard try matches(node, expectation, file: file, path: &path) else {
            throw mismatch(node, expected: expectation.description, path: path)
        }
    }

    /// Whether `node` is what `expectation` asks for; checks inside it as it goes (a mismatch
    /// deeper down throws there, with its own location).
    private mutating func matches(_ node: Node, _ expectation: ObjectModel.Expectation, file: String?, path: inout [String]) throws(ResolveError) -> Bool {
        switch expectation {
        case .any, .string, .number, .boolean, .scalar, .text:
            return matchesShallowly(node, expectation)
        case .object(let kind):
            guard node.object != nil || (kind.allowsBoolean && node.bool != nil) else { return false }
            try check(node, as: kind, file: file, path: &path)
            return true
        case .referenceOr(let kind):
            guard let object = node.object else { return kind.allowsBoolean && node.bool != nil }
            guard let ref = object["$ref"] else {
                try check(node, as: kind, file: file, path: &path)
                return true
            }
            path.append("$ref")
            guard ref.string != nil else {
                throw mismatch(ref, expected: "a string (a reference such as '#/components/schemas/Pet')", path: path)
            }
            path.removeLast()
            try checkTarget(of: node, as: kind, file: file, path: path)
            if kind == .schema {
                // JSON Schema (3.1) allows keywords beside a `$ref`; they are read too.
                try check(node, as: kind, file: file, path: &path)
            }
            return true
        case .map, .extensibleMap:
            guard let object = node.object else { return false }
            try check(object, values: expectation, file: file, path: &path)
            return true
        case .array(let items):
            guard let array = node.array else { return false }
            for (index, item) in array.enumerated() {
                path.append(String(index))
                try check(item, against: items, file: file, path: &path)
                path.removeLast()
            }
            return true
        case .either(let first, let second):
            if matchesShallowly(node, first) { return try matches(node, first, file: file, path: &path) }
            if case .ignored(let ignored) = second, matchesShallowly(node, ignored) {
                log?.warn(
                    "'\(path.last ?? "")' must be \(first.description); \(Self.describe(node)) is ignored",
                    at: node.location, pointer: JSONPointer.pointer(path)
                )
                return true
            }
            return try matches(node, second, file: file, path: &path)
        case .ignored(let ignored):
            return try matches(node, ignored, file: file, path: &path)
        }
    }

    /// Whether `node` has the JSON type `expectation` asks for at its top, without looking inside.
    private func matchesShallowly(_ node: Node, _ expectation: ObjectModel.Expectation) -> Bool {
        switch expectation {
        case .any: return true
        case .string: return node.string != nil
        case .number: return node.numberText != nil
        case .boolean: return node.bool != nil
        case .scalar: return node.string != nil || node.numberText != nil || node.bool != nil
        case .text: return node.string != nil || node.numberText != nil || node.bool != nil || node.object?["$ref"]?.string != nil
        case .object(let kind), .referenceOr(let kind): return node.object != nil || (kind.allowsBoolean && node.bool != nil)
        case .map, .extensibleMap: return node.object != nil
        case .array: return node.array != nil
        case .either(let first, let second): return matchesShallowly(node, first) || matchesShallowly(node, second)
        case .ignored(let ignored): return matchesShallowly(node, ignored)
        }
    }

    /// Checks what the reference in `node` designates as a `kind`, once per target and kind.
    private mutating func checkTarget(of node: Node, as kind: ObjectModel.Kind, file: String?, path: [String]) throws(ResolveError) {
        let (target, reference) = try resolver.follow(node, from: file, pointer: JSONPointer.pointer(path))
        guard visited.insert(VisitKey(reference: reference, kind: kind)).inserted else { return }
        var targetPath = reference.tokens
        try check(target, against: .referenceOr(kind), file: reference.file, path: &targetPath)
    }

    private func mismatch(_ node: Node, expected: String, path: [String]) -> ResolveError {
        let name = path.last.map { Int($0) == nil ? "'\($0)'" : "item \($0)" } ?? "the document"
        return .wrongType(name: name, expected: expected, found: Self.describe(node), at: node.location, pointer: JSONPointer.pointer(path))
    }

    /// How a message names what a value is.
    static func describe(_ node: Node) -> String {
        switch node.value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let text): return "the number \(text)"
        case .string(let text): return "the string \"\(text.count > 40 ? text.prefix(40) + "…" : text)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
