import Flashback
import Foundation
import Hummingbird
import XCTest

/// Asserts `call` fails with the Flashback error envelope, `status` and `message`.
private func expectFailure(_ status: Int, _ message: String, line: UInt = #line, _ call: () async throws -> Void) async {
    do {
        try await call()
        XCTFail("expected \(status)", line: line)
    } catch APIError.response(let actual, .errorResponse(let error), _) {
        XCTAssertEqual(actual, status, line: line)
        XCTAssertFalse(error.success, line: line)
        XCTAssertEqual(error.message, message, line: line)
    } catch {
        XCTFail("unexpected \(error)", line: line)
    }
}

/// Drives the generated `Flashback` client against `FlashbackServer` on 127.0.0.1: all eight
/// endpoints through success and their documented errors, plus an undocumented 401 decoded into
/// the error model.
final class FlashbackTests: XCTestCase {
    private func withClients(_ body: @Sendable (_ admin: Flashback.Client, _ reader: Flashback.Client, FlashbackStore) async throws -> Void) async throws {
        let store = FlashbackStore()
        try await withLiveServer(FlashbackServer.router(store: store)) { url in
            try await body(
                Flashback.Client(bearerAuth: "token-admin", server: .custom(url)),
                Flashback.Client(bearerAuth: "token-reader", server: .custom(url)),
                store
            )
        }
    }

    func testWorkspacesAndUsers() async throws {
        try await withClients { admin, reader, _ in
            let created = try await admin.createWorkspace(body: CreateWorkspaceRequest(name: "Development Workspace"))
            XCTAssertTrue(created.success)
            XCTAssertEqual(created.workspace.orgId, FlashbackStore.organization)
            let id = created.workspace.id

            let added = try await admin.addUserToWorkspace(id: id, body: AddUserToWorkspaceRequest(userId: "user-456", role: .write))
            XCTAssertTrue(added.success)
            _ = try await admin.addUserToWorkspace(id: id, body: AddUserToWorkspaceRequest(userId: "user-789", role: .read))

            let detail = try await admin.getWorkspace(id: id).workspace
            XCTAssertEqual(detail.name, "Development Workspace")
            XCTAssertEqual(detail.users.map(\.userId), ["user-123", "user-456", "user-789"])
            XCTAssertEqual(detail.users.map(\.role), [.admin, .write, .read])
            XCTAssertEqual(detail.users[0].user.orgRole, 1)
            XCTAssertNil(detail.users[2].user.orgRole)

            let promoted = try await admin.updateWorkspaceUserRole(id: id, userId: "user-456", body: UpdateUserRoleRequest(role: .admin))
            XCTAssertTrue(promoted.success)
            let renamed = try await admin.updateWorkspace(id: id, body: UpdateWorkspaceRequest(name: "Renamed"))
            XCTAssertEqual(renamed.workspace.name, "Renamed")
            let removal = try await admin.removeUserFromWorkspace(id: id, userId: "user-789")
            XCTAssertTrue(removal.success)

            let seenByReader = try await reader.getWorkspaces().workspaces
            XCTAssertEqual(seenByReader.map(\.id), [id])
            XCTAssertEqual(seenByReader.first?.users.map(\.role), [.admin, .admin])
            let deletion = try await admin.deleteWorkspace(id: id)
            XCTAssertTrue(deletion.success)
            let remaining = try await admin.getWorkspaces().workspaces
            XCTAssertEqual(remaining, [])
        }
    }

    func testDocumentedErrors() async throws {
        try await withClients { admin, reader, store in
            let id = try await admin.createWorkspace(body: CreateWorkspaceRequest(name: "Storage")).workspace.id
            await expectFailure(400, "A workspace with this name already exists") {
                _ = try await admin.createWorkspace(body: CreateWorkspaceRequest(name: "Storage"))
            }
            await expectFailure(403, "Insufficient permissions to create workspaces") {
                _ = try await reader.createWorkspace(body: CreateWorkspaceRequest(name: "Mine"))
            }
            await expectFailure(404, "Workspace not found or access denied") { _ = try await reader.getWorkspace(id: id) }
            await expectFailure(404, "Target user not found") {
                _ = try await admin.addUserToWorkspace(id: id, body: AddUserToWorkspaceRequest(userId: "user-000", role: .read))
            }
            await expectFailure(404, "User not found in workspace") {
                _ = try await admin.updateWorkspaceUserRole(id: id, userId: "user-456", body: UpdateUserRoleRequest(role: .read))
            }
            await expectFailure(404, "User not found in workspace") { _ = try await admin.removeUserFromWorkspace(id: id, userId: "user-456") }

            await store.addBucket(to: id)
            await expectFailure(400, "Cannot delete workspace with existing buckets or repos") { _ = try await admin.deleteWorkspace(id: id) }
            _ = try await admin.addUserToWorkspace(id: id, body: AddUserToWorkspaceRequest(userId: "user-456", role: .read))
            await expectFailure(403, "Insufficient permissions to delete workspace") { _ = try await reader.deleteWorkspace(id: id) }
            await expectFailure(403, "Insufficient permissions to manage workspace users") {
                _ = try await reader.removeUserFromWorkspace(id: id, userId: "user-123")
            }
            await expectFailure(404, "Workspace not found") { _ = try await admin.updateWorkspace(id: "nope", body: UpdateWorkspaceRequest()) }
        }
    }

    func testUndocumentedUnauthorizedIsDecodedIntoTheErrorModel() async throws {
        try await withClients { admin, _, _ in
            let url = admin.server
            let stranger = Flashback.Client(bearerAuth: "expired", server: url)
            await expectFailure(401, "Unauthorized") { _ = try await stranger.getWorkspaces() }
        }
    }
}
