import Diagnostics
import IR

/// Builds the view of the client: servers, credentials, one method per operation, paging
/// companions and the `ErrorResponse` cases.
struct ClientViewBuilder {
    let api: APIDescription
    let access: String
    /// `Hashable` or `Equatable` (see `TypeViewBuilder.equality`).
    let equality: String
    /// The module the output is for: it names the module aliases.
    let moduleName: String
    let names: SwiftNamer
    let log: DiagnosticLog

    /// Names the generated client uses for its own members and locals.
    static let reservedMembers: Set<String> = ["server", "transport", "send", "request", "response"]

    func build() -> ClientView {
        let credentials = self.credentials()
        var errorBodies: [ErrorBodyView] = []
        let operationNames = names.operationNames(api.operations, avoiding: Self.reservedMembers.union(credentials.map(\.name)))
        var operations: [OperationView] = []
        var responseContents: [ResponseContentView] = []
        var groupOf: [String] = []
        let splitsUntagged = api.operations.count(where: { $0.tags.isEmpty }) > Self.maxUntaggedInClientFile
        for (operation, name) in zip(api.operations, operationNames) {
            let group = operation.tags.first.map(Naming.pascalCase) ?? (splitsUntagged ? Self.pathGroup(operation.path) : "")
            groupOf.append(group)
            operations.append(self.operation(operation, name: name, credentials: credentials, errorBodies: &errorBodies))
            if let content = responseContent(operation, methodName: name) { responseContents.append(content) }
            // The same operation with its body in another encoding; the argument label chooses.
            for alternative in operation.alternativeBodies {
                var variant = operation
                variant.requestBody = alternative
                variant.pagination = nil
                operations.append(
                    self.operation(variant, name: name, credentials: credentials, errorBodies: &errorBodies, bodyLabel: Self.bodyLabel(alternative.encoding))
                )
                groupOf.append(group)
            }
        }
        let (ungrouped, groups) = Self.grouped(operations, by: groupOf, names: names)
        let serverNames = names.serverNames(api.servers)
        let servers = zip(api.servers, serverNames).map { server, name in
            let variableNames = names.variableNames(of: server)
            var variableDocs: [String] = []
            for (variable, bare) in zip(server.variables, variableNames) {
                let allowed = variable.allowedValues.isEmpty ? "" : " (one of \(variable.allowedValues.map { "`\($0)`" }.joined(separator: ", ")))"
                variableDocs.append("  - \(bare): \(DocLines.singleLine(variable.description) ?? "The `\(variable.name)` variable.")\(allowed)")
            }
            return ServerView(
                name: SwiftNames.escaped(name),
                doc: DocLines.lines(
                    Documentation(description: [server.description, "`\(server.url)`"].compactMap { $0 }.joined(separator: ": ")),
                    extra: variableDocs.isEmpty ? [] : ["- Parameters:"] + variableDocs, indent: SwiftLayout.indentUnit
                ),
                variables: zip(server.variables, variableNames).map { variable, bare in
                    ServerVariableView(name: SwiftNames.escaped(bare), defaultValue: SwiftNames.stringLiteralContent(variable.defaultValue))
                },
                urlParts: PathComponent.parse(server.url).map { part in
                    switch part {
                    case .literal(let text):
                        return PathPartView(literal: SwiftNames.stringLiteralContent(text), parameter: nil, styled: [])
                    case .parameter(let variable):
                        let index = server.variables.firstIndex { $0.name == variable }
                        return index.map { PathPartView(literal: nil, parameter: SwiftNames.escaped(variableNames[$0]), styled: []) }
                            ?? PathPartView(literal: SwiftNames.stringLiteralContent("{\(variable)}"), parameter: nil, styled: [])
                    }
                }
            )
        }
        return ClientView(
            access: access,
            equality: equality,
            hashable: equality == "Hashable",
            moduleAliases: moduleAliases(),
            title: api.title,
            doc: DocLines.lines(Documentation(summary: "\(api.title) \(api.version)".trimmingTrailingSpace, description: api.documentation.description)),
            servers: servers,
            defaultServer: servers.first.map { $0.name.replacingBackticks },
            defaultServerTakesArguments: servers.first?.variables.isEmpty == false,
            credentials: credentials.map(\.view),
            operations: ungrouped,
            groups: groups,
            errorBodies: errorBodies,
            responseContents: responseContents
        )
    }

    /// Operations by their first tag, each tag an `extension Client` file of its own (smaller
    /// files compile in parallel and recompile alone); untagged operations stay in `Client`.
    /// How many untagged operations `Client.swift` holds before they are split into files by
    /// path, like tagged ones: one file of thousands of lines is compiled on one core.
    static let maxUntaggedInClientFile = 40

