import Diagnostics
import Load
import Resolve

/// Builds the `APIDescription` of a resolved OpenAPI 3.0/3.1 document.
public enum IRBuilder {
    /// `schemaNames` gives component schemas (by key) the names the user chose.
    public static func build(_ resolver: RefResolver, log: DiagnosticLog, schemaNames: [String: String] = [:]) throws(IRError) -> APIDescription {
        let root = resolver.root
        let version = try checkVersion(root)
        if let dialect = root["jsonSchemaDialect"], dialect.string != "https://spec.openapis.org/oas/3.1/dialect/base" {
            log.warn(
                "jsonSchemaDialect '\(dialect.string ?? "")' is not known; schemas are read as OpenAPI 3.1 schemas", at: dialect.location,
                pointer: "/jsonSchemaDialect")
        }
        let componentSchemas = root["components"]?["schemas"]?.object
        let schemas = SchemaTranslator(
            resolver: resolver, log: log, components: componentSchemas, filePartComponents: FilePartSchemas.componentKeys(in: root, resolver: resolver),
            chosenNames: schemaNames
        )

        var types: [TypeDecl] = []
        for entry in componentSchemas?.entries ?? [] {
            let pointer = JSONPointer.pointer(["components", "schemas", entry.key])
            types.append(try schemas.componentDeclaration(key: entry.key, schema: entry.value, pointer: pointer))
        }

        let globalSecurity = (root["security"]?.array ?? []).compactMap { $0.object?.keys }
        let translator = OperationTranslator(
            schemas: schemas, globalSecurity: globalSecurity, methodsWithoutBody: version.hasPrefix("3.0") ? ["get", "head", "delete"] : ["get", "head"]
        )
        var operations = try translator.operations(in: root["paths"]?.object ?? ObjectNode())
        types.append(contentsOf: schemas.hoisted)
        types.sort { $0.name < $1.name }
        RecursiveContainers.declare(&types)
        UnionCycles.breakCycles(in: &types, log: log)

        var api = APIDescription(
            title: root["info"]?["title"]?.string ?? "API",
            version: root["info"]?["version"]?.string ?? "",
            documentation: Documentation(description: root["info"]?["description"]?.string),
            servers: (root["servers"]?.array ?? []).compactMap { server in
                server["url"]?.string.map { url in
                    Server(
                        url: url,
                        description: server["description"]?.string,
                        variables: (server["variables"]?.object?.entries ?? []).map { entry in
                            ServerVariable(
                                name: entry.key,
                                defaultValue: entry.value["default"]?.string ?? entry.value["default"]?.numberText ?? "",
                                allowedValues: (entry.value["enum"]?.array ?? []).compactMap { $0.string ?? $0.numberText },
                                description: entry.value["description"]?.string
                            )
                        }
                    )
                }
            },
            types: types,
            operations: [],
            securitySchemes: securitySchemes(root["components"]?["securitySchemes"], resolver: resolver, log: log)
        )
        for index in operations.indices {
            operations[index].pagination = PaginationDetector.pagination(
                for: operations[index],
                extensionNode: extensionNode(for: operations[index], in: root),
                api: api
            )
        }
        api.operations = operations
        api.componentNames = schemas.componentTypeNames
        FormBodyCheck.warn(api, log: log)
        return api
    }

    /// The document's OpenAPI version (`3.0.3`, `3.1.0`), checked to be one the generator reads.
    private static func checkVersion(_ root: Node) throws(IRError) -> String {
        guard root.object != nil else {
            throw .invalid("an OpenAPI document must be a JSON object", at: root.location, pointer: "")
        }
        if let swagger = root["swagger"] {
            throw .unsupportedVersion("swagger \(swagger.string ?? "2.0")", at: swagger.location)
        }
        guard let version = root["openapi"] else {
            throw .invalid("missing 'openapi' version field", at: root.location, pointer: "")
        }
        let text = version.string ?? version.numberText ?? ""
        guard text.hasPrefix("3.0.") || text.hasPrefix("3.1.") || text == "3.0" || text == "3.1" else {
            throw .unsupportedVersion(text, at: version.location)
        }
        return text
    }

    private static func extensionNode(for operation: Operation, in root: Node) -> Node? {
        root["paths"]?[operation.path]?[operation.method.lowercased()]?["x-pagination"]
    }

    private static func securitySchemes(_ node: Node?, resolver: RefResolver, log: DiagnosticLog) -> [SecurityScheme] {
        var schemes: [SecurityScheme] = []
        for entry in node?.object?.entries ?? [] {
            let pointer = JSONPointer.pointer(["components", "securitySchemes", entry.key])
            guard let scheme = try? resolver.follow(entry.value).node else { continue }
            let description = scheme["description"]?.string
            switch scheme["type"]?.string {
            case "http":
                schemes.append(SecurityScheme(key: entry.key, kind: .http(scheme: scheme["scheme"]?.string ?? "bearer"), description: description))
            case "apiKey":
                let location = Parameter.Location(rawValue: scheme["in"]?.string ?? "header") ?? .header
                schemes.append(
                    SecurityScheme(key: entry.key, kind: .apiKey(name: scheme["name"]?.string ?? entry.key, location: location), description: description)
                )
            case "oauth2", "openIdConnect":
                schemes.append(SecurityScheme(key: entry.key, kind: .oauth2, description: description))
            default:
                log.warn("security scheme type '\(scheme["type"]?.string ?? "")' is not supported; skipped", at: scheme.location, pointer: pointer)
            }
        }
        return schemes
    }
}
