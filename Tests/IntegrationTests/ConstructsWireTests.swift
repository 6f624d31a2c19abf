import Foundation
import GoldenConstructs
import Hummingbird
import XCTest

/// What the golden fixture's client puts on the wire: parameter styles in every location,
/// form, multipart, raw and text bodies, against a server on 127.0.0.1 that echoes what it got.
final class ConstructsWireTests: XCTestCase {
    private static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/v2/search/:ids") { request, _ in
            let seen = [
                request.uri.path,
                request.uri.query ?? "",
                JSONServer.header("cookie", in: request) ?? "",
                JSONServer.header("x-flags", in: request) ?? "",
            ]
            return JSONServer.response(200, JSONServer.data(seen))
        }
        for path in ["/v2/secure", "/v2/basic"] {
            router.get(RouterPath(path)) { request, _ in
                JSONServer.response(200, JSONServer.data([JSONServer.header("x-key", in: request) ?? "", JSONServer.header("authorization", in: request) ?? ""]))
            }
        }
        router.post("/v2/things") { _, _ in
            let thing = JSONServer.data(["id": 7, "created_at": "2024-01-01T00:00:00Z", "kind": "plain"])
            return Response(
                status: .created,
                headers: [
                    .contentType: "application/json", .location: "https://example.com/things/7",
                    HTTPFields.Element.Name("x-rate-limit")!: "42", HTTPFields.Element.Name("X-Trace")!: "6f1c1a3e-6a7b-4b0e-9a39-3f7f2f6f0c11",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: thing))
            )
        }
        router.post("/v2/uploads") { request, _ in
            let body = try await JSONServer.body(request)
            let text = String(decoding: body, as: UTF8.self)
            let contentType = JSONServer.header("content-type", in: request) ?? ""
            return Response(
                status: .ok, headers: [.contentType: "text/plain"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: contentType + "\n" + text))
            )
        }
        router.put("/v2/uploads") { request, _ in
            let body = try await JSONServer.body(request)
            return Response(status: .ok, headers: [.contentType: "application/octet-stream"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.reversed())))
        }
        router.patch("/v2/uploads") { request, _ in
            let body = String(decoding: try await JSONServer.body(request), as: UTF8.self)
            let ok = body == "count=3&name=a%20b%26c&tags=x&tags=y"
                && JSONServer.header("content-type", in: request) == "application/x-www-form-urlencoded"
            return Response(status: ok ? .noContent : .badRequest)
        }
        return router
    }

    func testParameterStylesOnTheWire() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            let seen = try await client.search(
                ids: [1, 2, 3],
                filter: .init(color: "red", size: 2),
                terms: ["a b", "c|d"],
                xFlags: ["on", "fast"],
                session: "s=1"
            )
            XCTAssertEqual(seen, [
                "/v2/search/.1.2.3",
                "filter%5Bcolor%5D=red&filter%5Bsize%5D=2&terms=a%20b%7Cc%7Cd",
                "session=s%3D1",
                "on,fast",
            ])
        }
    }

    func testBodiesOnTheWire() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            let echoed = try await client.upload(body: .init(file: Data([0, 1, 2, 255]), note: "hi", kind: .fancyThing, meta: .init(size: 4)))
            let lines = echoed.components(separatedBy: "\n")
            let boundary = try XCTUnwrap(lines.first?.components(separatedBy: "boundary=").last)
            XCTAssertTrue(lines.first?.hasPrefix("multipart/form-data; boundary=") == true)
            let text = lines.dropFirst().joined(separator: "\n")
            XCTAssertTrue(text.contains("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{0}\u{1}\u{2}"), text)
            XCTAssertTrue(text.contains("name=\"note\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhi\r\n"), text)
            XCTAssertTrue(text.contains("name=\"kind\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nfancy-thing\r\n"), text)
            XCTAssertTrue(text.contains("name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"size\":4}\r\n"), text)
            XCTAssertTrue(text.hasSuffix("--\(boundary)--\r\n"), text)

            let bytes = try await client.putRaw(body: Data([1, 2, 3]))
            XCTAssertEqual(bytes, Data([3, 2, 1]))

            try await client.submitForm(body: .init(name: "a b&c", tags: ["x", "y"], count: 3))
        }
    }

    func testSecurityAlternativesAndBasic() async throws {
        try await withLiveServer(Self.router()) { url in
            let server = Server.custom(url.appendingPathComponent("v2"))
            let keyOnly = Client(apiKeyAuth: "k1", server: server)
            let viaKey = try await keyOnly.secureEcho()
            XCTAssertEqual(viaKey, ["k1", ""])
            let bearerOnly = Client(bearerAuth: "t1", server: server)
            let viaBearer = try await bearerOnly.secureEcho()
            XCTAssertEqual(viaBearer, ["", "Bearer t1"])
            let both = Client(bearerAuth: "t2", apiKeyAuth: "k2", server: server)
            let viaFirst = try await both.secureEcho()
            XCTAssertEqual(viaFirst, ["k2", ""], "the first alternative the client can satisfy wins")
            let basic = Client(basicAuth: "ann:s3cret", server: server)
            let viaBasic = try await basic.basicEcho()
            XCTAssertEqual(viaBasic, ["", "Basic YW5uOnMzY3JldA=="])
        }
    }

    func testResponseHeaders() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            let (thing, headers) = try await client.createThingWithHeaders(body: .init(name: "x"))
            XCTAssertEqual(thing.id, 7)
            XCTAssertEqual(headers.xRateLimit, 42)
            XCTAssertEqual(headers.location?.absoluteString, "https://example.com/things/7")
            XCTAssertEqual(headers.xTrace?.uuidString.lowercased(), "6f1c1a3e-6a7b-4b0e-9a39-3f7f2f6f0c11")
            let plain = try await client.createThing(body: .init(name: "y"))
            XCTAssertEqual(plain.kind, .plain)
        }
    }
}
