import Foundation
import Hummingbird

/// An in-memory Flashback workspace API as the documentation describes it: Bearer tokens, the
/// `{success, …}` / `{success: false, message}` envelopes, 201 on create and 200 elsewhere,
/// unique names per organization, the creator as ADMIN, deletion refused with 400 while the
/// workspace holds buckets or repos. A missing or unknown token answers 401 with the error
/// envelope (inferred: the docs list no 401).
actor FlashbackStore {
    /// Tokens and the users they authenticate.
    static let tokens = ["token-admin": "user-123", "token-reader": "user-456"]
    static let organization = "987fcdeb-51a2-43d1-9f12-345678901234"
    static let people: [String: (name: String, lastName: String, orgRole: Int?)] = [
        "user-123": ("John", "Doe", 1), "user-456": ("Jane", "Roe", 2), "user-789": ("Max", "Moe", nil),
    ]

    private var workspaces: [(id: String, name: String, users: [(id: String, role: String)])] = []
    private var buckets: [String: Int] = [:]
    private var sequence = 0

    static func failure(_ status: Int, _ message: String) -> (Int, Data?) {
        (status, JSONServer.data(["success": false, "message": message]))
    }

    static let success: (Int, Data?) = (200, JSONServer.data(["success": true]))

    /// Test hook: the workspace now holds a bucket, so it cannot be deleted.
    func addBucket(to workspaceId: String) { buckets[workspaceId, default: 0] += 1 }

    private func summary(_ index: Int) -> [String: Any] {
        ["id": workspaces[index].id, "name": workspaces[index].name, "orgId": Self.organization]
    }

    private func detail(_ index: Int) -> [String: Any] {
        var object = summary(index)
        object["users"] = workspaces[index].users.map { user -> [String: Any] in
            let person = Self.people[user.id]
            return [
                "userId": user.id, "role": user.role,
                "user": [
                    "id": user.id, "name": person?.name ?? "", "lastName": person?.lastName ?? "",
                    "email": "\(user.id)@example.com", "orgRole": person?.orgRole.map { $0 as Any } ?? NSNull(),
                ],
            ]
        }
        return object
    }

    private func isAdmin(_ caller: String, _ index: Int) -> Bool {
        workspaces[index].users.contains { $0.id == caller && $0.role == "ADMIN" }
    }

    func create(caller: String, _ body: Data) -> (Int, Data?) {
        guard let name = JSONServer.object(body)?["name"] as? String, !name.isEmpty else {
            return Self.failure(400, "Workspace name is required")
        }
        guard caller == "user-123" else { return Self.failure(403, "Insufficient permissions to create workspaces") }
        guard !workspaces.contains(where: { $0.name == name }) else {
            return Self.failure(400, "A workspace with this name already exists")
        }
        sequence += 1
        workspaces.append((String(format: "123e4567-e89b-12d3-a456-%012d", sequence), name, [(caller, "ADMIN")]))
        return (201, JSONServer.data(["success": true, "workspace": summary(workspaces.count - 1)]))
    }

    func list(caller: String) -> (Int, Data?) {
        let visible = workspaces.indices.filter { index in workspaces[index].users.contains { $0.id == caller } }
        return (200, JSONServer.data(["success": true, "workspaces": visible.map(detail)]))
    }

    func get(caller: String, _ id: String) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0.id == id && $0.users.contains { $0.id == caller } }) else {
            return Self.failure(404, "Workspace not found or access denied")
        }
        return (200, JSONServer.data(["success": true, "workspace": detail(index)]))
    }

    func update(caller: String, _ id: String, _ body: Data) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0.id == id }) else { return Self.failure(404, "Workspace not found") }
        guard isAdmin(caller, index) else { return Self.failure(403, "Insufficient permissions to update workspace") }
        if let name = JSONServer.object(body)?["name"] as? String {
            guard !workspaces.contains(where: { $0.name == name && $0.id != id }) else {
                return Self.failure(400, "A workspace with this name already exists")
            }
            workspaces[index].name = name
        }
        return (200, JSONServer.data(["success": true, "workspace": summary(index)]))
    }

    func delete(caller: String, _ id: String) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0.id == id }) else { return Self.failure(404, "Workspace not found") }
        guard isAdmin(caller, index) else { return Self.failure(403, "Insufficient permissions to delete workspace") }
        guard buckets[id, default: 0] == 0 else { return Self.failure(400, "Cannot delete workspace with existing buckets or repos") }
        workspaces.remove(at: index)
        return Self.success
    }

    func addUser(caller: String, _ id: String, _ body: Data) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0.id == id }) else { return Self.failure(404, "Workspace not found") }
        guard isAdmin(caller, index) else { return Self.failure(403, "Insufficient permissions to manage workspace users") }
        guard let object = JSONServer.object(body), let user = object["userId"] as? String,
            let role = object["role"] as? String, ["READ", "WRITE", "ADMIN"].contains(role)
        else { return Self.failure(400, "userId and a valid role are required") }
        guard Self.people[user] != nil else { return Self.failure(404, "Target user not found") }
        workspaces[index].users.removeAll { $0.id == user }
        workspaces[index].users.append((user, role))
        return Self.success
    }

    func updateUser(caller: String, _ id: String, _ user: String, _ body: Data) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0.id == id }) else { return Self.failure(404, "Workspace not found") }
        guard isAdmin(caller, index) else { return Self.failure(403, "Insufficient permissions to manage workspace users") }
        guard let member = workspaces[index].users.firstIndex(where: { $0.id == user }) else {
            return Self.failure(404, "User not found in workspace")
        }
        guard let role = JSONServer.object(body)?["role"] as? String, ["READ", "WRITE", "ADMIN"].contains(role) else {
            return Self.failure(400, "A valid role is required")
        }
        workspaces[index].users[member].role = role
        return Self.success
    }

    func removeUser(caller: String, _ id: String, _ user: String) -> (Int, Data?) {
        guard let index = workspaces.firstIndex(where: { $0.id == id }) else { return Self.failure(404, "Workspace not found") }
        guard isAdmin(caller, index) else { return Self.failure(403, "Insufficient permissions to manage workspace users") }
        guard workspaces[index].users.contains(where: { $0.id == user }) else { return Self.failure(404, "User not found in workspace") }
        workspaces[index].users.removeAll { $0.id == user }
        return Self.success
    }
}

