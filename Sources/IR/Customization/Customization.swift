import Diagnostics
import Load

/// A value the user configured (a pattern, a name), with where they wrote it, so that one
/// naming nothing can be reported there.
public struct ConfiguredValue: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation?
    public var pointer: String?

    public init(_ text: String, at location: SourceLocation? = nil, pointer: String? = nil) {
        self.text = text
        self.location = location
        self.pointer = pointer
    }
}

/// One entry of an override map: what it overrides (a schema, `Schema.property`, an
/// operationId, a format) and the name or type it gets.
public struct ConfiguredOverride: Hashable, Sendable {
    public var key: ConfiguredValue
    public var value: ConfiguredValue

    public init(key: ConfiguredValue, value: ConfiguredValue) {
        self.key = key
        self.value = value
    }
}

/// What a user changes about the API they generate from: which operations and schemas are kept,
/// types they supply themselves, and names. Applied to the IR after it is built.
public struct Customization: Hashable, Sendable {
    public var filter: APIFilter?
    /// A `format` (`uuid`, `date-time`) given another primitive.
    public var formats: [(format: ConfiguredValue, primitive: Primitive)]
    /// A component schema replaced by a type the user supplies (value: its name in the output
    /// language); the schema is not declared.
    public var externalTypes: [ConfiguredOverride]
    /// `Schema.property` → the member's name in the output.
    public var propertyNames: [ConfiguredOverride]
    /// operationId → the method's name.
    public var operationNames: [ConfiguredOverride]
    /// Component schema → its type's name; given to `IRBuilder.build` (names are decided while
    /// the IR is built) and checked here.
    public var schemaNames: [ConfiguredOverride] = []

    public init(
        filter: APIFilter? = nil, formats: [(format: ConfiguredValue, primitive: Primitive)] = [], externalTypes: [ConfiguredOverride] = [],
        propertyNames: [ConfiguredOverride] = [], operationNames: [ConfiguredOverride] = []
    ) {
        self.filter = filter
        self.formats = formats
        self.externalTypes = externalTypes
        self.propertyNames = propertyNames
        self.operationNames = operationNames
    }

    public static func == (lhs: Customization, rhs: Customization) -> Bool {
        lhs.filter == rhs.filter && lhs.schemaNames == rhs.schemaNames && lhs.externalTypes == rhs.externalTypes && lhs.propertyNames == rhs.propertyNames
            && lhs.operationNames == rhs.operationNames
            && lhs.formats.map(\.format) == rhs.formats.map(\.format) && lhs.formats.map(\.primitive) == rhs.formats.map(\.primitive)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(filter)
        hasher.combine(externalTypes)
        hasher.combine(formats.map(\.format))
    }

    /// The formats a primitive override can name, as the IR reads them.
    public static let formatPrimitives: [String: Primitive] = [
        "uuid": .uuid, "date-time": .dateTime, "date": .date, "uri": .uri, "url": .uri, "byte": .bytes,
        "int32": .int32, "int64": .int64, "float": .float, "double": .double,
    ]

    /// `api` customised: filtered to the kept operations and the schemas they use, operations
    /// renamed, formats and supplied types substituted, property names recorded. Patterns and
    /// keys name what the spec calls things (operationIds, schema keys, wire names).
    public func apply(to api: APIDescription) throws(CustomizationError) -> APIDescription {
        var api = api
        for override in schemaNames where api.componentNames[override.key.text] == nil {
            throw .unknown("schema", override.key, known: api.componentNames.keys.sorted())
        }
        for override in operationNames where !api.operations.contains(where: { $0.id == override.key.text }) {
            throw .unknown("operation", override.key, known: api.operations.map(\.id))
        }
        if let filter {
            api = try filter.apply(to: api)
        }
        renameOperations(&api)
        try substituteFormats(&api)
        try supplyTypes(&api)
        try nameProperties(&api)
        return api
    }

    /// Operations renamed (the filter has matched their operationIds already).
    private func renameOperations(_ api: inout APIDescription) {
        for override in operationNames {
            if let index = api.operations.firstIndex(where: { $0.id == override.key.text }) {
                api.operations[index].id = override.value.text
            }
        }
    }

    private func substituteFormats(_ api: inout APIDescription) throws(CustomizationError) {
        var replacements: [Primitive: Primitive] = [:]
        for (format, primitive) in formats {
            guard let original = Self.formatPrimitives[format.text] else {
                throw .unknown("format", format, known: Self.formatPrimitives.keys.sorted())
            }
            replacements[original] = primitive
        }
        guard !replacements.isEmpty else { return }
        api = api.mapTypeUses { use in
            guard case .primitive(let primitive) = use, let replacement = replacements[primitive] else { return use }
            return .primitive(replacement)
        }
    }

    private func supplyTypes(_ api: inout APIDescription) throws(CustomizationError) {
        for override in externalTypes {
            guard let name = api.componentNames[override.key.text] else {
                throw .unknown("schema", override.key, known: api.componentNames.keys.sorted())
            }
            api.types.removeAll { $0.name == name }
            api.externalTypes[name] = override.value.text
        }
    }

    private func nameProperties(_ api: inout APIDescription) throws(CustomizationError) {
        for override in propertyNames {
            let parts = override.key.text.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let typeName = api.componentNames[parts[0]],
                let index = api.types.firstIndex(where: { $0.name == typeName }), case .object(var shape) = api.types[index].kind
            else {
                throw .unknown("object schema", override.key, known: api.types.compactMap(\.objectComponentKey).sorted(), format: "Schema.property")
            }
            guard let property = shape.properties.firstIndex(where: { $0.name == parts[1] }) else {
                throw .unknown("property of '\(parts[0])'", override.key, known: shape.properties.map { parts[0] + "." + $0.name })
            }
            shape.properties[property].preferredName = override.value.text
            api.types[index].kind = .object(shape)
        }
    }
}

extension TypeDecl {
    /// For diagnostics: the component key of an object declaration.
    fileprivate var objectComponentKey: String? {
        guard case .object = kind, let pointer, pointer.hasPrefix("/components/schemas/") else { return nil }
        return JSONPointer.unescape(String(pointer.dropFirst("/components/schemas/".count)))
    }
}

/// A customization that names what the API does not have.
public enum CustomizationError: DiagnosticError, Sendable {
    case unmatched(String, ConfiguredValue, known: [String], format: String?)

    static func unknown(_ what: String, _ value: ConfiguredValue, known: [String], format: String? = nil) -> CustomizationError {
        .unmatched(what, value, known: known, format: format)
    }

    public var diagnostic: Diagnostic {
        switch self {
        case .unmatched(let what, let value, let known, let format):
            var message = "'\(value.text)' names no \(what) of the API"
            if let format { message += " (write \(format))" }
            let close = Suggestions.close(to: value.text, in: known)
            if !close.isEmpty {
                message += "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
            } else if !known.isEmpty, known.count <= 12 {
                message += "; known: " + known.joined(separator: ", ")
            }
            return Diagnostic(.error, message, at: value.location, pointer: value.pointer)
        }
    }
}
