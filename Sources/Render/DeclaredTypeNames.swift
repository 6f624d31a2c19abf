import IR

extension SwiftRenderer {
    /// The Swift name of every top-level declaration of `api`, as the rendered module declares
    /// it (`Error` → `ErrorModel`): for tools that write code against a generated module.
    public static func topLevelTypeNames(of api: APIDescription) -> [TypeName: String] {
        let names = SwiftTypeNames(api)
        return Dictionary(uniqueKeysWithValues: api.types.map { ($0.name, names.declaredName($0.name)) })
    }
}
