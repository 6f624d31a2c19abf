// Wire checks of ../shared/corpus/swift-openapi-generator-petstore.yaml (see WireCheck.swift).
import Foundation

let checks = WireChecks("Petstore")
let transport = RecordingTransport()
let client = Client(server: .custom(server), transport: transport)

do {
    transport.answer(200, "application/json", #"[{"id": 1, "name": "Fluffy"}]"#, headers: ["My-Tracing-Header": "t1"])
    let (pets, headers) = try await client.listPetsWithHeaders(
        limit: 10, habitat: .water, feeds: [.carnivore, .herbivore], sort: .init(id: "asc"), filter: .init(name: "a b"),
        since: Date(timeIntervalSince1970: 0), myRequestUUID: UUID(uuidString: "6F1C1A3E-6A7B-4B0E-9A39-3F7F2F6F0C11")
    )
    checks.equal(
        WireChecks.wire(transport.last),
        """
        GET https://api.example.com/pets?limit=10&habitat=water&feeds=carnivore&feeds=herbivore&sort%5Bid%5D=asc&filter%5Bname%5D=a%20b&since=1970-01-01T00%3A00%3A00Z
        Accept: application/json
        My-Request-UUID: 6f1c1a3e-6a7b-4b0e-9a39-3f7f2f6f0c11
        -
        """, "listPets request")
    checks.equal(pets.first?.name, "Fluffy", "listPets body")
    checks.equal(headers.myTracingHeader, "t1", "listPets response header")
} catch {
    checks.fail("listPets", error)
}

do {
    transport.answer(200, "text/plain", "3 pets")
    let stats = try await client.getStats(accept: [.plainText, .json])
    checks.equal(transport.last?.headers["Accept"], "text/plain, application/json", "getStats Accept")
    checks.equal(stats, .plainText("3 pets"), "getStats text")
    transport.answer(200, "application/json", #"{"count": 3}"#)
    checks.equal(try await client.getStats(), .json(PetStats(count: 3)), "getStats JSON")
    transport.answer(200, "application/octet-stream", "3")
    checks.equal(try await client.getStats(), .binary(Data("3".utf8)), "getStats bytes")
} catch {
    checks.fail("getStats", error)
}

do {
    transport.answer(200, "application/octet-stream", "PNG")
    let avatar = try await client.uploadAvatarForPet(petId: 7, body: Data([1, 2]))
    checks.equal(
        WireChecks.wire(transport.last),
        """
        PUT https://api.example.com/pets/7/avatar
        Accept: application/octet-stream, application/json, text/plain
        Content-Type: application/octet-stream
        \u{1}\u{2}
        """, "uploadAvatarForPet request")
    checks.equal(avatar, Data("PNG".utf8), "uploadAvatarForPet download")
    transport.answer(500, "text/plain", "avatar store down")
    do {
        _ = try await client.uploadAvatarForPet(petId: 7, body: Data())
        checks.equal("returned", "threw", "uploadAvatarForPet 500")
    } catch APIError.response(500, .text(let text), _) {
        checks.equal(text, "avatar store down", "uploadAvatarForPet text error")
    }
} catch {
    checks.fail("uploadAvatarForPet", error)
}

do {
    transport.answer(202, nil, "")
    try await client.multipartUploadTyped(body: .init(log: "started", metadata: .init(createdAt: Date(timeIntervalSince1970: 0)), keyword: ["a", "b"]))
    let contentType = transport.last?.headers["Content-Type"] ?? ""
    let boundary = contentType.components(separatedBy: "boundary=").last ?? ""
    let text = "text/plain; charset=utf-8"
    checks.equal(
        transport.last.map { String(decoding: $0.body ?? Data(), as: UTF8.self) },
        [
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"log\"\r\nContent-Type: \(text)\r\n\r\nstarted\r\n",
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n{\"createdAt\":\"1970-01-01T00:00:00Z\"}\r\n",
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"keyword\"\r\nContent-Type: \(text)\r\n\r\na\r\n",
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"keyword\"\r\nContent-Type: \(text)\r\n\r\nb\r\n",
            "--\(boundary)--\r\n",
        ].joined(), "multipartUploadTyped body")

    let parts =
        "--x\r\nContent-Disposition: form-data; name=\"log\"\r\n\r\nline\r\n"
        + "--x\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n{\"createdAt\": \"2024-01-01T00:00:00Z\"}\r\n"
        + "--x\r\nContent-Disposition: form-data; name=\"keyword\"\r\n\r\nk1\r\n--x--\r\n"
    transport.answer(200, "multipart/form-data; boundary=x", parts)
    let download = try await client.multipartDownloadTyped()
    checks.equal(download.log, "line", "multipartDownloadTyped text part")
    checks.equal(download.metadata?.createdAt, Date(timeIntervalSince1970: 1_704_067_200), "multipartDownloadTyped JSON part")
    checks.equal(download.keyword, ["k1"], "multipartDownloadTyped repeated part")
} catch {
    checks.fail("multipart", error)
}

checks.finish()
