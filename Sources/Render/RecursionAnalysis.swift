import IR

/// Finds where Swift value types would contain themselves, so that only those places are boxed.
///
/// The graph has an edge from a type to every named type it stores inline: struct properties
/// (optional or not), union payloads and aliases. Arrays and dictionaries store their elements
/// out of line, so they break cycles. Every strongly connected component with a cycle needs
/// indirection: struct properties that point back into their component are stored
/// `@Indirect`, and unions in a component become `indirect enum`s.
struct RecursionAnalysis {
    private(set) var recursive: Set<TypeName> = []
    private var component: [TypeName: Int] = [:]

    init(_ api: APIDescription) {
        var edges: [TypeName: [TypeName]] = [:]
        func visit(_ decl: TypeDecl) {
            edges[decl.name] = Self.inlineTargets(of: decl)
            decl.nested.forEach(visit)
        }
        api.types.forEach(visit)
        var components = StronglyConnected(edges: edges)
        components.run()
        component = components.componentOf
        var structs: Set<TypeName> = []
        func collectStructs(_ decl: TypeDecl) {
            if case .object = decl.kind { structs.insert(decl.name) }
            if case .union(let shape) = decl.kind, shape.keepsAll { structs.insert(decl.name) }
            decl.nested.forEach(collectStructs)
        }
        api.types.forEach(collectStructs)
        for (name, targets) in edges where targets.contains(where: { component[$0] == component[name] }) {
            recursive.insert(name)
            if structs.contains(name) { boxesProperties = true } else { indirectEnums.insert(name) }
        }
    }

    /// Whether a property of `owner` with type `type` must be stored out of line.
    func needsBox(_ type: TypeRef, in owner: TypeName) -> Bool {
        guard case .named(let target) = type, let ownerComponent = component[owner] else { return false }
        return component[target] == ownerComponent && recursive.contains(owner) && !indirectEnums.contains(owner)
    }

    /// Recursive unions rendered as `indirect enum`s (their payloads need no box).
    private var indirectEnums: Set<TypeName> = []

    func isRecursive(_ name: TypeName) -> Bool { recursive.contains(name) }

    /// Whether any struct stores a property out of line (so the `Indirect` wrapper is needed).
    private(set) var boxesProperties = false

    private static func inlineTargets(of decl: TypeDecl) -> [TypeName] {
        func named(_ type: TypeRef?) -> TypeName? {
            if case .named(let name)? = type { return name }
            return nil
        }
        switch decl.kind {
        case .object(let shape): return shape.properties.compactMap { named($0.type) }
        case .union(let shape): return shape.members.compactMap { named($0.type) }
        case .alias(let type): return named(type).map { [$0] } ?? []
        case .stringEnum: return []
        }
    }
}

/// Tarjan's strongly connected components, iterative so deep graphs cannot overflow the stack.
private struct StronglyConnected {
    let edges: [TypeName: [TypeName]]
    private(set) var componentOf: [TypeName: Int] = [:]
    private var index: [TypeName: Int] = [:]
    private var lowLink: [TypeName: Int] = [:]
    private var onStack: Set<TypeName> = []
    private var stack: [TypeName] = []
    private var counter = 0
    private var components = 0

    init(edges: [TypeName: [TypeName]]) {
        self.edges = edges
    }

    mutating func run() {
        for node in edges.keys.sorted() where index[node] == nil {
            connect(node)
        }
    }

    private mutating func connect(_ root: TypeName) {
        var work: [(node: TypeName, next: Int)] = [(root, 0)]
        enter(root)
        while let (node, next) = work.last {
            let targets = edges[node] ?? []
            if next < targets.count {
                work[work.count - 1].next += 1
                let target = targets[next]
                if index[target] == nil {
                    guard edges[target] != nil else { continue }
                    enter(target)
                    work.append((target, 0))
                } else if onStack.contains(target) {
                    lowLink[node] = min(lowLink[node] ?? 0, index[target] ?? 0)
                }
                continue
            }
            work.removeLast()
            if let parent = work.last?.node {
                lowLink[parent] = min(lowLink[parent] ?? 0, lowLink[node] ?? 0)
            }
            if lowLink[node] == index[node] {
                while let member = stack.popLast() {
                    onStack.remove(member)
                    componentOf[member] = components
                    if member == node { break }
                }
                components += 1
            }
        }
    }

    private mutating func enter(_ node: TypeName) {
        index[node] = counter
        lowLink[node] = counter
        counter += 1
        stack.append(node)
        onStack.insert(node)
    }
}
