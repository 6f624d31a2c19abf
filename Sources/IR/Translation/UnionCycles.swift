import Diagnostics

/// A union that is one of its own alternatives without reading anything first
/// (`Value: anyOf [$ref Value, {type: string}]`, or through another union or an alias) would try
/// itself forever when decoding. Such alternatives add no values: the alternative that closes
/// the cycle is dropped with a warning, so decoding always ends. Objects and containers in
/// between read a level of the input, so cycles through them are ordinary recursion and stay.
enum UnionCycles {
    static func breakCycles(in types: inout [TypeDecl], log: DiagnosticLog) {
        var direct: [TypeName: [TypeName]] = [:]
        var unions: [TypeName] = []
        for decl in TypeDecl.all(in: types) {
            switch decl.kind {
            case .union(let shape) where shape.discriminator == nil:
                unions.append(decl.name)
                direct[decl.name] = shape.members.compactMap { named($0.type) }
            case .alias(let target):
                direct[decl.name] = named(target).map { [$0] } ?? []
            default:
                break
            }
        }
        guard !unions.isEmpty else { return }

        var dropped: [TypeName: Set<TypeName>] = [:]
        for union in unions.sorted() {
            for member in direct[union] ?? [] where reaches(union, from: member, direct: direct) {
                dropped[union, default: []].insert(member)
                direct[union]?.removeAll { $0 == member }
            }
        }
        guard !dropped.isEmpty else { return }
        func apply(_ decl: inout TypeDecl) {
            if case .union(var shape) = decl.kind, let members = dropped[decl.name] {
                for member in shape.members {
                    guard let target = named(member.type), members.contains(target) else { continue }
                    log.warn(
                        "alternative '\(member.name)' of '\(decl.name)' leads back to '\(decl.name)' without reading any input; it adds no values and is dropped",
                        at: decl.location, pointer: decl.pointer
                    )
                }
                shape.members.removeAll { named($0.type).map(members.contains) == true }
                decl.kind = shape.members.isEmpty ? .alias(.anyJSON) : .union(shape)
            }
            for index in decl.nested.indices { apply(&decl.nested[index]) }
        }
        for index in types.indices { apply(&types[index]) }
    }

    private static func named(_ type: TypeRef?) -> TypeName? {
        if case .named(let name)? = type { return name }
        return nil
    }

    /// Whether `target` is reached from `start` through union alternatives and aliases alone.
    private static func reaches(_ target: TypeName, from start: TypeName, direct: [TypeName: [TypeName]]) -> Bool {
        var pending = [start]
        var seen: Set<TypeName> = [start]
        while let name = pending.popLast() {
            if name == target { return true }
            for next in direct[name] ?? [] where seen.insert(next).inserted {
                pending.append(next)
            }
        }
        return false
    }
}
