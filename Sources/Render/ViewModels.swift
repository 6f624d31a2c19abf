// Typed view models the Mustache templates render. Stored properties only: swift-mustache looks
// values up by reflection, and a key a template names but a view lacks would render silently as
// nothing, so every key the default templates use exists here (the golden files catch drift).
//
// `indent` is relative to the declaration being rendered: "" on a type's own view, four spaces
// on its members' views (read by `DocComment`). Type templates lay out at
// column 0; `NestedDeclarationRenderer` indents nested declarations as text.

/// One line of a `///` doc comment; `text` nil renders as an empty `///` line.
struct DocLine {
    /// What follows `///` on the line: a space and the text, or nothing on an empty line.
    let line: String

    init(text: String?) {
        line = text.map { " " + $0 } ?? ""
    }
}

/// A declaration: exactly one of the three lists holds one view.
///
/// Lists rather than optionals on purpose: a nil optional is "not found" to Mustache, which
/// then looks the key up in the enclosing context, and a nested declaration would render its
/// parent again. An empty list is found, and false.
struct DeclarationView {
    let structure: [StructView]
    let enumeration: [EnumView]
    let alias: [AliasView]
    let union: [UnionView]
    let anyOf: [AnyOfView]
}

/// A struct for an `anyOf`: one optional field per alternative, every matching one kept.
struct AnyOfView {
    let indent: String
    let access: String
    /// `Hashable` or `Equatable`.
    let equality: String
    let name: String
    let doc: [DocLine]
    let deprecated: Bool
    let fields: [AnyOfFieldView]
    /// Fields that encode as JSON objects: they are merged into one object when encoding.
    let objectFields: [AnyOfFieldView]
    let hasObjectFields: Bool
    /// Two or more object fields: merged member by member through `JSONValue`, so where they
    /// share a member the first keeps its value and the others add what it lacks.
    let mergesObjects: Bool
    /// The other fields: the first present one is encoded when no object field is.
    let otherFields: [AnyOfFieldView]
    let initializer: InitializerView
    /// The declarations nested in this one, each rendered on its own and indented one level.
    let nested: [String]
}

/// One alternative of an `anyOf` struct.
struct AnyOfFieldView {
    let indirect: Bool
    let name: String
    let type: String
}

/// A `struct` for an object schema.
struct StructView {
    let indent: String
    let access: String
    /// `Hashable` or `Equatable`.
    let equality: String
    let name: String
    let doc: [DocLine]
    let deprecated: Bool
    let properties: [PropertyView]
    let hasProperties: Bool
    /// Empty or one view (a list for the reason given on `DeclarationView`).
    let codingKeys: [CodingKeysView]
    let initializer: InitializerView
    /// Empty, or one custom `encode(to:)` when a required property may be null and is stored
    /// `@Indirect` (elsewhere `@Nullable` makes synthesized `Codable` write the `null`).
    let encoder: [EncoderView]
    /// Empty, or one hand-written `Codable` that keeps members beyond the declared properties.
    let coding: [CodingView]
    /// Empty, or one `init(_ response:)` for a type that holds a response's headers.
    let headerReader: [HeaderReaderView]
    /// The declarations nested in this one, each rendered on its own and indented one level.
    let nested: [String]
}

/// The initialiser of a response-headers type that reads each header from a response.
struct HeaderReaderView {
    let fields: [HeaderFieldView]
}

/// `init(from:)` and `encode(to:)` for an object with declared and additional properties.
struct CodingView {
    let members: [EncodedMemberView]
    /// The property holding the additional members, and their value type.
    let extraName: String
    let extraType: String
}

/// A hand-written `encode(to:)`.
struct EncoderView {
    let members: [EncodedMemberView]
}

/// One property in `encode(to:)`: `encodeIfPresent` for optional ones, `encode` otherwise.
struct EncodedMemberView {
    let name: String
    let key: String
    /// The property's type without `?`.
    let type: String
    /// Encoded with `encodeIfPresent` (not required).
    let ifPresent: Bool
    /// Decoded with `decodeIfPresent` (optional: not required, or nullable).
    let decodeIfPresent: Bool
    /// Stored `@Tristate`: coded through its wrapper, `self._<key>`, so `null` is kept.
    let tristate: Bool
}

