import Foundation
import Hummingbird

/// An in-memory Anthropic Admin API (workspaces and members) as the documentation describes it:
/// `x-api-key` and `anthropic-version` headers, 200 on every success, the
/// `{"type":"error","error":{…}}` envelope, cursor pages (`before_id`/`after_id`/`limit`, with
/// `has_more`, `first_id`, `last_id`), update and archive by POST, member removal answering a
/// `workspace_member_deleted` object.
actor AnthropicStore {
    static let apiKey = "sk-ant-admin01-test"

    private var workspaces: [[String: Any]] = []
    private var members: [String: [[String: Any]]] = [:]
    private var sequence = 0
    private(set) var versions: [String] = []

    func record(version: String) { versions.append(version) }

    static func error(_ status: Int, _ type: String, _ message: String) -> (Int, Data?) {
        (status, JSONServer.data(["type": "error", "error": ["type": type, "message": message], "request_id": "req_\(status)"]))
    }

    func createWorkspace(_ body: Data) -> (Int, Data?) {
        guard let object = JSONServer.object(body), let name = object["name"] as? String, (1...40).contains(name.count) else {
            return Self.error(400, "invalid_request_error", "name: must be 1 to 40 characters")
        }
        if name == "overloaded" {
            return Self.error(529, "overloaded_error", "Overloaded")
        }
        sequence += 1
        let requested = object["data_residency"] as? [String: Any] ?? [:]
        let workspace: [String: Any] = [
            "id": "wrkspc_\(String(format: "%04d", sequence))",
            "type": "workspace",
            "name": name,
            "created_at": JSONServer.timestamp(sequence),
            "archived_at": NSNull(),
            "display_color": "#6C5BB9",
            "data_residency": [
                "allowed_inference_geos": requested["allowed_inference_geos"] ?? "unrestricted",
                "default_inference_geo": requested["default_inference_geo"] ?? "global",
                "workspace_geo": requested["workspace_geo"] ?? "us",
            ],
        ]
        workspaces.append(workspace)
        return (200, JSONServer.data(workspace))
    }

    func listWorkspaces(_ query: [String: String]) -> (Int, Data?) {
        let includeArchived = query["include_archived"] == "true"
        let visible = workspaces.filter { includeArchived || $0["archived_at"] is NSNull }
        return page(visible, query)
    }

    func workspace(_ id: String) -> (Int, Data?) {
        guard let workspace = workspaces.first(where: { $0["id"] as? String == id }) else { return notFound(id) }
        return (200, JSONServer.data(workspace))
    }

    func updateWorkspace(_ id: String, _ body: Data) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0["id"] as? String == id }) else { return notFound(id) }
        guard let object = JSONServer.object(body) else { return Self.error(400, "invalid_request_error", "body must be an object") }
        if let name = object["name"] as? String {
            guard (1...40).contains(name.count) else { return Self.error(400, "invalid_request_error", "name: must be 1 to 40 characters") }
            workspaces[index]["name"] = name
        }
        if let residency = object["data_residency"] as? [String: Any], var current = workspaces[index]["data_residency"] as? [String: Any] {
            for key in ["allowed_inference_geos", "default_inference_geo"] {
                if let value = residency[key], !(value is NSNull) { current[key] = value }
            }
            workspaces[index]["data_residency"] = current
        }
        return (200, JSONServer.data(workspaces[index]))
    }

    func archive(_ id: String) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0["id"] as? String == id }) else { return notFound(id) }
        sequence += 1
        workspaces[index]["archived_at"] = JSONServer.timestamp(sequence)
        return (200, JSONServer.data(workspaces[index]))
    }

    func addMember(_ workspaceId: String, _ body: Data) -> (Int, Data?) {
        guard workspaces.contains(where: { $0["id"] as? String == workspaceId }) else { return notFound(workspaceId) }
        guard let object = JSONServer.object(body), let user = object["user_id"] as? String, let role = object["workspace_role"] as? String else {
            return Self.error(400, "invalid_request_error", "user_id and workspace_role are required")
        }
        guard role != "workspace_billing" else {
            return Self.error(400, "invalid_request_error", "workspace_billing cannot be assigned")
        }
        let member: [String: Any] = ["type": "workspace_member", "user_id": user, "workspace_id": workspaceId, "workspace_role": role]
        members[workspaceId, default: []].append(member)
        return (200, JSONServer.data(member))
    }

    func listMembers(_ workspaceId: String, _ query: [String: String]) -> (Int, Data?) {
        guard workspaces.contains(where: { $0["id"] as? String == workspaceId }) else { return notFound(workspaceId) }
        return page(members[workspaceId] ?? [], query, idKey: "user_id")
    }

    func member(_ workspaceId: String, _ userId: String) -> (Int, Data?) {
        guard let member = members[workspaceId]?.first(where: { $0["user_id"] as? String == userId }) else { return notFound(userId) }
        return (200, JSONServer.data(member))
    }

    func updateMember(_ workspaceId: String, _ userId: String, _ body: Data) -> (Int, Data?) {
        guard let index = members[workspaceId]?.firstIndex(where: { $0["user_id"] as? String == userId }) else { return notFound(userId) }
        guard let role = JSONServer.object(body)?["workspace_role"] as? String else {
            return Self.error(400, "invalid_request_error", "workspace_role is required")
        }
        members[workspaceId]?[index]["workspace_role"] = role
        return (200, JSONServer.data(members[workspaceId]?[index] ?? [:]))
    }

    func removeMember(_ workspaceId: String, _ userId: String) -> (Int, Data?) {
        guard let index = members[workspaceId]?.firstIndex(where: { $0["user_id"] as? String == userId }) else { return notFound(userId) }
        members[workspaceId]?.remove(at: index)
        return (200, JSONServer.data(["type": "workspace_member_deleted", "user_id": userId, "workspace_id": workspaceId]))
    }

    private func notFound(_ id: String) -> (Int, Data?) {
        Self.error(404, "not_found_error", "The requested resource could not be found: \(id)")
    }

    /// One page of `items` in the `before_id`/`after_id`/`limit` scheme.
    private func page(_ items: [[String: Any]], _ query: [String: String], idKey: String = "id") -> (Int, Data?) {
        let limit = query["limit"].flatMap(Int.init) ?? 20
        guard (1...1000).contains(limit) else { return Self.error(400, "invalid_request_error", "limit: must be 1 to 1000") }
        let ids = items.map { $0[idKey] as? String ?? "" }
        var slice: ArraySlice<[String: Any]>
        var hasMore: Bool
        if let after = query["after_id"], let index = ids.firstIndex(of: after) {
            slice = items[(index + 1)...].prefix(limit)
            hasMore = index + 1 + limit < items.count
        } else if let before = query["before_id"], let index = ids.firstIndex(of: before) {
            slice = items[..<index].suffix(limit)
            hasMore = index - limit > 0
        } else {
            slice = items.prefix(limit)
            hasMore = limit < items.count
        }
        let data = Array(slice)
        return (
            200,
            JSONServer.data([
                "data": data, "has_more": hasMore,
                "first_id": data.first?[idKey] ?? NSNull(), "last_id": data.last?[idKey] ?? NSNull(),
            ])
        )
    }
}

