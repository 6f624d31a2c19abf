import Diagnostics
import Load
import TestSupport
import XCTest

final class YAMLParserTests: XCTestCase {
    private func parseYAML(_ text: String) throws -> Node {
        try YAMLParser(text: text, file: "spec.yaml").parseDocument()
    }

    func testScalarsKeysAndLocations() throws {
        let node = try parseYAML(
            """
            openapi: 3.1.0
            info:
              title: "3.0"
              version: 1.0
            paths:
              /a:
                get:
                  responses:
                    200:
                      description: ok
                    '404':
                      description: |
                        Not
                        found
            flags: [true, false, null, ~, 12, -3.5e2, 0x1F, 1_000, "7"]
            """)
        XCTAssertEqual(node.object?.keys, ["openapi", "info", "paths", "flags"])
        XCTAssertEqual(node["openapi"]?.string, "3.1.0")
        XCTAssertEqual(node["info"]?["title"]?.string, "3.0")
        XCTAssertEqual(node["info"]?["version"]?.numberText, "1.0")
        let responses = try XCTUnwrap(node["paths"]?["/a"]?["get"]?["responses"])
        XCTAssertEqual(responses.object?.keys, ["200", "404"])
        XCTAssertEqual(responses["404"]?["description"]?.string, "Not\nfound\n")
        XCTAssertEqual(responses["200"]?.location, SourceLocation(file: "spec.yaml", line: 10, column: 11))
        XCTAssertEqual(responses.object?.entry("200")?.keyLocation, SourceLocation(file: "spec.yaml", line: 9, column: 9))
        let flags = try XCTUnwrap(node["flags"]?.array)
        XCTAssertEqual(flags[0].bool, true)
        XCTAssertEqual(flags[1].bool, false)
        if case .null = flags[2].value {} else { XCTFail("null") }
        if case .null = flags[3].value {} else { XCTFail("~") }
        XCTAssertEqual(flags[4].numberText, "12")
        XCTAssertEqual(flags[5].numberText, "-3.5e2")
        XCTAssertEqual(flags[6].string, "0x1F")
        XCTAssertEqual(flags[7].string, "1_000")
        XCTAssertEqual(flags[8].string, "7")
    }

    func testAnchorsAliasesAndMergeKeys() throws {
        let node = try parseYAML(
            """
            base: &base
              type: object
              description: shared
            copy: *base
            merged:
              <<: *base
              description: own
            """)
        XCTAssertTrue(try XCTUnwrap(node["copy"]).sameContent(as: try XCTUnwrap(node["base"])))
        XCTAssertEqual(node["merged"]?["type"]?.string, "object")
        XCTAssertEqual(node["merged"]?["description"]?.string, "own")
    }

    func testErrorsAreLocated() {
        let multi = diagnostic { _ = try parseYAML("a: 1\n---\nb: 2\n") }
        XCTAssertEqual(multi?.location?.line, 2)
        XCTAssertTrue(multi?.message.contains("several documents") == true)
        let tab = diagnostic { _ = try parseYAML("a:\n\tb: 1\n") }
        XCTAssertEqual(tab?.location?.file, "spec.yaml")
        XCTAssertTrue(tab?.message.hasPrefix("malformed YAML") == true, tab?.description ?? "")
        let duplicate = diagnostic { _ = try parseYAML("a: 1\na: 2\n") }
        XCTAssertEqual(duplicate?.location, SourceLocation(file: "spec.yaml", line: 2, column: 1))
        let alias = diagnostic { _ = try parseYAML("a: *nowhere\n") }
        XCTAssertNotNil(alias)
    }

    func testLongLiteralsAndTabsInsideScalars() throws {
        let long = String(repeating: "x", count: 100_000)
        let node = try parseYAML("text: \"\(long)\"\nquoted: \"a\\tb\"\n")
        XCTAssertEqual(node["text"]?.string?.count, 100_000)
        XCTAssertEqual(node["quoted"]?.string, "a\tb")
    }
}
