import Diagnostics
import Load
import TestSupport
import XCTest

/// The Load stage's limits and its handling of odd but valid bytes.
final class InputLimitTests: XCTestCase {
    private func parseYAML(_ text: String) throws -> Node {
        try YAMLParser(text: text, file: "spec.yaml").parseDocument()
    }

    func testYAMLNestingIsCappedLikeJSON() throws {
        XCTAssertNotNil(try parseYAML("a: " + String(repeating: "[", count: 511) + String(repeating: "]", count: 511)))
        let deep = diagnostic { _ = try self.parseYAML("a: " + String(repeating: "[", count: 512) + String(repeating: "]", count: 512)) }
        XCTAssertEqual(deep?.message, "malformed YAML: nesting deeper than 512 levels")
        // The same cap applies in JSON.
        XCTAssertNotNil(try parse("{\"a\": " + String(repeating: "[", count: 511) + String(repeating: "]", count: 511) + "}"))
        let json = diagnostic { _ = try parse("{\"a\": " + String(repeating: "[", count: 512) + String(repeating: "]", count: 512) + "}") }
        XCTAssertEqual(json?.message, "malformed JSON: nesting deeper than 512 levels")
    }

    func testNestingCountsThroughAliases() throws {
        // Each half is within the cap; an alias of the deep anchor placed deep is not.
        let half = 300
        let anchored = "deep: &deep " + String(repeating: "[", count: half) + String(repeating: "]", count: half)
        XCTAssertNotNil(try parseYAML(anchored + "\nuse: *deep\n"))
        let placed = "\nuse: " + String(repeating: "[", count: half) + "*deep" + String(repeating: "]", count: half) + "\n"
        let error = diagnostic { _ = try self.parseYAML(anchored + placed) }
        XCTAssertEqual(error?.message, "malformed YAML: nesting deeper than 512 levels")
    }

    func testAnAliasBombIsRefusedAndOrdinaryAliasesAreNot() throws {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let error = diagnostic { _ = try self.parseYAML(bomb) }
        XCTAssertEqual(
            error?.message,
            "malformed YAML: the document holds more than 4000000 values once its aliases are expanded (an alias bomb?)"
        )
        // Six levels expand to about 600,000 values: well within the budget, and read in full.
        let small = bomb.split(separator: "\n").prefix(6).joined(separator: "\n")
        let node = try parseYAML(small)
        XCTAssertEqual(node["a5"]?.array?.count, 9)
        XCTAssertEqual(node["a5"]?.array?.first?.array?.first?.array?.count, 9)
    }

    func testAByteOrderMarkIsSkippedInEveryFormat() throws {
        let folder = try temporaryFolder(self)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        // Each with the column of the version's value, which the mark must not shift.
        let inputs = [
            ("spec.json", #"{"openapi": "3.0.3", "paths": {}}"#, 13),
            ("spec.yaml", "openapi: 3.0.3\npaths: {}\n", 10),
            ("spec.md", "# API\n\n```json\n{\"openapi\": \"3.0.3\", \"paths\": {}}\n```\n", 13),
        ]
        for (name, text, column) in inputs {
            let url = folder.appendingPathComponent(name)
            try Data(bom + Array(text.utf8)).write(to: url)
            let node = try SpecLoader.load(paths: [url.path])
            XCTAssertEqual(node["openapi"]?.string, "3.0.3", name)
            XCTAssertEqual(node["openapi"]?.location.column, column, name)
        }
    }

    func testALoneSurrogateEscapeIsReadAsReplacementWithAWarning() throws {
        var parser = JSONParser(text: #"{"a": "x\ud800y", "b": "\udc00", "c": "\ud83d\ude00", "d": "\ud83d\u0041"}"#, file: "s.json")
        let node = try parser.parseDocument()
        XCTAssertEqual(node["a"]?.string, "x\u{FFFD}y")
        XCTAssertEqual(node["b"]?.string, "\u{FFFD}")
        XCTAssertEqual(node["c"]?.string, "😀")
        XCTAssertEqual(node["d"]?.string, "\u{FFFD}A", "the escape after a lone high surrogate stands on its own")
        XCTAssertEqual(
            parser.warnings.map(\.description),
            [
                "s.json:1:9: warning: lone surrogate escape '\\uD800' in a string; read as U+FFFD",
                "s.json:1:25: warning: lone surrogate escape '\\uDC00' in a string; read as U+FFFD",
                "s.json:1:61: warning: lone surrogate escape '\\uD83D' in a string; read as U+FFFD",
            ])
    }

    func testOnlyRegularFilesWithinTheSizeLimitAreRead() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("a.json")
        try Data(#"{"openapi": "3.0.3"}"#.utf8).write(to: file)
        XCTAssertEqual(try SpecLoader.readBytes(file.path, limits: InputLimits(maxFileBytes: 20)).count, 20)
        let over = diagnostic { _ = try SpecLoader.readBytes(file.path, limits: InputLimits(maxFileBytes: 19)) }
        XCTAssertEqual(over?.message, "cannot read file: the file has 20 bytes, over the limit of 19 (--max-file-size)")
        let folderError = diagnostic { _ = try SpecLoader.documents(inFile: folder.path) }
        XCTAssertEqual(folderError?.message, "cannot read file: it is a folder, not a file")
        let fifo = folder.appendingPathComponent("pipe.json")
        XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
        let fifoError = diagnostic { _ = try SpecLoader.readBytes(fifo.path) }
        XCTAssertEqual(fifoError?.message, "cannot read file: not a regular file (a device, FIFO or socket); only regular files are read")
        let device = diagnostic { _ = try SpecLoader.readBytes("/dev/zero") }
        XCTAssertEqual(device?.message, fifoError?.message)
    }
}
