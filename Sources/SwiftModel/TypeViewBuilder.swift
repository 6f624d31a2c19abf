import IR

/// Builds the view of one declared type (and the types nested in it).
struct TypeViewBuilder {

    let api: APIDescription
    let access: String
    /// `Hashable` or `Equatable`: what every declared type conforms to besides Codable and Sendable.
    let equality: String
    let names: SwiftNamer
    let storage: StorageAnalysis
    /// The view of `decl`. Every view lays its declaration out at column 0; `column` is where
    /// the declaration will end up (Render indents nested ones), for keeping lines short.
    func declaration(_ decl: TypeDecl, column: Int = 0) -> DeclarationView {
        let name = names.declaredName(decl.name)
        let doc = DocLines.lines(decl.documentation)
        let nested = decl.nested.map { declaration($0, column: column + SwiftLayout.indentUnit.count) }
        switch decl.kind {
        case .object(let shape):
            return DeclarationView(.structure(structure(decl, shape: shape, name: name, doc: doc, column: column)), nested: nested)
        case .stringEnum(let shape):
            return DeclarationView(.enumeration(enumeration(shape, name: name, doc: doc, decl: decl, column: column)), nested: nested)
        case .alias(let type):
            let alias = AliasView(
                access: access, name: name, doc: doc,
                type: names.spelling(type, from: decl.name)
            )
            return DeclarationView(.alias(alias), nested: nested)
        case .union(let shape) where shape.keepsAll:
            return DeclarationView(.anyOf(anyOf(decl, shape: shape, name: name, doc: doc, column: column)), nested: nested)
        case .union(let shape):
            return DeclarationView(.union(union(decl, shape: shape, name: name, doc: doc, column: column)), nested: nested)
        }
    }

    /// The property wrapper written before a property stored other than inline.
    static let attributes: [StorageAnalysis.PropertyStorage: String] = [
        .indirect: "@Indirect ", .nullable: "@Nullable ", .tristate: "@Tristate ",
    ]