    /// The group of an untagged operation in a big spec: its path's first segment that is not a
    /// parameter, a version (`v1`) or `api` (`/v1/customers/{id}` → `Customers`).
    static func pathGroup(_ path: String) -> String {
        let segments = path.split(separator: "/").map(String.init)
        let isVersion = { (segment: String) in
            segment.lowercased() == "api" || (segment.first == "v" && segment.dropFirst().allSatisfy(\.isNumber) && segment.count > 1)
        }
        let segment = segments.first { !$0.hasPrefix("{") && !isVersion($0) && !Naming.pascalCase($0).isEmpty }
        return segment.map(Naming.pascalCase) ?? ""
    }

    /// Groups keep the order in which their tags first appear.
    static func grouped(_ operations: [OperationView], by groupOf: [String], names: SwiftNamer) -> ([OperationView], [OperationGroupView]) {
        var ungrouped: [OperationView] = []
        var order: [String] = []
        var members: [String: [OperationView]] = [:]
        for (operation, group) in zip(operations, groupOf) {
            if group.isEmpty || group == "Client" {
                ungrouped.append(operation)
                continue
            }
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(operation)
        }
        let fileNames = names.fileNames(order.map { "Client+" + $0 })
        let groups = zip(order, fileNames).map { group, fileName in
            OperationGroupView(fileName: fileName, operations: members[group] ?? [])
        }
        return (ungrouped, groups)
    }

    // MARK: Operations

    /// The argument label of a body in an encoding other than the operation's preferred one.
    static func bodyLabel(_ encoding: BodyEncoding) -> String {
        switch encoding {
        case .json: return "jsonBody"
        case .formURLEncoded: return "formBody"
        case .multipart: return "multipartBody"
        case .text: return "textBody"
        case .binary: return "dataBody"
        }
    }

