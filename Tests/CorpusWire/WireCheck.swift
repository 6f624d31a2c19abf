// Copied next to each generated corpus module by scripts/roundtrip.sh (it uses the module's
// own `HTTPTransport`): a transport that records requests and answers with a canned response,
// and the checks that compare what went on the wire with what the spec says.
import Foundation

/// Records each request and answers with `next` (status, headers, body).
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    var next = HTTPResponse(status: 200, headers: [:], body: Data())

    var last: HTTPRequest? { lock.withLock { recorded.last } }

    func answer(_ status: Int, _ contentType: String?, _ body: String, headers: [String: String] = [:]) {
        var all = headers
        if let contentType { all["Content-Type"] = contentType }
        next = HTTPResponse(status: status, headers: all, body: Data(body.utf8))
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { recorded.append(request) }
        return next
    }
}

/// The checks of one module: each failure printed, a summary line, exit status 1 on any.
final class WireChecks: @unchecked Sendable {
    let module: String
    private(set) var passed = 0
    private(set) var failures: [String] = []

    init(_ module: String) {
        self.module = module
    }

    func equal<Value: Equatable>(_ actual: Value?, _ expected: Value, _ what: String) {
        if actual == expected {
            passed += 1
        } else {
            failures.append("\(what): got \(actual.map { "\($0)" } ?? "nil"), expected \(expected)")
        }
    }

    func fail(_ what: String, _ error: any Error) {
        failures.append("\(what): threw \(error)")
    }

    /// The request's method, URL, headers (sorted) and body as text, one line each.
    static func wire(_ request: HTTPRequest?) -> String {
        guard let request else { return "no request" }
        let headers = request.headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return ([request.method + " " + request.url.absoluteString] + headers + [request.body.map { String(decoding: $0, as: UTF8.self) } ?? "-"])
            .joined(separator: "\n")
    }

    func finish() -> Never {
        for failure in failures { print("wire \(module): FAIL \(failure)") }
        print("wire \(module): \(passed) checks, \(failures.count) failed")
        exit(failures.isEmpty ? 0 : 1)
    }
}

let server = URL(string: "https://api.example.com") ?? URL(fileURLWithPath: "/")
