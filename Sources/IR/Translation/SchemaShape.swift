import Load

/// Classifying a schema: what it amounts to (a reference, a plain type use, an array, a map, an
/// object, a string enum, a union), before anything is declared for it.
extension SchemaTranslator {
    /// What a schema amounts to.
    enum Shape {
        /// A `$ref` to a named component (or whatever the target amounts to).
        case reference(TypeRef)
        /// A type use that needs no declaration (primitive, free-form JSON).
        case use(TypeRef)
        case array(items: Node, pointer: String)
        case dictionary(values: Node, pointer: String)
        case object(Members)
        case stringEnum([String])
        /// `oneOf`/`anyOf` alternatives.
        case union(members: [Node], pointer: String, discriminator: Node?, keepsAll: Bool)
    }

    /// The shape of `schema` at `pointer`; a `$ref` to something other than a component is
    /// declared once at the top level and classified as a reference to it.
    func classify(_ schema: Node, pointer: String) throws(IRError) -> Shape {
        if schema["$ref"]?.string != nil {
            let (target, reference) = try follow(schema, pointer: pointer)
            if let name = reference.componentName(in: "schemas"), reference.file == nil {
                return .reference(.named(componentTypeName(name)))
            }
            let shape = try classify(target, pointer: reference.pointer)
            switch shape {
            case .object, .stringEnum, .union:
                // A schema reached by reference but not a component (another file, a deep
                // pointer) is declared once, at the top level, and shared by every use.
                return .reference(.named(try referencedType(reference, schema: target)))
            default:
                return shape
            }
        }
        if let parts = schema["allOf"]?.array, schema["properties"] == nil, schema["additionalProperties"] == nil {
            // `allOf` where all but one part only annotate (description, nullable, …) is that part.
            let substantive = parts.indices.filter { !Self.isAnnotationOnly(parts[$0]) }
            if substantive.isEmpty { return .use(.anyJSON) }
            if substantive.count == 1 {
                return try classify(parts[substantive[0]], pointer: JSONPointer.appending(pointer, "allOf", String(substantive[0])))
            }
            if schema["oneOf"] == nil, schema["anyOf"] == nil {
                let kinds = try substantive.map { index throws(IRError) in
                    try partKind(parts[index], pointer: JSONPointer.appending(pointer, "allOf", String(index)))
                }
                if let first = kinds.first, case .scalar = first, kinds.allSatisfy({ $0 == first }) {
                    // `allOf [{type: string, format: date-time}, {type: string}]` is that string:
                    // the part with a format says the most.
                    let chosen =
                        substantive.first { index in
                            (try? follow(parts[index], pointer: pointer).0)?["format"] != nil
                        } ?? substantive[0]
                    return try classify(parts[chosen], pointer: JSONPointer.appending(pointer, "allOf", String(chosen)))
                }
                if kinds.contains(where: { $0 != .object }) {
                    log.warn(
                        "allOf of \(kinds.map(\.description).joined(separator: ", ")) has no Swift shape; the value is kept as raw JSON",
                        at: schema.location, pointer: pointer
                    )
                    return .use(.anyJSON)
                }
            }
        }
        if let constant = schema["const"] {
            if let text = constant.string { return .stringEnum([text]) }
        }
        for keyword in ["oneOf", "anyOf"] {
            guard let members = schema[keyword]?.array, !members.isEmpty else { continue }
            // Alternatives that are all string literals are an enum (which keeps unknown values).
            let literals = members.map { member in
                member.string == nil ? (member["const"]?.string ?? member["enum"]?.array.flatMap { $0.count == 1 ? $0[0].string : nil }) : nil
            }
            if members.allSatisfy({ $0["$ref"] == nil }), !literals.contains(where: { $0 == nil }) {
                return .stringEnum(literals.compactMap { $0 })
            }
            // `{type: null}` alternatives only make the value nullable (see `isNullable`).
            let substantive = members.indices.filter { !Self.isNullSchema(members[$0]) }
            if substantive.count == 1 {
                return try classify(members[substantive[0]], pointer: JSONPointer.appending(pointer, keyword, String(substantive[0])))
            }
            return .union(
                members: members, pointer: JSONPointer.appending(pointer, keyword), discriminator: schema["discriminator"], keepsAll: keyword == "anyOf")
        }
        if let types = schema["type"]?.array?.compactMap(\.string).filter({ $0 != "null" }), types.count > 1, let object = schema.object {
            // `type: [string, integer]`: a union of one alternative per type, each with the
            // schema's other keywords.
            let members = Self.uniqued(types).map { type in
                var member = ObjectNode()
                for entry in object.entries where entry.key != "type" {
                    member.set(entry.key, entry.value, keyLocation: entry.keyLocation)
                }
                let location = object.entry("type")?.keyLocation ?? schema.location
                member.set("type", Node(.string(type), at: location), keyLocation: location)
                return Node(.object(member), at: schema.location)
            }
            return .union(members: members, pointer: JSONPointer.appending(pointer, "type"), discriminator: nil, keepsAll: false)
        }
        let type = primaryType(of: schema)
        if let values = schema["enum"]?.array, type == nil || type == "string" {
            let strings = values.compactMap(\.string)
            if !strings.isEmpty { return .stringEnum(Self.uniqued(strings)) }
        }
        switch type {
        case "string":
            if schema["contentEncoding"]?.string?.lowercased() == "base64" { return .use(.primitive(.bytes)) }
            return .use(.primitive(stringPrimitive(format: schema["format"]?.string)))
        case "integer":
            switch schema["format"]?.string {
            case "int32": return .use(.primitive(.int32))
            case "int64": return .use(.primitive(.int64))
            default: return .use(.primitive(.integer))
            }
        case "number":
            return .use(.primitive(schema["format"]?.string == "float" ? .float : .double))
        case "boolean":
            return .use(.primitive(.boolean))
        case "array":
            guard let items = schema["items"] else { return .use(.array(.anyJSON)) }
            return .array(items: items, pointer: JSONPointer.appending(pointer, "items"))
        case "object", nil:
            var members = Members()
            try collectMembers(schema, pointer: pointer, into: &members)
            if members.properties.isEmpty && schema["allOf"] == nil {
                if let additional = members.additional {
                    return .dictionary(values: additional.schema, pointer: additional.pointer)
                }
                if members.additionalFlag != false {
                    return type == nil && schema["properties"] == nil ? .use(.anyJSON) : .use(.dictionary(.anyJSON))
                }
            }
            return .object(members)
        default:
            return .use(.anyJSON)
        }
    }

