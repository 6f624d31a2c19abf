import IR

/// Decides which values are stored out of line: where Swift value types would contain
/// themselves, and where they would grow too big to copy.
///
/// The graph has an edge from a type to every named type it stores inline: struct properties
/// (optional or not), union payloads and aliases. Arrays and dictionaries store their elements
/// out of line, so they break cycles. Every strongly connected component with a cycle needs
/// indirection: struct properties that point back into their component are stored
/// `@Indirect`, and unions in a component become `indirect enum`s.
///
/// Without cycles, value types still nest: a struct holding a struct holding a struct… is one
/// flat value with every leaf field inline, which every copy touches and which the compiler
/// expands field by field (a deep spec can make one file's debug build take minutes). So a
/// property whose type weighs more than `inlineLimit` leaf fields is stored `@Indirect` too,
/// and a union with such a payload is an `indirect enum`: no value weighs more than about
/// `inlineLimit` per property.
struct StorageAnalysis {
    private(set) var recursive: Set<TypeName> = []
    private var component: [TypeName: Int] = [:]
    /// Leaf fields a value of each type holds inline.
    private var weights: [TypeName: Int] = [:]

    /// Named types heavier than this are stored out of line where another type holds them.
    static let inlineLimit = 16

    init(_ api: APIDescription) {
        var edges: [TypeName: [TypeName]] = [:]
        for decl in api.allTypes {
            edges[decl.name] = Self.inlineTargets(of: decl)
        }
        var components = StronglyConnected(edges: edges)
        components.run()
        component = components.componentOf
        var structs: Set<TypeName> = []
        for decl in api.allTypes {
            if case .object = decl.kind { structs.insert(decl.name) }
            if case .union(let shape) = decl.kind, shape.keepsAll { structs.insert(decl.name) }
        }
        for (name, targets) in edges where targets.contains(where: { component[$0] == component[name] }) {
            recursive.insert(name)
            if !structs.contains(name) { indirectEnums.insert(name) }
        }
        for name in api.allTypes.map(\.name).sorted() {
            _ = weight(of: name, in: api)
        }
        for decl in api.allTypes where structs.contains(decl.name) {
            switch decl.kind {
            case .object(let shape):
                if shape.properties.contains(where: { storage(of: $0, in: decl.name) == .indirect }) { boxesProperties = true }
            default:
                if Self.inlineTargets(of: decl).contains(where: { needsBox(.named($0), in: decl.name) }) { boxesProperties = true }
            }
            if case .object(let shape) = decl.kind {
                let kinds = Set(shape.properties.map { storage(of: $0, in: decl.name) })
                if kinds.contains(.nullable) { storesNullable = true }
                if kinds.contains(.tristate) { storesTristate = true }
            }
        }
    }

    /// How a struct stores one of its properties.
    enum PropertyStorage: Hashable {
        /// A plain stored property.
        case inline
        /// `@Indirect`: out of line, because it closes a cycle or its value is heavy.
        case indirect
        /// `@Nullable`: required but may be null, so it is written even when nil.
        case nullable
        /// `@Tristate`: optional and nullable, so missing and `null` are told apart.
        case tristate
    }

    /// How `property` is stored. `@Tristate` stores its value out of line, so it serves
    /// properties that need a box too.
    func storage(of property: Property, in owner: TypeName) -> PropertyStorage {
        if !property.isRequired && property.isNullable { return .tristate }
        if needsBox(property.type, in: owner) { return .indirect }
        return Self.writesNull(property) ? .nullable : .inline
    }

    /// A required property that may be null: it is written even when nil (by `@Nullable`, or by
    /// a hand-written `encode(to:)` when the property is `@Indirect` too).
    static func writesNull(_ property: Property) -> Bool {
        property.isRequired && property.isNullable
    }

    /// Whether any struct stores a property `@Nullable` (so the `Nullable` wrapper is needed).
    private(set) var storesNullable = false
    /// Whether any struct stores a property `@Tristate` (so the `Tristate` wrapper is needed).
    private(set) var storesTristate = false

    /// Whether a property of `owner` with type `type` must be stored out of line: it closes a
    /// cycle, or its value is heavy.
    func needsBox(_ type: TypeRef, in owner: TypeName) -> Bool {
        guard case .named(let target) = type, let ownerComponent = component[owner] else { return false }
        if component[target] == ownerComponent && recursive.contains(owner) && !indirectEnums.contains(owner) {
            return true
        }
        return (weights[target] ?? 1) > Self.inlineLimit
    }

    /// The inline weight of a type, memoized; references that are boxed weigh one.
    private mutating func weight(of name: TypeName, in api: APIDescription) -> Int {
        if let known = weights[name] { return known }
        guard let decl = api.type(named: name) else { return 1 }
        weights[name] = 1  // a reference back into a cycle is boxed, so it weighs one
        /// What a use weighs in this type; `boxed`: a heavy target is stored out of line here.
        func reference(_ type: TypeRef?, boxed: Bool = true) -> Int {
            guard case .named(let target)? = type else { return 1 }
            if component[target] == component[name] && recursive.contains(name) { return 1 }
            let inner = weight(of: target, in: api)
            return boxed && inner > Self.inlineLimit ? 1 : inner
        }
        var total: Int
        switch decl.kind {
        case .object(let shape):
            total = shape.properties.reduce(0) { $0 + reference($1.type) } + (shape.additionalProperties == nil ? 0 : 1)
        case .union(let shape):
            if shape.keepsAll {
                total = shape.members.reduce(0) { $0 + reference($1.type) }
            } else {
                let payload = shape.members.map { reference($0.type, boxed: false) }.max() ?? 0
                total = payload + 1
                if payload > Self.inlineLimit || recursive.contains(name) {
                    heavyEnums.insert(name)
                    total = 1
                }
            }
        case .alias(let type):
            total = reference(type)
        case .stringEnum:
            total = 1
        }
        weights[name] = max(total, 1)
        return max(total, 1)
    }

    /// Unions stored as `indirect enum`s because a payload is heavy.
    private var heavyEnums: Set<TypeName> = []

    /// Whether a union is an `indirect enum`: it is recursive, or a payload is heavy.
    func isIndirectEnum(_ name: TypeName) -> Bool { recursive.contains(name) || heavyEnums.contains(name) }

    /// Recursive unions rendered as `indirect enum`s (their payloads need no box).
    private var indirectEnums: Set<TypeName> = []

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
