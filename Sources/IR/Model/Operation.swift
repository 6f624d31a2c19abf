import Diagnostics
import Foundation
import Load

/// One HTTP operation of the API.
public struct Operation: Hashable, Sendable {
    /// The `operationId`, or a stable name made from method and path when there is none.
    public var id: String
    /// Upper-case HTTP method (`GET`).
    public var method: String
    public var path: String
    public var pathComponents: [PathComponent]
    public var documentation: Documentation
    /// Path parameters in path order, then query, header and cookie parameters in spec order.
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    /// Alternatives: any one requirement set satisfies the operation. Empty: no authentication.
    public var security: [[String]]
    public var pagination: Pagination?
    /// The operation's own base URL (operation or path-level `servers`, variables at their
    /// defaults), used instead of the API's servers.
    public var serverURL: String?
    /// The type holding the headers the success responses document, if they document any.
    public var responseHeaders: TypeName?
    /// The enum of the representations of the first success response that has several
    /// (`Response.representations`), named here so no type takes its name.
    public var responseContent: TypeName?
    /// The request body in the operation's other encodings (the caller chooses by label).
    public var alternativeBodies: [RequestBody] = []
    /// The operation's `tags`, in spec order; the first one groups it with its neighbours.
    public var tags: [String] = []
    public var location: SourceLocation

    public init(
        id: String, method: String, path: String, pathComponents: [PathComponent], documentation: Documentation,
        parameters: [Parameter], requestBody: RequestBody?, responses: [Response], security: [[String]],
        pagination: Pagination?, location: SourceLocation
    ) {
        self.id = id
        self.method = method
        self.path = path
        self.pathComponents = pathComponents
        self.documentation = documentation
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.security = security
        self.pagination = pagination
        self.serverURL = nil
        self.responseHeaders = nil
        self.location = location
    }
}

/// A piece of a path (or server URL) template: fixed text or a `{parameter}`.
public enum PathComponent: Hashable, Sendable {
    case literal(String)
    case parameter(String)

    /// `/organizations/{organizationId}/workspaces` → literal, parameter, literal.
    public static func parse(_ template: String) -> [PathComponent] {
        var components: [PathComponent] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { components.append(.literal(String(rest[..<open]))) }
            components.append(.parameter(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { components.append(.literal(String(rest))) }
        return components
    }
}

/// An operation parameter.
public struct Parameter: Hashable, Sendable {
    /// Where a parameter travels.
    public enum Location: String, Hashable, Sendable {
        case path, query, header, cookie
    }

    public var name: String
    public var location: Location
    public var type: TypeRef
    public var isRequired: Bool
    public var documentation: Documentation
    /// `form`, `simple`, … as the spec says or the location's default.
    public var style: String
    public var explode: Bool
    public var defaultValue: DefaultValue?

    public init(
        name: String, location: Location, type: TypeRef, isRequired: Bool, documentation: Documentation, style: String,
        explode: Bool, defaultValue: DefaultValue?
    ) {
        self.name = name
        self.location = location
        self.type = type
        self.isRequired = isRequired
        self.documentation = documentation
        self.style = style
        self.explode = explode
        self.defaultValue = defaultValue
    }
}

/// A schema `default`, typed.
public enum DefaultValue: Hashable, Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
}

/// How a body travels.
public enum BodyEncoding: String, Hashable, Sendable {
    /// `application/json` and `*+json`.
    case json
    /// `application/x-www-form-urlencoded`.
    case formURLEncoded
    /// `multipart/form-data`.
    case multipart
    /// `text/*`: a string.
    case text
    /// Anything else (`application/octet-stream`, images, event streams): raw bytes.
    case binary

    /// The encoding of a media type.
    public init(mediaType: String) {
        // Spaces and tabs around the type are trimmed (in Swift: Foundation's trimming bridges
        // through NSString, and every response of every operation asks).
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        var type = mediaType.lowercased().split(separator: ";").first ?? ""
        while let first = type.first, isSpace(first) { type.removeFirst() }
        while let last = type.last, isSpace(last) { type.removeLast() }
        if type == "application/json" || type.hasSuffix("+json") {
            self = .json
        } else if type == "application/x-www-form-urlencoded" {
            self = .formURLEncoded
        } else if type == "multipart/form-data" {
            self = .multipart
        } else if type.hasPrefix("text/") && type != "text/event-stream" {
            self = .text
        } else {
            self = .binary
        }
    }