/// A stored property.
struct PropertyView {
    let indent: String
    /// The property wrapper and a space, or nothing: `@Indirect ` (stored out of line: the
    /// type contains itself through it, or is heavy) or `@Nullable ` (required but may be
    /// null, so always encoded).
    let attributes: String
    let name: String
    let type: String
    let doc: [DocLine]
    let deprecated: Bool
    /// A blank line goes before the property: it or the one before it has a doc comment.
    var spaced: Bool = false
}

/// `enum CodingKeys`, emitted only when some Swift name differs from its JSON name.
struct CodingKeysView {
    let keys: [CodingKeyView]
}

/// One coding key; `wireName` is set when it differs from the case name.
struct CodingKeyView {
    let name: String
    let wireName: String?
}

/// A parameter list (a memberwise initialiser's or an operation's), in a member of a type:
/// wrapped parameters are indented two levels, the closing parenthesis one.
struct InitializerView {
    /// Parameters one per line (true) or on the `init(` line (false).
    let wrapped: Bool
    let isEmpty: Bool
    let parameters: [ParameterDeclarationView]
}

/// A parameter in a declaration: `label: Type = default`; `name` is how the body refers to it.
struct ParameterDeclarationView {
    let label: String
    let name: String
    let type: String
    let defaultValue: String?
}

/// A string enum that keeps unknown values.
struct EnumView {
    let indent: String
    let access: String
    /// `Hashable` or `Equatable`.
    let equality: String
    let name: String
    let doc: [DocLine]
    let deprecated: Bool
    let cases: [EnumCaseView]
    /// The case declarations, several to a line (`low, medium, high`), lines kept short.
    let caseLines: [String]
    let unknownCase: String
}

/// One known enum value: `declaration` in `case …`, `member` after a dot.
struct EnumCaseView {
    let declaration: String
    let member: String
    let rawValue: String
}

/// An enum with associated values for a `oneOf`/`anyOf`.
struct UnionView {
    let indent: String
    /// `indirect enum`: an alternative contains the union itself.
    let indirect: Bool
    let access: String
    /// `Hashable` or `Equatable`.
    let equality: String
    let name: String
    let doc: [DocLine]
    let deprecated: Bool
    let cases: [UnionCaseView]
    /// The cases in the order decoding tries them: literals first, then spec order.
    let decodeOrder: [UnionCaseView]
    /// Empty, or one: decode by the discriminator property first.
    let discriminator: [DiscriminatorView]
    /// Empty, or one: choose among the object alternatives by their members (`ObjectChoice`).
    let objectChoice: [ObjectChoiceView]
    /// An expandable ID's `id` accessor, when every alternative has one.
    let expandedID: ExpandedIDView?
    /// The declarations nested in this one, each rendered on its own and indented one level.
    let nested: [String]
}

/// The `id` of an ID-or-object union: a case per alternative.
struct ExpandedIDView {
    let cases: [ExpandedIDCaseView]
}

/// One case of the `id` accessor: `case .customer(let value): return value.id`.
struct ExpandedIDCaseView {
    let member: String
    /// `value` for the ID itself, `value.id` for an expanded object.
    let value: String
}

/// The object alternatives of a union, for choosing the one that fits a value best.
struct ObjectChoiceView {
    let alternatives: [ObjectAlternativeView]
    /// The objects the alternatives may be: one per alternative, or several for an alternative
    /// that is a union of objects.
    let shapes: [ObjectShapeView]
}

/// One object alternative: its position among them and its case.
struct ObjectAlternativeView {
    let position: Int
    let member: String
    let payload: String
}

/// What `ObjectAlternative` knows of one object an alternative may be, as Swift literals.
struct ObjectShapeView {
    /// The position of its alternative.
    let alternative: Int
    /// The declared wire names, quoted, comma-separated and packed into lines.
    let keyLines: [String]
    /// The required wire names, quoted and comma-separated.
    let required: String
    /// A dictionary literal of the tags (`[:]` when none).
    let tags: String
    let keepsOtherKeys: Bool
}

/// The property that names the alternative, and which values select which case.
struct DiscriminatorView {
    let property: String
    let cases: [DiscriminatorCaseView]
    /// Empty, or the case for values naming no other (an inheritance base).
    let fallback: [DiscriminatorCaseView]
}

/// The discriminator values of one case.
struct DiscriminatorCaseView {
    let values: [String]
    let member: String
    let payload: String
}

