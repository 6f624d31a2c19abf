import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// Runs `body` with the base URL of a live server for `router` on 127.0.0.1 (a free port).
func withLiveServer(_ router: Router<BasicRequestContext>, _ body: @Sendable (URL) async throws -> Void) async throws {
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    try await app.test(.live) { client in
        try await body(try XCTUnwrap(URL(string: "http://127.0.0.1:\(try XCTUnwrap(client.port))")))
    }
}

/// Small helpers shared by the in-memory API servers of the integration tests.
enum JSONServer {
    static func object(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    static func data(_ payload: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: payload)) ?? Data()
    }

    static func response(_ status: Int, _ payload: Data?) -> Response {
        guard let payload else { return Response(status: .init(code: status)) }
        return Response(
            status: .init(code: status),
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: payload))
        )
    }

    /// A route parameter, percent-decoded (Hummingbird hands them over still encoded).
    static func parameter(_ name: String, _ context: BasicRequestContext) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    /// A request header by case-insensitive name.
    static func header(_ name: String, in request: Request) -> String? {
        request.headers.first { $0.name.canonicalName == name.lowercased() }?.value
    }

    static func body(_ request: Request) async throws -> Data {
        var request = request
        return Data(try await request.collectBody(upTo: 1 << 20).readableBytesView)
    }

    /// RFC 3339 with microseconds, as Anthropic writes timestamps.
    static func timestamp(_ sequence: Int) -> String {
        "2024-10-30T23:\(String(format: "%02d", sequence / 60 % 60)):\(String(format: "%02d", sequence % 60)).427722Z"
    }
}
