import IR

/// Builds the view of one declared type (and the types nested in it).
struct TypeViewBuilder {
    static let indentUnit = "    "

    let api: APIDescription
    let access: String
    let names: SwiftTypeNames
    let storage: StorageAnalysis

    func declaration(_ decl: TypeDecl, indent: String = "") -> DeclarationView {
        let name = names.declaredName(decl.name)
        let doc = DocLines.lines(decl.documentation)
        switch decl.kind {
        case .object(let shape):
            return DeclarationView(structure: [structure(decl, shape: shape, name: name, doc: doc, indent: indent)], enumeration: [], alias: [], union: [], anyOf: [])
        case .stringEnum(let shape):
            return DeclarationView(structure: [], enumeration: [enumeration(shape, name: name, doc: doc, decl: decl, indent: indent)], alias: [], union: [], anyOf: [])
        case .alias(let type):
            let alias = AliasView(
                indent: indent, access: access, name: name, doc: doc, deprecated: false,
                type: names.spelling(type, from: decl.name)
            )
            return DeclarationView(structure: [], enumeration: [], alias: [alias], union: [], anyOf: [])
        case .union(let shape) where shape.keepsAll:
            return DeclarationView(structure: [], enumeration: [], alias: [], union: [], anyOf: [anyOf(decl, shape: shape, name: name, doc: doc, indent: indent)])
        case .union(let shape):
            return DeclarationView(
                structure: [], enumeration: [], alias: [], union: [union(decl, shape: shape, name: name, doc: doc, indent: indent)], anyOf: []
            )
        }
    }

    /// The property wrapper written before a property stored other than inline.
    static let attributes: [StorageAnalysis.PropertyStorage: String] = [.indirect: "@Indirect ", .nullable: "@Nullable "]

    private func structure(_ decl: TypeDecl, shape: ObjectShape, name: String, doc: [DocLine], indent: String) -> StructView {
        let memberIndent = indent + Self.indentUnit
        let extraType = shape.additionalProperties.map { names.spelling($0, from: decl.name) }
        let bareNames = SwiftNames.uniqued(shape.properties.map { SwiftNames.bareIdentifier($0.name) } + (extraType == nil ? [] : ["additionalProperties"]))
        var properties: [PropertyView] = []
        var parameters: [ParameterDeclarationView] = []
        var members: [EncodedMemberView] = []
        for (property, bare) in zip(shape.properties, bareNames) {
            let swiftName = SwiftNames.escaped(bare)
            let baseType = names.spelling(property.type, from: decl.name)
            let type = property.isOptional ? baseType + "?" : baseType
            properties.append(
                PropertyView(
                    indent: memberIndent, attributes: Self.attributes[storage.storage(of: property, in: decl.name)] ?? "", name: swiftName,
                    type: type, doc: DocLines.lines(property.documentation), deprecated: false
                )
            )
            parameters.append(
                ParameterDeclarationView(
                    label: swiftName, name: swiftName, type: type,
                    defaultValue: property.isOptional
                        ? (SwiftLiterals.defaultValue(property.defaultValue, type: property.type, spelledType: baseType, in: api) ?? "nil")
                        : constantCase(of: property.type)
                )
            )
            members.append(
                EncodedMemberView(
                    name: swiftName, key: bare, type: baseType, ifPresent: !property.isRequired, decodeIfPresent: property.isOptional
                )
            )
        }
        var coding: [CodingView] = []
        if let extraType, let extraBare = bareNames.last {
            let extraName = SwiftNames.escaped(extraBare)
            let type = "[String: \(extraType)]"
            properties.append(
                PropertyView(
                    indent: memberIndent, attributes: "", name: extraName, type: type,
                    doc: [DocLine(text: "Members beyond the declared properties, by name.")], deprecated: false
                )
            )
            parameters.append(ParameterDeclarationView(label: extraName, name: extraName, type: type, defaultValue: "[:]"))
            coding = [CodingView(indent: memberIndent, members: members, extraName: extraName, extraType: extraType)]
        }
        let needsKeys = !coding.isEmpty || zip(shape.properties, bareNames).contains { $0.name != $1 }
        let codingKeys = !needsKeys ? [] : [
            CodingKeysView(
                indent: memberIndent,
                keys: zip(shape.properties, bareNames).map { property, bare in
                    CodingKeyView(name: SwiftNames.escaped(bare), wireName: property.name == bare ? nil : SwiftNames.stringLiteralContent(property.name))
                }
            )
        ]
        let encodesNull = shape.properties.contains { StorageAnalysis.writesNull($0) && storage.storage(of: $0, in: decl.name) == .indirect }
        // Undocumented properties sit together; documented ones get a blank line around them.
        for index in properties.indices.dropFirst() {
            let previous = properties[index - 1]
            let current = properties[index]
            properties[index].spaced = !current.doc.isEmpty || current.deprecated || !previous.doc.isEmpty || previous.deprecated
        }
        return StructView(
            indent: indent,
            access: access,
            name: name,
            doc: doc,
            deprecated: false,
            properties: properties,
            hasProperties: !properties.isEmpty,
            codingKeys: codingKeys,
            initializer: Self.parameterList(parameters, indent: memberIndent),
            encoder: encodesNull && coding.isEmpty ? [EncoderView(indent: memberIndent, members: members)] : [],
            coding: coding,
            nested: decl.nested.map { declaration($0, indent: memberIndent) }
        )
    }

