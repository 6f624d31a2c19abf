/// A way the API authenticates callers (`components.securitySchemes`).
public struct SecurityScheme: Hashable, Sendable {
    /// The mechanisms OpenAPI describes.
    public enum Kind: Hashable, Sendable {
        /// `Authorization: <scheme> <credential>`; `scheme` as written in the spec (`bearer`, `AccessKey`).
        case http(scheme: String)
        /// A key in a header, query parameter or cookie.
        case apiKey(name: String, location: Parameter.Location)
        /// OAuth 2 or OpenID Connect: a bearer token obtained elsewhere.
        case oauth2
    }

    /// The key under `components.securitySchemes`.
    public var key: String
    public var kind: Kind
    public var description: String?

    public init(key: String, kind: Kind, description: String?) {
        self.key = key
        self.kind = kind
        self.description = description
    }
}
