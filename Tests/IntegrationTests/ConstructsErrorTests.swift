import Foundation
import GoldenConstructs
import XCTest

/// What an error keeps of the server's answer: status, every header, the raw body, the decoded
/// model, text bodies as text, documented headers typed.
final class ConstructsErrorTests: XCTestCase {
    /// Answers every request with one canned response.
    private struct CannedTransport: HTTPTransport {
        let response: HTTPResponse

        func send(_ request: HTTPRequest) async throws -> HTTPResponse { response }
    }

    private func client(_ status: Int, _ headers: [String: String], _ body: String) -> Client {
        Client(bearerAuth: "t", transport: CannedTransport(response: HTTPResponse(status: status, headers: headers, body: Data(body.utf8))))
    }

    func testADocumentedErrorKeepsItsModelHeadersAndRawBody() async throws {
        let body = #"{"title": "Too many", "status": 429}"#
        let client = client(429, ["content-type": "application/problem+json", "retry-after": " 30", "X-Reason": "quota"], body)
        do {
            _ = try await client.getNotesByNoteIdJson(noteId: "n")
            XCTFail("expected 429")
        } catch APIError.response(429, .problem(let problem), let response) {
            XCTAssertEqual(problem.title, "Too many")
            XCTAssertEqual(String(decoding: response.body, as: UTF8.self), body)
            XCTAssertEqual(response.value(forHeader: "Retry-After"), " 30")
            let headers = GetNotesByNoteIdJson429ResponseHeaders(response)
            XCTAssertEqual(headers.retryAfter, 30)
            XCTAssertEqual(headers.xReason, "quota")
        }
    }

    func testATextErrorBodyIsText() async throws {
        let client = client(500, ["Content-Type": "text/plain"], "database on fire")
        do {
            _ = try await client.getNotesByNoteIdJson(noteId: "n")
            XCTFail("expected 500")
        } catch let error as APIError {
            guard case .response(500, .text(let text), _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(text, "database on fire")
            XCTAssertEqual(error.httpResponse?.status, 500)
        }
    }

    func testAnUndocumentedStatusKeepsTheWholeAnswer() async throws {
        let client = client(418, ["Content-Type": "text/plain", "X-Teapot": "yes"], "short and stout")
        do {
            _ = try await client.getNotesByNoteIdJson(noteId: "n")
            XCTFail("expected 418")
        } catch APIError.undocumented(let status, let response) {
            XCTAssertEqual(status, 418)
            XCTAssertEqual(response.value(forHeader: "x-teapot"), "yes")
            XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "short and stout")
        }
    }

    func testAModelThatDoesNotDecodeKeepsTheAnswerToo() async throws {
        let client = client(404, ["Content-Type": "application/problem+json"], "<html>not found</html>")
        do {
            _ = try await client.getNotesByNoteIdJson(noteId: "n")
            XCTFail("expected 404")
        } catch APIError.decoding(let status, let reason, let response) {
            XCTAssertEqual(status, 404)
            XCTAssertFalse(reason.isEmpty)
            XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "<html>not found</html>")
        }
    }

    func testAMultipartResponseMissingARequiredPartIsADecodingError() async throws {
        let body = "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nT\r\n--b--\r\n"
        let client = client(200, ["Content-Type": "multipart/form-data; boundary=b"], body)
        do {
            _ = try await client.getBundle(bundleId: "b")
            XCTFail("decoded a bundle without pages")
        } catch APIError.decoding(let status, let reason, _) {
            XCTAssertEqual(status, 200)
            XCTAssertTrue(reason.contains("pages"), reason)
        }
    }
}