/// One alternative: a `payload` type, or a string literal `constant`.
struct UnionCaseView {
    let declaration: String
    let member: String
    let payload: String?
    let constant: String?
}

/// A `typealias`.
struct AliasView {
    let indent: String
    let access: String
    let name: String
    let doc: [DocLine]
    let deprecated: Bool
    let type: String
}

/// The file of one tag's operations: the client (for its settings) and the group.
struct ClientOperationsFileView {
    let client: ClientView
    let group: OperationGroupView
}

/// The file of one top-level type.
/// The file of an operation's response representations: one case per media type.
struct ResponseContentView {
    let access: String
    /// `Hashable` or `Equatable`.
    let equality: String
    let name: String
    let operationName: String
    let cases: [ContentCaseView]
}

/// One representation: its case, its media type, and how its body is read.
struct ContentCaseView {
    let name: String
    /// The media type (or range) as a string literal's content.
    let mediaType: String
    let payload: String
    let isJSON: Bool
    let isText: Bool
    let isData: Bool
}

struct TypeFileView {
    let declaration: DeclarationView
    /// The declaration spells a Foundation type (`Date`, `URL`, `UUID`, `Data`).
    let importsFoundation: Bool
}

/// The client type and its operations.
struct ClientView {
    let indent: String
    let access: String
    /// `Hashable` or `Equatable`.
    let equality: String
    /// Whether `equality` is `Hashable` (support types then write `hash(into:)`).
    let hashable: Bool
    /// `<Module>Client` and `<Module>Error`: the client and its error under names no other
    /// generated module uses, for files that import several.
    let moduleAliases: [ModuleAliasView]
    let title: String
    let doc: [DocLine]
    let servers: [ServerView]
    let defaultServer: String?
    /// The default server has variables, so it is written `.name()`.
    let defaultServerTakesArguments: Bool
    let credentials: [CredentialView]
    /// The operations declared in `Client` itself (those without a tag).
    let operations: [OperationView]
    /// The tagged operations, a file of `extension Client` per tag.
    let groups: [OperationGroupView]
    let errorBodies: [ErrorBodyView]
    /// The enums of operations answering in several representations, a file each.
    let responseContents: [ResponseContentView]

    /// Every operation, wherever it is declared.
    var allOperations: [OperationView] { operations + groups.flatMap(\.operations) }
}

/// The operations of one tag, declared in `<fileName>.swift` as an extension of `Client`.
struct OperationGroupView {
    let fileName: String
    let operations: [OperationView]
}

/// A documented server, one case of the `Server` enum.
struct ServerView {
    let indent: String
    let deprecated: Bool
    let name: String
    let doc: [DocLine]
    /// The URL template's variables, as case parameters with their defaults.
    let variables: [ServerVariableView]
    let hasVariables: Bool
    /// The URL: fixed text and variables.
    let urlParts: [PathPartView]
}

/// A server URL variable: a `String` case parameter with its default.
struct ServerVariableView {
    let name: String
    let defaultValue: String
}

/// A credential the client is configured with, one per security scheme.
struct CredentialView {
    let name: String
    let type: String
    let defaultValue: String?
    let docLine: String
}

/// One case of `APIError.Body`: a model documented for an error status.
struct ErrorBodyView {
    let name: String
    let type: String
}

/// One operation method.
struct OperationView {
    let indent: String
    let name: String
    /// The method holding the request code: `name`, or `nameWithHeaders` when the operation
    /// documents response headers (then `name` forwards to it and drops the headers).
    let implementationName: String
    let implementationReturn: String?
    /// The response headers type, when there is one, and its fields.
    let headersType: String?
    let headerFields: [HeaderFieldView]
    /// Every argument, for forwarding calls.
    let forwarded: [ForwardedArgumentView]
    /// Whether the request builder is changed after creation (`var`) or not (`let`).
    let buildsRequest: Bool
    let doc: [DocLine]
    let deprecated: Bool
    let method: String
    let path: [PathPartView]
    let parameters: InitializerView
    let queryItems: [ParameterUseView]
    let headers: [ParameterUseView]
    let cookies: [ParameterUseView]
    /// The one way the operation authenticates (empty when it has none, or several).
    let authorizations: [AuthorizationView]
    /// Several ways: the first whose credentials are all configured is used at run time.
    let authorizationChoices: [AuthorizationAlternativeView]
    let hasAuthorizationChoices: Bool
    let body: BodyView?
    let accept: String?
    /// The `Accept` header as Swift, when the caller chooses the media types (`accept:`).
    let acceptExpression: String?
    let returnType: String?
    let cases: [ResponseCaseView]
    let hasDefault: Bool
    /// The operation's own base URL, used unless the client was given a custom one.
    let serverOverride: String?
    /// For undocumented error statuses: the operation's one error model, tried before giving up.
    let fallbackError: ErrorCaseView?
    let paging: PagingView?
}

