import Load

/// Translating `oneOf`/`anyOf` alternatives: their names, types, discriminator values and tags.
extension SchemaTranslator {
    /// The alternatives of a union. Each gets a name: its `title`; the literal of a one-value
    /// string enum; the component name of a `$ref`; for an array, the last word of the union's
    /// name (`AllowedInferenceGeos` → `geos`); else the JSON type.
    func unionShape(
        _ nodes: [Node], pointer: String, unionName: String, discriminator: Node?, expandable: Bool, scope: inout Scope
    ) throws(IRError) -> UnionShape {
        var members: [UnionMember] = []
        // Explicit mapping: value → $ref; the rest of the $ref alternatives go by component name.
        var mapping: [(value: String, ref: String)] = []
        for entry in discriminator?["mapping"]?.object?.entries ?? [] {
            if let ref = entry.value.string { mapping.append((entry.key, ref)) }
        }
        for (index, node) in nodes.enumerated() where !Self.isNullSchema(node) {
            let memberPointer = JSONPointer.appending(pointer, String(index))
            let resolved = node["$ref"]?.string != nil ? try follow(node, pointer: memberPointer).0 : node
            let literal = resolved["const"]?.string ?? resolved["enum"]?.array.flatMap { $0.count == 1 ? $0[0].string : nil }
            if let literal, node["$ref"]?.string == nil {
                members.append(UnionMember(name: node["title"]?.string ?? (literal.isEmpty ? "empty" : literal), type: nil, constant: literal))
                continue
            }
            let name: String
            if let title = node["title"]?.string {
                name = title
            } else if expandable, node["$ref"] == nil, primaryType(of: resolved) == "string" {
                name = "id"
            } else if let ref = node["$ref"]?.string, let last = ref.split(separator: "/").last {
                name = String(last)
            } else if primaryType(of: resolved) == "array" {
                name = Naming.words(unionName).last ?? "values"
            } else {
                name = primaryType(of: resolved) ?? "value"
            }
            let type = try typeRef(for: node, pointer: memberPointer, scope: &scope, suggestedName: Naming.pascalCase(name))
            var values: [String] = []
            if discriminator != nil, let ref = node["$ref"]?.string {
                values = mapping.filter { $0.ref == ref || ref.hasSuffix("/" + $0.ref) }.map(\.value)
                if values.isEmpty, let last = ref.split(separator: "/").last { values = [String(last)] }
            }
            members.append(
                UnionMember(name: name, type: type, constant: nil, discriminatorValues: values, tags: try tags(of: resolved, pointer: memberPointer)))
        }
        let property = discriminator?["propertyName"]?.string
        var shape = UnionShape(members: members, discriminator: members.contains { !$0.discriminatorValues.isEmpty } ? property : nil)
        shape.isExpandable = expandable
        return shape
    }

    /// Whether the union `schema` (its alternatives `nodes`) named `name` is an ID or the
    /// objects it names (Stripe's expandable fields: `customer: anyOf [string, $ref customer,
    /// $ref deleted_customer]`): one plain string alternative and one or more `$ref`s to
    /// objects, `null` aside, and either Stripe's `x-expansionResources` on the schema or a
    /// referenced component named like the union (`customer`). Such a union is one of them (a
    /// string is never an object), named `Expandable…` (not after the object it shares a name
    /// with), and its string alternative is `id`.
    func isExpandable(_ nodes: [Node], schema: Node, name: String) -> Bool {
        let substantive = nodes.filter { !Self.isNullSchema($0) }
        let strings = substantive.filter { node in
            node["$ref"] == nil && primaryType(of: node) == "string" && node["enum"] == nil && node["const"] == nil && node["format"] == nil
        }
        let objects = substantive.filter { node in
            guard node["$ref"] != nil else { return false }
            let target = target(of: node)
            return primaryType(of: target) == "object" || target["properties"] != nil
        }
        guard strings.count == 1, !objects.isEmpty, strings.count + objects.count == substantive.count else { return false }
        if schema["x-expansionResources"] != nil { return true }
        let prefix = "Expandable"
        let stem = Naming.pascalCase(name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name)
        return objects.contains { node in
            node["$ref"]?.string?.split(separator: "/").last.map { Naming.pascalCase(String($0)) == stem } == true
        }
    }

    /// The members of an object schema that allow one scalar value only: a `const`, or an
    /// `enum` of one value, on the member or what its `$ref` points to.
    func tags(of schema: Node, pointer: String, depth: Int = 0) throws(IRError) -> [UnionTag] {
        guard primaryType(of: schema) ?? "object" == "object" else { return [] }
        for keyword in ["oneOf", "anyOf"] {
            // A union of one alternative is that alternative (as `classify` reads it).
            guard let alternatives = schema[keyword]?.array?.filter({ !Self.isNullSchema($0) }) else { continue }
            guard alternatives.count == 1, depth < 8 else { return [] }
            let (alternative, _) = try follow(alternatives[0], pointer: pointer)
            return try tags(of: alternative, pointer: pointer, depth: depth + 1)
        }
        var members = Members()
        try collectMembers(schema, pointer: pointer, into: &members)
        return members.properties.compactMap { member in
            let property = target(of: member.schema)
            let literal = property["const"] ?? property["enum"]?.array.flatMap { $0.count == 1 ? $0[0] : nil }
            return DefaultValue(literal).map { UnionTag(name: member.name, value: $0) }
        }
    }
}
