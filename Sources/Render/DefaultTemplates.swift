// swift-format-ignore-file
// Generated from Templates/ by scripts/embed-templates.sh (run by make). Do not edit.

/// The default templates, by name: the path under `Templates/` without `.mustache`.
let defaultTemplates: [String: String] = [
    "AnyOf": #"""
{{% CONTENT_TYPE: TEXT }}
{{> DocComment}}
{{access}}struct {{name}}: Codable, {{equality}}, Sendable {
{{#fields}}
    {{#indirect}}@Indirect {{/indirect}}{{access}}var {{name}}: {{type}}?

{{/fields}}
{{#initializer}}
    {{access}}init({{> ParameterList}}) {
{{#parameters}}
        self.{{name}} = {{name}}
{{/parameters}}
    }
{{/initializer}}

    /// Decodes every alternative the value matches; at least one must.
    {{access}}init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
{{#fields}}
        self.{{name}} = try? container.decode({{type}}.self)
{{/fields}}
        if {{#fields}}self.{{name}} == nil{{^last()}} && {{/last()}}{{/fields}} {
            throw JSONCoding.mismatch(of: "{{name}}", in: container, [
{{#fields}}
                ("{{name}}", JSONCoding.failure(decoding: {{type}}.self, in: container)),
{{/fields}}
            ])
        }
    }

    /// Encodes the object alternatives merged into one object (where they share a member, the
    /// first keeps its value and the others add what it lacks), else the first value present.
    {{access}}func encode(to encoder: any Encoder) throws {
{{^empty(objectFields)}}
        if {{#objectFields}}self.{{name}} != nil{{^last()}} || {{/last()}}{{/objectFields}} {
{{#mergesObjects}}
            var merged = JSONValue.object([:])
{{#objectFields}}
            if let value = self.{{name}} { merged = merged.merging(try JSONValue(encoding: value)) }
{{/objectFields}}
            try merged.encode(to: encoder)
{{/mergesObjects}}
{{^mergesObjects}}
{{#objectFields}}
            try self.{{name}}?.encode(to: encoder)
{{/objectFields}}
{{/mergesObjects}}
            return
        }
{{/empty(objectFields)}}
        var container = encoder.singleValueContainer()
{{#otherFields}}
        if let value = self.{{name}} {
            try container.encode(value)
            return
        }
{{/otherFields}}
        try container.encodeNil()
    }
{{#nested}}

{{.}}
{{/nested}}
}

"""#,
    "Client": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

{{> DocComment}}
{{access}}struct Client: Sendable {
    /// Where requests go.
    {{access}}let server: Server

    /// What sends the requests.
    {{access}}let transport: any HTTPTransport
{{#credentials}}

    /// {{docLine}}
    let {{name}}: {{type}}
{{/credentials}}

    /// Creates a client.
    ///
    /// - Parameters:
{{#credentials}}
    ///   - {{name}}: {{docLine}}
{{/credentials}}
    ///   - server: The server to call{{#defaultServer}}: `.{{.}}{{#defaultServerTakesArguments}}(){{/defaultServerTakesArguments}}` unless you pass another{{/defaultServer}}.
    ///   - transport: What sends the requests: `URLSessionTransport()` unless you pass another.
    {{access}}init(
{{#credentials}}
        {{name}}: {{type}}{{#defaultValue}} = {{.}}{{/defaultValue}},
{{/credentials}}
        server: Server{{#defaultServer}} = .{{.}}{{#defaultServerTakesArguments}}(){{/defaultServerTakesArguments}}{{/defaultServer}},
        transport: any HTTPTransport = URLSessionTransport()
    ) {
{{#credentials}}
        self.{{name}} = {{name}}
{{/credentials}}
        self.server = server
        self.transport = transport
    }
{{#operations}}

{{> Operation}}
{{/operations}}
}
{{#moduleAliases}}

/// `{{target}}` under a name no other generated module uses, for files that import several.
{{access}}typealias {{name}} = {{target}}
{{/moduleAliases}}

"""#,
    "ClientOperations": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

{{#client}}
{{#group}}
extension Client {
{{#operations}}
{{^first()}}

{{/first()}}
{{> Operation}}
{{/operations}}
}
{{/group}}
{{/client}}

"""#,
    "Declaration": #"""
{{% CONTENT_TYPE: TEXT }}
{{#structure}}
{{> Struct}}
{{/structure}}
{{#enumeration}}
{{> Enum}}
{{/enumeration}}
{{#alias}}
{{> Typealias}}
{{/alias}}
{{#union}}
{{> Union}}
{{/union}}
{{#anyOf}}
{{> AnyOf}}
{{/anyOf}}

"""#,
    "DocComment": #"""
{{% CONTENT_TYPE: TEXT }}
{{#doc}}
{{indent}}///{{line}}
{{/doc}}

"""#,
    "Enum": #"""
{{% CONTENT_TYPE: TEXT }}
{{> DocComment}}
{{access}}enum {{name}}: RawRepresentable, Codable, {{equality}}, Sendable {
{{#caseLines}}
    case {{.}}
{{/caseLines}}
    /// A value this client does not know (yet); it is kept and sent back unchanged.
    case {{unknownCase}}(String)

    {{access}}init(rawValue: String) {
        switch rawValue {
{{#cases}}
        case "{{rawValue}}": self = .{{member}}
{{/cases}}
        default: self = .{{unknownCase}}(rawValue)
        }
    }

    {{access}}var rawValue: String {
        switch self {
{{#cases}}
        case .{{member}}: "{{rawValue}}"
{{/cases}}
        case .{{unknownCase}}(let value): value
        }
    }
}

"""#,
    "FileHeader": #"""
{{% CONTENT_TYPE: TEXT }}
// Generated by openapi-swiftgen. Do not edit: change the spec or the templates and regenerate.

"""#,
    "Operation": #"""
{{% CONTENT_TYPE: TEXT }}
{{^headersType}}
{{> DocComment}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
{{/headersType}}
{{#headersType}}
    /// Like `{{name}}`, and returns the response headers too.
{{/headersType}}
    {{access}}func {{implementationName}}({{#parameters}}{{> ParameterList}}{{/parameters}}) async throws{{#implementationReturn}} -> {{.}}{{/implementationReturn}} {
        {{#buildsRequest}}var{{/buildsRequest}}{{^buildsRequest}}let{{/buildsRequest}} request = RequestBuilder(method: "{{method}}", path: "{{#path}}{{#literal}}{{.}}{{/literal}}{{#parameter}}\(segment: {{.}}){{/parameter}}{{#styled}}\(path: {{name}}, name: "{{wireName}}", style: .{{style}}, explode: {{explode}}){{/styled}}{{/path}}"{{#accept}}, accept: "{{.}}"{{/accept}}{{#acceptExpression}}, accept: {{.}}{{/acceptExpression}})
{{#queryItems}}
        {{#style}}try {{/style}}request.addQuery("{{wireName}}", {{name}}{{#isArray}}, explode: {{explode}}{{/isArray}}{{#style}}, style: .{{.}}, explode: {{explode}}{{/style}})
{{/queryItems}}
{{#headers}}
        {{#style}}try {{/style}}request.setHeader("{{wireName}}", {{name}}{{#style}}, explode: {{explode}}{{/style}})
{{/headers}}
{{#cookies}}
        try request.addCookie("{{wireName}}", {{name}}, explode: {{explode}})
{{/cookies}}
{{#authorizations}}
        request.authorize({{#headerName}}header: "{{.}}", prefix: "{{headerPrefix}}", {{#base64}}base64: true, {{/base64}}{{/headerName}}{{#queryName}}query: "{{.}}", {{/queryName}}{{#cookieName}}cookie: "{{.}}", {{/cookieName}}credential: {{credential}})
{{/authorizations}}
{{^empty(authorizationChoices)}}
        request.authorize(anyOf: [
{{/empty(authorizationChoices)}}
{{#authorizationChoices}}
            [{{#items}}.{{#headerName}}header("{{.}}", prefix: "{{headerPrefix}}", base64: {{base64}}, {{/headerName}}{{#queryName}}query("{{.}}", {{/queryName}}{{#cookieName}}cookie("{{.}}", {{/cookieName}}credential: {{credential}}){{^last()}}, {{/last()}}{{/items}}]{{^last()}},{{/last()}}
{{/authorizationChoices}}
{{^empty(authorizationChoices)}}
        ])
{{/empty(authorizationChoices)}}
{{#body}}
{{#isJSON}}
        try request.setBody({{name}}, contentType: "{{contentType}}")
{{/isJSON}}
{{#isForm}}
        try request.setFormBody({{name}}{{#fieldList}}, fields: [
{{#items}}
            "{{wireName}}": BodyField({{arguments}}),
{{/items}}
        ]{{/fieldList}})
{{/isForm}}
{{#isMultipart}}
        try request.setMultipartBody({{name}}{{#fieldList}}, fields: [
{{#items}}
            "{{wireName}}": BodyField({{arguments}}),
{{/items}}
        ]{{/fieldList}})
{{/isMultipart}}
{{#isRaw}}
        request.setRawBody({{name}}, contentType: "{{contentType}}")
{{/isRaw}}
{{/body}}
        let response = try await transport.send(request.build(server: server{{#serverOverride}}, overriddenBy: "{{.}}"{{/serverOverride}}))
{{#headersType}}
        let headers = {{.}}({{#headerFields}}{{name}}: response.header("{{wireName}}"){{^last()}}, {{/last()}}{{/headerFields}})
{{/headersType}}
        switch response.status {
{{#cases}}
        {{#isDefault}}default:{{/isDefault}}{{^isDefault}}case {{#codes}}{{.}}{{^last()}}, {{/last()}}{{/codes}}{{#lowerBound}}{{.}}..<{{upperBound}}{{/lowerBound}}:{{/isDefault}}
{{#returnsBody}}
            return {{#headersType}}(body: {{/headersType}}try decodeBody({{.}}.self, from: response){{#headersType}}, headers: headers){{/headersType}}
{{/returnsBody}}
{{#returnsText}}
            return {{#headersType}}(body: {{/headersType}}String(decoding: response.body, as: UTF8.self){{#headersType}}, headers: headers){{/headersType}}
{{/returnsText}}
{{#returnsMultipart}}
            return {{#headersType}}(body: {{/headersType}}try MultipartResponse.decode({{.}}.self, from: response){{#headersType}}, headers: headers){{/headersType}}
{{/returnsMultipart}}
{{#returnsContent}}
            return {{#headersType}}(body: {{/headersType}}try {{.}}(response){{#headersType}}, headers: headers){{/headersType}}
{{/returnsContent}}
{{#returnsData}}
            return {{#headersType}}(body: {{/headersType}}response.body{{#headersType}}, headers: headers){{/headersType}}
{{/returnsData}}
{{#returnsVoid}}
            return{{#headersType}} headers{{/headersType}}
{{/returnsVoid}}
{{#returnsNil}}
            return {{#headersType}}(body: nil, headers: headers){{/headersType}}{{^headersType}}nil{{/headersType}}
{{/returnsNil}}
{{#errorBody}}
            throw APIError.response(status: response.status, body: {{#type}}.{{caseName}}(try decodeBody({{.}}.self, from: response)){{/type}}{{#isText}}.text(String(decoding: response.body, as: UTF8.self)){{/isText}}{{#isEmpty}}.empty{{/isEmpty}}, response: response)
{{/errorBody}}
{{/cases}}
{{^hasDefault}}
        default:
{{#fallbackError}}
            throw APIError.fromUndocumented(response, decoding: {{type}}.self, as: { .{{caseName}}($0) })
{{/fallbackError}}
{{^fallbackError}}
            throw APIError.undocumented(status: response.status, response: response)
{{/fallbackError}}
{{/hasDefault}}
        }
    }
{{#headersType}}

{{> DocComment}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
    {{access}}func {{name}}({{#parameters}}{{> ParameterList}}{{/parameters}}) async throws{{#returnType}} -> {{.}}{{/returnType}} {
        {{#returnType}}try await {{implementationName}}({{#forwarded}}{{label}}: {{name}}{{^last()}}, {{/last()}}{{/forwarded}}).body{{/returnType}}{{^returnType}}_ = try await {{implementationName}}({{#forwarded}}{{label}}: {{name}}{{^last()}}, {{/last()}}{{/forwarded}}){{/returnType}}
    }
{{/headersType}}
{{#paging}}

    /// Every page of `{{operationName}}`, fetched as you iterate, following `{{tokenField}}`.
    ///
    /// The sequence ends after a page without a next cursor{{#hasMore}}, or one that says no more follow{{/hasMore}}.
    /// A failed request ends it with that error; cancelling the iterating task stops the fetching.
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
    {{access}}func {{name}}({{#parameters}}{{> ParameterList}}{{/parameters}}) -> AsyncThrowingStream<{{pageType}}, any Swift.Error> {
        pages(startingAt: {{tokenType}}?.none) { token in
            try await self.{{operationName}}({{#forwarded}}{{label}}: {{name}}{{^last()}}, {{/last()}}{{/forwarded}})
        } next: { page in
            {{#hasMore}}page.{{.}} == true ? page.{{nextTokenField}} : nil{{/hasMore}}{{^hasMore}}page.{{nextTokenField}}{{/hasMore}}
        }
    }
{{/paging}}

"""#,
    "ParameterList": #"""
{{% CONTENT_TYPE: TEXT }}
{{! Wrapped: one parameter per line two levels in, the closing parenthesis one level in. The last line holds two tags so that Mustache keeps its spaces (a line holding only a section tag and spaces is dropped whole). }}
{{^wrapped}}{{#parameters}}{{label}}: {{type}}{{#defaultValue}} = {{.}}{{/defaultValue}}{{^last()}}, {{/last()}}{{/parameters}}{{/wrapped}}{{#wrapped}}
{{#parameters}}
        {{label}}: {{type}}{{#defaultValue}} = {{.}}{{/defaultValue}}{{^last()}},{{/last()}}
{{/parameters}}
{{/wrapped}}{{#wrapped}}    {{/wrapped}}
"""#,
    "ResponseContent": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// What `{{operationName}}` answers with: one case per media type it documents, chosen by the
/// response's `Content-Type`.
{{access}}enum {{name}}: {{equality}}, Sendable {
{{#cases}}
    /// `{{mediaType}}`
    case {{name}}({{payload}})
{{/cases}}

    /// The media types to ask for (`accept:`), in the order the spec lists them.
    {{access}}enum MediaType: String, CaseIterable, Sendable {
{{#cases}}
        case {{name}} = "{{mediaType}}"
{{/cases}}
    }

    /// Reads the body the way its `Content-Type` says; a type the operation does not document is
    /// `APIError.unexpectedContentType` (a response without one is read as the first).
    init(_ response: HTTPResponse) throws {
        let contentType = response.value(forHeader: "Content-Type")
        switch MediaTypeRange.best(for: contentType, among: MediaType.self) {
{{#cases}}
        case .{{name}}?:
{{#isJSON}}
            self = .{{name}}(try decodeBody({{payload}}.self, from: response))
{{/isJSON}}
{{#isText}}
            self = .{{name}}(String(decoding: response.body, as: UTF8.self))
{{/isText}}
{{#isData}}
            self = .{{name}}(response.body)
{{/isData}}
{{/cases}}
        case nil:
            throw APIError.unexpectedContentType(status: response.status, contentType: contentType, response: response)
        }
    }
}

"""#,
    "Server": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// The base URLs of {{title}}: the documented servers, or any other.
{{access}}enum Server: Hashable, Sendable {
{{#servers}}
{{> DocComment}}
    case {{name}}{{^empty(variables)}}({{#variables}}{{name}}: String = "{{defaultValue}}"{{^last()}}, {{/last()}}{{/variables}}){{/empty(variables)}}
{{/servers}}
    /// Any other base URL: a proxy, a mock, a local test server.
    case custom(URL)

    /// The base URL as text; operation paths are appended to it.
    {{access}}var urlString: String {
        switch self {
{{#servers}}
        case .{{name}}{{^empty(variables)}}({{#variables}}let {{name}}{{^last()}}, {{/last()}}{{/variables}}){{/empty(variables)}}: "{{#urlParts}}{{#literal}}{{.}}{{/literal}}{{#parameter}}\({{.}}){{/parameter}}{{/urlParts}}"
{{/servers}}
        case .custom(let url): url.absoluteString
        }
    }
}

"""#,
    "Struct": #"""
{{% CONTENT_TYPE: TEXT }}
{{> DocComment}}
{{access}}struct {{name}}: Codable, {{equality}}, Sendable {
{{#properties}}
{{#spaced}}

{{/spaced}}
{{> DocComment}}
    {{attributes}}{{access}}var {{name}}: {{type}}
{{/properties}}
{{^empty(properties)}}

{{/empty(properties)}}
{{#codingKeys}}
    enum CodingKeys: String, CodingKey {
{{#keys}}
        case {{name}}{{#wireName}} = "{{.}}"{{/wireName}}
{{/keys}}
    }

{{/codingKeys}}
{{#initializer}}
{{#empty(parameters)}}
    {{access}}init() {}
{{/empty(parameters)}}
{{^empty(parameters)}}
    {{access}}init({{> ParameterList}}) {
{{#parameters}}
        self.{{name}} = {{name}}
{{/parameters}}
    }
{{/empty(parameters)}}
{{/initializer}}
{{#headerReader}}

    /// The headers of `response` (names case-insensitive); an absent or unreadable one is nil.
    {{access}}init(_ response: HTTPResponse) {
{{#fields}}
        self.{{name}} = response.header("{{wireName}}")
{{/fields}}
    }
{{/headerReader}}
{{#encoder}}

    {{access}}func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
{{#members}}
{{#tristate}}
        try container.encode(self._{{key}}, forKey: .{{key}})
{{/tristate}}
{{^tristate}}
        try container.{{#ifPresent}}encodeIfPresent{{/ifPresent}}{{^ifPresent}}encode{{/ifPresent}}(self.{{name}}, forKey: .{{key}})
{{/tristate}}
{{/members}}
    }
{{/encoder}}
{{#coding}}

    {{access}}init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
{{#members}}
{{#tristate}}
        self._{{key}} = try container.decode(Tristate<{{type}}>.self, forKey: .{{key}})
{{/tristate}}
{{^tristate}}
        self.{{name}} = try container.{{#decodeIfPresent}}decodeIfPresent{{/decodeIfPresent}}{{^decodeIfPresent}}decode{{/decodeIfPresent}}({{type}}.self, forKey: .{{key}})
{{/tristate}}
{{/members}}
        self.{{extraName}} = try DynamicCodingKey.members(of: decoder, excluding: CodingKeys.self, as: {{extraType}}.self)
    }

    {{access}}func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
{{#members}}
{{#tristate}}
        try container.encode(self._{{key}}, forKey: .{{key}})
{{/tristate}}
{{^tristate}}
        try container.{{#ifPresent}}encodeIfPresent{{/ifPresent}}{{^ifPresent}}encode{{/ifPresent}}(self.{{name}}, forKey: .{{key}})
{{/tristate}}
{{/members}}
        try DynamicCodingKey.encode(self.{{extraName}}, to: encoder)
    }
{{/coding}}
{{#nested}}

{{.}}
{{/nested}}
}

"""#,
    "Support/APIError": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// Why a call of `Client` failed (transport failures are rethrown as the transport threw them).
/// Every error the server answered keeps that answer (`response`: status, every header, the raw
/// body), so nothing the server said is lost.
{{access}}enum APIError: Swift.Error, Sendable {
    /// The server answered with an error status the operation documents (or an undocumented
    /// error status whose body is the operation's error model); `body` is the decoded model.
    case response(status: Int, body: Body, response: HTTPResponse)
    /// The server answered with a status the operation does not document.
    case undocumented(status: Int, response: HTTPResponse)
    /// The body of a documented response could not be decoded into its model.
    case decoding(status: Int, reason: String, response: HTTPResponse)
    /// The server answered with a `Content-Type` the operation does not document for the status.
    case unexpectedContentType(status: Int, contentType: String?, response: HTTPResponse)
    /// The request URL could not be formed from the server and the path.
    case invalidURL(String)
    /// A path parameter was empty, which would join its neighbours (`/a//b`) or drop a segment;
    /// `path` shows it as `{}`. Nothing was sent.
    case emptyPathParameter(path: String)
    /// A header value (a parameter or a credential) holds a line break or NUL, which would end
    /// the header or smuggle another. Nothing was sent.
    case invalidHeaderValue(name: String)
}

extension APIError {
    /// The bodies {{title}} documents for error statuses.
    {{access}}enum Body: {{equality}}, Sendable {
{{#errorBodies}}
        case {{name}}({{type}})
{{/errorBodies}}
        /// An error status documented with a text body (`text/*`).
        case text(String)
        /// An error status documented without a body (or with one that is neither JSON nor text:
        /// its bytes are in the error's `response`).
        case empty
    }

    /// The server's answer, when there was one: status, headers (`value(forHeader:)`), raw body.
    {{access}}var httpResponse: HTTPResponse? {
        switch self {
        case .response(_, _, let response), .undocumented(_, let response), .decoding(_, _, let response),
            .unexpectedContentType(_, _, let response):
            return response
        case .invalidURL, .emptyPathParameter, .invalidHeaderValue:
            return nil
        }
    }

    /// The error for a status the operation does not document: an error status whose body
    /// decodes as the operation's error model is a `.response`, anything else `.undocumented`.
    static func fromUndocumented<Model: Decodable>(_ response: HTTPResponse, decoding model: Model.Type, as body: (Model) -> Body) -> APIError {
        if response.status >= 400, let decoded = try? JSONCoding.decoder().decode(model, from: response.body) {
            return .response(status: response.status, body: body(decoded), response: response)
        }
        return .undocumented(status: response.status, response: response)
    }
}

"""#,
    "Support/DynamicCodingKey": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// A coding key for any member name: reads and writes the members an object has beyond its
/// declared properties (`additionalProperties`).
struct DynamicCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        return nil
    }

    /// The members of the object being decoded whose names are not among `known`.
    static func members<Known: CodingKey, Value: Decodable>(
        of decoder: any Decoder, excluding known: Known.Type, as type: Value.Type
    ) throws -> [String: Value] {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        var members: [String: Value] = [:]
        for key in container.allKeys where Known(stringValue: key.stringValue) == nil {
            members[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return members
    }

    /// Writes `members` next to the declared properties, sorted by name.
    static func encode<Value: Encodable>(_ members: [String: Value], to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: DynamicCodingKey(name))
        }
    }
}

"""#,
    "Support/FilePart": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// A file sent as one part of a `multipart/form-data` body (`format: binary`): its bytes, and
/// the file name and content type the part declares. In JSON it is its bytes in base64.
{{access}}struct FilePart: Codable, {{equality}}, Sendable {
    {{access}}var data: Data
    /// The part's `filename`; the member's name when nil.
    {{access}}var fileName: String?
    /// The part's `Content-Type`; the body's `encoding` for the member, else
    /// `application/octet-stream`, when nil.
    {{access}}var contentType: String?
    /// More headers of the part (RFC 7578 allows few; servers read some, such as
    /// `Content-Transfer-Encoding` or their own), sent after `Content-Type`.
    {{access}}var headers: [String: String]

    {{access}}init(_ data: Data, fileName: String? = nil, contentType: String? = nil, headers: [String: String] = [:]) {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
        self.headers = headers
    }

    {{access}}init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Data.self))
    }

    {{access}}func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(data)
    }
}

"""#,
    "Support/FormValue": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// A value as a parameter, form body or multipart body lays it out: the tree an `Encodable`
/// value encodes to. Struct members keep the order the type declares them; dictionary keys are
/// sorted, so the output is the same on every run.
indirect enum FormValue {
    case null
    case string(String)
    /// A number, as its text (`12`, `0.5`).
    case number(String)
    case bool(Bool)
    /// `Data`: base64 text, except as a multipart part of its own (then a file).
    case data(Data)
    /// A file with its name and content type: bytes in a multipart part, base64 elsewhere.
    case file(FilePart)
    case array([FormValue])
    case object([(key: String, value: FormValue)])

    /// The tree `value` encodes to, through the module's conventions (RFC 3339 dates,
    /// lower-case UUIDs).
    init(encoding value: some Encodable) throws {
        let root = FormNode()
        try FormValueEncoder(node: root, codingPath: []).encodeAny(value)
        self = root.value
    }

    /// The text of a scalar; arrays and objects as compact JSON.
    var text: String {
        switch self {
        case .null: return ""
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .data(let data): return data.base64EncodedString()
        case .file(let file): return file.data.base64EncodedString()
        case .array, .object: return json
        }
    }

    /// Whether this is a string, number or boolean.
    var isScalar: Bool {
        switch self {
        case .string, .number, .bool, .data: return true
        case .null, .file, .array, .object: return false
        }
    }

    /// Compact JSON text (RFC 8259), members in order.
    var json: String {
        switch self {
        case .null: return "null"
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .string(let text): return Self.quoted(text)
        case .data(let data): return Self.quoted(data.base64EncodedString())
        case .file(let file): return Self.quoted(file.data.base64EncodedString())
        case .array(let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { Self.quoted($0.key) + ":" + $0.value.json }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// A dictionary keyed by strings: its members are written sorted by key.
private protocol StringKeyedDictionary {}
extension Dictionary: StringKeyedDictionary where Key == String {}

/// One node of the tree under construction; containers write into it as they are filled.
private final class FormNode {
    enum Content {
        case unset
        case leaf(FormValue)
        case array([FormNode])
        case object([(String, FormNode)])
    }

    var content = Content.unset
    var sortsKeys = false

    var value: FormValue {
        switch content {
        case .unset: return .null
        case .leaf(let value): return value
        case .array(let nodes): return .array(nodes.map(\.value))
        case .object(let members):
            let values = members.map { (key: $0.0, value: $0.1.value) }
            return .object(sortsKeys ? values.sorted { $0.key < $1.key } : values)
        }
    }

    /// The member node for `key`, created in order on first use.
    func member(_ key: String) -> FormNode {
        var members: [(String, FormNode)] = []
        if case .object(let existing) = content { members = existing }
        if let found = members.first(where: { $0.0 == key }) { return found.1 }
        let node = FormNode()
        members.append((key, node))
        content = .object(members)
        return node
    }

    func appendElement() -> FormNode {
        var nodes: [FormNode] = []
        if case .array(let existing) = content { nodes = existing }
        let node = FormNode()
        nodes.append(node)
        content = .array(nodes)
        return node
    }
}

/// The `Encoder` that builds a `FormValue`.
private struct FormValueEncoder: Encoder {
    let node: FormNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(FormKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return FormUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        FormSingleValueContainer(node: node, codingPath: codingPath)
    }

    /// Writes a value into this encoder's node: the types with a convention of their own as
    /// leaves, anything else through its own `encode(to:)`.
    func encodeAny(_ value: some Encodable) throws {
        switch value {
        case let text as String: node.content = .leaf(.string(text))
        case let flag as Bool: node.content = .leaf(.bool(flag))
        case let date as Date: node.content = .leaf(.string(RFC3339.string(from: date)))
        case let uuid as UUID: node.content = .leaf(.string(uuid.uuidString.lowercased()))
        case let url as URL: node.content = .leaf(.string(url.absoluteString))
        case let data as Data: node.content = .leaf(.data(data))
        case let file as FilePart: node.content = .leaf(.file(file))
        case let number as Double: node.content = .leaf(.number(Self.text(number)))
        case let number as Float: node.content = .leaf(.number(Self.text(Double(number))))
        case let number as Decimal: node.content = .leaf(.number(number.description))
        case let number as any BinaryInteger: node.content = .leaf(.number(String(describing: number)))
        default:
            if value is any StringKeyedDictionary { node.sortsKeys = true }
            try value.encode(to: self)
        }
    }

    /// Integral values without a fraction (`3`, not `3.0`), like JSON.
    private static func text(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}

private struct FormKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: FormNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.member(key.stringValue).content = .leaf(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try FormValueEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).encodeAny(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        FormValueEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        FormValueEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        FormValueEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        FormValueEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct FormUnkeyedContainer: UnkeyedEncodingContainer {
    let node: FormNode
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let nodes) = node.content { return nodes.count }
        return 0
    }

    mutating func encodeNil() throws {
        node.appendElement().content = .leaf(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try FormValueEncoder(node: node.appendElement(), codingPath: codingPath).encodeAny(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        FormValueEncoder(node: node.appendElement(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        FormValueEncoder(node: node.appendElement(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        FormValueEncoder(node: node.appendElement(), codingPath: codingPath)
    }
}

private struct FormSingleValueContainer: SingleValueEncodingContainer {
    let node: FormNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        node.content = .leaf(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try FormValueEncoder(node: node, codingPath: codingPath).encodeAny(value)
    }
}

"""#,
    "Support/HTTPTransport": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP request as the client hands it to a transport.
{{access}}struct HTTPRequest: Sendable {
    {{access}}var method: String
    {{access}}var url: URL
    {{access}}var headers: [String: String]
    {{access}}var body: Data?

    {{access}}init(method: String, url: URL, headers: [String: String], body: Data?) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response as a transport hands it back.
{{access}}struct HTTPResponse: Sendable {
    {{access}}var status: Int
    {{access}}var headers: [String: String]
    {{access}}var body: Data

    {{access}}init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A header's text by case-insensitive name; nil when the response has none.
    {{access}}func value(forHeader name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.key.lowercased() == wanted }?.value
    }
}

/// Sends requests for the client. `URLSessionTransport` is the default; conform another HTTP
/// stack (AsyncHTTPClient, a test double) to use it instead.
{{access}}protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// A transport on Foundation's `URLSession`.
{{access}}struct URLSessionTransport: HTTPTransport {
    {{access}}let session: URLSession

    {{access}}init(session: URLSession = .shared) {
        self.session = session
    }

    {{access}}func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        let (data, response) = try await session.data(for: urlRequest)
        guard let httpResponse = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in httpResponse.allHeaderFields {
            if let name = name as? String, let value = value as? String {
                headers[name] = value
            }
        }
        return HTTPResponse(status: httpResponse.statusCode, headers: headers, body: data)
    }
}

"""#,
    "Support/Indirect": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// Stores a value out of line, so that a struct can contain itself (`parent: Node?`). Used only
/// on the properties that close a cycle; it encodes and compares as the value it holds.
@propertyWrapper
{{access}}struct Indirect<Value: Codable & {{equality}} & Sendable>: Codable, {{equality}}, Sendable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    {{access}}init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    {{access}}var wrappedValue: Value {
        get { box.value }
        set { box = Box(newValue) }
    }

    {{access}}init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try Value(from: decoder))
    }

    {{access}}func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }

    {{access}}static func == (lhs: Indirect, rhs: Indirect) -> Bool {
        lhs.wrappedValue == rhs.wrappedValue
    }
{{#hashable}}

    {{access}}func hash(into hasher: inout Hasher) {
        hasher.combine(wrappedValue)
    }
{{/hashable}}
}

extension KeyedDecodingContainer {
    /// An optional `@Indirect` property may be missing, like any optional property.
    func decode<Wrapped>(_ type: Indirect<Wrapped?>.Type, forKey key: Key) throws -> Indirect<Wrapped?> {
        Indirect(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// An optional `@Indirect` property is left out when nil, like any optional property.
    mutating func encode<Wrapped>(_ value: Indirect<Wrapped?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}

"""#,
    "Support/JSONCoding": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// The JSON encoder and decoder of the client: dates as RFC 3339 text.
enum JSONCoding {
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an RFC 3339 date-time: \(text)")
            }
            return date
        }
        return decoder
    }

    /// Encodes a body; a bare UUID (or array of them) lower-case, as members are below.
    static func encode(_ value: some Encodable) throws -> Data {
        if let uuid = value as? UUID { return try encoder().encode(uuid.uuidString.lowercased()) }
        if let uuids = value as? [UUID] { return try encoder().encode(uuids.map { $0.uuidString.lowercased() }) }
        return try encoder().encode(value)
    }

    /// Members sorted by key (Foundation's order is otherwise unspecified), so a request body
    /// is the same bytes on every run; `/` unescaped.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        return encoder
    }

    /// Why decoding a `type` from `container` fails; nil when it succeeds. Unions ask only once
    /// every alternative has failed, so decoding that succeeds pays nothing for the report.
    static func failure<T: Decodable>(decoding type: T.Type, in container: any SingleValueDecodingContainer) -> (any Error)? {
        do {
            _ = try container.decode(type)
            return nil
        } catch {
            return error
        }
    }

    /// The error of a union value that matches none of its alternatives, saying why each failed.
    static func mismatch(of union: String, in container: any SingleValueDecodingContainer, _ failures: [(String, (any Error)?)]) -> DecodingError {
        let depth = container.codingPath.count
        let reasons = failures.compactMap { name, error in error.map { name + ": " + reason($0, below: depth) } }
        let text = "The value matches none of the shapes of \(union)" + (reasons.isEmpty ? "." : ": " + reasons.joined(separator: "; "))
        return DecodingError.dataCorruptedError(in: container, debugDescription: text)
    }

    /// A decoding error in one line: where (`.items[2].id`, below the first `depth` keys of its
    /// path) and what was wrong.
    static func reason(_ error: any Error, below depth: Int = 0) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .keyNotFound(_, let found), .dataCorrupted(let found):
            context = found
        @unknown default:
            return String(describing: error)
        }
        let path = context.codingPath.dropFirst(depth).map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
        var text = context.debugDescription
        while text.hasSuffix(".") { text.removeLast() }
        return (path.isEmpty ? "" : path + ": ") + text
    }
}

/// `UUID` encodes itself upper-case; RFC 9562 writes UUIDs lower-case, and servers compare IDs
/// as text. Synthesized and generated `Codable` code picks these overloads for UUID members.
extension KeyedEncodingContainer {
    mutating func encode(_ value: UUID, forKey key: Key) throws {
        try encode(value.uuidString.lowercased(), forKey: key)
    }

    mutating func encodeIfPresent(_ value: UUID?, forKey key: Key) throws {
        try encodeIfPresent(value?.uuidString.lowercased(), forKey: key)
    }

    mutating func encode(_ value: [UUID], forKey key: Key) throws {
        try encode(value.map { $0.uuidString.lowercased() }, forKey: key)
    }

    mutating func encodeIfPresent(_ value: [UUID]?, forKey key: Key) throws {
        try encodeIfPresent(value?.map { $0.uuidString.lowercased() }, forKey: key)
    }

    mutating func encode(_ value: [String: UUID], forKey key: Key) throws {
        try encode(value.mapValues { $0.uuidString.lowercased() }, forKey: key)
    }

    mutating func encodeIfPresent(_ value: [String: UUID]?, forKey key: Key) throws {
        try encodeIfPresent(value?.mapValues { $0.uuidString.lowercased() }, forKey: key)
    }

    /// Encodes a value of a generic wrapper, UUIDs lower-case like the overloads above.
    mutating func encodeValue(_ value: some Encodable, forKey key: Key) throws {
        if let uuid = value as? UUID {
            try encode(uuid, forKey: key)
        } else if let uuids = value as? [UUID] {
            try encode(uuids, forKey: key)
        } else {
            try encode(value, forKey: key)
        }
    }
}

extension SingleValueEncodingContainer {
    mutating func encode(_ value: UUID) throws {
        try encode(value.uuidString.lowercased())
    }

    mutating func encode(_ value: [UUID]) throws {
        try encode(value.map { $0.uuidString.lowercased() })
    }

    /// Encodes a value of a generic wrapper, UUIDs lower-case like the overloads above.
    mutating func encodeValue(_ value: some Encodable) throws {
        if let uuid = value as? UUID {
            try encode(uuid)
        } else if let uuids = value as? [UUID] {
            try encode(uuids)
        } else {
            try encode(value)
        }
    }
}

/// Decodes a response body, turning any failure into `APIError.decoding`.
func decodeBody<Body: Decodable>(_ type: Body.Type, from response: HTTPResponse) throws -> Body {
    do {
        return try JSONCoding.decoder().decode(type, from: response.body)
    } catch {
        throw APIError.decoding(status: response.status, reason: String(describing: error), response: response)
    }
}

/// RFC 3339 `date-time` text, with or without fractional seconds (any number of digits) and
/// with `Z` or a numeric offset. Written in UTC, with microseconds when there is a fraction.
enum RFC3339 {
    static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20,
            let year = number(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
            let month = number(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"),
            let day = number(bytes, 8, 2),
            [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[10]),
            let hour = number(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
            let minute = number(bytes, 14, 2), bytes[16] == UInt8(ascii: ":"),
            let second = number(bytes, 17, 2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, let digit = digit(bytes[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, let hours = number(bytes, index + 1, 2), bytes[index + 3] == UInt8(ascii: ":"),
                let minutes = number(bytes, index + 4, 2)
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let seconds = daysSinceEpoch(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static func string(from date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = Int(interval.rounded(.down))
        var micros = Int(((interval - Double(seconds)) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            seconds += 1
            micros -= 1_000_000
        }
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        var text = padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        text += "T" + padded(secondOfDay / 3600, 2) + ":" + padded(secondOfDay % 3600 / 60, 2) + ":" + padded(secondOfDay % 60, 2)
        if micros > 0 {
            var fraction = padded(micros, 6)
            while fraction.hasSuffix("0") {
                fraction.removeLast()
            }
            text += "." + fraction
        }
        return text + "Z"
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            guard let digit = digit(bytes[index]) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date a number of days after 1970-01-01.
    private static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

"""#,
    "Support/JSONValue": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// Any JSON value, for schemas that allow free-form content. Decodes and re-encodes losslessly
/// (numbers as `Double`).
{{access}}enum JSONValue: Codable, {{equality}}, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    {{access}}init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    {{access}}func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONValue {
    /// The JSON a value encodes to, through the module's coders.
    init(encoding value: some Encodable) throws {
        self = try JSONCoding.decoder().decode(JSONValue.self, from: JSONCoding.encode(value))
    }

    /// This value with what `other` adds: objects merge member by member (recursively), and
    /// anything else keeps this value.
    func merging(_ other: JSONValue) -> JSONValue {
        guard case .object(var members) = self, case .object(let others) = other else { return self }
        for (key, value) in others {
            members[key] = members[key].map { $0.merging(value) } ?? value
        }
        return .object(members)
    }
}

"""#,
    "Support/MediaTypeRange": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// Matching a response's `Content-Type` against the media types (and ranges such as `image/*`)
/// an operation documents.
enum MediaTypeRange {
    /// The documented type `contentType` is: an exact match first, then the narrowest range;
    /// the first documented one when the response names none; nil when it is none of them.
    static func best<Type: RawRepresentable & CaseIterable>(for contentType: String?, among _: Type.Type) -> Type?
    where Type.RawValue == String {
        let types = Type.allCases
        guard let contentType else { return types.first }
        let actual = essence(contentType)
        if let exact = types.first(where: { essence($0.rawValue) == actual }) { return exact }
        let major = actual.split(separator: "/").first.map(String.init) ?? actual
        if let range = types.first(where: { essence($0.rawValue) == major + "/*" }) { return range }
        if isJSON(actual), let json = types.first(where: { essence($0.rawValue) == "application/json" }) { return json }
        return types.first { essence($0.rawValue) == "*/*" }
    }

    /// Whether a media type is JSON: `application/json` or any `+json` type.
    static func isJSON(_ mediaType: String) -> Bool {
        let type = essence(mediaType)
        return type == "application/json" || type.hasSuffix("+json")
    }

    /// `type/subtype`, lower-case, without parameters or spaces.
    static func essence(_ mediaType: String) -> String {
        let head = mediaType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? mediaType
        return head.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

"""#,
    "Support/Multipart": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// A `multipart/form-data` body (RFC 7578) built from an `Encodable` value: one part per
/// member, in the order the type declares them, and one part per item of an array member.
/// Files (`FilePart`) go with their file name and content type; strings, numbers, booleans and
/// string enums as text; objects as JSON, or, in `deepObject` style, as one text part per
/// scalar (`meta[size]`). The body's `encoding` (`fields`) sets a part's content type.
enum MultipartBody {
    static func encode(_ value: some Encodable, fields: [String: BodyField], boundary: String) throws -> Data {
        var body = Data()
        guard case .object(let members) = try FormValue(encoding: value) else {
            body.append(Data("--\(boundary)--\r\n".utf8))
            return body
        }
        for (name, member) in members {
            let field = fields[name] ?? BodyField()
            for (partName, part) in parts(name, member, field: field) {
                try append(partName, part, field: field, boundary: boundary, to: &body)
            }
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

    /// The named parts one member becomes: by default one per array item, an object as one
    /// JSON part; in the style the `encoding` names, as that style lays the value out (`form`
    /// exploded: an object's members as parts of their own; not exploded, and the delimited
    /// styles: one text part, `a,b`; `deepObject`: a part per scalar).
    private static func parts(_ name: String, _ value: FormValue, field: BodyField) -> [(String, FormValue)] {
        let present = { (members: [(key: String, value: FormValue)]) in members.filter { !$0.value.isNull } }
        switch (value, field.style) {
        case (.null, _):
            return []
        case (.object, .deepObject?), (.array, .deepObject?):
            return ParameterSerializer.deepObjectLeaves(name, value, open: "[", close: "]") { $0 }.map { ($0.name, $0.value) }
        case (.object(let members), .form?) where field.explode:
            return present(members).map { ($0.key, $0.value) }
        case (.object(let members), let style?) where !field.explode:
            return [(name, .string(present(members).flatMap { [$0.key, $0.value.text] }.joined(separator: separator(style))))]
        case (.array(let items), let style?) where !field.explode:
            return [(name, .string(items.filter { !$0.isNull }.map(\.text).joined(separator: separator(style))))]
        case (.array(let items), _):
            return items.compactMap { $0.isNull ? nil : (name, $0) }
        default:
            return [(name, value)]
        }
    }

    /// What joins the items of a non-exploded value in `style`.
    private static func separator(_ style: ParameterStyle) -> String {
        style == .spaceDelimited ? " " : style == .pipeDelimited ? "|" : ","
    }

    private static func append(_ name: String, _ value: FormValue, field: BodyField, boundary: String, to body: inout Data) throws {
        let contentType = field.contentType
        var extraHeaders = field.headers
        var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(quoted(name))\""
        let content: Data
        switch value {
        case .file(let file):
            let type = file.contentType ?? contentType?.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "application/octet-stream"
            guard RequestBuilder.isHeaderSafe(type) else { throw APIError.invalidHeaderValue(name: "Content-Type") }
            head += "; filename=\"\(quoted(file.fileName ?? name))\"\r\nContent-Type: \(type)"
            extraHeaders += file.headers.sorted { $0.key < $1.key }
            content = file.data
        case .array, .object:
            head += "\r\nContent-Type: \(contentType ?? "application/json")"
            content = Data(value.json.utf8)
        default:
            if let contentType, MediaTypeRange.isJSON(contentType) {
                head += "\r\nContent-Type: \(contentType)"
                content = Data(value.json.utf8)
            } else {
                head += "\r\nContent-Type: \(contentType ?? "text/plain; charset=utf-8")"
                content = Data(value.text.utf8)
            }
        }
        for (headerName, headerValue) in extraHeaders {
            guard RequestBuilder.isHeaderSafe(headerName + headerValue) else {
                throw APIError.invalidHeaderValue(name: headerName)
            }
            head += "\r\n\(headerName): \(headerValue)"
        }
        body.append(Data((head + "\r\n\r\n").utf8))
        body.append(content)
        body.append(Data("\r\n".utf8))
    }

    /// A name for a quoted header parameter: quotes and backslashes escaped, line breaks
    /// percent-encoded (RFC 7578 §4.2) so a name cannot end the header.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }
}

extension RequestBuilder {
    /// Sets a `multipart/form-data` body; nothing when the value is nil.
    mutating func setMultipartBody(_ value: (some Encodable)?, fields: [String: BodyField] = [:]) throws {
        guard let value else { return }
        let boundary = "openapi-swiftgen-" + UUID().uuidString
        setRawBody(try MultipartBody.encode(value, fields: fields, boundary: boundary), contentType: "multipart/form-data; boundary=" + boundary)
    }
}

"""#,
    "Support/MultipartDecoding": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// Reading a `multipart/form-data` response (RFC 7578) into its model: each part is the member
/// its `name` says (repeated names are an array's items); a part with a file name or a
/// non-text type is a `FilePart`, a JSON part is decoded as JSON, a text part is text that
/// reads as the member's type (`3` as an `Int`, `true` as a `Bool`).
enum MultipartResponse {
    static func decode<Model: Decodable>(_ type: Model.Type, from response: HTTPResponse) throws -> Model {
        do {
            let contentType = response.value(forHeader: "Content-Type") ?? ""
            guard let boundary = parameter("boundary", of: contentType) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no multipart boundary in Content-Type '\(contentType)'"))
            }
            var members: [(String, PartValue)] = []
            for part in try parts(of: response.body, boundary: boundary) {
                guard let name = part.name else { continue }
                if let index = members.firstIndex(where: { $0.0 == name }) {
                    if case .list(let items) = members[index].1 {
                        members[index].1 = .list(items + [part.value])
                    } else {
                        members[index].1 = .list([members[index].1, part.value])
                    }
                } else {
                    members.append((name, part.value))
                }
            }
            return try Model(from: PartDecoder(value: .members(members), codingPath: []))
        } catch {
            throw APIError.decoding(status: response.status, reason: String(describing: error), response: response)
        }
    }

    /// A parameter of a header value (`boundary=abc`, `name="file"`), unquoted.
    static func parameter(_ wanted: String, of header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == wanted else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
            }
            return value
        }
        return nil
    }

    /// The parts between `--boundary` delimiters: their name and what they hold.
    private static func parts(of body: Data, boundary: String) throws -> [(name: String?, value: PartValue)] {
        let bytes = [UInt8](body)
        let delimiter = [UInt8](("--" + boundary).utf8)
        var starts: [Int] = []
        var index = 0
        while let found = firstIndex(of: delimiter, in: bytes, from: index) {
            starts.append(found)
            index = found + delimiter.count
        }
        guard starts.count >= 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no multipart parts with boundary '\(boundary)'"))
        }
        var result: [(name: String?, value: PartValue)] = []
        for (start, end) in zip(starts, starts.dropFirst()) {
            var from = start + delimiter.count
            if bytes[from..<min(from + 2, bytes.count)] == [13, 10] { from += 2 }
            var to = end
            if to - 2 >= from, bytes[(to - 2)..<to] == [13, 10] { to -= 2 }
            let part = Array(bytes[from..<max(from, to)])
            let separator: [UInt8] = [13, 10, 13, 10]
            let headEnd = firstIndex(of: separator, in: part, from: 0)
            let head = String(decoding: part[..<(headEnd ?? 0)], as: UTF8.self)
            let content = Data(part[(headEnd.map { $0 + separator.count } ?? 0)...])
            var headers: [String: String] = [:]
            for line in head.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let disposition = "form-data; " + (headers["content-disposition"] ?? "")
            let fileName = parameter("filename", of: disposition)
            let type = headers["content-type"]
            let value: PartValue
            if let type, MediaTypeRange.isJSON(type) {
                value = .json(content)
            } else if fileName != nil || (type.map { !MediaTypeRange.essence($0).hasPrefix("text/") } ?? false) {
                value = .file(FilePart(content, fileName: fileName, contentType: type))
            } else {
                value = .text(String(decoding: content, as: UTF8.self))
            }
            result.append((parameter("name", of: disposition), value))
        }
        return result
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}

/// What one part (or the whole body) holds.
private indirect enum PartValue {
    case text(String)
    case json(Data)
    case file(FilePart)
    case list([PartValue])
    case members([(String, PartValue)])
}

/// A `Decoder` over the parts, converting text to the type asked for.
private struct PartDecoder: Decoder {
    let value: PartValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected) in the multipart body"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch value {
        case .members(let members): return KeyedDecodingContainer(PartKeyedContainer<Key>(members: members, codingPath: codingPath))
        default: throw mismatch("an object")
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .list(let items): return PartUnkeyedContainer(items: items, codingPath: codingPath)
        default: return PartUnkeyedContainer(items: [value], codingPath: codingPath)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        PartSingleValueContainer(decoder: self)
    }

    /// A value of `type`: files and JSON parts as they are, text through `LosslessStringConvertible`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch value {
        case .json(let data):
            return try JSONCoding.decoder().decode(type, from: data)
        case .file(let file):
            if let file = file as? T { return file }
            if let data = file.data as? T { return data }
            if let text = String(data: file.data, encoding: .utf8) { return try PartDecoder(value: .text(text), codingPath: codingPath).decode(type) }
            throw mismatch("\(type)")
        case .text(let text):
            if let text = text as? T { return text }
            if type == FilePart.self, let file = FilePart(Data(text.utf8)) as? T { return file }
            if type == Date.self, let date = RFC3339.date(from: text) as? T { return date }
            if type == UUID.self, let uuid = UUID(uuidString: text) as? T { return uuid }
            if type == URL.self, let url = URL(string: text) as? T { return url }
            if type == Data.self, let data = Data(base64Encoded: text) as? T { return data }
            if let convertible = type as? any LosslessStringConvertible.Type, let converted = convertible.init(text) as? T { return converted }
            return try T(from: self)
        case .list, .members:
            return try T(from: self)
        }
    }
}

private struct PartKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(String, PartValue)]
    let codingPath: [any CodingKey]
    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.0) } }

    func contains(_ key: Key) -> Bool { members.contains { $0.0 == key.stringValue } }

    private func member(_ key: Key) throws -> PartDecoder {
        guard let found = members.first(where: { $0.0 == key.stringValue }) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no part named '\(key.stringValue)'"))
        }
        return PartDecoder(value: found.1, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try member(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try member(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try member(key).unkeyedContainer() }

    func superDecoder() throws -> any Decoder { PartDecoder(value: .members(members), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder { try member(key) }
}

private struct PartUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [PartValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [PartValue], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    private mutating func next() throws -> PartDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "no more parts"))
        }
        defer { currentIndex += 1 }
        return PartDecoder(value: items[currentIndex], codingPath: codingPath)
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct PartSingleValueContainer: SingleValueDecodingContainer {
    let decoder: PartDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}

"""#,
    "Support/Nullable": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

/// A required property that may be `null`: always encoded, as `null` when nil, where
/// synthesized `Codable` would leave the key out. A missing key still decodes as nil.
@propertyWrapper
{{access}}struct Nullable<Wrapped: Codable & {{equality}} & Sendable>: Codable, {{equality}}, Sendable {
    {{access}}var wrappedValue: Wrapped?

    {{access}}init(wrappedValue: Wrapped?) {
        self.wrappedValue = wrappedValue
    }

    {{access}}init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Wrapped.self)
    }

    {{access}}func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encodeValue(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension KeyedDecodingContainer {
    /// A `@Nullable` property whose key is missing decodes as nil.
    func decode<Wrapped>(_ type: Nullable<Wrapped>.Type, forKey key: Key) throws -> Nullable<Wrapped> {
        Nullable(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

"""#,
    "Support/ObjectAlternative": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

/// What a union knows of one object one of its alternatives may be, to choose the alternative
/// that fits a value best: objects whose tags or required members do not fit are skipped, the
/// rest rank by how many of the value's members they declare, most first, spec order on ties.
struct ObjectAlternative: Sendable {
    /// The position of the alternative (several entries share one when it is a union of objects).
    let alternative: Int
    /// The members it declares, by wire name.
    let keys: Set<String>
    let required: Set<String>
    /// Members with one allowed value.
    let tags: [String: JSONValue]
    /// It keeps members beyond `keys` (additional properties).
    let keepsOtherKeys: Bool

    /// The positions of the alternatives to try for `object`, best first.
    static func ranked(_ object: [String: JSONValue], _ entries: [ObjectAlternative]) -> [Int] {
        var candidates: [(alternative: Int, declared: Int)] = []
        for entry in entries {
            guard entry.required.allSatisfy({ object[$0] != nil }),
                entry.tags.allSatisfy({ object[$0.key] == nil || object[$0.key] == $0.value })
            else { continue }
            let declared = entry.keepsOtherKeys ? object.count : object.keys.filter(entry.keys.contains).count
            candidates.append((entry.alternative, declared))
        }
        candidates.sort { $0.declared != $1.declared ? $0.declared > $1.declared : $0.alternative < $1.alternative }
        var order: [Int] = []
        for candidate in candidates where !order.contains(candidate.alternative) {
            order.append(candidate.alternative)
        }
        return order
    }
}

"""#,
    "Support/Paging": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// Walks a cursor-paginated list: fetches a page, yields it, and follows the cursor `next`
/// reads from it until there is none (or it is empty, or it repeats).
func pages<Page: Sendable, Token: ParameterValue & Equatable>(
    startingAt first: Token?,
    fetch: @escaping @Sendable (Token?) async throws -> Page,
    next: @escaping @Sendable (Page) -> Token?
) -> AsyncThrowingStream<Page, any Swift.Error> {
    AsyncThrowingStream { continuation in
        let task = Task {
            var token = first
            do {
                while !Task.isCancelled {
                    let page = try await fetch(token)
                    continuation.yield(page)
                    guard let nextToken = next(page), !nextToken.parameterText.isEmpty, nextToken != token else { break }
                    token = nextToken
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in
            task.cancel()
        }
    }
}

"""#,
    "Support/ParameterSerializer": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// OpenAPI parameter styles (`style`), for values that are not a single scalar.
enum ParameterStyle {
    case form
    case spaceDelimited
    case pipeDelimited
    case deepObject
    case simple
    case label
    case matrix
}

/// How one member of a form or multipart body is written, as the body's `encoding` says:
/// its style (form bodies, and multipart members in `deepObject` style) and its content type
/// (multipart parts).
struct BodyField {
    /// The style the spec names; nil when it names none (form bodies then use `form`).
    var style: ParameterStyle?
    var explode: Bool
    var contentType: String?
    /// Headers the spec fixes for the member's parts (multipart).
    var headers: [(String, String)]

    init(style: ParameterStyle? = nil, explode: Bool? = nil, contentType: String? = nil, headers: [(String, String)] = []) {
        self.style = style
        self.explode = explode ?? ((style ?? .form) == .form)
        self.contentType = contentType
        self.headers = headers
    }
}

/// Writes parameter values (arrays, objects, unions, anything `Encodable`) in their OpenAPI
/// style, laid out as RFC 6570 expansion says. Names and values are percent-encoded; the
/// style's own delimiters are not. Object members are written in the order the type declares
/// them (dictionaries sorted by key), so the output is stable.
enum ParameterSerializer {
    /// The brackets of `deepObject` names: percent-encoded in a URL, as they are in a form body.
    enum Brackets {
        case encoded, plain

        var open: String { self == .encoded ? "%5B" : "[" }
        var close: String { self == .encoded ? "%5D" : "]" }
    }

    /// The `name=value` parts of a query or cookie parameter, or of a form body's member.
    static func query(_ name: String, _ value: FormValue, style: ParameterStyle, explode: Bool, brackets: Brackets = .encoded) -> [String] {
        let key = RequestBuilder.encoded(name)
        if style == .deepObject {
            return deepObject(key, value, brackets: brackets)
        }
        switch value {
        case .null:
            return []
        case .array(let items):
            let texts = items.compactMap { $0.isNull ? nil : RequestBuilder.encoded($0.text) }
            switch style {
            case .spaceDelimited where !explode: return [key + "=" + texts.joined(separator: "%20")]
            case .pipeDelimited where !explode: return [key + "=" + texts.joined(separator: "%7C")]
            default: return explode ? texts.map { key + "=" + $0 } : [key + "=" + texts.joined(separator: ",")]
            }
        case .object(let members):
            let pairs = members.filter { !$0.value.isNull }.map { (RequestBuilder.encoded($0.key), RequestBuilder.encoded($0.value.text)) }
            return explode ? pairs.map { $0.0 + "=" + $0.1 } : [key + "=" + pairs.flatMap { [$0.0, $0.1] }.joined(separator: ",")]
        default:
            return [key + "=" + RequestBuilder.encoded(value.text)]
        }
    }

    /// `deepObject` style, to any depth: `name[member]=v`, `name[member][inner]=v`; arrays of
    /// scalars as `name[]=a&name[]=b`, arrays holding objects or arrays by index
    /// (`name[0][member]=v`). `prefix` is already encoded.
    static func deepObject(_ prefix: String, _ value: FormValue, brackets: Brackets) -> [String] {
        deepObjectLeaves(prefix, value, open: brackets.open, close: brackets.close, key: RequestBuilder.encoded)
            .map { $0.name + "=" + RequestBuilder.encoded($0.value.text) }
    }

    /// Each scalar (or file) inside `value` with its `deepObject` name below `prefix`, member
    /// names passed through `key`: the layout of `deepObject` for the query, form bodies and
    /// multipart parts alike.
    static func deepObjectLeaves(
        _ prefix: String, _ value: FormValue, open: String, close: String, key: (String) -> String
    ) -> [(name: String, value: FormValue)] {
        switch value {
        case .null:
            return []
        case .object(let members):
            return members.flatMap { deepObjectLeaves(prefix + open + key($0.key) + close, $0.value, open: open, close: close, key: key) }
        case .array(let items):
            if items.allSatisfy({ $0.isScalar || $0.isNull }) {
                return items.flatMap { deepObjectLeaves(prefix + open + close, $0, open: open, close: close, key: key) }
            }
            return items.enumerated().flatMap {
                deepObjectLeaves(prefix + open + String($0.offset) + close, $0.element, open: open, close: close, key: key)
            }
        default:
            return [(prefix, value)]
        }
    }

    /// A path parameter in `simple`, `label` or `matrix` style.
    static func path(_ name: String, _ value: FormValue, style: ParameterStyle, explode: Bool) -> String {
        let key = RequestBuilder.encoded(name)
        let prefix = style == .label ? "." : ""
        let separator = explode && style == .label ? "." : ","
        switch value {
        case .array(let items):
            let texts = items.map { RequestBuilder.encoded($0.text) }
            if style == .matrix {
                return explode ? texts.map { ";" + key + "=" + $0 }.joined() : ";" + key + "=" + texts.joined(separator: ",")
            }
            return prefix + texts.joined(separator: separator)
        case .object(let members):
            let pairs = members.map { (RequestBuilder.encoded($0.key), RequestBuilder.encoded($0.value.text)) }
            if explode {
                let assignments = pairs.map { $0.0 + "=" + $0.1 }
                return style == .matrix ? assignments.map { ";" + $0 }.joined() : prefix + assignments.joined(separator: separator)
            }
            let flat = pairs.flatMap { [$0.0, $0.1] }.joined(separator: ",")
            return style == .matrix ? ";" + key + "=" + flat : prefix + flat
        default:
            let text = RequestBuilder.encoded(value.text)
            if style == .matrix {
                return ";" + key + (text.isEmpty ? "" : "=" + text)
            }
            return prefix + text
        }
    }

    /// A header value (`simple` style), not percent-encoded.
    static func header(_ value: FormValue, explode: Bool) -> String {
        switch value {
        case .array(let items):
            return items.map(\.text).joined(separator: ",")
        case .object(let members):
            return explode
                ? members.map { $0.key + "=" + $0.value.text }.joined(separator: ",")
                : members.flatMap { [$0.key, $0.value.text] }.joined(separator: ",")
        default:
            return value.text
        }
    }

    /// An `application/x-www-form-urlencoded` body: each member of `value` in its field's style
    /// (`form`, exploded, unless `fields` says otherwise), in order.
    static func form(_ value: FormValue, fields: [String: BodyField]) -> String {
        guard case .object(let members) = value else { return "" }
        return members.flatMap { member in
            let field = fields[member.key] ?? BodyField()
            return query(member.key, member.value, style: field.style ?? .form, explode: field.explode, brackets: .plain)
        }.joined(separator: "&")
    }
}

extension FormValue {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension RequestBuilder {
    /// Adds a query parameter in its style; nothing when the value is nil.
    mutating func addQuery(_ name: String, _ value: (some Encodable)?, style: ParameterStyle, explode: Bool) throws {
        guard let value else { return }
        queryItems.append(contentsOf: ParameterSerializer.query(name, try FormValue(encoding: value), style: style, explode: explode))
    }

    /// Sets a header in `simple` style; nothing when the value is nil.
    mutating func setHeader(_ name: String, _ value: (some Encodable)?, explode: Bool) throws {
        guard let value else { return }
        headers[name] = ParameterSerializer.header(try FormValue(encoding: value), explode: explode)
    }

    /// Sets an `application/x-www-form-urlencoded` body: the value's members as `name=value`
    /// pairs in declaration order, each in the style its field says (`form`, exploded, by
    /// default); nothing when the value is nil.
    mutating func setFormBody(_ value: (some Encodable)?, fields: [String: BodyField] = [:]) throws {
        guard let value else { return }
        setRawBody(ParameterSerializer.form(try FormValue(encoding: value), fields: fields), contentType: "application/x-www-form-urlencoded")
    }

    /// Adds a cookie in `form` style; nothing when the value is nil.
    mutating func addCookie(_ name: String, _ value: (some Encodable)?, explode: Bool) throws {
        guard let value else { return }
        cookies.append(contentsOf: ParameterSerializer.query(name, try FormValue(encoding: value), style: .form, explode: explode))
    }
}

extension DefaultStringInterpolation {
    /// A path parameter in its style, encoded so it stays in its segment.
    mutating func appendInterpolation(path value: some Encodable, name: String, style: ParameterStyle, explode: Bool) {
        appendLiteral(ParameterSerializer.path(name, (try? FormValue(encoding: value)) ?? .null, style: style, explode: explode))
    }
}

"""#,
    "Support/RequestBuilder": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// A request under construction, turned into an `HTTPRequest` against a server by `build`.
struct RequestBuilder {
    private let method: String
    private let path: String
    /// Encoded `name=value` query parts, in order.
    var queryItems: [String] = []
    var headers: [String: String] = [:]
    /// Encoded `name=value` cookie parts, in order.
    var cookies: [String] = []
    private var body: Data?

    /// `path` must already be encoded (see `appendInterpolation(segment:)`).
    /// A request to `path` (relative to the server), asking for `accept` when given.
    init(method: String, path: String, accept: String? = nil) {
        self.method = method
        self.path = path
        if let accept {
            headers["Accept"] = accept
        }
    }

    /// Adds `name=value` (form style); nothing when the value is nil.
    mutating func addQuery(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        queryItems.append(Self.encoded(name) + "=" + Self.encoded(value.parameterText))
    }

    /// Adds a string enum as `name=rawValue`; nothing when the value is nil.
    mutating func addQuery<Value: RawRepresentable>(_ name: String, _ value: Value?) where Value.RawValue == String {
        addQuery(name, value?.rawValue)
    }

    /// Adds an array in form style: `name=a&name=b` when exploded, `name=a,b` otherwise.
    mutating func addQuery(_ name: String, _ values: [some ParameterValue]?, explode: Bool) {
        guard let values else { return }
        if explode {
            for value in values {
                addQuery(name, value)
            }
        } else {
            queryItems.append(Self.encoded(name) + "=" + values.map { Self.encoded($0.parameterText) }.joined(separator: ","))
        }
    }

    /// Adds an array of string enums in form style.
    mutating func addQuery<Value: RawRepresentable>(_ name: String, _ values: [Value]?, explode: Bool) where Value.RawValue == String {
        addQuery(name, values?.map(\.rawValue), explode: explode)
    }

    /// Sets a header; nothing when the value is nil.
    mutating func setHeader(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        headers[name] = value.parameterText
    }

    /// Sets a string enum header; nothing when the value is nil.
    mutating func setHeader<Value: RawRepresentable>(_ name: String, _ value: Value?) where Value.RawValue == String {
        setHeader(name, value?.rawValue)
    }

    /// Sends a credential in a header, after `prefix` (`Bearer `), base64-encoded for HTTP basic;
    /// nothing without a credential.
    mutating func authorize(header: String, prefix: String, base64: Bool = false, credential: String?) {
        guard let credential else { return }
        headers[header] = prefix + (base64 ? Data(credential.utf8).base64EncodedString() : credential)
    }

    /// Authenticates with the first alternative whose credentials are all configured.
    mutating func authorize(anyOf alternatives: [[Authorization]]) {
        guard let chosen = alternatives.first(where: { $0.allSatisfy { $0.credential != nil } }) else { return }
        for item in chosen {
            switch item {
            case .header(let name, let prefix, let base64, let credential):
                authorize(header: name, prefix: prefix, base64: base64, credential: credential)
            case .query(let name, let credential):
                authorize(query: name, credential: credential)
            case .cookie(let name, let credential):
                authorize(cookie: name, credential: credential)
            }
        }
    }

    /// Sends a credential as a query parameter; nothing without a credential.
    mutating func authorize(query: String, credential: String?) {
        addQuery(query, credential)
    }

    /// Sends a credential as a cookie; nothing without a credential.
    mutating func authorize(cookie: String, credential: String?) {
        guard let credential else { return }
        cookies.append(Self.encoded(cookie) + "=" + Self.encoded(credential))
    }

    /// Encodes a JSON body; nothing when the value is nil.
    mutating func setBody(_ value: (some Encodable)?, contentType: String) throws {
        guard let value else { return }
        body = try JSONCoding.encode(value)
        headers["Content-Type"] = contentType
    }

    /// Sets text or bytes as they are; nothing when the value is nil.
    mutating func setRawBody(_ value: Data?, contentType: String) {
        guard let value else { return }
        body = value
        headers["Content-Type"] = contentType
    }

    /// Sets a text body in UTF-8; nothing when the value is nil.
    mutating func setRawBody(_ value: String?, contentType: String) {
        setRawBody(value.map { Data($0.utf8) }, contentType: contentType)
    }

    /// The request against `server`, or against `override` (an operation's own server) unless
    /// the client was given a custom URL.
    func build(server: Server, overriddenBy override: String? = nil) throws -> HTTPRequest {
        var text = server.urlString
        if let override {
            if case .custom = server {} else { text = override }
        }
        while text.hasSuffix("/") {
            text.removeLast()
        }
        if path.contains(Self.emptySegment) {
            throw APIError.emptyPathParameter(path: path.replacingOccurrences(of: Self.emptySegment, with: "{}"))
        }
        text += path
        if !queryItems.isEmpty {
            text += "?" + queryItems.joined(separator: "&")
        }
        guard let url = URL(string: text) else {
            throw APIError.invalidURL(text)
        }
        var headers = headers
        if !cookies.isEmpty {
            headers["Cookie"] = cookies.joined(separator: "; ")
        }
        // A line break would end the header (or smuggle another); URLSession on Linux drops
        // such a header silently, so the call would go out without it, credentials included.
        for (name, value) in headers where !Self.isHeaderSafe(value) {
            throw APIError.invalidHeaderValue(name: name)
        }
        return HTTPRequest(method: method, url: url, headers: headers, body: body)
    }

    /// Whether `text` can stand in a header line: no CR, LF or NUL, which would end the header
    /// or smuggle another.
    static func isHeaderSafe(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0 }
    }

    /// What an empty path parameter leaves in the path until `build` refuses it (percent-encoding
    /// keeps these characters out of every parameter's text).
    static let emptySegment = "{\u{0}}"

    /// Characters that travel unencoded in a path segment or query component (RFC 3986 unreserved).
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Percent-encodes everything but unreserved characters, so `/`, `?`, `#`, `&`, `=` and `+`
    /// cannot change the structure of the URL.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}

/// Where one credential goes, for operations that accept several ways of authenticating.
enum Authorization {
    case header(String, prefix: String, base64: Bool, credential: String?)
    case query(String, credential: String?)
    case cookie(String, credential: String?)

    var credential: String? {
        switch self {
        case .header(_, _, _, let credential), .query(_, let credential), .cookie(_, let credential): credential
        }
    }
}

extension DefaultStringInterpolation {
    /// A path parameter confined to its segment: percent-encoded, and `.`/`..` encoded too so
    /// they cannot be read as relative path steps.
    mutating func appendInterpolation(segment value: some ParameterValue) {
        let text = value.parameterText
        if text.isEmpty {
            appendLiteral(RequestBuilder.emptySegment)
        } else if text == "." || text == ".." {
            appendLiteral(String(repeating: "%2E", count: text.count))
        } else {
            appendLiteral(RequestBuilder.encoded(text))
        }
    }

    /// A string enum path parameter.
    mutating func appendInterpolation<Value: RawRepresentable>(segment value: Value) where Value.RawValue == String {
        appendInterpolation(segment: value.rawValue)
    }
}

/// A value that can travel in a path, query or header parameter, as text.
protocol ParameterValue: Sendable {
    var parameterText: String { get }
}

extension String: ParameterValue {
    var parameterText: String { self }
}

extension Int: ParameterValue {
    var parameterText: String { String(self) }
}

extension Int32: ParameterValue {
    var parameterText: String { String(self) }
}

extension Int64: ParameterValue {
    var parameterText: String { String(self) }
}

extension Double: ParameterValue {
    var parameterText: String { String(self) }
}

extension Float: ParameterValue {
    var parameterText: String { String(self) }
}

extension Bool: ParameterValue {
    var parameterText: String { self ? "true" : "false" }
}

extension UUID: ParameterValue {
    var parameterText: String { uuidString.lowercased() }
}

extension Date: ParameterValue {
    var parameterText: String { RFC3339.string(from: self) }
}

extension URL: ParameterValue {
    var parameterText: String { absoluteString }
}

"""#,
    "Support/ResponseHeaders": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

import Foundation

/// A value read from a response header's text.
protocol HeaderValue {
    init?(headerText: String)
}

extension String: HeaderValue {
    init?(headerText: String) {
        self = headerText
    }
}

extension Int: HeaderValue {
    init?(headerText: String) {
        self.init(headerText.trimmingCharacters(in: .whitespaces))
    }
}

extension Int32: HeaderValue {
    init?(headerText: String) {
        self.init(headerText.trimmingCharacters(in: .whitespaces))
    }
}

extension Int64: HeaderValue {
    init?(headerText: String) {
        self.init(headerText.trimmingCharacters(in: .whitespaces))
    }
}

extension Double: HeaderValue {
    init?(headerText: String) {
        self.init(headerText.trimmingCharacters(in: .whitespaces))
    }
}

extension Bool: HeaderValue {
    init?(headerText: String) {
        switch headerText.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Date: HeaderValue {
    init?(headerText: String) {
        guard let date = RFC3339.date(from: headerText.trimmingCharacters(in: .whitespaces)) else { return nil }
        self = date
    }
}

extension UUID: HeaderValue {
    init?(headerText: String) {
        self.init(uuidString: headerText.trimmingCharacters(in: .whitespaces))
    }
}

extension URL: HeaderValue {
    init?(headerText: String) {
        self.init(string: headerText.trimmingCharacters(in: .whitespaces))
    }
}

extension HTTPResponse {
    /// A header by case-insensitive name, as a value; nil when absent or unreadable.
    func header<Value: HeaderValue>(_ name: String) -> Value? {
        value(forHeader: name).flatMap(Value.init(headerText:))
    }
}

"""#,
    "Support/Tristate": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}

/// An optional property that may also be `null`, where a missing member and `null` mean
/// different things (in a PATCH body, `null` clears a value and a missing member keeps it).
/// The property reads and writes as an optional (`nil` is "leave it out"); its projected value
/// tells and sets all three states: `body.$icon = .null` sends `"icon": null`. What was decoded
/// is encoded the same way. The value is stored out of line, so a type may hold itself through
/// such a property and heavy values stay cheap to copy.
@propertyWrapper
{{access}}struct Tristate<Wrapped: Codable & {{equality}} & Sendable>: Codable, {{equality}}, Sendable {
    /// Whether the member is missing, `null`, or a value.
    {{access}}indirect enum State: {{equality}}, Sendable {
        case absent
        case null
        case value(Wrapped)
    }

    {{access}}var projectedValue: State

    {{access}}init(wrappedValue: Wrapped?) {
        projectedValue = wrappedValue.map(State.value) ?? .absent
    }

    {{access}}var wrappedValue: Wrapped? {
        get {
            if case .value(let value) = projectedValue { return value }
            return nil
        }
        set { projectedValue = newValue.map(State.value) ?? .absent }
    }

    {{access}}init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        projectedValue = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }

    {{access}}func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if case .value(let value) = projectedValue {
            try container.encodeValue(value)
        } else {
            try container.encodeNil()
        }
    }
}

extension KeyedDecodingContainer {
    /// A missing member is `.absent`, `null` is `.null`.
    func decode<Wrapped>(_ type: Tristate<Wrapped>.Type, forKey key: Key) throws -> Tristate<Wrapped> {
        var property = Tristate<Wrapped>(wrappedValue: nil)
        if contains(key) {
            property.projectedValue = try decodeNil(forKey: key) ? .null : .value(try decode(Wrapped.self, forKey: key))
        }
        return property
    }
}

extension KeyedEncodingContainer {
    /// `.absent` leaves the member out, `.null` writes `null`.
    mutating func encode<Wrapped>(_ property: Tristate<Wrapped>, forKey key: Key) throws {
        switch property.projectedValue {
        case .absent: break
        case .null: try encodeNil(forKey: key)
        case .value(let value): try encodeValue(value, forKey: key)
        }
    }
}

"""#,
    "Type": #"""
{{% CONTENT_TYPE: TEXT }}
{{> FileHeader}}
{{#importsFoundation}}

import Foundation
{{/importsFoundation}}

{{#declaration}}
{{> Declaration}}
{{/declaration}}

"""#,
    "Typealias": #"""
{{% CONTENT_TYPE: TEXT }}
{{> DocComment}}
{{access}}typealias {{name}} = {{type}}

"""#,
    "Union": #"""
{{% CONTENT_TYPE: TEXT }}
{{> DocComment}}
{{access}}{{#indirect}}indirect {{/indirect}}enum {{name}}: Codable, {{equality}}, Sendable {
{{#cases}}
    case {{declaration}}{{#payload}}({{.}}){{/payload}}
{{/cases}}

    {{access}}init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
{{#discriminator}}
        struct Discriminator: Decodable {
            let value: String?

            enum CodingKeys: String, CodingKey {
                case value = "{{property}}"
            }
        }
        switch try? container.decode(Discriminator.self).value {
{{#cases}}
        case {{#values}}"{{.}}"{{^last()}}, {{/last()}}{{/values}}:
            self = .{{member}}(try container.decode({{payload}}.self))
            return
{{/cases}}
{{#fallback}}
        case .some:
            self = .{{member}}(try container.decode({{payload}}.self))
            return
{{/fallback}}
        default:
            break
        }
{{/discriminator}}
{{#objectChoice}}
        if let object = try? container.decode([String: JSONValue].self) {
            for position in ObjectAlternative.ranked(object, Self.objectAlternatives) {
                switch position {
{{#alternatives}}
                case {{position}}:
                    if let value = try? container.decode({{payload}}.self) {
                        self = .{{member}}(value)
                        return
                    }
{{/alternatives}}
                default:
                    break
                }
            }
        }
{{/objectChoice}}
{{#decodeOrder}}
{{#constant}}
        if let value = try? container.decode(String.self), value == "{{.}}" {
            self = .{{member}}
            return
        }
{{/constant}}
{{#payload}}
        if let value = try? container.decode({{.}}.self) {
            self = .{{member}}(value)
            return
        }
{{/payload}}
{{/decodeOrder}}
        throw JSONCoding.mismatch(of: "{{name}}", in: container, [
{{#decodeOrder}}
{{#payload}}
            ("{{member}}", JSONCoding.failure(decoding: {{.}}.self, in: container)),
{{/payload}}
{{/decodeOrder}}
        ])
    }

    {{access}}func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
{{#cases}}
{{#constant}}
        case .{{member}}: try container.encode("{{.}}")
{{/constant}}
{{#payload}}
        case .{{member}}(let value): try container.encode(value)
{{/payload}}
{{/cases}}
        }
    }
{{#expandedID}}

    /// The ID: the value itself when it is not expanded, else the expanded object's `id`.
    {{access}}var id: String {
        switch self {
{{#cases}}
        case .{{member}}(let value): return {{value}}
{{/cases}}
        }
    }
{{/expandedID}}
{{#objectChoice}}

    /// What decoding knows of the objects each alternative may be, to choose the one that fits best.
    private static let objectAlternatives: [ObjectAlternative] = [
{{#shapes}}
        ObjectAlternative(
            alternative: {{alternative}},
            keys: [
{{#keyLines}}
                {{.}}
{{/keyLines}}
            ],
            required: [{{required}}],
            tags: {{tags}},
            keepsOtherKeys: {{#keepsOtherKeys}}true{{/keepsOtherKeys}}{{^keepsOtherKeys}}false{{/keepsOtherKeys}}
        ),
{{/shapes}}
    ]
{{/objectChoice}}
{{#nested}}

{{.}}
{{/nested}}
}

"""#,
]
