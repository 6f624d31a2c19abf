import IR

/// The `fields:` of a form or multipart body: its `encoding` entries as `BodyField`s.
extension ClientViewBuilder {
    /// The `BodyField`s of a form or multipart body's `encoding` entries: the style (and
    /// `explode`, resolved) where the entry names either, the part's content type.
    static func fieldList(_ body: RequestBody) -> BodyFieldListView? {
        guard body.encoding == .formURLEncoded || body.encoding == .multipart else { return nil }
        let items = body.fields.compactMap { field -> BodyFieldView? in
            var arguments: [String] = []
            if field.style != nil || field.explode != nil {
                let style = field.style ?? "form"
                arguments.append("style: .\(style)")
                arguments.append("explode: \(field.explode ?? (style == "form"))")
            }
            if body.encoding == .multipart, let contentType = field.contentType {
                arguments.append("contentType: \"\(SwiftNames.stringLiteralContent(contentType))\"")
            }
            if body.encoding == .multipart, !field.headers.isEmpty {
                let pairs = field.headers.map { "(\"\(SwiftNames.stringLiteralContent($0.name))\", \"\(SwiftNames.stringLiteralContent($0.value))\")" }
                arguments.append("headers: [\(pairs.joined(separator: ", "))]")
            }
            guard !arguments.isEmpty else { return nil }
            return BodyFieldView(wireName: SwiftNames.stringLiteralContent(field.name), arguments: arguments.joined(separator: ", "))
        }
        return items.isEmpty ? nil : BodyFieldListView(items: items)
    }
}
