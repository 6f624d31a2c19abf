import IR

/// The client's credentials: one stored property per security scheme an operation uses, and
/// how each operation sends them.
extension ClientViewBuilder {
    /// A security scheme some operation uses, and the client property that holds its secret.
    struct Credential {
        var scheme: SecurityScheme
        var name: String
        var view: CredentialView
    }

    /// The schemes operations use, named uniquely; a credential is required only where every
    /// secured operation needs it.
    func credentials() -> [Credential] {
        let used = api.securitySchemes.filter { scheme in api.operations.contains { $0.security.joined().contains(scheme.key) } }
        let credentialNames = names.credentialNames(used.map(\.key), avoiding: Self.reservedMembers)
        return zip(used, credentialNames).map { scheme, name in
            let secured = api.operations.filter { !$0.security.isEmpty }
            // Required only when every secured operation has one way to authenticate, and it needs this.
            let required = secured.allSatisfy { $0.security.count == 1 && $0.security[0].contains(scheme.key) }
            let what: String
            switch scheme.kind {
            case .http(let httpScheme) where httpScheme.lowercased() == "basic":
                what = "`user:password`, sent base64-encoded after `Basic` in `Authorization`."
            case .http(let httpScheme): what = "The `\(Self.authorizationPrefix(httpScheme).trimmingTrailingSpace)` credential sent in `Authorization`."
            case .apiKey(let keyName, let location): what = "The API key sent in the `\(keyName)` \(location.rawValue)."
            case .oauth2: what = "The OAuth 2 bearer token sent in `Authorization`."
            }
            let escapedName = SwiftNames.escaped(name)
            return Credential(
                scheme: scheme,
                name: escapedName,
                view: CredentialView(name: escapedName, type: required ? "String" : "String?", defaultValue: required ? nil : "nil", docLine: what)
            )
        }
    }

    /// What precedes the credential in `Authorization` for an HTTP scheme (`"Bearer "`).
    static func authorizationPrefix(_ scheme: String) -> String {
        switch scheme.lowercased() {
        case "bearer": return "Bearer "
        case "basic": return "Basic "
        default: return scheme + " "
        }
    }

    /// The ways an operation can authenticate with the configured credentials, in spec order.
    func authorizationAlternatives(for operation: Operation, credentials: [Credential]) -> [[AuthorizationView]] {
        operation.security.compactMap { requirement -> [AuthorizationView]? in
            let items = requirement.compactMap { key in credentials.first { $0.scheme.key == key }.map(authorization) }
            return items.count == requirement.count && !items.isEmpty ? items : nil
        }
    }

    private func authorization(_ credential: Credential) -> AuthorizationView {
        switch credential.scheme.kind {
        case .http(let scheme):
            return AuthorizationView(
                credential: credential.name, headerName: "Authorization", headerPrefix: Self.authorizationPrefix(scheme),
                base64: scheme.lowercased() == "basic", queryName: nil, cookieName: nil
            )
        case .oauth2:
            return AuthorizationView(
                credential: credential.name, headerName: "Authorization", headerPrefix: "Bearer ", base64: false, queryName: nil, cookieName: nil
            )
        case .apiKey(let name, let location):
            return AuthorizationView(
                credential: credential.name,
                headerName: location == .header ? SwiftNames.stringLiteralContent(name) : nil, headerPrefix: "", base64: false,
                queryName: location == .query ? SwiftNames.stringLiteralContent(name) : nil,
                cookieName: location == .cookie ? SwiftNames.stringLiteralContent(name) : nil
            )
        }
    }
}
