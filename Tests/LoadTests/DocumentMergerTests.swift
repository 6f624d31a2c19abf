import Diagnostics
import Load
import TestSupport
import XCTest

final class DocumentMergerTests: XCTestCase {
    func testUnionsPathsOperationsAndComponents() throws {
        let first = try parse(
            #"{"openapi": "3.0.3", "paths": {"/a": {"get": {"responses": {}}}}, "components": {"schemas": {"A": {"type": "string"}}}}"#, file: "one.json")
        let second = try parse(
            #"{"openapi": "3.0.3", "paths": {"/a": {"post": {"responses": {}}}, "/b": {}}, "components": {"schemas": {"A": {"type": "string"}, "B": {"type": "integer"}}, "responses": {"R": {"description": "r"}}}}"#,
            file: "two.json")
        let merged = try DocumentMerger.merge([first, second])
        XCTAssertEqual(merged["paths"]?.object?.keys, ["/a", "/b"])
        XCTAssertEqual(merged["paths"]?["/a"]?.object?.keys, ["get", "post"])
        XCTAssertEqual(merged["components"]?["schemas"]?.object?.keys, ["A", "B"])
        XCTAssertNotNil(merged["components"]?["responses"]?["R"])
        // The merged nodes still point into the file they came from.
        XCTAssertEqual(merged["components"]?["schemas"]?["B"]?.location.file, "two.json")
    }

    func testConflictNamesBothPlaces() throws {
        let first = try parse("{\"openapi\": \"3.0.3\", \"components\": {\"schemas\": {\n\"A\": {\"type\": \"string\"}}}}", file: "one.json")
        let second = try parse("{\"openapi\": \"3.0.3\",\n\"components\": {\"schemas\": {\"A\": {\"type\": \"integer\"}}}}", file: "two.json")
        let found = diagnostic { _ = try DocumentMerger.merge([first, second]) }
        XCTAssertEqual(found?.location, SourceLocation(file: "two.json", line: 2, column: 33))
        XCTAssertEqual(found?.pointer, "/components/schemas/A")
        XCTAssertTrue(found?.message.contains("one.json:2:6") == true, found?.message ?? "")
    }

    func testConflictingOperationAndTopLevelMember() throws {
        let first = try parse(#"{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a": {"get": {"summary": "x"}}}}"#, file: "one.json")
        let second = try parse(#"{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a": {"get": {"summary": "y"}}}}"#, file: "two.json")
        XCTAssertEqual(diagnostic { _ = try DocumentMerger.merge([first, second]) }?.pointer, "/paths/~1a/get")
        let third = try parse(#"{"openapi": "3.0.3", "info": {"title": "B", "version": "1"}}"#, file: "three.json")
        XCTAssertEqual(diagnostic { _ = try DocumentMerger.merge([first, third]) }?.pointer, "/info")
    }

    func testBirdPagesMergeWithoutConflict() throws {
        let merged = try SpecLoader.load(paths: birdSpecPaths)
        XCTAssertEqual(merged["paths"]?.object?.keys.count, 2)
        XCTAssertEqual(merged["paths"]?["/organizations/{organizationId}/workspaces/{workspaceId}"]?.object?.keys, ["get", "delete", "patch"])
        XCTAssertEqual(merged["components"]?["schemas"]?.object?.keys.count, 18)
    }
}
