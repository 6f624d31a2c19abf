import BirdAccounts
import Foundation
import Hummingbird
import XCTest

private let organization = "0b0e7a8e-6e7a-4b0e-9a39-3f7f2f6f0c00"

private func newWorkspace(_ name: String) -> CreateWorkspace {
    CreateWorkspace(
        name: name,
        description: "Workspace \(name)",
        dataPolicy: DataPolicyCreate(group: "eu-west-1", regions: [.init(region: "eu-west-1", priority: 0)]),
        configuration: WorkspaceConfiguration(domain: "example.com")
    )
}

/// Drives the generated `BirdAccounts` client against `BirdServer` on 127.0.0.1 through
/// URLSession: every endpoint, paging, and every documented and undocumented error path.
final class BirdAccountsTests: XCTestCase {
    private func withClient(
        accessKey: String = BirdStore.accessKey,
        _ body: @Sendable (BirdAccounts.Client, BirdStore) async throws -> Void
    ) async throws {
        let store = BirdStore()
        try await withLiveServer(BirdServer.router(store: store)) { url in
            try await body(BirdAccounts.Client(accessKey: accessKey, server: .custom(url)), store)
        }
    }

    func testCreateGetUpdateDelete() async throws {
        try await withClient { client, _ in
            let created = try await client.createWorkspace(organizationId: organization, body: newWorkspace("Acme"))
            XCTAssertEqual(created.name, "Acme")
            XCTAssertEqual(created.status, .active)
            XCTAssertEqual(created.dataPolicy.piiStrategy, .default)
            XCTAssertEqual(created.dataPolicy.regions.first?.region, "eu-west-1")
            XCTAssertEqual(created.configuration?.domain, "example.com")
            // Microsecond timestamps keep their seconds and fraction.
            XCTAssertEqual(created.createdAt.timeIntervalSince1970, 1_730_332_681.427722, accuracy: 0.000_001)

            let fetched = try await client.getWorkspace(organizationId: organization, workspaceId: created.id.uuidString.lowercased())
            XCTAssertEqual(fetched, created)

            let updated = try await client.updateWorkspace(
                organizationId: organization, workspaceId: created.id.uuidString.lowercased(),
                body: UpdateWorkspace(name: "Acme Corp")
            )
            XCTAssertEqual(updated.name, "Acme Corp")
            XCTAssertEqual(updated.description, "Workspace Acme")

            try await client.deleteWorkspace(organizationId: organization, workspaceId: created.id.uuidString.lowercased())
            do {
                try await client.deleteWorkspace(organizationId: organization, workspaceId: created.id.uuidString.lowercased())
                XCTFail("a second delete must fail with 410")
            } catch APIError.response(let status, let body, _) {
                XCTAssertEqual(status, 410)
                XCTAssertEqual(body, .empty)
            }
        }
    }

    func testPagingWalksEveryPage() async throws {
        try await withClient { client, store in
            var ids: [UUID] = []
            for index in 0..<25 {
                ids.append(try await client.createWorkspace(organizationId: organization, body: newWorkspace("W\(index)")).id)
            }
            var pages: [ListWorkspacesResponse] = []
            for try await page in client.listWorkspacesPages(organizationId: organization, limit: 10) {
                pages.append(page)
            }
            XCTAssertEqual(pages.map(\.results.count), [10, 10, 5])
            XCTAssertEqual(pages.flatMap(\.results).map(\.id), ids)
            let requests = await store.listRequests
            XCTAssertEqual(requests, 3)

            let reversed = try await client.listWorkspaces(organizationId: organization, limit: 3, reverse: true)
            XCTAssertEqual(reversed.results.map(\.id), Array(ids.suffix(3).reversed()))
            XCTAssertEqual(reversed.nextPageToken, "3")
        }
    }

