/// Aliases that contain themselves (`Tree = [String: Tree]`, `List = [List]`, or a cycle such as
/// `A = [B]`, `B = [String: A]`) cannot be type aliases in any language that expands aliases.
/// Each such alias becomes a named type of its own that holds the container: a one-alternative
/// union (`.items([List])`, `.members([String: Tree])`) that codes as the bare container on the
/// wire, so values round-trip unchanged.
enum RecursiveContainers {
    static func declare(_ types: inout [TypeDecl]) {
        var aliases: [TypeName: TypeRef] = [:]
        for decl in types {
            if case .alias(let target) = decl.kind { aliases[decl.name] = target }
        }
        for index in types.indices {
            guard case .alias(let target) = types[index].kind else { continue }
            var visited: Set<TypeName> = []
            guard reaches(types[index].name, from: target, aliases: aliases, visited: &visited) else { continue }
            switch target {
            case .dictionary:
                types[index].kind = .union(UnionShape(members: [UnionMember(name: "members", type: target, constant: nil)]))
            case .array:
                types[index].kind = .union(UnionShape(members: [UnionMember(name: "items", type: target, constant: nil)]))
            default:
                break  // a plain rename of another alias of the cycle, which is declared itself
            }
        }
    }

    /// Whether `type`, with aliases expanded, spells `name` (a named type other than an alias
    /// stops the expansion: it is declared on its own).
    private static func reaches(_ name: TypeName, from type: TypeRef, aliases: [TypeName: TypeRef], visited: inout Set<TypeName>) -> Bool {
        switch type {
        case .named(let other):
            if other == name { return true }
            guard let target = aliases[other], visited.insert(other).inserted else { return false }
            return reaches(name, from: target, aliases: aliases, visited: &visited)
        case .array(let element), .dictionary(let element), .optional(let element):
            return reaches(name, from: element, aliases: aliases, visited: &visited)
        case .primitive, .anyJSON:
            return false
        }
    }
}
