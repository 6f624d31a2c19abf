// The views of the client's files (the client, its operations, servers, credentials, response
// representations, paging) and of the files themselves. Like every view of this folder: plain
// data, every Swift decision made; see DeclarationViews.swift.

/// The file of one tag's operations: the client (for its settings) and the group.
public struct ClientOperationsFileView: Sendable {
    public let client: ClientView
    public let group: OperationGroupView
}

/// The file of one top-level type.
/// The file of an operation's response representations: one case per media type.
public struct ResponseContentView: Sendable {
    public let access: String
    /// `Hashable` or `Equatable`.
    public let equality: String
    public let name: String
    public let operationName: String
    public let cases: [ContentCaseView]
}

/// One representation: its case, its media type, and how its body is read.
public struct ContentCaseView: Sendable {
    public let name: String
    /// The media type (or range) as a string literal's content.
    public let mediaType: String
    public let payload: String
    public let isJSON: Bool
    public let isText: Bool
    public let isData: Bool
}

public struct TypeFileView: Sendable {
    public let declaration: DeclarationView
    /// The declaration spells a Foundation type (`Date`, `URL`, `UUID`, `Data`).
    public let importsFoundation: Bool
}

/// The client type and its operations.
public struct ClientView: Sendable {
    public let access: String
    /// `Hashable` or `Equatable`.
    public let equality: String
    /// Whether `equality` is `Hashable` (support types then write `hash(into:)`).
    public let hashable: Bool
    /// `<Module>Client` and `<Module>Error`: the client and its error under names no other
    /// generated module uses, for files that import several.
    public let moduleAliases: [ModuleAliasView]
    public let title: String
    public let doc: [DocLine]
    public let servers: [ServerView]
    public let defaultServer: String?
    /// The default server has variables, so it is written `.name()`.
    public let defaultServerTakesArguments: Bool
    public let credentials: [CredentialView]
    /// The operations declared in `Client` itself (those without a tag).
    public let operations: [OperationView]
    /// The tagged operations, a file of `extension Client` per tag.
    public let groups: [OperationGroupView]
    public let errorBodies: [ErrorBodyView]
    /// The enums of operations answering in several representations, a file each.
    public let responseContents: [ResponseContentView]

    /// Every operation, wherever it is declared.
    public var allOperations: [OperationView] { operations + groups.flatMap(\.operations) }
}

/// The operations of one tag, declared in `<fileName>.swift` as an extension of `Client`.
public struct OperationGroupView: Sendable {
    public let fileName: String
    public let operations: [OperationView]
}

/// A documented server, one case of the `Server` enum.
public struct ServerView: Sendable {
    public let name: String
    public let doc: [DocLine]
    /// The URL template's variables, as case parameters with their defaults.
    public let variables: [ServerVariableView]
    /// The URL: fixed text and variables.
    public let urlParts: [PathPartView]
}

/// A server URL variable: a `String` case parameter with its default.
public struct ServerVariableView: Sendable {
    public let name: String
    public let defaultValue: String
}

/// A credential the client is configured with, one per security scheme.
public struct CredentialView: Sendable {
    public let name: String
    public let type: String
    public let defaultValue: String?
    public let docLine: String
}

/// One case of `APIError.Body`: a model documented for an error status.
public struct ErrorBodyView: Sendable {
    public let name: String
    public let type: String
}

/// One operation method.
public struct OperationView: Sendable {
    public let name: String
    /// The method holding the request code: `name`, or `nameWithHeaders` when the operation
    /// documents response headers (then `name` forwards to it and drops the headers).
    public let implementationName: String
    public let implementationReturn: String?
    /// The response headers type, when there is one, and its fields.
    public let headersType: String?
    public let headerFields: [HeaderFieldView]
    /// Every argument, for forwarding calls.
    public let forwarded: [ForwardedArgumentView]
    /// Whether the request builder is changed after creation (`var`) or not (`let`).
    public let buildsRequest: Bool
    public let doc: [DocLine]
    public let deprecated: Bool
    public let method: String
    public let path: [PathPartView]
    public let parameters: InitializerView
    public let queryItems: [ParameterUseView]
    public let headers: [ParameterUseView]
    public let cookies: [ParameterUseView]
    /// The one way the operation authenticates (empty when it has none, or several).
    public let authorizations: [AuthorizationView]
    /// Several ways: the first whose credentials are all configured is used at run time.
    public let authorizationChoices: [AuthorizationAlternativeView]
    public let body: BodyView?
    public let accept: String?
    /// The `Accept` header as Swift, when the caller chooses the media types (`accept:`).
    public let acceptExpression: String?
    public let returnType: String?
    public let cases: [ResponseCaseView]
    public let hasDefault: Bool
    /// The operation's own base URL, used unless the client was given a custom one.
    public let serverOverride: String?
    /// For undocumented error statuses: the operation's one error model, tried before giving up.
    public let fallbackError: ErrorCaseView?
    public let paging: PagingView?
}

