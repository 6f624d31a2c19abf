// Wire checks of ../shared/corpus/redocly-museum.yaml (see WireCheck.swift).
import Foundation

let checks = WireChecks("Museum")
let transport = RecordingTransport()
let client = Client(museumPlaceholderAuth: "ann:s3cret", server: .custom(server), transport: transport)

do {
    transport.answer(200, "application/json", #"[{"date": "2024-01-01", "timeOpen": "09:00", "timeClose": "18:00"}]"#)
    let hours = try await client.getMuseumHours(startDate: "2024-01-01")
    checks.equal(
        WireChecks.wire(transport.last),
        """
        GET https://api.example.com/museum-hours?startDate=2024-01-01&page=1&limit=10
        Accept: application/json, application/problem+json
        Authorization: Basic YW5uOnMzY3JldA==
        -
        """, "getMuseumHours request")
    checks.equal(hours.count, 1, "getMuseumHours body")
} catch {
    checks.fail("getMuseumHours", error)
}

do {
    transport.answer(
        201, "application/json",
        """
        {"message": "Museum general entry ticket purchased", "ticketId": "382c0820-0530-4f4b-99af-13811ad0f17a",
         "ticketType": "general", "ticketDate": "2023-09-07", "confirmationCode": "ticket-general-e5e5c6-dce78"}
        """)
    let confirmation = try await client.buyMuseumTickets(body: .init(email: "todd@example.com", ticketDate: "2023-09-07", ticketType: .general))
    checks.equal(
        WireChecks.wire(transport.last),
        """
        POST https://api.example.com/tickets
        Accept: application/json, application/problem+json
        Authorization: Basic YW5uOnMzY3JldA==
        Content-Type: application/json
        {"email":"todd@example.com","ticketDate":"2023-09-07","ticketType":"general"}
        """, "buyMuseumTickets request")
    checks.equal(confirmation.ticketId?.uuidString.lowercased(), "382c0820-0530-4f4b-99af-13811ad0f17a", "buyMuseumTickets body")
} catch {
    checks.fail("buyMuseumTickets", error)
}

do {
    let ticket = UUID(uuidString: "382C0820-0530-4F4B-99AF-13811AD0F17A") ?? UUID()
    transport.answer(200, "image/png", "\u{89}PNG")
    let image = try await client.getTicketCode(ticketId: ticket)
    checks.equal(
        WireChecks.wire(transport.last),
        """
        GET https://api.example.com/tickets/382c0820-0530-4f4b-99af-13811ad0f17a/qr
        Accept: image/png, application/problem+json
        Authorization: Basic YW5uOnMzY3JldA==
        -
        """, "getTicketCode request")
    checks.equal(image, Data("\u{89}PNG".utf8), "getTicketCode download")
    transport.answer(404, "application/problem+json", #"{"type": "object", "title": "Not Found"}"#, headers: ["X-Request-Id": "r1"])
    do {
        _ = try await client.getTicketCode(ticketId: ticket)
        checks.equal("returned", "threw", "getTicketCode 404")
    } catch APIError.response(404, .errorModel(let problem), let response) {
        checks.equal(problem.title, "Not Found", "getTicketCode problem+json error")
        checks.equal(response.value(forHeader: "x-request-id"), "r1", "getTicketCode error headers")
    }
} catch {
    checks.fail("getTicketCode", error)
}

checks.finish()