    private func operation(
        _ operation: Operation, name: String, credentials: [Credential], errorBodies: inout [ErrorBodyView], bodyLabel: String = "body"
    ) -> OperationView {
        var taken: Set<String> = ["request", "response"]
        if operation.requestBody != nil { taken.insert(bodyLabel) }
        let parameterNames = names.parameterNames(of: operation, avoiding: taken)
        var declarations: [ParameterDeclarationView] = []
        var queryItems: [ParameterUseView] = []
        var headers: [ParameterUseView] = []
        var cookies: [ParameterUseView] = []
        var pathUses: [String: ParameterUseView] = [:]
        var path: [PathPartView] = []
        var parameterDocs: [String] = []
        for (parameter, bare) in zip(operation.parameters, parameterNames) {
            let swiftName = SwiftNames.escaped(bare)
            var type = names.spelling(parameter.type, from: nil)
            var defaultValue: String?
            if let literal = SwiftLiterals.defaultValue(parameter.defaultValue, type: parameter.type, spelledType: type, in: api, names: names) {
                defaultValue = literal
            } else if !parameter.isRequired {
                type += "?"
                defaultValue = "nil"
            }
            declarations.append(ParameterDeclarationView(label: swiftName, name: swiftName, type: type, defaultValue: defaultValue))
            parameterDocs.append(
                "  - \(bare): \(DocLines.singleLine(parameter.documentation.description) ?? "The `\(parameter.name)` \(parameter.location.rawValue) parameter.")"
            )
            let use = parameterUse(parameter, swiftName: swiftName, operation: operation)
            switch parameter.location {
            case .path: pathUses[parameter.name] = use
            case .query: queryItems.append(use)
            case .header: headers.append(use)
            case .cookie: cookies.append(use)
            }
        }
        for component in operation.pathComponents {
            switch component {
            case .literal(let text):
                path.append(PathPartView(literal: SwiftNames.stringLiteralContent(Self.pathLiteral(text)), parameter: nil, styled: []))
            case .parameter(let parameterName):
                if let use = pathUses[parameterName], use.style != nil {
                    path.append(PathPartView(literal: nil, parameter: nil, styled: [use]))
                } else {
                    path.append(PathPartView(literal: nil, parameter: pathUses[parameterName]?.name ?? "\"\"", styled: []))
                }
            }
        }
        var body: BodyView?
        if let requestBody = operation.requestBody {
            var type = names.spelling(requestBody.type, from: nil)
            if !requestBody.isRequired { type += "?" }
            declarations.append(
                ParameterDeclarationView(label: bodyLabel, name: bodyLabel, type: type, defaultValue: requestBody.isRequired ? nil : "nil")
            )
            var bodyDoc = DocLines.singleLine(requestBody.documentation.description) ?? "The request body"
            while bodyDoc.hasSuffix(".") { bodyDoc.removeLast() }
            parameterDocs.append("  - \(bodyLabel): \(bodyDoc), sent as `\(requestBody.contentType)`.")
            body = BodyView(
                name: bodyLabel,
                contentType: SwiftNames.stringLiteralContent(requestBody.contentType),
                isOptional: !requestBody.isRequired,
                isJSON: requestBody.encoding == .json,
                isForm: requestBody.encoding == .formURLEncoded,
                isMultipart: requestBody.encoding == .multipart,
                isRaw: requestBody.encoding == .text || requestBody.encoding == .binary,
                fieldList: Self.fieldList(requestBody)
            )
        }

        let outcome = responseCases(operation, errorBodies: &errorBodies)
        let headersType = operation.responseHeaders.map { names.spelling(.named($0), from: nil) }
        var headerFields: [HeaderFieldView] = []
        if let headersName = operation.responseHeaders, case .object(let shape)? = api.type(named: headersName)?.kind {
            let fieldNames = names.memberNames(of: shape)
            headerFields = zip(shape.properties, fieldNames).map { property, bare in
                HeaderFieldView(name: SwiftNames.escaped(bare), wireName: SwiftNames.stringLiteralContent(property.name))
            }
        }
        var implementationReturn = outcome.returnType
        if let headersType {
            implementationReturn = outcome.returnType.map { "(body: \($0), headers: \(headersType))" } ?? headersType
        }
        var accept = Self.accept(operation).map(SwiftNames.stringLiteralContent)
        var acceptExpression: String?
        if let content = operation.responseContent {
            // The caller picks among the representations; the error types are always accepted.
            let enumName = names.spelling(.named(content), from: nil)
            let chosen = "accept.map(\\.rawValue)"
            let others = Self.acceptedTypes(operation.responses.filter { !$0.status.isSuccess })
                .map { "\"\(SwiftNames.stringLiteralContent($0))\"" }
            acceptExpression = (others.isEmpty ? chosen : "(\(chosen) + [\(others.joined(separator: ", "))])") + ".joined(separator: \", \")"
            accept = nil
            declarations.append(
                ParameterDeclarationView(label: "accept", name: "accept", type: "[\(enumName).MediaType]", defaultValue: "\(enumName).MediaType.allCases")
            )
            parameterDocs.append("  - accept: The media types to ask for; the response is read as the one the server chose.")
        }
        var extra: [String] = []
        if !parameterDocs.isEmpty {
            extra.append("- Parameters:")
            extra.append(contentsOf: parameterDocs)
        }
        if let returns = outcome.returnsDoc { extra.append("- Returns: \(returns)") }
        if !outcome.throwsDoc.isEmpty { extra.append("- Throws: `APIError.response` for \(outcome.throwsDoc.joined(separator: "; ")).") }
        let documentation = Documentation(summary: operation.documentation.summary, description: operation.documentation.description)
        let parameterList = TypeViewBuilder.parameterList(declarations)
        let alternatives = authorizationAlternatives(for: operation, credentials: credentials)
        let authorizations = alternatives.count == 1 ? alternatives[0] : []
        let choices = alternatives.count > 1 ? alternatives.map { AuthorizationAlternativeView(items: $0) } : []
        return OperationView(
            name: SwiftNames.escaped(name),
            implementationName: headersType == nil ? SwiftNames.escaped(name) : SwiftNames.escaped(name + "WithHeaders"),
            implementationReturn: implementationReturn,
            headersType: headersType,
            headerFields: headerFields,
            forwarded: declarations.map { ForwardedArgumentView(label: Self.argumentLabel($0.label), name: $0.name) },
            buildsRequest: !queryItems.isEmpty || !headers.isEmpty || !cookies.isEmpty || !alternatives.isEmpty || body != nil,
            doc: DocLines.lines(documentation, extra: extra, markedDeprecated: true, indent: SwiftLayout.indentUnit),
            deprecated: operation.documentation.isDeprecated,
            method: operation.method,
            path: path,
            parameters: parameterList,
            queryItems: queryItems,
            headers: headers,
            cookies: cookies,
            authorizations: authorizations,
            authorizationChoices: choices,
            body: body,
            accept: accept,
            acceptExpression: acceptExpression,
            returnType: outcome.returnType,
            cases: outcome.cases,
            hasDefault: operation.responses.contains { $0.status == .default },
            serverOverride: operation.serverURL.map(SwiftNames.stringLiteralContent),
            fallbackError: outcome.fallbackError,
            // A page is one model: an operation answering in several representations has none.
            paging: operation.responseContent != nil
                ? nil : paging(operation, name: name, declarations: declarations, parameterNames: parameterNames, returnType: outcome.returnType)
        )
    }

    /// Characters a path template's fixed text keeps as they are (RFC 3986 `pchar` and `/`);
    /// anything else (`#`, `?`, spaces) is percent-encoded so it cannot end the path.
    static let pathCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/%")

