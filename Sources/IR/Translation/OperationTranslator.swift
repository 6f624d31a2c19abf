import Diagnostics
import Load
import Resolve

/// Translates `paths` into operations: parameters (declared, path-level, `$ref`d and inferred),
/// the JSON request body, responses by status and the security that applies.
struct OperationTranslator: ReferenceFollowing {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let schemas: SchemaTranslator
    let globalSecurity: [[String]]
    /// The methods whose `requestBody` is ignored: GET and HEAD always (their semantics define
    /// no body, and URLSession on Apple platforms refuses to send one), DELETE too in OpenAPI
    /// 3.0, which supports bodies only where HTTP defines them (3.1 permits them on DELETE).
    let methodsWithoutBody: Set<String>
    var log: DiagnosticLog { schemas.log }
    var resolver: RefResolver { schemas.resolver }

    func operations(in paths: ObjectNode) throws(IRError) -> [Operation] {
        var operations: [Operation] = []
        /// Which operation took each Swift spelling of an id (`get_a` and `getA` are one name).
        var owners: [String: String] = [:]
        for pathEntry in paths.entries {
            let pathPointer = JSONPointer.pointer(["paths", pathEntry.key])
            let (pathItem, _) = try follow(pathEntry.value, pointer: pathPointer)
            guard let item = pathItem.object else { continue }
            for entry in item.entries where Self.methods.contains(entry.key) {
                let operationPointer = JSONPointer.appending(pathPointer, entry.key)
                let (operationNode, _) = try follow(entry.value, pointer: operationPointer)
                let declared = operationNode["operationId"]?.string ?? Self.fallbackId(method: entry.key, path: pathEntry.key)
                let this = entry.key.uppercased() + " " + pathEntry.key
                let id = Naming.unique(declared) { owners[Naming.camelCase($0)] != nil }
                if let owner = owners[Naming.camelCase(declared)] {
                    log.warn(
                        "operation id '\(declared)' of \(this) names the same Swift method as the one of \(owner); this one is '\(Naming.camelCase(id))'",
                        at: (operationNode["operationId"] ?? operationNode).location,
                        pointer: operationPointer + (operationNode["operationId"] == nil ? "" : "/operationId")
                    )
                }
                owners[Naming.camelCase(id)] = this
                operations.append(
                    try translate(path: pathEntry.key, method: entry.key, id: id, node: operationNode, pathItem: pathItem, pointer: operationPointer)
                )
            }
        }
        return operations
    }

