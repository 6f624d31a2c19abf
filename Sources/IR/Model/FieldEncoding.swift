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
}
