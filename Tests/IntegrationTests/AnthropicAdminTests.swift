import AnthropicAdmin
import Foundation
import Hummingbird
import XCTest

/// Drives the generated `AnthropicAdmin` client against `AnthropicServer` on 127.0.0.1: all ten
/// endpoints, cursor paging both ways, the error envelope on documented and ranged statuses.
final class AnthropicAdminTests: XCTestCase {
    private func withClient(
        apiKey: String = AnthropicStore.apiKey,
        _ body: @Sendable (AnthropicAdmin.Client, AnthropicStore) async throws -> Void
    ) async throws {
        let store = AnthropicStore()
        try await withLiveServer(AnthropicServer.router(store: store)) { url in
            try await body(AnthropicAdmin.Client(adminApiKey: apiKey, server: .custom(url)), store)
        }
    }

    func testWorkspaceLifecycle() async throws {
        try await withClient { client, store in
            let created = try await client.createWorkspace(body: CreateWorkspaceRequest(name: "Production"))
            XCTAssertEqual(created.type, .workspace)
            XCTAssertEqual(created.name, "Production")
            XCTAssertNil(created.archivedAt)
            XCTAssertEqual(created.dataResidency.allowedInferenceGeos, .unrestricted)
            XCTAssertEqual(created.dataResidency.workspaceGeo, "us")
            XCTAssertEqual(created.createdAt.timeIntervalSince1970, 1_730_329_201.427722, accuracy: 0.000_001)

            let restricted = try await client.createWorkspace(
                body: CreateWorkspaceRequest(name: "EU", dataResidency: DataResidencyCreate(allowedInferenceGeos: .geos(["us"]), defaultInferenceGeo: "us"))
            )
            XCTAssertEqual(restricted.dataResidency.allowedInferenceGeos, .geos(["us"]))

            let fetched = try await client.retrieveWorkspace(workspaceId: created.id)
            XCTAssertEqual(fetched, created)

            let renamed = try await client.updateWorkspace(
                workspaceId: created.id,
                body: UpdateWorkspaceRequest(name: "Prod", dataResidency: DataResidencyUpdate(allowedInferenceGeos: .geos(["global", "us"])))
            )
            XCTAssertEqual(renamed.name, "Prod")
            XCTAssertEqual(renamed.dataResidency.allowedInferenceGeos, .geos(["global", "us"]))

            let archived = try await client.archiveWorkspace(workspaceId: created.id)
            XCTAssertNotNil(archived.archivedAt)
            let active = try await client.listWorkspaces()
            XCTAssertEqual(active.data.map(\.id), [restricted.id])
            let all = try await client.listWorkspaces(includeArchived: true)
            XCTAssertEqual(all.data.map(\.id), [created.id, restricted.id])

            // The version header is sent without being named, and can be overridden.
            _ = try await client.retrieveWorkspace(workspaceId: created.id, anthropicVersion: "2024-01-01")
            let versions = await store.versions
            XCTAssertEqual(Set(versions.dropLast()), ["2023-06-01"])
            XCTAssertEqual(versions.last, "2024-01-01")
        }
    }

    func testCursorPagingFollowsLastIdWhileHasMore() async throws {
        try await withClient { client, _ in
            var ids: [String] = []
            for index in 0..<7 {
                ids.append(try await client.createWorkspace(body: CreateWorkspaceRequest(name: "W\(index)")).id)
            }
            var pages: [WorkspaceList] = []
            for try await page in client.listWorkspacesPages(limit: 3) {
                pages.append(page)
            }
            XCTAssertEqual(pages.map(\.data.count), [3, 3, 1])
            XCTAssertEqual(pages.map(\.hasMore), [true, true, false])
            XCTAssertEqual(pages.flatMap(\.data).map(\.id), ids)

            let previous = try await client.listWorkspaces(beforeId: ids[5], limit: 2)
            XCTAssertEqual(previous.data.map(\.id), [ids[3], ids[4]])
            XCTAssertEqual(previous.firstId, ids[3])

            let empty = try await client.listWorkspaces(afterId: ids[6])
            XCTAssertEqual(empty.data, [])
            XCTAssertNil(empty.firstId)
            XCTAssertNil(empty.lastId)
        }
    }

    func testMembers() async throws {
        try await withClient { client, _ in
            let workspace = try await client.createWorkspace(body: CreateWorkspaceRequest(name: "Team"))
            let users = (1...5).map { "user_\($0)" }
            for user in users {
                let member = try await client.createWorkspaceMember(
                    workspaceId: workspace.id, body: CreateWorkspaceMemberRequest(userId: user, workspaceRole: .workspaceDeveloper)
                )
                XCTAssertEqual(member.type, .workspaceMember)
                XCTAssertEqual(member.workspaceId, workspace.id)
            }
            var listed: [String] = []
            for try await page in client.listWorkspaceMembersPages(workspaceId: workspace.id, limit: 2) {
                listed += page.data.map(\.userId)
            }
            XCTAssertEqual(listed, users)

            let promoted = try await client.updateWorkspaceMember(
                workspaceId: workspace.id, userId: "user_2", body: UpdateWorkspaceMemberRequest(workspaceRole: .workspaceAdmin)
            )
            XCTAssertEqual(promoted.workspaceRole, .workspaceAdmin)
            let fetched = try await client.retrieveWorkspaceMember(workspaceId: workspace.id, userId: "user_2")
            XCTAssertEqual(fetched, promoted)

            let removed = try await client.deleteWorkspaceMember(workspaceId: workspace.id, userId: "user_2")
            XCTAssertEqual(removed.type, .workspaceMemberDeleted)
            XCTAssertEqual(removed.userId, "user_2")
            do {
                _ = try await client.retrieveWorkspaceMember(workspaceId: workspace.id, userId: "user_2")
                XCTFail("expected 404")
            } catch APIError.response(let status, .errorResponse(let error), _) {
                XCTAssertEqual(status, 404)
                XCTAssertEqual(error.type, .error)
                XCTAssertEqual(error.error.type, "not_found_error")
            }
        }
    }

    func testErrorEnvelopes() async throws {
        try await withClient(apiKey: "sk-ant-api03-not-admin") { client, _ in
            do {
                _ = try await client.listWorkspaces()
                XCTFail("expected 401")
            } catch APIError.response(let status, .errorResponse(let error), _) {
                XCTAssertEqual(status, 401)
                XCTAssertEqual(error.error.type, "authentication_error")
                XCTAssertEqual(error.requestId, "req_401")
            }
        }
        try await withClient { client, _ in
            do {
                _ = try await client.createWorkspace(body: CreateWorkspaceRequest(name: String(repeating: "x", count: 41)))
                XCTFail("expected 400")
            } catch APIError.response(400, .errorResponse(let error), _) {
                XCTAssertEqual(error.error.type, "invalid_request_error")
            }
            do {
                _ = try await client.createWorkspace(body: CreateWorkspaceRequest(name: "overloaded"))
                XCTFail("expected 529")
            } catch APIError.response(529, .errorResponse(let error), _) {
                XCTAssertEqual(error.error.type, "overloaded_error")
            }
            do {
                _ = try await client.listWorkspaces(limit: 5000)
                XCTFail("expected 400")
            } catch APIError.response(400, .errorResponse(let error), _) {
                XCTAssertTrue(error.error.message.contains("limit"))
            }
        }
    }
}