enum AnthropicServer {
    static func router(store: AnthropicStore) -> Router<BasicRequestContext> {
        let router = Router()
        let base = "/v1/organizations/workspaces"
        router.post(RouterPath(base)) { request, context in
            try await handle(request, store) { body, _ in await store.createWorkspace(body) }
        }
        router.get(RouterPath(base)) { request, context in
            try await handle(request, store) { _, query in await store.listWorkspaces(query) }
        }
        router.get(RouterPath(base + "/:workspace_id")) { request, context in
            try await handle(request, store) { _, _ in await store.workspace(JSONServer.parameter("workspace_id", context)) }
        }
        router.post(RouterPath(base + "/:workspace_id")) { request, context in
            try await handle(request, store) { body, _ in await store.updateWorkspace(JSONServer.parameter("workspace_id", context), body) }
        }
        router.post(RouterPath(base + "/:workspace_id/archive")) { request, context in
            try await handle(request, store) { _, _ in await store.archive(JSONServer.parameter("workspace_id", context)) }
        }
        router.post(RouterPath(base + "/:workspace_id/members")) { request, context in
            try await handle(request, store) { body, _ in await store.addMember(JSONServer.parameter("workspace_id", context), body) }
        }
        router.get(RouterPath(base + "/:workspace_id/members")) { request, context in
            try await handle(request, store) { _, query in await store.listMembers(JSONServer.parameter("workspace_id", context), query) }
        }
        router.get(RouterPath(base + "/:workspace_id/members/:user_id")) { request, context in
            try await handle(request, store) { _, _ in
                await store.member(JSONServer.parameter("workspace_id", context), JSONServer.parameter("user_id", context))
            }
        }
        router.post(RouterPath(base + "/:workspace_id/members/:user_id")) { request, context in
            try await handle(request, store) { body, _ in
                await store.updateMember(JSONServer.parameter("workspace_id", context), JSONServer.parameter("user_id", context), body)
            }
        }
        router.delete(RouterPath(base + "/:workspace_id/members/:user_id")) { request, context in
            try await handle(request, store) { _, _ in
                await store.removeMember(JSONServer.parameter("workspace_id", context), JSONServer.parameter("user_id", context))
            }
        }
        return router
    }

    private static func handle(
        _ request: Request, _ store: AnthropicStore, _ body: (Data, [String: String]) async -> (Int, Data?)
    ) async throws -> Response {
        guard JSONServer.header("x-api-key", in: request) == AnthropicStore.apiKey else {
            let (status, payload) = AnthropicStore.error(401, "authentication_error", "invalid x-api-key")
            return JSONServer.response(status, payload)
        }
        guard let version = JSONServer.header("anthropic-version", in: request) else {
            let (status, payload) = AnthropicStore.error(400, "invalid_request_error", "anthropic-version: header is required")
            return JSONServer.response(status, payload)
        }
        await store.record(version: version)
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            query[String(key)] = String(value)
        }
        let (status, payload) = await body(try await JSONServer.body(request), query)
        return JSONServer.response(status, payload)
    }
}
