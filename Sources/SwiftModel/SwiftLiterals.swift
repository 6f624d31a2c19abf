import IR

/// Swift literals for spec values.
enum SwiftLiterals {
    /// The literal of a schema `default` for a use of `type` (`10`, `true`, `"text"`, `.caseName`),
    /// or nil when the default does not fit the type.
    /// `spelledType` is how the type is written; it qualifies a case that `Optional` also has
    /// (`.none`), which would otherwise mean nil. An enum's case is named by `names`, as its
    /// declaration names it.
    static func defaultValue(_ value: DefaultValue?, type: TypeRef, spelledType: String, in api: APIDescription, names: SwiftNamer) -> String? {
        guard let value else { return nil }
        if case .named(let name) = type, let decl = api.type(named: name) {
            switch decl.kind {
            case .alias(let aliased):
                return defaultValue(value, type: aliased, spelledType: spelledType, in: api, names: names)
            case .stringEnum(let shape):
                guard case .string(let text) = value, let index = shape.values.firstIndex(of: text) else { return nil }
                let member = names.caseNames(of: shape).cases[index]
                return (member == "none" || member == "some" ? spelledType : "") + "." + member
            default:
                return nil
            }
        }
        switch (value, type) {
        case (.bool(let flag), .primitive(.boolean)):
            return flag ? "true" : "false"
        case (.number(let text), .primitive(.integer)), (.number(let text), .primitive(.int32)), (.number(let text), .primitive(.int64)):
            return Int(text) != nil ? text : nil
        case (.number(let text), .primitive(.double)), (.number(let text), .primitive(.float)):
            return Double(text) != nil ? text : nil
        case (.string(let text), .primitive(.string)):
            return "\"\(SwiftNames.stringLiteralContent(text))\""
        default:
            return nil
        }
    }
}
