import Diagnostics
import Load
import Resolve

/// Translating an operation's responses: the body read for each status, a success response's
/// several representations, the headers a response documents.
extension OperationTranslator {
    func response(_ raw: Node, status: Response.Status, pointer: String, typePrefix: String) throws(IRError) -> Response {
        let (node, reference) = try follow(raw, pointer: pointer)
        let nodePointer = raw["$ref"]?.string == nil ? pointer : reference.pointer
        var body: TypeRef?
        var contentType: String?
        // A success response's other media types become its representations, not a warning.
        if let (type, media) = preferredContent(node["content"], pointer: nodePointer, warns: !status.isSuccess) {
            contentType = type
            let encoding = BodyEncoding(mediaType: type)
            if encoding == .binary && type.lowercased().hasPrefix("text/event-stream") {
                log.warn("event streams are returned as raw bytes", at: node.location, pointer: JSONPointer.appending(nodePointer, "content"))
            }
            if encoding == .text {
                body = .primitive(.string)
            } else if encoding == .multipart, status.isSuccess, let schema = media["schema"] {
                // Read into its model (MultipartResponse); binary members are file parts.
                body = try schemas.operationTypeRef(
                    for: schema, pointer: JSONPointer.appending(nodePointer, "content", type, "schema"),
                    suggestedName: typePrefix + "Response", binaryIsFile: true
                )
            } else if encoding != .json {
                body = .primitive(.bytes)
            } else if let schema = media["schema"] {
                let suffix: String
                switch status {
                case .code(let code) where status.isSuccess: suffix = code == 200 || code == 201 ? "Response" : "\(code)Response"
                case .code(let code): suffix = "\(code)Response"
                case .range(let hundreds): suffix = "\(hundreds)XXResponse"
                case .default: suffix = "DefaultResponse"
                }
                body = try schemas.operationTypeRef(
                    for: schema,
                    pointer: JSONPointer.appending(nodePointer, "content", type, "schema"),
                    suggestedName: typePrefix + suffix
                )
            } else {
                body = .anyJSON
            }
        }
        if let links = node["links"] {
            log.warn("response links are not supported; skipped", at: links.location, pointer: JSONPointer.appending(nodePointer, "links"))
        }
        var response = Response(status: status, description: node["description"]?.string ?? "", body: body, contentType: contentType)
        if status.isSuccess, let entries = node["content"]?.object?.entries, entries.count > 1 {
            response.representations = try representations(
                entries, pointer: JSONPointer.appending(nodePointer, "content"), suggestedName: typePrefix + "Response", chosen: contentType, chosenType: body
            )
        }
        response.mediaTypes = (node["content"]?.object?.keys ?? []).filter { type in
            // A line break would end the Accept header it goes into.
            !type.isEmpty && !type.unicodeScalars.contains { $0.value < 0x20 }
        }
        return response
    }

    /// The media types of a success response as the representations a caller can receive, when
    /// they read differently; empty when they all read as one (`application/json` and
    /// `application/vnd.x+json` of one schema).
    private func representations(
        _ entries: [ObjectNode.Entry], pointer: String, suggestedName: String, chosen: String?, chosenType: TypeRef?
    ) throws(IRError) -> [Representation] {
        var result: [Representation] = []
        var names: Set<String> = []
        for entry in entries {
            let encoding = BodyEncoding(mediaType: entry.key)
            let type: TypeRef
            switch encoding {
            case .json where entry.key == chosen && chosenType != nil:
                type = chosenType ?? .anyJSON
            case .json:
                if let schema = entry.value["schema"] {
                    type = try schemas.operationTypeRef(
                        for: schema, pointer: JSONPointer.appending(pointer, entry.key, "schema"), suggestedName: suggestedName
                    )
                } else {
                    type = .anyJSON
                }
            case .text: type = .primitive(.string)
            case .binary, .formURLEncoded, .multipart: type = .primitive(.bytes)
            }
            if result.contains(where: { $0.type == type && ($0.encoding == .json) == (encoding == .json) }) { continue }
            let name = Naming.unique(Representation.name(of: entry.key)) { names.contains($0) }
            names.insert(name)
            result.append(Representation(name: name, contentType: entry.key, encoding: encoding, type: type))
        }
        return result.count > 1 ? result : []
    }

    /// The headers a response documents, as optional properties (a server may always omit
    /// one). Headers are text: scalar schemas keep their type, anything else is a string.
    func responseHeaders(_ raw: Node, pointer: String) throws(IRError) -> [Property] {
        let (node, reference) = try follow(raw, pointer: pointer)
        let nodePointer = raw["$ref"]?.string == nil ? pointer : reference.pointer
        var headers: [Property] = []
        for entry in node["headers"]?.object?.entries ?? [] where entry.key.lowercased() != "content-type" {
            let headerPointer = JSONPointer.appending(nodePointer, "headers", entry.key)
            let (header, _) = try follow(entry.value, pointer: headerPointer)
            var type = TypeRef.primitive(.string)
            if let schema = header["schema"] {
                let (resolved, _) = try follow(schema, pointer: JSONPointer.appending(headerPointer, "schema"))
                switch resolved["type"]?.string {
                case "integer": type = .primitive(resolved["format"]?.string == "int32" ? .int32 : resolved["format"]?.string == "int64" ? .int64 : .integer)
                case "number": type = .primitive(.double)
                case "boolean": type = .primitive(.boolean)
                case "string":
                    switch resolved["format"]?.string {
                    case "date-time": type = .primitive(.dateTime)
                    case "uuid": type = .primitive(.uuid)
                    case "uri", "url": type = .primitive(.uri)
                    default: type = .primitive(.string)
                    }
                default: type = .primitive(.string)
                }
            }
            headers.append(
                Property(
                    name: entry.key, type: type, isRequired: false, isNullable: false,
                    documentation: Documentation(description: header["description"]?.string)
                )
            )
        }
        return headers
    }

    /// The media type a `content` map is generated for: JSON first, then form, multipart, text
    /// and raw bytes. When several are offered, the others are named in a warning.
    private func preferredContent(_ content: Node?, pointer: String, warns: Bool) -> (String, Node)? {
        guard let entries = content?.object?.entries, !entries.isEmpty else { return nil }
        let chosen = entries.enumerated().min { first, second in
            (BodyEncoding(mediaType: first.element.key).rank, first.offset) < (BodyEncoding(mediaType: second.element.key).rank, second.offset)
        }
        guard let chosen = chosen?.element else { return nil }
        let others = entries.map(\.key).filter { $0 != chosen.key && BodyEncoding(mediaType: $0) != BodyEncoding(mediaType: chosen.key) }
        if warns, !others.isEmpty {
            log.warn(
                "content types \(others.joined(separator: ", ")) are not generated; '\(chosen.key)' is used",
                at: content?.location,
                pointer: JSONPointer.appending(pointer, "content")
            )
        }
        return (chosen.key, chosen.value)
    }
}