    /// What one `allOf` part is, to tell whether the parts can merge into one object.
    enum PartKind: Hashable, CustomStringConvertible {
        case object
        /// A JSON scalar type: `string`, `integer`, `number`, `boolean`.
        case scalar(String)
        case array
        case union

        var description: String {
            switch self {
            case .object: return "an object"
            case .scalar(let type): return "a \(type)"
            case .array: return "an array"
            case .union: return "a oneOf/anyOf"
            }
        }
    }

    private func partKind(_ part: Node, pointer: String) throws(IRError) -> PartKind {
        let (node, _) = try follow(part, pointer: pointer)
        for keyword in ["oneOf", "anyOf"] where (node[keyword]?.array?.filter { !Self.isNullSchema($0) }.count ?? 0) > 1 {
            return .union
        }
        switch primaryType(of: node) {
        case "string", "integer", "number", "boolean":
            return .scalar(primaryType(of: node) == "integer" ? "number" : primaryType(of: node) ?? "")
        case "array":
            return .array
        case nil where node["enum"]?.array?.allSatisfy({ $0.string != nil }) == true && node["enum"]?.array?.isEmpty == false:
            return .scalar("string")
        default:
            return .object
        }
    }

    private static func uniqued(_ values: [String]) -> [String] {
        var result: [String] = []
        for value in values where !result.contains(value) { result.append(value) }
        return result
    }