    private func enumeration(_ shape: EnumShape, name: String, doc: [DocLine], decl: TypeDecl, indent: String) -> EnumView {
        let bare = SwiftNames.uniqued(shape.values.map { SwiftNames.bareIdentifier($0) })
        let unknown = bare.contains("unknown") ? SwiftNames.uniqued(["undocumented"], avoiding: Set(bare))[0] : "unknown"
        let cases = zip(shape.values, bare).map { value, name in
            EnumCaseView(declaration: SwiftNames.escaped(name), member: name, rawValue: SwiftNames.stringLiteralContent(value))
        }
        return EnumView(
            indent: indent,
            access: access,
            name: name,
            doc: doc,
            deprecated: false,
            cases: cases,
            caseLines: Self.packed(cases.map(\.declaration), width: Self.lineWidth - indent.count - "    case ".count),
            unknownCase: unknown
        )
    }

    /// The width generated declarations keep to where they can choose.
    static let lineWidth = 100

    /// Comma-separated runs of `items`, each run at most `width` characters (an item longer
    /// than that gets a line of its own).
    static func packed(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items {
            if current.isEmpty {
                current = item
            } else if current.count + 2 + item.count <= width {
                current += ", " + item
            } else {
                lines.append(current)
                current = item
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `.value` when `type` is a one-value string enum (a constant such as `"type": "workspace"`),
    /// so initialisers need not repeat it.
    private func constantCase(of type: TypeRef) -> String? {
        guard case .named(let name) = type, let decl = api.type(named: name), case .stringEnum(let shape) = decl.kind,
            shape.values.count == 1
        else { return nil }
        return "." + SwiftNames.bareIdentifier(shape.values[0])
    }

    private func anyOf(_ decl: TypeDecl, shape: UnionShape, name: String, doc: [DocLine], indent: String) -> AnyOfView {
        let memberIndent = indent + Self.indentUnit
        let bare = SwiftNames.uniqued(shape.members.map { SwiftNames.bareIdentifier($0.name) })
        var fields: [AnyOfFieldView] = []
        var objectFields: [AnyOfFieldView] = []
        var otherFields: [AnyOfFieldView] = []
        for (member, bare) in zip(shape.members, bare) {
            guard let type = member.type else { continue }
            let field = AnyOfFieldView(
                indirect: storage.needsBox(type, in: decl.name), name: SwiftNames.escaped(bare), type: names.spelling(type, from: decl.name)
            )
            fields.append(field)
            if encodesAsObject(type) { objectFields.append(field) } else { otherFields.append(field) }
        }
        return AnyOfView(
            indent: indent, access: access, name: name, doc: doc, deprecated: false, fields: fields,
            objectFields: objectFields, hasObjectFields: !objectFields.isEmpty, otherFields: otherFields,
            initializer: Self.parameterList(
                fields.map { ParameterDeclarationView(label: $0.name, name: $0.name, type: $0.type + "?", defaultValue: "nil") },
                indent: memberIndent
            ),
            nested: decl.nested.map { declaration($0, indent: memberIndent) }
        )
    }

    /// Whether values of `type` always encode as a JSON object (and so can be merged).
    private func encodesAsObject(_ type: TypeRef) -> Bool {
        switch type {
        case .dictionary: return true
        case .named(let name):
            switch api.type(named: name)?.kind {
            case .object?: return true
            case .alias(let aliased)?: return encodesAsObject(aliased)
            default: return false
            }
        default: return false
        }
    }

    private func union(_ decl: TypeDecl, shape: UnionShape, name: String, doc: [DocLine], indent: String) -> UnionView {
        let bare = SwiftNames.uniqued(shape.members.map { SwiftNames.bareIdentifier($0.name) })
        let cases = zip(shape.members, bare).map { member, bare in
            UnionCaseView(
                declaration: SwiftNames.escaped(bare),
                member: bare,
                payload: member.type.map { names.spelling($0, from: decl.name) },
                constant: member.constant.map(SwiftNames.stringLiteralContent)
            )
        }
        let fallback = shape.discriminatorFallback.flatMap { index -> [DiscriminatorCaseView] in
            guard cases.indices.contains(index), let payload = cases[index].payload else { return [] }
            return [DiscriminatorCaseView(values: [], member: cases[index].member, payload: payload)]
        } ?? []
        return UnionView(
            indent: indent,
            indirect: storage.isIndirectEnum(decl.name),
            access: access,
            name: name,
            doc: doc,
            deprecated: false,
            cases: cases,
            decodeOrder: cases.filter { $0.constant != nil } + cases.filter { $0.constant == nil },
            discriminator: shape.discriminator.map { property in
                [
                    DiscriminatorView(
                        property: SwiftNames.stringLiteralContent(property),
                        cases: zip(shape.members, cases).compactMap { member, view in
                            guard !member.discriminatorValues.isEmpty, let payload = view.payload else { return nil }
                            return DiscriminatorCaseView(
                                values: member.discriminatorValues.map(SwiftNames.stringLiteralContent), member: view.member, payload: payload
                            )
                        },
                        fallback: fallback
                    )
                ]
            } ?? [],
            nested: decl.nested.map { declaration($0, indent: indent + Self.indentUnit) }
        )
    }

    /// A parameter list, wrapped one per line when it has more than two entries.
    static func parameterList(_ parameters: [ParameterDeclarationView], indent: String) -> InitializerView {
        InitializerView(indent: indent, wrapped: parameters.count > 2, isEmpty: parameters.isEmpty, parameters: parameters)
    }
}