    private func structure(_ decl: TypeDecl, shape: ObjectShape, name: String, doc: [DocLine], column: Int) -> StructView {
        let extraType = shape.additionalProperties.map { names.spelling($0, from: decl.name) }
        let bareNames = names.memberNames(of: shape, withExtra: extraType != nil)
        var properties: [PropertyView] = []
        var parameters: [ParameterDeclarationView] = []
        var members: [EncodedMemberView] = []
        for (property, bare) in zip(shape.properties, bareNames) {
            let swiftName = SwiftNames.escaped(bare)
            let baseType = names.spelling(property.type, from: decl.name)
            let type = property.isOptional ? baseType + "?" : baseType
            let stored = storage.storage(of: property, in: decl.name)
            properties.append(
                PropertyView(
                    attributes: Self.attributes[stored] ?? "", name: swiftName, type: type,
                    doc: DocLines.lines(property.documentation, indent: SwiftLayout.indentUnit)
                )
            )
            parameters.append(
                ParameterDeclarationView(
                    label: swiftName, name: swiftName, type: type,
                    defaultValue: property.isOptional
                        ? (SwiftLiterals.defaultValue(property.defaultValue, type: property.type, spelledType: baseType, in: api, names: names) ?? "nil")
                        : constantCase(of: property.type)
                )
            )
            members.append(
                EncodedMemberView(
                    name: swiftName, key: bare, type: baseType, ifPresent: !property.isRequired, decodeIfPresent: property.isOptional,
                    tristate: stored == .tristate
                )
            )
        }
        var coding: [CodingView] = []
        if let extraType, let extraBare = bareNames.last {
            let extraName = SwiftNames.escaped(extraBare)
            let type = "[String: \(extraType)]"
            properties.append(
                PropertyView(
                    attributes: "", name: extraName, type: type,
                    doc: [DocLine(text: "Members beyond the declared properties, by name.", indent: SwiftLayout.indentUnit)]
                )
            )
            parameters.append(ParameterDeclarationView(label: extraName, name: extraName, type: type, defaultValue: "[:]"))
            coding = [CodingView(members: members, extraName: extraName, extraType: extraType)]
        }
        let needsKeys = !coding.isEmpty || zip(shape.properties, bareNames).contains { $0.name != $1 }
        let codingKeys =
            !needsKeys
            ? []
            : [
                CodingKeysView(
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
            properties[index].spaced = !current.doc.isEmpty || !previous.doc.isEmpty
        }
        return StructView(
            access: access,
            equality: equality,
            name: name,
            doc: doc,
            properties: properties,
            codingKeys: codingKeys,
            initializer: Self.parameterList(parameters),
            encoder: encodesNull && coding.isEmpty ? [EncoderView(members: members)] : [],
            coding: coding,
            headerReader: !api.responseHeaderTypes.contains(decl.name)
                ? []
                : [
                    HeaderReaderView(
                        fields: zip(shape.properties, bareNames).map { property, bare in
                            HeaderFieldView(name: SwiftNames.escaped(bare), wireName: SwiftNames.stringLiteralContent(property.name))
                        }
                    )
                ]
        )
    }

    private func enumeration(_ shape: EnumShape, name: String, doc: [DocLine], decl: TypeDecl, column: Int) -> EnumView {
        let (bare, unknown) = names.caseNames(of: shape)
        let cases = zip(shape.values, bare).map { value, name in
            EnumCaseView(declaration: SwiftNames.escaped(name), member: name, rawValue: SwiftNames.stringLiteralContent(value))
        }
        return EnumView(
            access: access,
            equality: equality,
            name: name,
            doc: doc,
            cases: cases,
            caseLines: Self.packed(cases.map(\.declaration), width: Self.lineWidth - column - "    case ".count),
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
        return "." + names.caseNames(of: shape).cases[0]
    }

    private func anyOf(_ decl: TypeDecl, shape: UnionShape, name: String, doc: [DocLine], column: Int) -> AnyOfView {
        let bare = names.caseNames(of: shape)
        var fields: [AnyOfFieldView] = []
        var objectFields: [AnyOfFieldView] = []
        var otherFields: [AnyOfFieldView] = []
        for (member, bare) in zip(shape.members, bare) {
            guard let type = member.type else { continue }
            let field = AnyOfFieldView(
                indirect: storage.needsBox(type, in: decl.name), name: SwiftNames.escaped(bare), type: names.spelling(type, from: decl.name)
            )
            fields.append(field)
            if Self.encodesAsObject(type, in: api) { objectFields.append(field) } else { otherFields.append(field) }
        }
        return AnyOfView(
            access: access, equality: equality, name: name, doc: doc, fields: fields,
            objectFields: objectFields, mergesObjects: objectFields.count > 1, otherFields: otherFields,
            initializer: Self.parameterList(
                fields.map { ParameterDeclarationView(label: $0.name, name: $0.name, type: $0.type + "?", defaultValue: "nil") }
            )
        )
    }

    /// The `id` accessor of an expandable union: the ID alternative itself, or each object's
    /// required string `id`; nil unless every alternative has one.
    private func expandedID(_ shape: UnionShape, cases: [UnionCaseView]) -> ExpandedIDView? {
        guard shape.isExpandable else { return nil }
        var views: [ExpandedIDCaseView] = []
        for (member, view) in zip(shape.members, cases) {
            guard let type = member.type else { return nil }
            if type == .primitive(.string) {
                views.append(ExpandedIDCaseView(member: view.member, value: "value"))
                continue
            }
            guard case .object(let object)? = api.declaration(behind: type)?.kind,
                let id = object.properties.first(where: { $0.name == "id" }), id.type == .primitive(.string), !id.isOptional,
                names.memberName("id", of: type, in: api) == "id"
            else { return nil }
            views.append(ExpandedIDCaseView(member: view.member, value: "value.id"))
        }
        return ExpandedIDView(cases: views)
    }

    /// Whether values of `type` always encode as a JSON object (and so can be merged).
    static func encodesAsObject(_ type: TypeRef, in api: APIDescription) -> Bool {
        if case .dictionary = type { return true }
        switch api.declaration(behind: type)?.kind {
        case .object?: return true
        case .alias(let aliased)?: if case .dictionary = aliased { return true }
        default: break
        }
        return false
    }

    /// Whether an `anyOf` of `shape` merges two or more object alternatives when encoding
    /// (through `JSONValue`).
    static func mergesObjects(_ shape: UnionShape, in api: APIDescription) -> Bool {
        shape.keepsAll && shape.members.filter { $0.type.map { encodesAsObject($0, in: api) } == true }.count > 1
    }

    private func union(_ decl: TypeDecl, shape: UnionShape, name: String, doc: [DocLine], column: Int) -> UnionView {
        let bare = names.caseNames(of: shape)
        let cases = zip(shape.members, bare).map { member, bare in
            UnionCaseView(
                declaration: SwiftNames.escaped(bare),
                member: bare,
                payload: member.type.map { names.spelling($0, from: decl.name) },
                constant: member.constant.map(SwiftNames.stringLiteralContent)
            )
        }
        let fallback =
            shape.discriminatorFallback.flatMap { index -> [DiscriminatorCaseView] in
                guard cases.indices.contains(index), let payload = cases[index].payload else { return [] }
                return [DiscriminatorCaseView(values: [], member: cases[index].member, payload: payload)]
            } ?? []
        return UnionView(
            indirect: storage.isIndirectEnum(decl.name),
            access: access,
            equality: equality,
            name: name,
            doc: doc,
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
            objectChoice: objectChoice(shape, cases: cases, column: column),
            expandedID: expandedID(shape, cases: cases)
        )
    }

    private func objectChoice(_ shape: UnionShape, cases: [UnionCaseView], column: Int) -> [ObjectChoiceView] {
        let alternatives = ObjectChoice.alternatives(of: shape, in: api)
        guard !alternatives.isEmpty else { return [] }
        let quoted = { (name: String) in "\"" + SwiftNames.stringLiteralContent(name) + "\"" }
        var views: [ObjectAlternativeView] = []
        var shapes: [ObjectShapeView] = []
        for (member, candidates) in alternatives {
            guard let index = shape.members.firstIndex(of: member), let payload = cases[index].payload else { continue }
            for candidate in candidates {
                let object = candidate.object
                let tags = candidate.tags.compactMap { tag in ObjectChoice.literal(tag.value).map { quoted(tag.name) + ": " + $0 } }
                shapes.append(
                    ObjectShapeView(
                        alternative: views.count,
                        keyLines: Self.packed(object.properties.map { quoted($0.name) }, width: Self.lineWidth - column - 17).map { $0 + "," },
                        required: object.properties.filter(\.isRequired).map { quoted($0.name) }.joined(separator: ", "),
                        tags: tags.isEmpty ? "[:]" : "[" + tags.joined(separator: ", ") + "]",
                        keepsOtherKeys: object.additionalProperties != nil
                    )
                )
            }
            views.append(ObjectAlternativeView(position: views.count, member: cases[index].member, payload: payload))
        }
        return [ObjectChoiceView(alternatives: views, shapes: shapes)]
    }

    /// A parameter list, wrapped one per line when it has more than two entries.
    static func parameterList(_ parameters: [ParameterDeclarationView]) -> InitializerView {
        InitializerView(wrapped: parameters.count > 2, parameters: parameters)
    }
}
