// Wire checks of ../shared/corpus/readme-parameters-style.yaml (see WireCheck.swift): each
// style in each location, against the OpenAPI style table (RFC 6570).
import Foundation

let checks = WireChecks("ParametersStyle")
let transport = RecordingTransport()
let client = Client(server: .custom(server), transport: transport)

/// The multipart body's parts as `name=content` lines, without boundaries and part headers.
func parts(_ request: HTTPRequest?) -> [String] {
    guard let request, let body = request.body, let contentType = request.headers["Content-Type"] else { return [] }
    let boundary = contentType.components(separatedBy: "boundary=").last ?? ""
    return String(decoding: body, as: UTF8.self).components(separatedBy: "--" + boundary).compactMap { part in
        let pieces = part.components(separatedBy: "\r\n\r\n")
        guard pieces.count == 2, let name = pieces[0].components(separatedBy: "name=\"").last?.components(separatedBy: "\"").first else { return nil }
        return name + "=" + pieces[1].replacingOccurrences(of: "\r\n", with: "")
    }
}

do {
    transport.answer(200, nil, "")
    try await client.queryFormExploded(primitive: "blue", array: ["blue", "black"], object: .init(name: "R", description: "100"))
    checks.equal(
        transport.last?.url.absoluteString, "https://api.example.com/anything/query/form?primitive=blue&array=blue&array=black&name=R&description=100",
        "query form exploded")
    try await client.queryDeepObjectNonExploded(object: .init(name: "R", description: "a b"))
    checks.equal(
        transport.last?.url.absoluteString, "https://api.example.com/anything/query/deepObject?object%5Bname%5D=R&object%5Bdescription%5D=a%20b",
        "query deepObject")
    try await client.querySpaceDelimitedNonExploded(array: ["blue", "black"])
    checks.equal(transport.last?.url.absoluteString, "https://api.example.com/anything/query/spaceDelimited?array=blue%20black", "query spaceDelimited")
    try await client.queryPipeDelimitedNonExploded(array: ["blue", "black"])
    checks.equal(transport.last?.url.absoluteString, "https://api.example.com/anything/query/pipeDelimited?array=blue%7Cblack", "query pipeDelimited")

    try await client.pathsLabelExploded(primitive: "blue", array: ["blue", "black"], object: .init(name: "R", description: "100"))
    checks.equal(
        transport.last?.url.absoluteString, "https://api.example.com/anything/path/label/.blue/.blue.black/.name=R.description=100", "path label exploded")
    try await client.pathsMatrixExploded(primitive: "blue", array: ["blue", "black"], object: .init(name: "R", description: "100"))
    checks.equal(
        transport.last?.url.absoluteString, "https://api.example.com/anything/path/matrix/;primitive=blue/;array=blue;array=black/;name=R;description=100",
        "path matrix exploded")
    try await client.pathsSimpleNonExploded(primitive: "blue", array: ["blue", "black"], object: .init(name: "R", description: "100"))
    checks.equal(transport.last?.url.absoluteString, "https://api.example.com/anything/path/simple/blue/blue,black/name,R,description,100", "path simple")

    try await client.headersSimpleExploded(primitive: "blue", array: ["blue", "black"], object: .init(name: "R", description: "100"))
    checks.equal(transport.last?.headers["array"], "blue,black", "header simple array")
    checks.equal(transport.last?.headers["object"], "name=R,description=100", "header simple exploded object")
    try await client.cookiesFormExploded(primitive: "blue", array: ["blue", "black"], object: .init(name: "R", description: "100"))
    checks.equal(transport.last?.headers["Cookie"], "primitive=blue; array=blue; array=black; name=R; description=100", "cookie form exploded")

    try await client.formDataFormExploded(body: .init(primitive: "blue", array: ["blue", "black"], object: .init(foo: "a", bar: "b")))
    checks.equal(parts(transport.last), ["primitive=blue", "array=blue", "array=black", "foo=a", "bar=b"], "multipart form exploded")
    try await client.formDataFormNonExploded(body: .init(primitive: "blue", array: ["blue", "black"], object: .init(foo: "a", bar: "b")))
    checks.equal(parts(transport.last), ["primitive=blue", "array=blue,black", "object=foo,a,bar,b"], "multipart form non-exploded")
    try await client.formDataPipeDelimitedNonExploded(body: .init(array: ["blue", "black"], object: .init(foo: "a", bar: "b")))
    checks.equal(parts(transport.last), ["array=blue|black", "object=foo|a|bar|b"], "multipart pipeDelimited")
} catch {
    checks.fail("parameters", error)
}

checks.finish()