enum FlashbackServer {
    static func router(store: FlashbackStore) -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/workspace") { request, _ in
            try await handle(request) { caller, body in await store.create(caller: caller, body) }
        }
        router.get("/workspace") { request, _ in
            try await handle(request) { caller, _ in await store.list(caller: caller) }
        }
        router.get("/workspace/:id") { request, context in
            try await handle(request) { caller, _ in await store.get(caller: caller, JSONServer.parameter("id", context)) }
        }
        router.put("/workspace/:id") { request, context in
            try await handle(request) { caller, body in await store.update(caller: caller, JSONServer.parameter("id", context), body) }
        }
        router.delete("/workspace/:id") { request, context in
            try await handle(request) { caller, _ in await store.delete(caller: caller, JSONServer.parameter("id", context)) }
        }
        router.post("/workspace/:id/users") { request, context in
            try await handle(request) { caller, body in await store.addUser(caller: caller, JSONServer.parameter("id", context), body) }
        }
        router.put("/workspace/:id/users/:userId") { request, context in
            try await handle(request) { caller, body in
                await store.updateUser(caller: caller, JSONServer.parameter("id", context), JSONServer.parameter("userId", context), body)
            }
        }
        router.delete("/workspace/:id/users/:userId") { request, context in
            try await handle(request) { caller, _ in
                await store.removeUser(caller: caller, JSONServer.parameter("id", context), JSONServer.parameter("userId", context))
            }
        }
        return router
    }

    private static func handle(_ request: Request, _ body: (String, Data) async -> (Int, Data?)) async throws -> Response {
        let authorization = JSONServer.header("authorization", in: request) ?? ""
        guard authorization.hasPrefix("Bearer "), let caller = FlashbackStore.tokens[String(authorization.dropFirst(7))] else {
            let (status, payload) = FlashbackStore.failure(401, "Unauthorized")
            return JSONServer.response(status, payload)
        }
        let (status, payload) = await body(caller, try await JSONServer.body(request))
        return JSONServer.response(status, payload)
    }
}
