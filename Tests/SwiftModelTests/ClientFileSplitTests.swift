import Diagnostics
import IR
import TestSupport
import XCTest

@testable import SwiftModel

/// Issue 18: a big spec without tags (Stripe's 468 operations) is not one `Client.swift` of
/// 14,000 lines compiled on one core: past `maxUntaggedInClientFile` untagged operations, they
/// are split by path like tagged ones.
final class ClientFileSplitTests: XCTestCase {
    private func spec(resources: [String], tagged: Bool = false) -> String {
        let paths = resources.map { resource in
            let tags = tagged ? #""tags": ["Things"], "# : ""
            return
                #""/v1/\#(resource)/{id}": {"get": {\#(tags)"operationId": "get_\#(resource)", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "ok"}}}}"#
        }
        return #"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {\#(paths.joined(separator: ", "))}}"#
    }

    private func clientFiles(_ text: String) throws -> [String] {
        let plan = SwiftPlan.build(try buildIR(text), options: SwiftOptions(moduleName: "T"), log: DiagnosticLog())
        return plan.files.map(\.path).filter { $0.hasPrefix("Client") }.sorted()
    }

    func testManyUntaggedOperationsAreSplitByPath() throws {
        let resources = (0..<ClientViewBuilder.maxUntaggedInClientFile + 1).map { $0 % 2 == 0 ? "customers" : "charges" }
        XCTAssertEqual(
            try clientFiles(spec(resources: resources.enumerated().map { "\($1)/x\($0)" })),
            [
                "Client+Charges.swift", "Client+Customers.swift", "Client.swift",
            ])
        XCTAssertEqual(try clientFiles(spec(resources: ["customers", "charges"])), ["Client.swift"], "a small spec keeps one file")
    }

    func testThePathGroupSkipsVersionsAndParameters() {
        XCTAssertEqual(ClientViewBuilder.pathGroup("/v1/payment_intents/{intent}/confirm"), "PaymentIntents")
        XCTAssertEqual(ClientViewBuilder.pathGroup("/api/{org}/files"), "Files")
        XCTAssertEqual(ClientViewBuilder.pathGroup("/"), "")
    }
}
