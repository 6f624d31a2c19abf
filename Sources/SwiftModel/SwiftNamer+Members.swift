import IR

extension SwiftNamer {
    // MARK: Objects

    /// The Swift names of an object's members, in order: the name the user chose, or one made
    /// from the wire name, uniqued; `additionalProperties` last when the object has extra members.
    func memberNames(of shape: ObjectShape, withExtra: Bool = false) -> [String] {
        let stems = shape.properties.map { $0.preferredName ?? SwiftNames.bareIdentifier($0.name) }
        return SwiftNames.uniqued(stems + (withExtra ? ["additionalProperties"] : []))
    }

    /// The Swift name of the member `wireName` of the object `type` names, as its struct declares
    /// it; for a type that is not an object, the name made from the wire name.
    func memberName(_ wireName: String, of type: TypeRef?, in api: APIDescription) -> String {
        if let type, let decl = api.declaration(behind: type), case .object(let shape) = decl.kind,
            let index = shape.properties.firstIndex(where: { $0.name == wireName })
        {
            return memberNames(of: shape)[index]
        }
        return SwiftNames.bareIdentifier(wireName)
    }

    // MARK: Enums and unions

    /// The case names of a string enum's values, in order, and the case that keeps values the
    /// spec does not list (`unknown`, or `undocumented` when a value is named `unknown`).
    func caseNames(of shape: EnumShape) -> (cases: [String], unknown: String) {
        let cases = SwiftNames.enumCaseNames(shape.values)
        let unknown = cases.contains("unknown") ? SwiftNames.uniqued(["undocumented"], avoiding: Set(cases))[0] : "unknown"
        return (cases, unknown)
    }

    /// The case names of a union's alternatives (and the fields of an `anyOf` struct), in order.
    func caseNames(of shape: UnionShape) -> [String] {
        SwiftNames.uniqued(shape.members.map { SwiftNames.bareIdentifier($0.name) })
    }

    /// The case names of an operation's representations (`json`, `plainText`), in order.
    func caseNames(ofRepresentations representations: [Representation]) -> [String] {
        SwiftNames.uniqued(representations.map { SwiftNames.bareIdentifier($0.name) })
    }

    /// The case of `APIError.Body` for an error model spelled `type` (`errorModel`,
    /// `errorModelList`), distinct from those in `taken` and from `empty` and `text`.
    func errorBodyCaseName(_ body: TypeRef, spelled type: String, avoiding taken: [String]) -> String {
        let base: String
        switch body {
        case .array(let element): base = Naming.camelCase(spelling(element, from: nil)) + "List"
        default: base = Naming.camelCase(type)
        }
        return SwiftNames.uniqued([SwiftNames.bareIdentifier(base)], avoiding: Set(taken + ["empty", "text"]))[0]
    }

    // MARK: The client

    /// The client's method names of `operations`, in order: distinct from each other, from
    /// `taken` (the client's own members, the credentials) and from the `…WithHeaders` variants.
    func operationNames(_ operations: [Operation], avoiding taken: Set<String>) -> [String] {
        SwiftNames.uniqued(
            operations.map { SwiftNames.bareIdentifier($0.id) },
            avoiding: taken.union(operations.map { SwiftNames.bareIdentifier($0.id) + "WithHeaders" })
        )
    }

    /// The argument names of an operation's parameters, in order, distinct from `taken` (the
    /// body's label, the method's locals).
    func parameterNames(of operation: Operation, avoiding taken: Set<String>) -> [String] {
        SwiftNames.uniqued(operation.parameters.map { SwiftNames.bareIdentifier($0.name) }, avoiding: taken)
    }

    /// The cases of the `Server` enum: from each server's description, else `server1`, …;
    /// never `custom`.
    func serverNames(_ servers: [Server]) -> [String] {
        SwiftNames.uniqued(
            servers.enumerated().map { index, server in
                SwiftNames.bareIdentifier(server.description.map(Naming.camelCase) ?? "server\(index + 1)")
            },
            avoiding: ["custom"]
        )
    }

    /// The associated values of a server's case: its URL variables, in order.
    func variableNames(of server: Server) -> [String] {
        SwiftNames.uniqued(server.variables.map { SwiftNames.bareIdentifier($0.name) })
    }

    /// The client's properties for credentials, by security scheme key, distinct from `taken`.
    func credentialNames(_ keys: [String], avoiding taken: Set<String>) -> [String] {
        SwiftNames.uniqued(keys.map { SwiftNames.bareIdentifier($0) }, avoiding: taken)
    }

    // MARK: Files

    /// File stems for `names`, in order: distinct on case-insensitive file systems, short
    /// enough for every file system.
    func fileNames(_ names: [String]) -> [String] {
        FileNames.uniqued(names)
    }
}
