import Load

extension Documentation {
    /// What a schema says about its values: description, deprecation, and the validation
    /// keywords stated as constraints (documented, not enforced).
    init(schema: Node) {
        var constraints: [Constraint] = []
        if let value = Self.integer(schema["minLength"]) { constraints.append(.minLength(value)) }
        if let value = Self.integer(schema["maxLength"]) { constraints.append(.maxLength(value)) }
        if let value = schema["pattern"]?.string { constraints.append(.pattern(value)) }
        if let value = schema["minimum"]?.numberText {
            constraints.append(.minimum(value, exclusive: schema["exclusiveMinimum"]?.bool == true))
        }
        if let value = schema["maximum"]?.numberText {
            constraints.append(.maximum(value, exclusive: schema["exclusiveMaximum"]?.bool == true))
        }
        if let value = Self.integer(schema["minItems"]) { constraints.append(.minItems(value)) }
        if let value = Self.integer(schema["maxItems"]) { constraints.append(.maxItems(value)) }
        if let text = Self.defaultText(schema["default"]) {
            constraints.append(.defaultValue(text))
        }
        if let values = schema["enum"]?.array, !values.contains(where: { $0.string != nil }) {
            let texts = values.compactMap { Self.defaultText($0) }
            if !texts.isEmpty { constraints.append(.allowedValues(texts)) }
        }
        if schema["readOnly"]?.bool == true { constraints.append(.readOnly) }
        if schema["writeOnly"]?.bool == true { constraints.append(.writeOnly) }
        self.init(
            description: schema["description"]?.string,
            constraints: constraints,
            isDeprecated: schema["deprecated"]?.bool == true
        )
    }

    /// A scalar `default` as documentation text: strings quoted in code voice.
    private static func defaultText(_ node: Node?) -> String? {
        switch DefaultValue(node) {
        case .string(let text)?: return "`\"" + text + "\"`"
        case .number(let text)?: return text
        case .bool(let flag)?: return flag ? "true" : "false"
        case nil: return nil
        }
    }

    private static func integer(_ node: Node?) -> Int? {
        node?.numberText.flatMap { Int($0) }
    }
}

extension DefaultValue {
    /// The default a schema's `default` member states, when it is a scalar.
    init?(_ node: Node?) {
        switch node?.value {
        case .string(let text)?: self = .string(text)
        case .number(let text)?: self = .number(text)
        case .bool(let flag)?: self = .bool(flag)
        default: return nil
        }
    }
}
