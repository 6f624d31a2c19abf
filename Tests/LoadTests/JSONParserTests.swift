import Diagnostics
import Load
import TestSupport
import XCTest

final class JSONParserTests: XCTestCase {
    func testValuesKeepOrderAndLocations() throws {
        let node = try parse("{\n  \"b\": [1, 2.5, -3e2],\n  \"a\": {\"x\": null, \"y\": true},\n  \"é\": \"ü\\n\\u00e9\\ud83d\\ude00\"\n}")
        XCTAssertEqual(node.object?.keys, ["b", "a", "é"])
        XCTAssertEqual(node["b"]?.array?.map(\.numberText), ["1", "2.5", "-3e2"])
        XCTAssertEqual(node["b"]?.location, SourceLocation(file: "test.json", line: 2, column: 8))
        XCTAssertEqual(node["a"]?["y"]?.bool, true)
        XCTAssertEqual(node["a"]?["y"]?.location, SourceLocation(file: "test.json", line: 3, column: 25))
        XCTAssertEqual(node["é"]?.string, "ü\né😀")
        XCTAssertEqual(node.object?.entry("é")?.keyLocation, SourceLocation(file: "test.json", line: 4, column: 3))
    }

    func testLocationsKeepTheirFileAndRepeatedStringsReadTheSame() throws {
        var first = JSONParser(text: ##"{"a": {"$ref": "#/components/schemas/SomethingLong"}}"##, file: "one/api.json")
        var second = JSONParser(
            text: ##"[{"$ref": "#/components/schemas/SomethingLong"}, {"$ref": "#/components/schemas/SomethingLong"}]"##, file: "two/api.json")
        let one = try first.parseDocument()
        let two = try second.parseDocument()
        XCTAssertEqual(one["a"]?.location.file, "one/api.json")
        XCTAssertEqual(two.array?[1].location, SourceLocation(file: "two/api.json", line: 1, column: 50))
        XCTAssertNotEqual(one["a"]?.location, SourceLocation(file: "two/api.json", line: 1, column: 7))
        XCTAssertEqual(one["a"]?.location, SourceLocation(file: "one/api.json", line: 1, column: 7))
        XCTAssertEqual(two.array?.map { $0["$ref"]?.string }, ["#/components/schemas/SomethingLong", "#/components/schemas/SomethingLong"])
        var moved = SourceLocation(file: "x.yaml", line: 1, column: 1).moved(line: 7, column: 3)
        XCTAssertEqual(moved.description, "x.yaml:7:3")
        moved.file = "y.yaml"
        XCTAssertEqual(moved.description, "y.yaml:7:3")
    }

    func testColumnsCountCharactersNotBytes() throws {
        let node = try parse(#"{"ééé": 1, "z": 2}"#)
        XCTAssertEqual(node["z"]?.location.column, 17)
    }

    func testErrorsCarryTheirLocation() {
        let cases: [(String, Int, Int, String)] = [
            ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected ':'"),
            ("[1, 2", 1, 6, "unexpected end of input"),
            ("{\"a\": tru}", 1, 7, "invalid literal"),
            ("{\"a\": 1} x", 1, 10, "unexpected text"),
            ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key"),
            ("\"abc", 1, 5, "unterminated string"),
        ]
        for (text, line, column, message) in cases {
            let found = diagnostic { _ = try parse(text) }
            XCTAssertEqual(found?.location, SourceLocation(file: "test.json", line: line, column: column), text)
            XCTAssertTrue(found?.message.contains(message) == true, "\(found?.message ?? "nil") for \(text)")
            XCTAssertEqual(found?.severity, .error)
        }
    }

    func testStartOffsetForEmbeddedText() throws {
        var parser = JSONParser(text: "{\n\"a\": 1}", file: "doc.md", firstLine: 10)
        let node = try parser.parseDocument()
        XCTAssertEqual(node["a"]?.location, SourceLocation(file: "doc.md", line: 11, column: 6))
    }

    func testSameContentIgnoresLocationAndKeyOrder() throws {
        let first = try parse(#"{"a": 1, "b": [true, "x"]}"#)
        let second = try parse("{\n\"b\": [true, \"x\"],\n \"a\": 1.0}")
        let third = try parse(#"{"a": 1, "b": [true, "y"]}"#)
        XCTAssertTrue(first.sameContent(as: second))
        XCTAssertFalse(first.sameContent(as: third))
    }
}
