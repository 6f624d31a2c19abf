import Diagnostics
import Load

/// How one member of a form or multipart body travels, as the media type's `encoding` map
/// says (OpenAPI 3.0 §4.7.15): its style in a form body (and a multipart body in 3.1), its
/// part's content type in a multipart body.
public struct FieldEncoding: Hashable, Sendable {
    /// The member's name on the wire.
    public var name: String
    /// `form`, `spaceDelimited`, `pipeDelimited` or `deepObject`; nil when the map names none.
    public var style: String?
    public var explode: Bool?
    /// The part's `Content-Type` (multipart); a comma-separated list names the ones allowed.
    public var contentType: String?
    /// The part headers whose value the spec fixes (`const`, `default`, an `enum` of one), in
    /// spec order.
    public var headers: [PartHeader]

    /// A header of a multipart part, with the value the spec fixes for it.
    public struct PartHeader: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(name: String, style: String? = nil, explode: Bool? = nil, contentType: String? = nil, headers: [PartHeader] = []) {
        self.name = name
        self.style = style
        self.explode = explode
        self.contentType = contentType
        self.headers = headers
    }

    /// The styles a body member can have.
    static let styles: Set<String> = ["form", "spaceDelimited", "pipeDelimited", "deepObject"]

    /// The entries of a media type's `encoding` map, in spec order; what cannot be honoured is
    /// warned about and left out.
    static func fields(of media: Node, encoding: BodyEncoding, pointer: String, log: DiagnosticLog) -> [FieldEncoding] {
        guard let map = media["encoding"] else { return [] }
        let mapPointer = pointer + "/encoding"
        guard encoding == .formURLEncoded || encoding == .multipart else {
            log.warn("'encoding' applies to form and multipart bodies only; ignored", at: map.location, pointer: mapPointer)
            return []
        }
        var fields: [FieldEncoding] = []
        for entry in map.object?.entries ?? [] {
            let entryPointer = mapPointer + "/" + JSONPointer.escape(entry.key)
            var field = FieldEncoding(name: entry.key, explode: entry.value["explode"]?.bool)
            if let style = entry.value["style"]?.string {
                if styles.contains(style) {
                    field.style = style
                } else {
                    log.warn("style '\(style)' cannot encode a body member; '\(entry.key)' uses 'form'", at: entry.value["style"]?.location, pointer: entryPointer + "/style")
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
                            at: header.value.location, pointer: entryPointer + "/headers/" + JSONPointer.escape(header.key)
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
