import Diagnostics
import Foundation
import Load
import Resolve

/// Translates JSON Schemas into type uses and named declarations, hoisting inline object and
/// enum schemas to deterministic names.
///
/// Naming rule: a component keeps its key (PascalCased). An inline schema is nested inside the
/// type whose property holds it and named from its `title`, else from the property (array items:
/// the singular of the property); a clash with a sibling, an enclosing type or any top-level
/// type appends 2, 3, …. Inline schemas of operations are hoisted to the top level as
/// `<OperationId>Request`, `<OperationId>Response`, `<OperationId><Status>Response`.
final class SchemaTranslator: ReferenceFollowing {
    /// Where hoisted declarations go while a type is being translated.
    struct Scope {
        var parent: TypeName?
        var nested: [TypeDecl] = []
        var usedNames: Set<String> = []
    }

    let resolver: RefResolver
    let log: DiagnosticLog
    /// Every top-level name taken so far (components first, then hoisted ones).
    private(set) var topLevelNames: Set<String> = []
    /// Top-level declarations hoisted out of operations or reached by reference.
    private(set) var hoisted: [TypeDecl] = []
    /// Names given to schemas reached by a reference that is not `#/components/schemas/…`.
    private var referencedTypes: [Reference: TypeName] = [:]
    /// The type name of every component schema, by key: unique even where keys differ only in
    /// spelling (`pet_name`, `PetName`, `pet-name`).
    private(set) var componentTypeNames: [String: TypeName] = [:]

    /// Component schemas that multipart bodies reach (see `FilePartSchemas`).
    private let filePartComponents: Set<String>
    /// Whether `format: binary` is a file (bytes) in the schema being translated: in multipart
    /// bodies and what they reach, not in JSON.
    private(set) var binaryIsFile = false

    init(
        resolver: RefResolver, log: DiagnosticLog, components: ObjectNode?, filePartComponents: Set<String> = [],
        chosenNames: [String: String] = [:]
    ) {
        self.resolver = resolver
        self.log = log
        self.filePartComponents = filePartComponents
        self.inheritance = Self.inheritance(in: components)
        var owners: [String: String] = [:]
        for entry in components?.entries ?? [] {
            let stem = chosenNames[entry.key] ?? Naming.pascalCase(entry.key)
            let name = Naming.unique(stem) { owners[$0] != nil }
            if let owner = owners[stem] {
                log.warn(
                    "schema '\(entry.key)' is '\(stem)' in Swift, like schema '\(owner)'; it is declared as '\(name)'",
                    at: entry.keyLocation, pointer: JSONPointer.pointer(["components", "schemas", entry.key])
                )
            }
            owners[name] = entry.key
            componentTypeNames[entry.key] = TypeName([name])
        }
        topLevelNames = Set(owners.keys)
        // A component that only points elsewhere (`Owner: {$ref: models/owner.yaml}`) gives its
        // name to what it points to: that schema is declared once, as `Owner`, for every use.
        for entry in components?.entries ?? [] where entry.value.object?.entries.count == 1 {
            guard entry.value["$ref"]?.string != nil,
                let reference = try? resolver.follow(entry.value, from: resolver.fileKey(for: entry.value.location)).reference,
                reference.file != nil || reference.componentName(in: "schemas") == nil,
                referencedTypes[reference] == nil
            else { continue }
            referencedTypes[reference] = componentTypeNames[entry.key]
            componentTargets[entry.key] = reference
        }
    }

    /// The targets of components that only point elsewhere, by component key.
    private var componentTargets: [String: Reference] = [:]

    /// The type name of the component schema `key`.
    func componentTypeName(_ key: String) -> TypeName {
        componentTypeNames[key] ?? TypeName([Naming.pascalCase(key)])
    }

    // MARK: Declarations

    /// The declaration of the component schema `key`.
    func componentDeclaration(key: String, schema: Node, pointer: String) throws(IRError) -> TypeDecl {
        let name = componentTypeName(key)
        binaryIsFile = filePartComponents.contains(key)
        defer { binaryIsFile = false }
        if let reference = componentTargets[key] {
            let (target, _) = try follow(schema, pointer: pointer)
            return try declaration(named: name, schema: target, pointer: reference.pointer)
        }
        if let subtypes = inheritance[key], let property = schema["discriminator"]?["propertyName"]?.string {
            return try polymorphicDeclaration(named: name, schema: schema, pointer: pointer, property: property, subtypes: subtypes)
        }
        return try declaration(named: name, schema: schema, pointer: pointer)
    }

    /// Component schemas with a `discriminator` that others extend through `allOf`, with their
    /// subtypes (component keys, in document order).
    let inheritance: [String: [String]]

