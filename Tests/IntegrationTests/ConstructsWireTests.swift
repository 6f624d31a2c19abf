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
                JSONServer.response(
                    200, JSONServer.data([JSONServer.header("x-key", in: request) ?? "", JSONServer.header("authorization", in: request) ?? ""]))
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
            return Response(
                status: .ok, headers: [.contentType: "application/octet-stream"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.reversed())))
        }
        router.patch("/v2/uploads") { request, _ in
            let body = String(decoding: try await JSONServer.body(request), as: UTF8.self)
            let ok =
                body == "name=a%20b%26c&tags=x&tags=y&count=3"
                && JSONServer.header("content-type", in: request) == "application/x-www-form-urlencoded"
            return Response(status: ok ? .noContent : .badRequest)
        }
        router.post("/v2/payment_intents") { request, _ in
            let body = String(decoding: try await JSONServer.body(request), as: UTF8.self)
            return Response(status: .ok, headers: [.contentType: "text/plain"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/v2/payment_intents") { request, _ in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: ResponseBody(byteBuffer: ByteBuffer(string: request.uri.query ?? "")))
        }
        router.post("/v2/files") { request, _ in
            let body = String(decoding: try await JSONServer.body(request), as: UTF8.self)
            let contentType = JSONServer.header("content-type", in: request) ?? ""
            return Response(status: .ok, headers: [.contentType: "text/plain"], body: ResponseBody(byteBuffer: ByteBuffer(string: contentType + "\n" + body)))
        }
        router.get("/v2/notes/:file") { _, _ in
            Response(
                status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8", HTTPFields.Element.Name("X-Reason")!: "disk"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "database on fire"))
            )
        }
        router.get("/v2/bundles/:id") { _, _ in
            let parts = [
                "Content-Disposition: form-data; name=\"title\"\r\n\r\nField notes",
                "Content-Disposition: form-data; name=\"pages\"\r\nContent-Type: text/plain\r\n\r\n12",
                "Content-Disposition: form-data; name=\"draft\"\r\n\r\ntrue",
                "Content-Disposition: form-data; name=\"tags\"\r\n\r\nfun",
                "Content-Disposition: form-data; name=\"tags\"\r\n\r\njoy",
                "Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"size\": 4}",
                "Content-Disposition: form-data; name=\"cover\"; filename=\"cover \\\"1\\\".png\"\r\nContent-Type: image/png\r\n\r\n\u{0}PNG\r\n--not-the-end",
            ]
            let body = "preamble\r\n" + parts.map { "--b0und\r\n" + $0 + "\r\n" }.joined() + "--b0und--\r\n"
            return Response(
                status: .ok, headers: [.contentType: "multipart/form-data; boundary=\"b0und\""],
                body: ResponseBody(byteBuffer: ByteBuffer(string: body))
            )
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
            XCTAssertEqual(
                seen,
                [
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
            let echoed = try await client.upload(body: .init(file: FilePart(Data([0, 1, 2, 255])), note: "hi", kind: .fancyThing, meta: .init(size: 4)))
            let lines = echoed.components(separatedBy: "\n")
            let boundary = try XCTUnwrap(lines.first?.components(separatedBy: "boundary=").last)
            XCTAssertTrue(lines.first?.hasPrefix("multipart/form-data; boundary=") == true)
            let text = lines.dropFirst().joined(separator: "\n")
            XCTAssertTrue(
                text.contains(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{0}\u{1}\u{2}"
                ), text)
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

    /// Stripe's `POST /v1/payment_intents` as its docs write it (`curl -d`): nested members in
    /// `deepObject` style to any depth, arrays of scalars as `name[]`, arrays of objects by
    /// index, members in schema order, dictionaries sorted by key.
    func testFormBodyInDeepObjectStyle() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            let body = try await client.createPaymentIntent(
                body: .init(
                    amount: 2000,
                    currency: "usd",
                    metadata: ["order_id": "6735", "customer note": "a&b=c"],
                    automaticPaymentMethods: .init(enabled: true),
                    shipping: .init(name: "Jenny Rosen", address: .init(city: "San Francisco", line1: "510 Townsend St")),
                    lineItems: [.init(price: "price_1", quantity: 2), .init(price: "price_2")],
                    expand: ["customer", "latest_charge"],
                    labels: ["a", "b|c"]
                )
            )
            XCTAssertEqual(
                body,
                [
                    "amount=2000", "currency=usd",
                    "metadata[customer%20note]=a%26b%3Dc", "metadata[order_id]=6735",
                    "automatic_payment_methods[enabled]=true",
                    "shipping[name]=Jenny%20Rosen", "shipping[address][city]=San%20Francisco", "shipping[address][line1]=510%20Townsend%20St",
                    "line_items[0][price]=price_1", "line_items[0][quantity]=2", "line_items[1][price]=price_2",
                    "expand[]=customer", "expand[]=latest_charge",
                    "labels=a%7Cb%7Cc",
                ].joined(separator: "&"))
        }
    }

    /// `deepObject` in the query: arrays as `expand[]=…` (Stripe's `GET` lists), nested objects
    /// to any depth.
    func testDeepObjectQueryArraysAndNesting() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            let query = try await client.listPaymentIntents(expand: ["data.customer", "data.invoice"], created: .init(gte: 10, range: .init(from: "a b")))
            XCTAssertEqual(query, "expand%5B%5D=data.customer&expand%5B%5D=data.invoice&created%5Bgte%5D=10&created%5Brange%5D%5Bfrom%5D=a%20b")
        }
    }

    /// Multipart as RFC 7578 and the body's `encoding` say: parts in schema order, one part per
    /// array item, files with their name and content type, scalars as text, `deepObject`
    /// members as one text part per scalar, an object part in its declared content type.
    func testMultipartPartsFollowTheSchemaAndItsEncoding() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            let echoed = try await client.createFile(
                body: .init(
                    purpose: "dispute_evidence",
                    file: FilePart(Data("PNG".utf8), fileName: "receipt \"1\".png", headers: ["Content-Transfer-Encoding": "binary"]),
                    tags: ["fun", "joy"],
                    count: 3,
                    public: false,
                    fileLinkData: .init(create: true, expiresAt: 1_700_000_000),
                    attributes: .init(color: "red"),
                    thumbnails: [FilePart(Data("a".utf8), fileName: "a.jpg", contentType: "image/jpeg"), FilePart(Data("b".utf8))]
                )
            )
            let head = try XCTUnwrap(echoed.components(separatedBy: "\n").first)
            let boundary = try XCTUnwrap(head.components(separatedBy: "boundary=").last)
            XCTAssertEqual(head, "multipart/form-data; boundary=" + boundary)
            func part(_ disposition: String, _ type: String, _ content: String) -> String {
                "--\(boundary)\r\nContent-Disposition: form-data; \(disposition)\r\nContent-Type: \(type)\r\n\r\n\(content)\r\n"
            }
            let text = "text/plain; charset=utf-8"
            let expected =
                [
                    part(#"name="purpose""#, text, "dispute_evidence"),
                    part(#"name="file"; filename="receipt \"1\".png""#, "image/png\r\nX-Scan: virus\r\nContent-Transfer-Encoding: binary", "PNG"),
                    part(#"name="tags""#, text, "fun"),
                    part(#"name="tags""#, text, "joy"),
                    part(#"name="count""#, text, "3"),
                    part(#"name="public""#, text, "false"),
                    part(#"name="file_link_data[create]""#, text, "true"),
                    part(#"name="file_link_data[expires_at]""#, text, "1700000000"),
                    part(#"name="attributes""#, "application/vnd.example+json", #"{"color":"red"}"#),
                    part(#"name="thumbnails"; filename="a.jpg""#, "image/jpeg", "a"),
                    part(#"name="thumbnails"; filename="thumbnails""#, "application/octet-stream", "b"),
                ].joined() + "--\(boundary)--\r\n"
            XCTAssertEqual(String(echoed.dropFirst(head.count + 1)), expected)
        }
    }

    /// A multipart response read into its model: text parts as the member's type, repeated
    /// parts as an array, a JSON part as JSON, a file part with its name and content type
    /// (its bytes may hold CRLF and dashes).
    func testMultipartResponseIsReadIntoItsModel() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            let bundle = try await client.getBundle(bundleId: "b1")
            XCTAssertEqual(bundle.title, "Field notes")
            XCTAssertEqual(bundle.pages, 12)
            XCTAssertEqual(bundle.draft, true)
            XCTAssertEqual(bundle.tags, ["fun", "joy"])
            XCTAssertEqual(bundle.meta?.size, 4)
            XCTAssertEqual(bundle.cover?.fileName, "cover \"1\".png")
            XCTAssertEqual(bundle.cover?.contentType, "image/png")
            XCTAssertEqual(bundle.cover?.data, Data("\u{0}PNG\r\n--not-the-end".utf8))
        }
    }

    /// A text error from a real server: `.text` with the whole answer kept.
    func testATextErrorFromTheServer() async throws {
        try await withLiveServer(Self.router()) { url in
            let client = Client(bearerAuth: "t", server: .custom(url.appendingPathComponent("v2")))
            do {
                _ = try await client.getNotesByNoteIdJson(noteId: "n1")
                XCTFail("expected 500")
            } catch APIError.response(500, .text(let text), let response) {
                XCTAssertEqual(text, "database on fire")
                XCTAssertEqual(response.value(forHeader: "x-reason"), "disk")
            }
        }
    }
}
