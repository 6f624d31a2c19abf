/// Which operations and schemas to generate: operations kept by tag, operationId or path
/// (globs), and the schemas they use, transitively, plus the ones named.
///
/// An operation is kept when no include rule is given or one of them matches it, and no
/// exclude rule matches it. Every pattern must match something.
public struct APIFilter: Hashable, Sendable {
    public var tags: [ConfiguredValue]
    public var operations: [ConfiguredValue]
    public var paths: [ConfiguredValue]
    public var excludedTags: [ConfiguredValue]
    public var excludedOperations: [ConfiguredValue]
    public var excludedPaths: [ConfiguredValue]
    /// Component schemas kept even when no kept operation uses them.
    public var schemas: [ConfiguredValue]

    public init(
        tags: [ConfiguredValue] = [], operations: [ConfiguredValue] = [], paths: [ConfiguredValue] = [],
        excludedTags: [ConfiguredValue] = [], excludedOperations: [ConfiguredValue] = [], excludedPaths: [ConfiguredValue] = [],
        schemas: [ConfiguredValue] = []
    ) {
        self.tags = tags
        self.operations = operations
        self.paths = paths
        self.excludedTags = excludedTags
        self.excludedOperations = excludedOperations
        self.excludedPaths = excludedPaths
        self.schemas = schemas
    }

    func apply(to api: APIDescription) throws(CustomizationError) -> APIDescription {
        let allTags = Array(Set(api.operations.flatMap(\.tags))).sorted()
        try Self.checkMatches(tags + excludedTags, "tag", in: allTags)
        try Self.checkMatches(operations + excludedOperations, "operationId", in: api.operations.map(\.id))
        try Self.checkMatches(paths + excludedPaths, "path", in: api.operations.map(\.path))
        let componentKeys = api.componentNames.keys.sorted()
        try Self.checkMatches(schemas, "schema", in: componentKeys)

        let includes = !(tags.isEmpty && operations.isEmpty && paths.isEmpty)
        var filtered = api
        filtered.operations = api.operations.filter { operation in
            let included = !includes || matches(operation, tags: tags, operations: operations, paths: paths)
            return included && !matches(operation, tags: excludedTags, operations: excludedOperations, paths: excludedPaths)
        }
        var roots = filtered.operations.flatMap(\.usedNames)
        for key in componentKeys where schemas.contains(where: { Glob.matches($0.text, key) }) {
            if let name = api.componentNames[key] { roots.append(name) }
        }
        let kept = Self.closure(of: roots, in: api)
        filtered.types = api.types.filter { kept.contains($0.name) }
        return filtered
    }

    private func matches(_ operation: Operation, tags: [ConfiguredValue], operations: [ConfiguredValue], paths: [ConfiguredValue]) -> Bool {
        tags.contains { pattern in operation.tags.contains { Glob.matches(pattern.text, $0) } }
            || operations.contains { Glob.matches($0.text, operation.id) }
            || paths.contains { Glob.matches($0.text, operation.path) }
    }

    private static func checkMatches(_ patterns: [ConfiguredValue], _ what: String, in candidates: [String]) throws(CustomizationError) {
        for pattern in patterns where !candidates.contains(where: { Glob.matches(pattern.text, $0) }) {
            throw .unknown(what, pattern, known: Array(Set(candidates)).sorted())
        }
    }

    /// The top-level declarations `roots` reach through every use, nested declarations' included.
    static func closure(of roots: [TypeName], in api: APIDescription) -> Set<TypeName> {
        var topLevel: [TypeName: TypeDecl] = [:]
        for top in api.types {
            for decl in TypeDecl.all(in: [top]) {
                topLevel[decl.name] = top
            }
        }
        var kept: Set<TypeName> = []
        var pending = roots
        while let name = pending.popLast() {
            guard let top = topLevel[name], kept.insert(top.name).inserted else { continue }
            pending += top.usedNames
        }
        return kept
    }
}

/// Shell-style patterns for tags, operationIds and paths: `*` any run of characters but `/`,
/// `**` any run including `/`, `?` one character; everything else matches itself.
public enum Glob {
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        match(Array(pattern), 0, Array(text), 0)
    }

    private static func match(_ pattern: [Character], _ p: Int, _ text: [Character], _ t: Int) -> Bool {
        var p = p
        var t = t
        // Backtracking points for the last `*`/`**`, iterative to stay linear-ish on long inputs.
        var star: (p: Int, t: Int, crossesSlash: Bool)?
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                let double = p + 1 < pattern.count && pattern[p + 1] == "*"
                p += double ? 2 : 1
                star = (p, t, double)
                continue
            }
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t], !(pattern[p] == "?" && text[t] == "/") {
                p += 1
                t += 1
                continue
            }
            if let last = star, last.crossesSlash || text[last.t] != "/" {
                star = (last.p, last.t + 1, last.crossesSlash)
                p = last.p
                t = last.t + 1
                continue
            }
            return false
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
