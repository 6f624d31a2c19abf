// Wire checks of ../shared/corpus/swift-openapi-generator-content-types.yaml (see WireCheck.swift).
import Foundation

let checks = WireChecks("ContentTypes")
let transport = RecordingTransport()
let client = Client(server: .custom(server), transport: transport)

do {
    transport.answer(200, "text/plain", "Hello")
    let greeting = try await client.getExampleMultipleContentTypes()
    checks.equal(transport.last?.headers["Accept"], "application/json, text/plain", "getExampleMultipleContentTypes Accept")
    checks.equal(greeting, .plainText("Hello"), "getExampleMultipleContentTypes text")
    transport.answer(200, "application/json", #"{"message": "Hi"}"#)
    checks.equal(try await client.getExampleMultipleContentTypes(accept: [.json]), .json(Greeting(message: "Hi")), "JSON")
    checks.equal(transport.last?.headers["Accept"], "application/json", "getExampleMultipleContentTypes chosen Accept")

    transport.answer(202, nil, "")
    try await client.postExampleURLEncoded(body: .init(message: "Hello, world & more"))
    checks.equal(
        WireChecks.wire(transport.last),
        """
        POST https://api.example.com/exampleURLEncoded
        Content-Type: application/x-www-form-urlencoded
        message=Hello%2C%20world%20%26%20more
        """, "postExampleURLEncoded")

    transport.answer(202, nil, "")
    try await client.postExampleMultipart(body: .init(greetingTemplate: .init(message: "Hi, {name}"), names: ["Ann", "Bo"]))
    let boundary = transport.last?.headers["Content-Type"]?.components(separatedBy: "boundary=").last ?? ""
    checks.equal(
        transport.last.map { String(decoding: $0.body ?? Data(), as: UTF8.self) },
        [
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"greetingTemplate\"\r\nContent-Type: application/json\r\n\r\n{\"message\":\"Hi, {name}\"}\r\n",
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"names\"\r\nContent-Type: text/plain\r\n\r\nAnn\r\n",
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"names\"\r\nContent-Type: text/plain\r\n\r\nBo\r\n",
            "--\(boundary)--\r\n",
        ].joined(), "postExampleMultipart body")

    let body =
        "--B\r\nContent-Disposition: form-data; name=\"greetingTemplate\"\r\nContent-Type: application/json\r\n\r\n{\"message\": \"Hey\"}\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"names\"\r\nContent-Type: text/plain\r\nx-name-locale: en\r\n\r\nAnn\r\n--B--\r\n"
    transport.answer(200, "multipart/form-data; boundary=B", body)
    let download = try await client.getExampleMultipart()
    checks.equal(download.greetingTemplate.message, "Hey", "getExampleMultipart JSON part")
    checks.equal(download.names, ["Ann"], "getExampleMultipart text parts")
} catch {
    checks.fail("content types", error)
}

checks.finish()
