import Foundation
import Hummingbird

/// An in-memory Bird Accounts workspaces API that behaves as the documentation describes:
/// `AccessKey` authorization, 404 `Error`, 422 `DetailedError` with `details`, 204 on delete and
/// 410 on a second delete, `pageToken`/`nextPageToken` paging. A few organization ids trigger
/// misbehaviour for the client's error paths: `teapot` answers 418 (undocumented), `broken`
/// answers a truncated body, `legacy` lists a workspace with statuses the spec does not know.
actor BirdStore {
    static let accessKey = "test-access-key"

    private var workspaces: [String: [[String: Any]]] = [:]
    private var deleted: Set<String> = []
    private(set) var lastWorkspaceId: String?
    private(set) var listRequests = 0
    private var counter = 0

    func create(organization: String, body data: Data) -> (Int, Data?) {
        let body = JSONServer.object(data) ?? [:]
        var details: [String: [String]] = [:]
        if (body["name"] as? String)?.isEmpty != false { details["name"] = ["is required"] }
        if body["dataPolicy"] as? [String: Any] == nil { details["dataPolicy"] = ["is required"] }
        guard details.isEmpty else {
            return (422, JSONServer.data(["code": "InvalidPayload", "message": "Request validation failed", "details": details]))
        }
        counter += 1
        let now = "2024-10-30T23:58:\(String(format: "%02d", counter % 60)).427722Z"
        var policy = body["dataPolicy"] as? [String: Any] ?? [:]
        policy["piiStrategy"] = "default"
        var workspace: [String: Any] = [
            "id": UUID().uuidString.lowercased(),
            "organizationId": organization,
            "status": "active",
            "statusTransitions": [] as [Any],
            "name": body["name"] ?? "",
            "dataPolicy": policy,
            "createdAt": now,
            "updatedAt": now,
        ]
        if let description = body["description"] { workspace["description"] = description }
        if let configuration = body["configuration"] { workspace["configuration"] = configuration }
        workspaces[organization, default: []].append(workspace)
        return (201, JSONServer.data(workspace))
    }

    func list(organization: String, limit: Int, pageToken: String?, reverse: Bool) -> (Int, Data?) {
        listRequests += 1
        if organization == "legacy" {
            let workspace: [String: Any] = [
                "id": "6f1c1a3e-6a7b-4b0e-9a39-3f7f2f6f0c11", "organizationId": "6f1c1a3e-6a7b-4b0e-9a39-3f7f2f6f0c12",
                "status": "suspended", "name": "Old", "createdAt": "2020-01-01T00:00:00Z", "updatedAt": "2020-01-01T00:00:00.5+02:00",
                "dataPolicy": ["group": "eu-west-1", "regions": [["region": "eu-west-1", "priority": 0]], "piiStrategy": "paranoid"],
                "statusTransitions": [
                    [
                        "fromStatus": "active", "toStatus": "suspended", "reason": "compliance-review",
                        "transitionedAt": "2020-01-01T00:00:00Z",
                        "transitionedBy": ["type": "robot", "id": "6f1c1a3e-6a7b-4b0e-9a39-3f7f2f6f0c13"],
                    ]
                ],
            ]
            return (200, JSONServer.data(["results": [workspace]]))
        }
        var all = workspaces[organization] ?? []
        if reverse { all.reverse() }
        let start = pageToken.flatMap(Int.init) ?? 0
        let end = min(start + limit, all.count)
        let page = start < end ? Array(all[start..<end]) : []
        return (200, JSONServer.data(["results": page, "nextPageToken": end < all.count ? String(end) : ""]))
    }

    func get(organization: String, id: String) -> (Int, Data?) {
        lastWorkspaceId = id
        guard let workspace = workspaces[organization]?.first(where: { $0["id"] as? String == id }) else {
            return (404, JSONServer.data(["code": "NotFound", "message": "workspace \(id) not found"]))
        }
        return (200, JSONServer.data(workspace))
    }

    func update(organization: String, id: String, body data: Data) -> (Int, Data?) {
        let body = JSONServer.object(data) ?? [:]
        guard let index = workspaces[organization]?.firstIndex(where: { $0["id"] as? String == id }) else {
            return (404, JSONServer.data(["code": "NotFound", "message": "workspace \(id) not found"]))
        }
        if let name = body["name"] as? String, name.isEmpty {
            return (422, JSONServer.data(["code": "InvalidPayload", "message": "Request validation failed", "details": ["name": ["must not be empty"]]]))
        }
        for key in ["name", "description"] {
            if let value = body[key] { workspaces[organization]?[index][key] = value }
        }
        return (200, JSONServer.data(workspaces[organization]?[index] ?? [:]))
    }

    func delete(organization: String, id: String) -> (Int, Data?) {
        if deleted.contains(id) { return (410, nil) }
        guard let index = workspaces[organization]?.firstIndex(where: { $0["id"] as? String == id }) else {
            return (404, JSONServer.data(["code": "NotFound", "message": "workspace \(id) not found"]))
        }
        if workspaces[organization]?[index]["name"] as? String == "protected" {
            return (403, JSONServer.data(["code": "Forbidden", "message": "this workspace cannot be deleted"]))
        }
        workspaces[organization]?.remove(at: index)
        deleted.insert(id)
        return (204, nil)

    }
}

enum BirdServer {
    static func router(store: BirdStore) -> Router<BasicRequestContext> {
        let router = Router()
        let base = "/organizations/:organizationId/workspaces"
        router.post(RouterPath(base)) { request, context in
            try await respond(request, context) { organization, body in
                await store.create(organization: organization, body: body)
            }
        }
        router.get(RouterPath(base)) { request, context in
            try await respond(request, context) { organization, _ in
                let query = request.uri.queryParameters
                return await store.list(
                    organization: organization,
                    limit: query["limit"].flatMap { Int(String($0)) } ?? 10,
                    pageToken: query["pageToken"].map(String.init),
                    reverse: query["reverse"] == "true"
                )
            }
        }
        router.get(RouterPath(base + "/:workspaceId")) { request, context in
            try await respond(request, context) { organization, _ in
                await store.get(organization: organization, id: workspaceId(context))
            }
        }
        router.patch(RouterPath(base + "/:workspaceId")) { request, context in
            try await respond(request, context) { organization, body in
                await store.update(organization: organization, id: workspaceId(context), body: body)
            }
        }
        router.delete(RouterPath(base + "/:workspaceId")) { request, context in
            try await respond(request, context) { organization, _ in
                await store.delete(organization: organization, id: workspaceId(context))
            }
        }
        return router
    }

    private static func workspaceId(_ context: BasicRequestContext) -> String {
        JSONServer.parameter("workspaceId", context)
    }

    private static func respond(
        _ request: Request, _ context: BasicRequestContext, _ handler: (String, Data) async -> (Int, Data?)
    ) async throws -> Response {
        guard request.headers[.authorization] == "AccessKey \(BirdStore.accessKey)" else {
            return JSONServer.response(401, JSONServer.data(["code": "Unauthorized", "message": "missing or invalid access key"]))
        }
        let organization = JSONServer.parameter("organizationId", context)
        switch organization {
        case "teapot":
            return Response(status: .init(code: 418), body: ResponseBody(byteBuffer: ByteBuffer(string: "I'm a teapot")))
        case "broken":
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"results": [{"id": "6f1c1a3e"#))
            )
        default:
            break
        }
        let (status, payload) = await handler(organization, try await JSONServer.body(request))
        return JSONServer.response(status, payload)
    }
}
