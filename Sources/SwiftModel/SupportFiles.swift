import IR

/// Which `Support/` files a generated module needs: the transport, errors, JSON coding and
/// request building always; the rest only when the API uses what they implement, so a small
/// API compiles only what it calls.
enum SupportFiles {
    static func needed(by client: ClientView, api: APIDescription, storage: StorageAnalysis) -> [String] {
        var files = ["APIError", "HTTPTransport", "JSONCoding", "RequestBuilder"]
        let operations = client.allOperations
        let styled = operations.contains { operation in
            !operation.cookies.isEmpty || (operation.queryItems + operation.headers).contains { $0.style != nil }
                || operation.path.contains { !$0.styled.isEmpty } || operation.body?.isForm == true
        }
        let multipart = operations.contains { $0.body?.isMultipart == true }
        let readsMultipart = operations.contains { $0.cases.contains { $0.returnsMultipart != nil } }
        if operations.contains(where: { $0.paging != nil }) { files.append("Paging") }
        // FormValue knows file parts, so FilePart comes with it.
        if styled || multipart || readsMultipart || usesFileParts(api) { files.append("FilePart") }
        if styled || multipart { files += ["FormValue", "ParameterSerializer"] }
        if multipart { files.append("Multipart") }
        if !api.responseHeaderTypes.isEmpty { files.append("ResponseHeaders") }
        if readsMultipart { files.append("MultipartDecoding") }
        if multipart || readsMultipart || api.operations.contains(where: { $0.responseContent != nil }) { files.append("MediaTypeRange") }
        let choosesObjects = ObjectChoice.isUsed(in: api)
        if choosesObjects { files.append("ObjectAlternative") }
        if choosesObjects || usesJSONValue(api) { files.append("JSONValue") }
        if storage.boxesProperties { files.append("Indirect") }
        if storage.storesNullable { files.append("Nullable") }
        if storage.storesTristate { files.append("Tristate") }
        if keepsAdditionalProperties(api) { files.append("DynamicCodingKey") }
        return files
    }

    /// Whether free-form JSON appears in any operation or type.
    static func usesJSONValue(_ api: APIDescription) -> Bool {
        anyUse(in: api) { $0.usesJSONValue }
            || api.allTypes.contains { decl in
                guard case .union(let shape) = decl.kind else { return false }
                return TypeViewBuilder.mergesObjects(shape, in: api)
            }
    }

    /// Whether a multipart file part (`FilePart`) appears in any operation or type.
    static func usesFileParts(_ api: APIDescription) -> Bool {
        anyUse(in: api) { $0.contains(.file) }
    }

    /// Whether any type use of an operation or a declaration passes `test`.
    private static func anyUse(in api: APIDescription, _ test: (TypeRef) -> Bool) -> Bool {
        api.operations.contains { operation in
            operation.parameters.contains { test($0.type) } || operation.requestBody.map { test($0.type) } == true
                || operation.alternativeBodies.contains { test($0.type) }
                || operation.responses.contains { $0.body.map(test) == true }
        }
            || api.allTypes.contains { decl in
                switch decl.kind {
                case .object(let shape): shape.properties.contains(where: { test($0.type) }) || shape.additionalProperties.map(test) == true
                case .alias(let type): test(type)
                case .union(let shape): shape.members.contains(where: { $0.type.map(test) == true })
                case .stringEnum: false
                }
            }
    }

    /// Whether an object declares properties and keeps additional ones too.
    private static func keepsAdditionalProperties(_ api: APIDescription) -> Bool {
        api.allTypes.contains { decl in
            guard case .object(let shape) = decl.kind else { return false }
            return shape.additionalProperties != nil && !shape.properties.isEmpty
        }
    }
}