    /// Keywords that describe a value without constraining its shape.
    static let annotationKeywords: Set<String> = [
        "description", "title", "nullable", "example", "examples", "deprecated", "readOnly", "writeOnly", "default",
        "externalDocs", "$comment",
    ]

    /// Whether `schema` only annotates (`true`, or nothing but annotation keywords and `x-`).
    static func isAnnotationOnly(_ schema: Node) -> Bool {
        guard let object = schema.object else { return schema.bool == true }
        return object.keys.allSatisfy { annotationKeywords.contains($0) || $0.hasPrefix("x-") }
    }

    private func stringPrimitive(format: String?) -> Primitive {
        switch format {
        case "uuid": return .uuid
        case "date-time": return .dateTime
        case "date": return .date
        case "uri", "url": return .uri
        case "byte": return .bytes
        case "binary": return binaryIsFile ? .file : .string
        default: return .string
        }
    }

    /// `type`, or the one non-null member of a 3.1 `type` array.
    func primaryType(of schema: Node) -> String? {
        if let type = schema["type"]?.string { return type }
        if let types = schema["type"]?.array {
            return types.compactMap(\.string).first { $0 != "null" }
        }
        return nil
    }

    /// `{type: null}` (or `{enum: [null]}`): an alternative that only allows null.
    static func isNullSchema(_ schema: Node) -> Bool {
        if schema["type"]?.string == "null" { return true }
        // OpenAPI 3.0 has no null type; `{type: object, nullable: true, additionalProperties:
        // false}` with no properties is how some specs (Box) spell one.
        if schema["nullable"]?.bool == true, schema["additionalProperties"]?.bool == false, schema["type"]?.string == "object",
            schema["properties"]?.object?.entries.isEmpty ?? true, schema["allOf"] == nil, schema["oneOf"] == nil, schema["anyOf"] == nil
        {
            return true
        }
        if let values = schema["enum"]?.array, values.count == 1, case .null = values[0].value { return true }
        return false
    }

    /// Whether `schema` allows `null`: `isNullable`, `null` among its `enum` values, or the same
    /// of what its `$ref` points to (beside which `nullable` is the author's intent for this
    /// use). A union allows null when an alternative says so itself; an `allOf` when every part
    /// that says something does (`allOf: [{$ref: Nullable}]`, and not `allOf: [{…, nullable:
    /// true}, {nullable: false}]`).
    func allowsNull(_ schema: Node, depth: Int = 0) -> Bool {
        if isNullable(schema) || schema["enum"]?.array?.contains(where: { if case .null = $0.value { true } else { false } }) == true {
            return true
        }
        guard depth < 8 else { return false }
        if schema["$ref"]?.string != nil {
            let target = target(of: schema)
            return target["$ref"] == nil && allowsNull(target, depth: depth + 1)
        }
        for keyword in ["oneOf", "anyOf"] {
            // A union allows null when one of its alternatives says so itself.
            guard let members = schema[keyword]?.array else { continue }
            if members.contains(where: { isNullable(target(of: $0)) }) { return true }
        }
        guard schema["type"] == nil, let parts = schema["allOf"]?.array else { return false }
        let saying = parts.map(target(of:)).filter { !Self.isAnnotationOnly($0) || $0["nullable"] != nil }
        return !saying.isEmpty && saying.allSatisfy { allowsNull($0, depth: depth + 1) }
    }

    func isNullable(_ schema: Node) -> Bool {
        if schema["nullable"]?.bool == true { return true }
        for keyword in ["oneOf", "anyOf"] where schema[keyword]?.array?.contains(where: Self.isNullSchema) == true {
            return true
        }
        if let types = schema["type"]?.array, types.contains(where: { $0.string == "null" }) { return true }
        return false
    }
}
