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
        if operations.contains(where: { $0.paging != nil }) { files.append("Paging") }
        if styled { files.append("ParameterSerializer") }
        if multipart { files.append("Multipart") }
        if operations.contains(where: { $0.headersType != nil }) { files.append("ResponseHeaders") }
        let choosesObjects = ObjectChoice.isUsed(in: api)
        if choosesObjects { files.append("ObjectAlternative") }
        if styled || multipart || choosesObjects || usesJSONValue(api) { files.append("JSONValue") }
        if storage.boxesProperties { files.append("Indirect") }
        if storage.storesNullable { files.append("Nullable") }
        if storage.storesTristate { files.append("Tristate") }
        if keepsAdditionalProperties(api.types) { files.append("DynamicCodingKey") }
        return files
    }

    /// Whether free-form JSON appears in any operation or type.
    static func usesJSONValue(_ api: APIDescription) -> Bool {
        api.operations.contains { operation in
            operation.parameters.contains { $0.type.usesJSONValue } || operation.requestBody?.type.usesJSONValue == true
                || operation.alternativeBodies.contains { $0.type.usesJSONValue }
                || operation.responses.contains { $0.body?.usesJSONValue == true }
        } || containsJSONValue(api.types, api: api)
    }

    private static func containsJSONValue(_ types: [TypeDecl], api: APIDescription) -> Bool {
        types.contains { decl in
            switch decl.kind {
            case .object(let shape):
                if shape.properties.contains(where: { $0.type.usesJSONValue }) || shape.additionalProperties?.usesJSONValue == true {
                    return true
                }
            case .alias(let type):
                if type.usesJSONValue { return true }
            case .union(let shape):
                if shape.members.contains(where: { $0.type?.usesJSONValue == true }) || TypeViewBuilder.mergesObjects(shape, in: api) {
                    return true
                }
            case .stringEnum:
                break
            }
            return containsJSONValue(decl.nested, api: api)
        }
    }

    /// Whether an object declares properties and keeps additional ones too.
    private static func keepsAdditionalProperties(_ types: [TypeDecl]) -> Bool {
        types.contains { decl in
            if case .object(let shape) = decl.kind, shape.additionalProperties != nil, !shape.properties.isEmpty { return true }
            return keepsAdditionalProperties(decl.nested)
        }
    }
}