/// A piece of the request path: `literal` text or an encoded `parameter`.
public struct PathPartView: Sendable {
    public let literal: String?
    /// A scalar in `simple` style: `\(segment: name)`.
    public let parameter: String?
    /// Empty, or one parameter serialized by its style (`label`, `matrix`, arrays, objects).
    public let styled: [ParameterUseView]
}

/// A parameter as the request builder adds it: a scalar or an array of scalars in the default
/// style takes the direct route; anything else carries its `style` and goes through
/// `ParameterSerializer`.
public struct ParameterUseView: Sendable {
    public let wireName: String
    public let name: String
    public let isArray: Bool
    public let explode: Bool
    public let style: String?
}

/// One way of authenticating: the credentials it sends together.
public struct AuthorizationAlternativeView: Sendable {
    public let items: [AuthorizationView]
}

/// Where a credential goes; exactly one of the names is set.
public struct AuthorizationView: Sendable {
    public let credential: String
    public let headerName: String?
    public let headerPrefix: String?
    /// Sent base64-encoded (HTTP basic).
    public let base64: Bool
    public let queryName: String?
    public let cookieName: String?
}

/// The request body and how it is encoded (one flag is set).
public struct BodyView: Sendable {
    public let name: String
    public let contentType: String
    public let isOptional: Bool
    public let isJSON: Bool
    public let isForm: Bool
    public let isMultipart: Bool
    /// Text or bytes, sent as they are.
    public let isRaw: Bool
    /// The members the spec's `encoding` describes (form and multipart bodies), if any.
    public let fieldList: BodyFieldListView?
}

/// The `fields:` argument of a form or multipart body.
public struct BodyFieldListView: Sendable {
    public let items: [BodyFieldView]
}

/// How one body member is written: `"metadata": BodyField(style: .deepObject, explode: true)`.
public struct BodyFieldView: Sendable {
    public let wireName: String
    /// The `BodyField` initialiser's arguments.
    public let arguments: String
}

/// A `case` of the response switch: specific `codes`, a range `lowerBound..<upperBound`, or
/// `default`.
public struct ResponseCaseView: Sendable {
    public var codes: [Int]
    public let lowerBound: Int?
    public let upperBound: Int?
    public let isDefault: Bool
    /// The type to decode from JSON and return for a success status.
    public let returnsBody: String?
    /// A text success body, returned as a `String`.
    public let returnsText: Bool
    /// A success body returned as raw `Data`.
    public let returnsData: Bool
    /// The model to read a `multipart/form-data` success body into.
    public let returnsMultipart: String?
    /// The representations enum to read a success body into, by its `Content-Type`.
    public let returnsContent: String?
    /// A success without a body, in an operation that returns nothing.
    public let returnsVoid: Bool
    /// A success without a body, in an operation that otherwise returns a body.
    public let returnsNil: Bool
    public let errorBody: ErrorCaseView?
}

/// An error status: the `APIError.Body` case and model to decode, or none (`.empty`).
public struct ErrorCaseView: Equatable, Sendable {
    public let caseName: String
    /// The model decoded from JSON, if the error body is one.
    public let type: String?
    /// The body is text (`.text(String)`).
    public var isText: Bool = false
    /// Neither a model nor text (`.empty`).
    public var isEmpty: Bool { type == nil && !isText }
}

/// The page-walking companion of a paginated operation.
/// `typealias BirdAccountsClient = Client`.
public struct ModuleAliasView: Sendable {
    public let name: String
    public let target: String
}

public struct PagingView: Sendable {
    public let name: String
    public let pageType: String
    public let tokenType: String
    public let operationName: String
    public let parameters: InitializerView
    /// Every argument of the operation call; the cursor one passes `token`.
    public let forwarded: [ForwardedArgumentView]
    /// The Swift property of the page that holds the next cursor.
    public let nextTokenField: String
    /// The Swift property of the page that says whether more pages follow, if any.
    public let hasMore: String?
    /// The JSON name of the cursor field, for the doc comment.
    public let tokenField: String
}

/// A response header read into a property of the headers type.
public struct HeaderFieldView: Sendable {
    public let name: String
    public let wireName: String
}

/// `label: name` in a forwarding call.
public struct ForwardedArgumentView: Sendable {
    public let label: String
    public let name: String
}