    static func pathLiteral(_ text: String) -> String {
        var result = ""
        for character in text {
            if pathCharacters.contains(character) {
                result.append(character)
            } else {
                for byte in String(character).utf8 {
                    result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        return result
    }

    /// A label as written in a call: keywords need no backticks there, but for `inout`, `var`
    /// and `let`.
    static func argumentLabel(_ declared: String) -> String {
        let bare = declared.filter { $0 != "`" }
        return ["inout", "var", "let"].contains(bare) ? declared : bare
    }

    /// Styles the generated support code serializes.
    static let styles: Set<String> = ["form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"]

    /// How a parameter is added: directly for a scalar (or an array of scalars in `form`
    /// style), else through its style.
    private func parameterUse(_ parameter: Parameter, swiftName: String, operation: Operation) -> ParameterUseView {
        let defaultStyle = parameter.location == .query || parameter.location == .cookie ? "form" : "simple"
        var style = parameter.style
        if !Self.styles.contains(style) {
            log.warn("parameter style '\(style)' is not supported; '\(parameter.name)' uses '\(defaultStyle)'", at: operation.location)
            style = defaultStyle
        }
        let wireName = SwiftNames.stringLiteralContent(parameter.name)
        if parameter.location != .cookie, style == defaultStyle, isScalar(parameter.type) {
            return ParameterUseView(wireName: wireName, name: swiftName, isArray: false, explode: parameter.explode, style: nil)
        }
        if parameter.location == .query, style == "form", case .array(let element) = parameter.type, isScalar(element) {
            return ParameterUseView(wireName: wireName, name: swiftName, isArray: true, explode: parameter.explode, style: nil)
        }
        return ParameterUseView(wireName: wireName, name: swiftName, isArray: false, explode: parameter.explode, style: style)
    }

    /// Whether values of `type` are written as one piece of text (primitives but bytes, string
    /// enums, and aliases of those).
    private func isScalar(_ type: TypeRef) -> Bool {
        switch type {
        case .primitive(let primitive):
            return primitive != .bytes && primitive != .file
        case .named(let name):
            switch api.type(named: name)?.kind {
            case .stringEnum: return true
            case .alias(let aliased): return isScalar(aliased)
            default: return false
            }
        case .array, .dictionary, .anyJSON, .optional:
            return false
        }
    }

    // MARK: Paging

    private func paging(
        _ operation: Operation, name: String, declarations: [ParameterDeclarationView], parameterNames: [String], returnType: String?
    ) -> PagingView? {
        guard let pagination = operation.pagination, let pageType = returnType, !pageType.hasSuffix("?"),
            let tokenIndex = operation.parameters.firstIndex(where: { $0.name == pagination.tokenParameter && $0.location == .query })
        else { return nil }
        let tokenName = SwiftNames.escaped(parameterNames[tokenIndex])
        let tokenType = names.spelling(operation.parameters[tokenIndex].type, from: nil)
        let forwarded = declarations.map { declaration in
            ForwardedArgumentView(label: Self.argumentLabel(declaration.label), name: declaration.name == tokenName ? "token" : declaration.name)
        }
        return PagingView(
            name: SwiftNames.escaped(name + "Pages"),
            pageType: pageType,
            tokenType: tokenType,
            operationName: SwiftNames.escaped(name),
            parameters: TypeViewBuilder.parameterList(declarations.filter { $0.name != tokenName }),
            forwarded: forwarded,
            nextTokenField: SwiftNames.escaped(memberName(pagination.nextTokenField, inResponseOf: operation)),
            hasMore: pagination.hasMoreField.map { SwiftNames.escaped(memberName($0, inResponseOf: operation)) },
            tokenField: pagination.nextTokenField
        )
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }

    /// The text without trailing spaces (`"Bearer "` → `"Bearer"`).
    var trimmingTrailingSpace: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    fileprivate var replacingBackticks: String { filter { $0 != "`" } }
}

extension ClientViewBuilder {
    /// The Swift name of a member of the operation's success body, as its struct declares it.
    fileprivate func memberName(_ wireName: String, inResponseOf operation: Operation) -> String {
        names.memberName(wireName, of: operation.responses.first(where: { $0.status.isSuccess })?.body, in: api)
    }

    /// `<Module>Client` and `<Module>Error`, unless the module has no name or a declared type
    /// already has one of them.
    fileprivate func moduleAliases() -> [ModuleAliasView] {
        guard SwiftNames.isPlainIdentifier(moduleName) else { return [] }
        let aliases = [ModuleAliasView(name: moduleName + "Client", target: "Client"), ModuleAliasView(name: moduleName + "Error", target: "APIError")]
        let declared = Set(api.types.map { names.declaredName($0.name) })
        return aliases.filter { !declared.contains($0.name) }
    }
}
