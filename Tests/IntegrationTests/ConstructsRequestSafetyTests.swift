import Foundation
import GoldenConstructs
import XCTest

/// What the golden fixture's client refuses to send, and the request it builds for an
/// operation without `operationId`, through a transport that records instead of sending.
final class ConstructsRequestSafetyTests: XCTestCase {
    /// Records every request and answers each with `status` and a text body.
    private final class RecordingTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [HTTPRequest] = []
        let status: Int

        init(status: Int = 200) {
            self.status = status
        }

        var requests: [HTTPRequest] { lock.withLock { recorded } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { recorded.append(request) }
            return HTTPResponse(status: status, headers: ["Content-Type": "text/plain"], body: Data("note".utf8))
        }
    }

    func testALineBreakInACredentialIsRefusedBeforeAnythingIsSent() async throws {
        let transport = RecordingTransport()
        let client = Client(bearerAuth: "token\r\nX-Admin: yes", transport: transport)
        do {
            _ = try await client.secureEcho()
            XCTFail("sent a header with a line break")
        } catch APIError.invalidHeaderValue(let name) {
            XCTAssertEqual(name, "Authorization")
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }

    func testALineBreakOrNULInAHeaderParameterIsRefused() async throws {
        let transport = RecordingTransport()
        let client = Client(bearerAuth: "t", transport: transport)
        for flag in ["on\nX-Other: 1", "on\u{0}"] {
            do {
                _ = try await client.search(ids: [1], xFlags: [flag])
                XCTFail("sent \(flag.debugDescription)")
            } catch APIError.invalidHeaderValue(let name) {
                XCTAssertEqual(name, "X-Flags")
            }
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }

    func testAnEmptyPathParameterIsRefusedBeforeAnythingIsSent() async throws {
        let transport = RecordingTransport()
        let client = Client(bearerAuth: "t", transport: transport)
        do {
            _ = try await client.getNotesByNoteIdJson(noteId: "")
            XCTFail("sent a request with an empty path segment")
        } catch APIError.emptyPathParameter(let path) {
            XCTAssertEqual(path, "/notes/{}.json")
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }

    /// `GET /notes/{note_id}.json` has no operationId: its method is named from whole words;
    /// Accept lists the success type, then the error type.
    func testAnOperationWithoutOperationIdAndItsAcceptHeader() async throws {
        let transport = RecordingTransport()
        let client = Client(bearerAuth: "t", server: .custom(try XCTUnwrap(URL(string: "https://api.example.com/v2"))), transport: transport)
        let note = try await client.getNotesByNoteIdJson(noteId: "a b")
        XCTAssertEqual(note, "note")
        let request = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.url.absoluteString, "https://api.example.com/v2/notes/a%20b.json")
        XCTAssertEqual(request.headers, ["Accept": "text/plain, application/problem+json", "Authorization": "Bearer t"])
        XCTAssertNil(request.body)
    }

    func testALineBreakInAPartHeaderIsRefused() async throws {
        let transport = RecordingTransport()
        let client = Client(bearerAuth: "t", transport: transport)
        do {
            _ = try await client.createFile(body: .init(purpose: "p", file: FilePart(Data(), headers: ["X-Note": "a\r\nContent-Type: text/html"])))
            XCTFail("sent a part header with a line break")
        } catch APIError.invalidHeaderValue(let name) {
            XCTAssertEqual(name, "X-Note")
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }

    func testALineBreakInAFileContentTypeIsRefused() async throws {
        let transport = RecordingTransport()
        let client = Client(bearerAuth: "t", transport: transport)
        do {
            _ = try await client.createFile(body: .init(purpose: "p", file: FilePart(Data(), contentType: "text/plain\r\nX-Injected: 1")))
            XCTFail("sent a file part whose content type has a line break")
        } catch APIError.invalidHeaderValue(let name) {
            XCTAssertEqual(name, "Content-Type")
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }
}