    /// Preference when a body offers several: JSON first, raw bytes last.
    var rank: Int {
        switch self {
        case .json: return 0
        case .formURLEncoded: return 1
        case .multipart: return 2
        case .text: return 3
        case .binary: return 4
        }
    }
}

/// A request body in one content type.
public struct RequestBody: Hashable, Sendable {
    public var contentType: String
    public var encoding: BodyEncoding
    public var type: TypeRef
    public var isRequired: Bool
    public var documentation: Documentation
    /// The members the media type's `encoding` map describes (form and multipart bodies).
    public var fields: [FieldEncoding] = []

    public init(contentType: String, type: TypeRef, isRequired: Bool, documentation: Documentation) {
        self.contentType = contentType
        self.encoding = BodyEncoding(mediaType: contentType)
        self.type = type
        self.isRequired = isRequired
        self.documentation = documentation
    }
}

/// One documented response.
public struct Response: Hashable, Sendable {
    /// Which statuses a response covers.
    public enum Status: Hashable, Sendable {
        case code(Int)
        /// `2XX` → `.range(2)`.
        case range(Int)
        case `default`

        public var isSuccess: Bool {
            switch self {
            case .code(let code): return (200...299).contains(code)
            case .range(let hundreds): return hundreds == 2
            case .default: return false
            }
        }
    }

    public var status: Status
    public var description: String
    /// The body's type, when the response documents content.
    public var body: TypeRef?
    public var contentType: String?
    /// Every media type the response documents, in spec order (the generated one among them).
    public var mediaTypes: [String] = []
    /// The type holding the headers an error response documents, if it documents any.
    public var headersType: TypeName?
    /// A success response documented in several media types that read differently (JSON and
    /// text, two JSON schemas, bytes): each, in spec order; empty otherwise.
    public var representations: [Representation] = []
    /// How the body is read (JSON decoded, text, raw bytes).
    public var encoding: BodyEncoding? { contentType.map(BodyEncoding.init(mediaType:)) }

    public init(status: Status, description: String, body: TypeRef?, contentType: String?) {
        self.status = status
        self.description = description
        self.body = body
        self.contentType = contentType
    }
}

/// One media type of a response and what its body is read as.
public struct Representation: Hashable, Sendable {
    /// A language-neutral name for it (`json`, `plainText`, `binary`, `png`).
    public var name: String
    /// The media type (or range, `image/*`) as the spec writes it.
    public var contentType: String
    public var encoding: BodyEncoding
    /// The body's type: a JSON model, `String` for text, bytes otherwise.
    public var type: TypeRef

    public init(name: String, contentType: String, encoding: BodyEncoding, type: TypeRef) {
        self.name = name
        self.contentType = contentType
        self.encoding = encoding
        self.type = type
    }

    /// A name for a media type: `json`, `problemJson` (`application/problem+json`),
    /// `plainText`, `html`, `binary` (`application/octet-stream`), `png`, `image` (`image/*`),
    /// `any` (`*/*`).
    public static func name(of mediaType: String) -> String {
        let essence = mediaType.split(separator: ";").first.map { String($0).lowercased() } ?? ""
        let parts = essence.split(separator: "/", maxSplits: 1).map { String($0).filter { !$0.isWhitespace } }
        let type = parts.first ?? ""
        var subtype = parts.count > 1 ? parts[1] : ""
        switch (type, subtype) {
        case ("*", _): return "any"
        case (_, "*"): return Naming.camelCase(type)
        case ("text", "plain"): return "plainText"
        case ("application", "octet-stream"): return "binary"
        default: break
        }
        for prefix in ["vnd.", "x-"] where subtype.hasPrefix(prefix) {
            subtype.removeFirst(prefix.count)
        }
        let name = Naming.camelCase(subtype.replacingOccurrences(of: "+", with: " "))
        return name.isEmpty ? "body" : name
    }
}

/// How a list operation pages: the query parameter that carries the cursor and the response
/// field that holds the next one.
public struct Pagination: Hashable, Sendable {
    public var tokenParameter: String
    public var nextTokenField: String
    /// A boolean response field that says whether another page follows (`has_more`), if any.
    public var hasMoreField: String?

    public init(tokenParameter: String, nextTokenField: String, hasMoreField: String?) {
        self.tokenParameter = tokenParameter
        self.nextTokenField = nextTokenField
        self.hasMoreField = hasMoreField
    }
}