    func testWrongAccessKeyIsUnauthorized() async throws {
        try await withClient(accessKey: "wrong") { client, _ in
            do {
                _ = try await client.listWorkspaces(organizationId: organization)
                XCTFail("expected 401")
            } catch APIError.response(let status, .errorModel(let error), _) {
                XCTAssertEqual(status, 401)
                XCTAssertEqual(error.code, "Unauthorized")
            }
        }
    }

    func testValidationErrorCarriesDetails() async throws {
        try await withClient { client, _ in
            do {
                _ = try await client.createWorkspace(organizationId: organization, body: nil)
                XCTFail("expected 422")
            } catch APIError.response(let status, .detailedError(let error), _) {
                XCTAssertEqual(status, 422)
                XCTAssertEqual(error.details?["name"], ["is required"])
                XCTAssertEqual(error.details?["dataPolicy"], ["is required"])
            }
        }
    }

    func testNotFoundAndForbidden() async throws {
        try await withClient { client, _ in
            do {
                _ = try await client.getWorkspace(organizationId: organization, workspaceId: "missing")
                XCTFail("expected 404")
            } catch APIError.response(let status, .errorModel(let error), _) {
                XCTAssertEqual(status, 404)
                XCTAssertEqual(error.code, "NotFound")
            }
            let protected = try await client.createWorkspace(organizationId: organization, body: newWorkspace("protected"))
            do {
                try await client.deleteWorkspace(organizationId: organization, workspaceId: protected.id.uuidString.lowercased())
                XCTFail("expected 403")
            } catch APIError.response(let status, .errorModel(let error), _) {
                XCTAssertEqual(status, 403)
                XCTAssertEqual(error.code, "Forbidden")
            }
        }
    }

    func testPathParameterStaysInItsSegment() async throws {
        try await withClient { client, store in
            for hostile in ["a/b?c=d#e", "..", "../../etc", "with space+plus&amp"] {
                do {
                    _ = try await client.getWorkspace(organizationId: organization, workspaceId: hostile)
                    XCTFail("expected 404 for \(hostile)")
                } catch APIError.response(let status, _, _) {
                    XCTAssertEqual(status, 404)
                }
                let received = await store.lastWorkspaceId
                XCTAssertEqual(received, hostile)
            }
        }
    }

    func testUndocumentedStatusAndMalformedBody() async throws {
        try await withClient { client, _ in
            do {
                _ = try await client.listWorkspaces(organizationId: "teapot")
                XCTFail("expected an undocumented status")
            } catch APIError.undocumented(let status, let response) {
                XCTAssertEqual(status, 418)
                XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "I'm a teapot")
            }
            do {
                _ = try await client.listWorkspaces(organizationId: "broken")
                XCTFail("expected a decoding error")
            } catch APIError.decoding(let status, _, _) {
                XCTAssertEqual(status, 200)
            }
        }
    }

    func testUnknownEnumValuesAreKeptAndReencoded() async throws {
        try await withClient { client, _ in
            let page = try await client.listWorkspaces(organizationId: "legacy")
            let workspace = try XCTUnwrap(page.results.first)
            XCTAssertEqual(workspace.status, .unknown("suspended"))
            XCTAssertEqual(workspace.dataPolicy.piiStrategy, .unknown("paranoid"))
            let transition = try XCTUnwrap(workspace.statusTransitions?.first)
            XCTAssertEqual(transition.reason, .unknown("compliance-review"))
            XCTAssertEqual(transition.transitionedBy.type, .unknown("robot"))
            XCTAssertEqual(workspace.createdAt.timeIntervalSince1970, 1_577_836_800)
            XCTAssertEqual(workspace.updatedAt.timeIntervalSince1970, 1_577_836_800.5 - 7200, accuracy: 0.000_001)

            let encoded = try JSONEncoder().encode(workspace.dataPolicy)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: encoded) as? [String: Any])
            XCTAssertEqual(object["piiStrategy"] as? String, "paranoid")
        }
    }
}