/// A piece of the request path: `literal` text or an encoded `parameter`.
struct PathPartView {
    let literal: String?
    /// A scalar in `simple` style: `\(segment: name)`.
    let parameter: String?
    /// Empty, or one parameter serialized by its style (`label`, `matrix`, arrays, objects).
    let styled: [ParameterUseView]
}

/// A parameter as the request builder adds it: a scalar or an array of scalars in the default
/// style takes the direct route; anything else carries its `style` and goes through
/// `ParameterSerializer`.
struct ParameterUseView {
    let wireName: String
    let name: String
    let isArray: Bool
    let explode: Bool
    let style: String?
}

/// One way of authenticating: the credentials it sends together.
struct AuthorizationAlternativeView {
    let items: [AuthorizationView]
}

/// Where a credential goes; exactly one of the names is set.
struct AuthorizationView {
    let credential: String
    let headerName: String?
    let headerPrefix: String?
    /// Sent base64-encoded (HTTP basic).
    let base64: Bool
    let queryName: String?
    let cookieName: String?
}

/// The request body and how it is encoded (one flag is set).
struct BodyView {
    let name: String
    let contentType: String
    let isOptional: Bool
    let isJSON: Bool
    let isForm: Bool
    let isMultipart: Bool
    /// Text or bytes, sent as they are.
    let isRaw: Bool
    /// The members the spec's `encoding` describes (form and multipart bodies), if any.
    let fieldList: BodyFieldListView?
}

/// The `fields:` argument of a form or multipart body.
struct BodyFieldListView {
    let items: [BodyFieldView]
}

/// How one body member is written: `"metadata": BodyField(style: .deepObject, explode: true)`.
struct BodyFieldView {
    let wireName: String
    /// The `BodyField` initialiser's arguments.
    let arguments: String
}

/// A `case` of the response switch: specific `codes`, a range `lowerBound..<upperBound`, or
/// `default`.
struct ResponseCaseView {
    var codes: [Int]
    let lowerBound: Int?
    let upperBound: Int?
    let isDefault: Bool
    /// The type to decode from JSON and return for a success status.
    let returnsBody: String?
    /// A text success body, returned as a `String`.
    let returnsText: Bool
    /// A success body returned as raw `Data`.
    let returnsData: Bool
    /// The model to read a `multipart/form-data` success body into.
    let returnsMultipart: String?
    /// The representations enum to read a success body into, by its `Content-Type`.
    let returnsContent: String?
    /// A success without a body, in an operation that returns nothing.
    let returnsVoid: Bool
    /// A success without a body, in an operation that otherwise returns a body.
    let returnsNil: Bool
    let errorBody: ErrorCaseView?
}

/// An error status: the `APIError.Body` case and model to decode, or none (`.empty`).
struct ErrorCaseView: Equatable {
    let caseName: String
    /// The model decoded from JSON, if the error body is one.
    let type: String?
    /// The body is text (`.text(String)`).
    var isText: Bool = false
    /// Neither a model nor text (`.empty`).
    var isEmpty: Bool { type == nil && !isText }
}

/// The page-walking companion of a paginated operation.
/// `typealias BirdAccountsClient = Client`.
struct ModuleAliasView {
    let name: String
    let target: String
}

struct PagingView {
    let name: String
    let pageType: String
    let tokenType: String
    let operationName: String
    let parameters: InitializerView
    /// Every argument of the operation call; the cursor one passes `token`.
    let forwarded: [ForwardedArgumentView]
    /// The Swift property of the page that holds the next cursor.
    let nextTokenField: String
    /// The Swift property of the page that says whether more pages follow, if any.
    let hasMore: String?
    /// The JSON name of the cursor field, for the doc comment.
    let tokenField: String
}

/// A response header read into a property of the headers type.
struct HeaderFieldView {
    let name: String
    let wireName: String
}

/// `label: name` in a forwarding call.
struct ForwardedArgumentView {
    let label: String
    let name: String
}