    /// Finds the inheritance bases of a components map: a schema with a `discriminator` (and no
    /// `oneOf`/`anyOf` of its own) that other components name in their `allOf`.
    static func inheritance(in schemas: ObjectNode?) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for entry in schemas?.entries ?? [] {
            for part in entry.value["allOf"]?.array ?? [] {
                guard let ref = part["$ref"]?.string, ref.hasPrefix("#/components/schemas/") else { continue }
                let base = String(ref.dropFirst("#/components/schemas/".count))
                guard let baseSchema = schemas?[base], baseSchema["discriminator"] != nil,
                    baseSchema["oneOf"] == nil, baseSchema["anyOf"] == nil, base != entry.key
                else { continue }
                result[base, default: []].append(entry.key)
            }
        }
        return result
    }

    /// A base schema of an inheritance hierarchy (`allOf` + `discriminator`): a union of its
    /// subtypes chosen by the discriminator, with the base's own members as the fallback
    /// (`.base(Pet.Base)`) for values naming no known subtype.
    private func polymorphicDeclaration(
        named name: TypeName, schema: Node, pointer: String, property: String, subtypes: [String]
    ) throws(IRError) -> TypeDecl {
        var mapping: [String: [String]] = [:]
        for entry in schema["discriminator"]?["mapping"]?.object?.entries ?? [] {
            if let ref = entry.value.string, let key = ref.split(separator: "/").last {
                mapping[String(key), default: []].append(entry.key)
            } else if let ref = entry.value.string {
                mapping[ref, default: []].append(entry.key)
            }
        }
        var members = subtypes.map { key in
            UnionMember(name: key, type: .named(componentTypeName(key)), constant: nil, discriminatorValues: mapping[key] ?? [key])
        }
        let baseName = name.appending("Base")
        let base = try declaration(named: baseName, schema: schema, pointer: pointer)
        members.append(UnionMember(name: "base", type: .named(baseName), constant: nil))
        return TypeDecl(
            name: name,
            documentation: Documentation(schema: schema),
            kind: .union(UnionShape(members: members, discriminator: property, discriminatorFallback: members.count - 1)),
            nested: [base],
            location: schema.location
        )
    }

    /// A declaration for `schema` under `name`, with its own inline schemas nested inside it.
    private func declaration(named name: TypeName, schema: Node, pointer: String) throws(IRError) -> TypeDecl {
        var scope = Scope(parent: name)
        let documentation = Documentation(schema: schema)
        let kind: TypeDecl.Kind
        switch try classify(schema, pointer: pointer) {
        case .object(let members):
            kind = .object(try objectShape(members, scope: &scope, pointer: pointer))
        case .stringEnum(let values):
            kind = .stringEnum(EnumShape(values: values))
        case .use(let type):
            kind = .alias(type)
        case .array(let items, let itemsPointer):
            // A typealias cannot hold nested types: inline items are hoisted to the top level.
            var topLevel = Scope(parent: nil)
            let itemName = items["title"]?.string ?? name.last + "Item"
            let element = try typeRef(for: items, pointer: itemsPointer, scope: &topLevel, suggestedName: itemName)
            kind = .alias(.array(optionalIfNullable(element, schema: items)))
        case .dictionary(let values, let valuesPointer):
            var topLevel = Scope(parent: nil)
            let value = try typeRef(for: values, pointer: valuesPointer, scope: &topLevel, suggestedName: name.last + "Value")
            kind = .alias(.dictionary(optionalIfNullable(value, schema: values)))
        case .reference(let target):
            kind = .alias(target)
        case .union(let members, let membersPointer, let discriminator, let keepsAll):
            var shape = try unionShape(
                members, pointer: membersPointer, unionName: name.last, discriminator: discriminator,
                expandable: isExpandable(members, schema: schema, name: name.last), scope: &scope
            )
            shape.keepsAll = keepsAll && shape.discriminator == nil && !shape.members.contains { $0.constant != nil } && !shape.isExpandable
            kind = .union(shape)
        }
        return TypeDecl(name: name, documentation: documentation, kind: kind, nested: scope.nested, location: schema.location, pointer: pointer)
    }

    /// Hoists an inline operation schema to the top level under a name built from `suggestedName`,
    /// or returns the use directly when the schema needs no declaration. `binaryIsFile` for the
    /// schema of a multipart body.
    func operationTypeRef(for schema: Node, pointer: String, suggestedName: String, binaryIsFile: Bool = false) throws(IRError) -> TypeRef {
        var scope = Scope(parent: nil)
        self.binaryIsFile = binaryIsFile
        defer { self.binaryIsFile = false }
        return try typeRef(for: schema, pointer: pointer, scope: &scope, suggestedName: suggestedName)
    }

    // MARK: Uses

    /// The type of a use of `schema`, hoisting an inline object or enum into `scope`.
    func typeRef(for schema: Node, pointer: String, scope: inout Scope, suggestedName: String) throws(IRError) -> TypeRef {
        let shape = try classify(schema, pointer: pointer)
        switch shape {
        case .reference(let target):
            return target
        case .use(let type):
            return type
        case .array(let items, let itemsPointer):
            let itemName = items["title"]?.string ?? Naming.singular(suggestedName)
            let element = try typeRef(for: items, pointer: itemsPointer, scope: &scope, suggestedName: itemName)
            return .array(optionalIfNullable(spelledShallowly(element, suggestedName: itemName, location: items.location), schema: items))
        case .dictionary(let values, let valuesPointer):
            let value = try typeRef(for: values, pointer: valuesPointer, scope: &scope, suggestedName: suggestedName + "Value")
            return .dictionary(optionalIfNullable(spelledShallowly(value, suggestedName: suggestedName + "Value", location: values.location), schema: values))
        case .object, .stringEnum, .union:
            var base = schema["title"]?.string ?? suggestedName
            if case .union(let members, _, _, _) = shape, schema["title"] == nil, isExpandable(members, schema: schema, name: suggestedName) {
                base = "Expandable" + Naming.pascalCase(suggestedName)
            }
            if let parent = scope.parent, parent.components.count >= Self.maxNestedDepth {
                // Deeper inline schemas are declared at the top level: nested names this long
                // help nobody, and the text of each level would be re-indented by every level.
                var topLevel = Scope(parent: nil)
                return try typeRef(for: schema, pointer: pointer, scope: &topLevel, suggestedName: base)
            }
            let name = hoistedName(Naming.pascalCase(base), scope: &scope)
            let decl = try declaration(named: name, schema: schema, pointer: pointer)
            if scope.parent == nil {
                hoisted.append(decl)
            } else {
                scope.nested.append(decl)
            }
            return .named(name)
        }
    }

    /// `type`, or a top-level alias of it once containers nest `maxContainerDepth` levels inside
    /// it: the Swift compiler's time on `[[…]]` sugar doubles with each level past about 16
    /// (measured: 18 levels 0.9 s, 20 levels 2.3 s), and it gives up at 256.
    private func spelledShallowly(_ type: TypeRef, suggestedName: String, location: SourceLocation) -> TypeRef {
        guard type.containerDepth >= Self.maxContainerDepth else { return type }
        var topLevel = Scope(parent: nil)
        let name = hoistedName(Naming.pascalCase(suggestedName), scope: &topLevel)
        hoisted.append(TypeDecl(name: name, documentation: Documentation(), kind: .alias(type), location: location))
        return .named(name)
    }

    /// `element` as an optional when `schema` (an array's items, a map's values) allows null,
    /// in any spelling: 3.0 `nullable`, a 3.1 `type` array, a `{type: null}` alternative, `null`
    /// in an `enum`, on the schema or on what its `$ref` points to. Free-form JSON has its own
    /// `null`.
    private func optionalIfNullable(_ element: TypeRef, schema: Node) -> TypeRef {
        switch element {
        case .anyJSON, .optional: return element
        default: break
        }
        return allowsNull(schema) ? .optional(element) : element
    }

    /// How deeply containers may nest in one type use before the inner part gets an alias.
    static let maxContainerDepth = 12

    private func hoistedName(_ base: String, scope: inout Scope) -> TypeName {
        let stem = base.isEmpty ? "Value" : base
        let enclosing = Set(scope.parent?.components ?? [])
        let candidate = Naming.unique(stem) { scope.usedNames.contains($0) || topLevelNames.contains($0) || enclosing.contains($0) }
        if let parent = scope.parent {
            scope.usedNames.insert(candidate)
            return parent.appending(candidate)
        }
        topLevelNames.insert(candidate)
        return TypeName([candidate])
    }

    /// Takes a top-level name for a type that is not a schema (an operation's response
    /// representations), so no declaration gets it too.
    func reserveTopLevelName(_ base: String) -> TypeName {
        var scope = Scope(parent: nil)
        return hoistedName(Naming.pascalCase(base), scope: &scope)
    }

    /// Declares a top-level object of the given properties (response headers), named uniquely.
    func hoistObject(named base: String, properties: [Property], location: SourceLocation) -> TypeName {
        var scope = Scope(parent: nil)
        let name = hoistedName(Naming.pascalCase(base), scope: &scope)
        hoisted.append(
            TypeDecl(
                name: name, documentation: Documentation(), kind: .object(ObjectShape(properties: properties, additionalProperties: nil)),
                location: location
            )
        )
        return name
    }

    /// How many levels inline declarations nest inside a top-level type before the next one is
    /// declared at the top level.
    static let maxNestedDepth = 16

    /// Pointer tokens that say where a schema sits rather than what it is.
    static let structuralTokens: Set<String> = ["schema", "items", "properties", "additionalProperties", "content", "allOf", "oneOf", "anyOf"]

    /// The top-level type of a schema reached by `reference`, declared on first use. Named from
    /// the last meaningful pointer token, else the file name (`models/droplet.yml` → `Droplet`).
    func referencedType(_ reference: Reference, schema: Node) throws(IRError) -> TypeName {
        if let existing = referencedTypes[reference] { return existing }
        let token = reference.tokens.last { !Self.structuralTokens.contains($0) && !$0.contains("/") && Int($0) == nil }
        let fileStem = reference.file.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } ?? "Schema"
        var scope = Scope(parent: nil)
        let name = hoistedName(Naming.pascalCase(token ?? fileStem), scope: &scope)
        referencedTypes[reference] = name
        hoisted.append(try declaration(named: name, schema: schema, pointer: reference.pointer))
        return name
    }

    // MARK: Objects

    /// One property as collected from `properties` (possibly across `allOf` members).
    struct Member {
        var name: String
        var schema: Node
        var pointer: String
    }

    /// The merged members of an object schema.
    struct Members {
        var properties: [Member] = []
        var required: Set<String> = []
        var additional: (schema: Node, pointer: String)?
        var additionalFlag: Bool?
    }

    private func objectShape(_ members: Members, scope: inout Scope, pointer: String) throws(IRError) -> ObjectShape {
        var properties: [Property] = []
        for member in members.properties {
            properties.append(try property(member, isRequired: members.required.contains(member.name), scope: &scope))
        }
        var additional: TypeRef?
        if let extra = members.additional {
            let value = try typeRef(for: extra.schema, pointer: extra.pointer, scope: &scope, suggestedName: "AdditionalProperty")
            additional = optionalIfNullable(value, schema: extra.schema)
        } else if members.additionalFlag == true {
            additional = .anyJSON
        }
        return ObjectShape(properties: properties, additionalProperties: additional)
    }

    private func property(_ member: Member, isRequired: Bool, scope: inout Scope) throws(IRError) -> Property {
        let schema = member.schema
        var documentation = Documentation(schema: schema)
        let isNullable = allowsNull(schema)
        var defaultValue = DefaultValue(schema["default"])
        if schema["$ref"]?.string != nil {
            // Beside a $ref, `description` and `default` are the author's intent for this use.
            let target = target(of: schema)
            defaultValue = defaultValue ?? DefaultValue(target["default"])
            let targetDocs = Documentation(schema: target)
            if documentation.description == nil { documentation.description = targetDocs.description }
            if documentation.constraints.isEmpty { documentation.constraints = targetDocs.constraints }
        }
        let type = try typeRef(for: schema, pointer: member.pointer, scope: &scope, suggestedName: member.name)
        return Property(
            name: member.name, type: type, isRequired: isRequired, isNullable: isNullable, documentation: documentation, defaultValue: defaultValue
        )
    }

    func collectMembers(_ schema: Node, pointer: String, into members: inout Members, depth: Int = 0) throws(IRError) {
        guard depth < 32 else {
            throw .invalid("allOf nests more than 32 levels (a cycle of allOf?)", at: schema.location, pointer: pointer)
        }
        if let parts = schema["allOf"]?.array {
            for (index, part) in parts.enumerated() {
                let partPointer = JSONPointer.appending(pointer, "allOf", String(index))
                let (node, reference) = try follow(part, pointer: partPointer)
                let nodePointer = part["$ref"]?.string == nil ? partPointer : reference.pointer
                try collectMembers(node, pointer: nodePointer, into: &members, depth: depth + 1)
            }
        }
        if let properties = schema["properties"]?.object {
            for entry in properties.entries {
                let member = Member(name: entry.key, schema: entry.value, pointer: JSONPointer.appending(pointer, "properties", entry.key))
                if let existing = members.properties.firstIndex(where: { $0.name == entry.key }) {
                    members.properties[existing] = member
                } else {
                    members.properties.append(member)
                }
            }
        }
        for name in schema["required"]?.array ?? [] {
            if let name = name.string { members.required.insert(name) }
        }
        if let additional = schema["additionalProperties"] {
            if let flag = additional.bool {
                members.additionalFlag = flag
            } else {
                members.additional = (additional, JSONPointer.appending(pointer, "additionalProperties"))
            }
        }
    }
}
