import Foundation
import GoldenConstructs
import XCTest

/// An operation documenting one success in several media types: Accept lists the caller's
/// choice, the body is read by the `Content-Type` the server returned.
final class ConstructsResponseContentTests: XCTestCase {
    /// Answers with a canned response and keeps the request it was given.
    private final class Transport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var last: HTTPRequest?
        let response: HTTPResponse

        init(_ contentType: String?, _ body: String, status: Int = 200) {
            response = HTTPResponse(status: status, headers: contentType.map { ["Content-Type": $0] } ?? [:], body: Data(body.utf8))
        }

        var request: HTTPRequest? { lock.withLock { last } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { last = request }
            return response
        }
    }

    private func stats(_ contentType: String?, _ body: String, accept: [GetStatsContent.MediaType]? = nil) async throws -> (GetStatsContent, HTTPRequest?) {
        let transport = Transport(contentType, body)
        let client = Client(bearerAuth: "t", transport: transport)
        let content: GetStatsContent
        if let accept {
            content = try await client.getStats(accept: accept)
        } else {
            content = try await client.getStats()
        }
        return (content, transport.request)
    }

    func testEachRepresentationIsReadByItsContentType() async throws {
        let (json, request) = try await stats("application/json; charset=utf-8", #"{"count": 3}"#)
        XCTAssertEqual(json, .json(GetStatsResponse(count: 3)))
        XCTAssertEqual(request?.headers["Accept"], "application/json, text/plain, application/octet-stream, application/problem+json")
        let (text, _) = try await stats("Text/Plain", "3 pets")
        XCTAssertEqual(text, .plainText("3 pets"))
        let (bytes, _) = try await stats("application/octet-stream", "\u{1}\u{2}")
        XCTAssertEqual(bytes, .binary(Data([1, 2])))
        let (unlabelled, _) = try await stats(nil, #"{"count": 1}"#)
        XCTAssertEqual(unlabelled, .json(GetStatsResponse(count: 1)), "a response without Content-Type is read as the first")
    }

    func testTheCallerChoosesWhatToAccept() async throws {
        let (text, request) = try await stats("text/plain", "3", accept: [.plainText])
        XCTAssertEqual(text, .plainText("3"))
        XCTAssertEqual(request?.headers["Accept"], "text/plain, application/problem+json")
    }

    func testAnUndocumentedContentTypeIsATypedError() async throws {
        do {
            _ = try await stats("text/html", "<p>3</p>")
            XCTFail("read text/html as one of the documented types")
        } catch APIError.unexpectedContentType(let status, let contentType, let response) {
            XCTAssertEqual(status, 200)
            XCTAssertEqual(contentType, "text/html")
            XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "<p>3</p>")
        }
    }
}
