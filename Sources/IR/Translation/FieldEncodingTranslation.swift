import Diagnostics
import Load

/// Reading a media type's `encoding` map into `FieldEncoding`s.
extension FieldEncoding {
    /// The styles a body member can have.
    static let styles: Set<String> = ["form", "spaceDelimited", "pipeDelimited", "deepObject"]

    /// The entries of a media type's `encoding` map, in spec order; what cannot be honoured is
    /// warned about and left out.
    static func fields(of media: Node, encoding: BodyEncoding, pointer: String, log: DiagnosticLog) -> [FieldEncoding] {
        guard let map = media["encoding"] else { return [] }
        let mapPointer = JSONPointer.appending(pointer, "encoding")
        guard encoding == .formURLEncoded || encoding == .multipart else {
            log.warn("'encoding' applies to form and multipart bodies only; ignored", at: map.location, pointer: mapPointer)
            return []
        }
        var fields: [FieldEncoding] = []
        for entry in map.object?.entries ?? [] {
            let entryPointer = JSONPointer.appending(mapPointer, entry.key)
            var field = FieldEncoding(name: entry.key, explode: entry.value["explode"]?.bool)
            if let style = entry.value["style"]?.string {
                if styles.contains(style) {
                    field.style = style
                } else {
                    log.warn(
                        "style '\(style)' cannot encode a body member; '\(entry.key)' uses 'form'", at: entry.value["style"]?.location,
                        pointer: JSONPointer.appending(entryPointer, "style"))
                }
            }
            if encoding == .multipart {
                field.contentType = entry.value["contentType"]?.string
                for header in entry.value["headers"]?.object?.entries ?? [] where header.key.lowercased() != "content-type" {
                    if let value = fixedValue(of: header.value["schema"]), !(header.key + value).unicodeScalars.contains(where: { $0.value < 0x20 }) {
                        field.headers.append(PartHeader(name: header.key, value: value))
                    } else {
                        log.warn(
                            "part header '\(header.key)' of '\(entry.key)' has no fixed value in the spec; a file part sends it through FilePart.headers",
                            at: header.value.location, pointer: JSONPointer.appending(entryPointer, "headers", header.key)
                        )
                    }
                }
            } else if entry.value["contentType"] != nil || entry.value["headers"] != nil {
                log.warn("'contentType' and 'headers' apply to multipart parts only; ignored", at: entry.value.location, pointer: entryPointer)
            }
            if field.style != nil || field.explode != nil || field.contentType != nil || !field.headers.isEmpty {
                fields.append(field)
            }
        }
        return fields
    }

    /// The one value a header's schema allows or defaults to (`const`, `default`, an `enum` of
    /// one), as text; nil when it allows several.
    private static func fixedValue(of schema: Node?) -> String? {
        guard let schema else { return nil }
        var candidate = schema["const"] ?? schema["default"]
        if candidate == nil, let values = schema["enum"]?.array, values.count == 1 {
            candidate = values[0]
        }
        guard let value = candidate else { return nil }
        if let text = value.string { return text }
        if let number = value.numberText { return number }
        if let flag = value.bool { return flag ? "true" : "false" }
        return nil
    }
}
