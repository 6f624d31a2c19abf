import XCTest

@testable import GoldenConstructs

/// How the generated client picks the representation for a response's `Content-Type`: exact
/// type first (parameters and case ignored), then a `type/*` range, then JSON for `+json`, then `*/*`.
final class MediaTypeRangeTests: XCTestCase {
    private enum Kind: String, CaseIterable {
        case json = "application/json"
        case image = "image/*"
        case png = "image/png"
        case any = "*/*"
    }

    private enum TextOnly: String, CaseIterable {
        case plainText = "text/plain"
    }

    func testTheClosestDocumentedTypeIsChosen() {
        XCTAssertEqual(MediaTypeRange.best(for: "image/png", among: Kind.self), .png)
        XCTAssertEqual(MediaTypeRange.best(for: "Image/GIF", among: Kind.self), .image)
        XCTAssertEqual(MediaTypeRange.best(for: "application/json; charset=utf-8", among: Kind.self), .json)
        XCTAssertEqual(MediaTypeRange.best(for: "application/problem+json", among: Kind.self), .json)
        XCTAssertEqual(MediaTypeRange.best(for: "text/csv", among: Kind.self), .any)
        XCTAssertNil(MediaTypeRange.best(for: "application/json", among: TextOnly.self))
        XCTAssertEqual(MediaTypeRange.best(for: nil, among: TextOnly.self), .plainText)
    }

    func testJSONIsApplicationJSONOrAPlusJSONType() {
        XCTAssertTrue(MediaTypeRange.isJSON("application/json"))
        XCTAssertTrue(MediaTypeRange.isJSON("application/merge-patch+json; charset=utf-8"))
        XCTAssertFalse(MediaTypeRange.isJSON("application/jsonl"))
        XCTAssertFalse(MediaTypeRange.isJSON("text/plain"))
    }
}