    private func translate(path: String, method: String, id: String, node: Node, pathItem: Node, pointer: String) throws(IRError) -> Operation {
        let typePrefix = Naming.pascalCase(id)
        let pathComponents = PathComponent.parse(path)

        // Operation-level parameters override path-level ones with the same name and location.
        var declared: [(node: Node, pointer: String)] = []
        for (index, parameter) in (pathItem["parameters"]?.array ?? []).enumerated() {
            declared.append((parameter, pointer.components(separatedBy: "/").dropLast().joined(separator: "/") + "/parameters/\(index)"))
        }
        for (index, parameter) in (node["parameters"]?.array ?? []).enumerated() {
            declared.append((parameter, JSONPointer.appending(pointer, "parameters", String(index))))
        }
        var parameters: [Parameter] = []
        for (parameterNode, parameterPointer) in declared {
            let parameter = try self.parameter(parameterNode, pointer: parameterPointer, typePrefix: typePrefix)
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        for case .parameter(let name) in pathComponents
        where !parameters.contains(where: { $0.name == name && $0.location == .path }) {
            log.warn(
                "path parameter '\(name)' is used in the path but not declared; assuming a required string",
                at: node.location,
                pointer: pointer
            )
            parameters.append(
                Parameter(
                    name: name, location: .path, type: .primitive(.string), isRequired: true,
                    documentation: Documentation(), style: "simple", explode: false, defaultValue: nil
                )
            )
        }
        parameters = Self.ordered(parameters, pathComponents: pathComponents)

        var bodies: [RequestBody] = []
        if let body = node["requestBody"] {
            if methodsWithoutBody.contains(method) {
                let reason = method == "delete" ? "OpenAPI 3.0 defines bodies only where HTTP does" : "HTTP defines no body for it"
                log.warn(
                    "the request body of \(method.uppercased()) \(path) is ignored: \(reason)",
                    at: body.location, pointer: JSONPointer.appending(pointer, "requestBody")
                )
            } else {
                bodies = try requestBodies(body, pointer: JSONPointer.appending(pointer, "requestBody"), typePrefix: typePrefix)
            }
        }
        let requestBody = bodies.first
        var responses: [Response] = []
        var headers: [Property] = []
        if let responseMap = node["responses"]?.object {
            for entry in responseMap.entries {
                let responsePointer = JSONPointer.appending(pointer, "responses", entry.key)
                guard let status = Self.status(entry.key) else {
                    log.warn("response key '\(entry.key)' is not a status code; skipped", at: entry.keyLocation, pointer: responsePointer)
                    continue
                }
                var response = try response(entry.value, status: status, pointer: responsePointer, typePrefix: typePrefix)
                if !status.isSuccess {
                    let documented = try responseHeaders(entry.value, pointer: responsePointer)
                    if !documented.isEmpty {
                        response.headersType = schemas.hoistObject(
                            named: typePrefix + Self.statusWord(status) + "ResponseHeaders", properties: documented, location: entry.value.location
                        )
                    }
                }
                responses.append(response)
                if status.isSuccess {
                    for header in try responseHeaders(entry.value, pointer: responsePointer) where !headers.contains(where: { $0.name == header.name }) {
                        headers.append(header)
                    }
                }
            }
        }
        if responses.isEmpty {
            // OpenAPI requires at least one; without any, a 2XX is the operation succeeding.
            log.warn("no responses documented; any 2XX status is taken as success without a body", at: node.location, pointer: pointer)
            responses.append(Response(status: .range(2), description: "Success", body: nil, contentType: nil))
        }
        for keyword in ["callbacks"] where node[keyword] != nil {
            log.warn("\(keyword) are not supported; skipped", at: node[keyword]?.location, pointer: JSONPointer.appending(pointer, keyword))
        }
        let ownServer = (node["servers"] ?? pathItem["servers"])?.array?.first
        if let servers = (node["servers"] ?? pathItem["servers"])?.array, servers.count > 1 {
            log.warn("only the first of an operation's servers is used", at: servers[1].location, pointer: pointer)
        }
        var security = globalSecurity
        if let requirements = node["security"]?.array {
            security = requirements.compactMap { $0.object?.keys }
        }
        var operation = Operation(
            id: id,
            method: method.uppercased(),
            path: path,
            pathComponents: pathComponents,
            documentation: Documentation(
                summary: node["summary"]?.string,
                description: node["description"]?.string,
                isDeprecated: node["deprecated"]?.bool == true
            ),
            parameters: parameters,
            requestBody: requestBody,
            responses: responses,
            security: security,
            pagination: nil,
            location: node.location
        )
        operation.serverURL = ownServer.flatMap(Self.defaultURL)
        operation.alternativeBodies = Array(bodies.dropFirst())
        operation.tags = node["tags"]?.array?.compactMap(\.string) ?? []
        if responses.first(where: { $0.status.isSuccess && $0.body != nil })?.representations.isEmpty == false {
            operation.responseContent = schemas.reserveTopLevelName(typePrefix + "Content")
        }
        if !headers.isEmpty {
            operation.responseHeaders = schemas.hoistObject(named: typePrefix + "ResponseHeaders", properties: headers, location: node.location)
        }
        return operation
    }

    /// A server's URL with every `{variable}` at its default.
    static func defaultURL(_ server: Node) -> String? {
        guard var url = server["url"]?.string else { return nil }
        for entry in server["variables"]?.object?.entries ?? [] {
            url = url.replacingOccurrences(of: "{\(entry.key)}", with: entry.value["default"]?.string ?? "")
        }
        return url
    }

    private func parameter(_ raw: Node, pointer: String, typePrefix: String) throws(IRError) -> Parameter {
        let (node, reference) = try follow(raw, pointer: pointer)
        let nodePointer = raw["$ref"]?.string == nil ? pointer : reference.pointer
        guard let name = node["name"]?.string, let locationName = node["in"]?.string else {
            throw .invalid("a parameter needs 'name' and 'in'", at: node.location, pointer: nodePointer)
        }
        guard let location = Parameter.Location(rawValue: locationName) else {
            throw .invalid("unknown parameter location '\(locationName)'", at: node.location, pointer: nodePointer)
        }
        var type = TypeRef.primitive(.string)
        var documentation = Documentation(description: node["description"]?.string, isDeprecated: node["deprecated"]?.bool == true)
        var defaultValue: DefaultValue?
        if let schema = node["schema"] {
            type = try schemas.operationTypeRef(
                for: schema, pointer: JSONPointer.appending(nodePointer, "schema"), suggestedName: typePrefix + Naming.pascalCase(name)
            )
            .withoutOptionals
            let (resolvedSchema, _) = try follow(schema, pointer: JSONPointer.appending(nodePointer, "schema"))
            documentation.constraints = Documentation(schema: resolvedSchema).constraints
            defaultValue = DefaultValue(resolvedSchema["default"])
        } else if node["content"] != nil {
            log.warn("parameters with 'content' are sent as strings", at: node.location, pointer: nodePointer)
        }
        let style = node["style"]?.string ?? (location == .query || location == .cookie ? "form" : "simple")
        return Parameter(
            name: name,
            location: location,
            type: type,
            isRequired: node["required"]?.bool == true || location == .path,
            documentation: documentation,
            style: style,
            explode: node["explode"]?.bool ?? (style == "form"),
            defaultValue: defaultValue
        )
    }

    /// The request bodies of an operation: one per encoding it offers (JSON, form, multipart,
    /// text, bytes), the preferred first. Several media types of one encoding use the first.
    private func requestBodies(_ raw: Node, pointer: String, typePrefix: String) throws(IRError) -> [RequestBody] {
        let (node, reference) = try follow(raw, pointer: pointer)
        let nodePointer = raw["$ref"]?.string == nil ? pointer : reference.pointer
        guard let entries = node["content"]?.object?.entries else { return [] }
        var chosen: [(encoding: BodyEncoding, key: String, media: Node)] = []
        for entry in entries {
            let encoding = BodyEncoding(mediaType: entry.key)
            if chosen.contains(where: { $0.encoding == encoding }) {
                log.warn(
                    "content type '\(entry.key)' is not generated; another of its kind is", at: entry.keyLocation,
                    pointer: JSONPointer.appending(nodePointer, "content"))
            } else {
                chosen.append((encoding, entry.key, entry.value))
            }
        }
        chosen.sort { $0.encoding.rank < $1.encoding.rank }
        var bodies: [RequestBody] = []
        for (encoding, contentType, media) in chosen {
            let mediaPointer = JSONPointer.appending(nodePointer, "content", contentType)
            let type: TypeRef
            switch encoding {
            case .text:
                type = .primitive(.string)
            case .binary:
                type = .primitive(.bytes)
            case .json, .formURLEncoded, .multipart:
                if let schema = media["schema"] {
                    type = try schemas.operationTypeRef(
                        for: schema, pointer: JSONPointer.appending(mediaPointer, "schema"), suggestedName: typePrefix + "Request",
                        binaryIsFile: encoding == .multipart
                    )
                } else {
                    type = .anyJSON
                }
            }
            var body = RequestBody(
                contentType: contentType,
                type: type,
                isRequired: node["required"]?.bool == true,
                documentation: Documentation(description: node["description"]?.string)
            )
            body.fields = FieldEncoding.fields(of: media, encoding: encoding, pointer: mediaPointer, log: log)
            bodies.append(body)
        }
        return bodies
    }

    // MARK: Pure helpers

    /// Path parameters in path order first, then the others in their declared order.
    static func ordered(_ parameters: [Parameter], pathComponents: [PathComponent]) -> [Parameter] {
        var result: [Parameter] = []
        for case .parameter(let name) in pathComponents {
            if let parameter = parameters.first(where: { $0.name == name && $0.location == .path }),
                !result.contains(parameter)
            {
                result.append(parameter)
            }
        }
        let order: [Parameter.Location] = [.path, .query, .header, .cookie]
        for location in order {
            result.append(contentsOf: parameters.filter { $0.location == location && !result.contains($0) })
        }
        return result
    }

    /// A status in a type name: `429`, `4XX`, `Default`.
    static func statusWord(_ status: Response.Status) -> String {
        switch status {
        case .code(let code): return String(code)
        case .range(let hundreds): return "\(hundreds)XX"
        case .default: return "Default"
        }
    }

    static func status(_ key: String) -> Response.Status? {
        if key == "default" { return .default }
        if let code = Int(key), (100...599).contains(code) { return .code(code) }
        let upper = key.uppercased()
        if upper.count == 3, upper.hasSuffix("XX"), let digit = Int(upper.prefix(1)), (1...5).contains(digit) {
            return .range(digit)
        }
        return nil
    }

    /// The id of an operation without `operationId`: whole words of its method and path, a
    /// parameter as `by <name>` wherever it sits in a segment (`GET /files/{name}.json` →
    /// `getFilesByNameJson`).
    static func fallbackId(method: String, path: String) -> String {
        var words = [method]
        for segment in path.split(separator: "/") {
            for component in PathComponent.parse(String(segment)) {
                switch component {
                case .literal(let text): words.append(text)
                case .parameter(let name): words += ["by", name]
                }
            }
        }
        return Naming.camelCase(words.joined(separator: " "))
    }
}
