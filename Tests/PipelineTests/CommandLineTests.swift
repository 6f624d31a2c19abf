import Foundation
import TestSupport
import XCTest

/// The built `openapi-swiftgen` binary: exit statuses, diagnostics format, nothing written on error.
final class CommandLineTests: XCTestCase {
    private var tool: URL { toolURL }

    private func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        try runTool(arguments, in: packageRoot)
    }

    func testErrorsExitWithStatusOneAndWriteNothing() throws {
        let folder = try temporaryFolder(self)
        let output = folder.appendingPathComponent("Out").path
        let cases: [(name: String, content: String?, expected: String)] = [
            ("malformed.json", "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {,}\n}", "malformed.json:3:13: error: malformed JSON"),
            ("missing.json", nil, "missing.json:1:1: error: cannot read file: no such file"),
            ("noblock.md", "# Docs\n\n```json\n{\"a\": 1}\n```\n", "noblock.md:1:1: error: no OpenAPI document found"),
            (
                "badref.json",
                "{\"openapi\": \"3.0.3\", \"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {\"$ref\": \"#/components/responses/Gone\"}}}}}}",
                "badref.json:1:77: error: $ref '#/components/responses/Gone' points to nothing"
            ),
            ("swagger.json", "{\"swagger\": \"2.0\"}", "swagger.json:1:13: error: unsupported OpenAPI version 'swagger 2.0'"),
        ]
        for testCase in cases {
            let path = folder.appendingPathComponent(testCase.name)
            if let content = testCase.content {
                try content.write(to: path, atomically: true, encoding: .utf8)
            }
            let (status, stderr) = try run(["generate", path.path, "--module", "X", "--output", output])
            XCTAssertEqual(status, 1, testCase.name)
            XCTAssertTrue(stderr.contains(testCase.expected), "\(testCase.name): \(stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), "\(testCase.name) wrote output")
        }
    }

    func testConflictingFragmentsNameBothPlaces() throws {
        let folder = try temporaryFolder(self)
        let one = folder.appendingPathComponent("one.md")
        let two = folder.appendingPathComponent("two.md")
        try "```json\n{\"openapi\": \"3.0.3\", \"components\": {\"schemas\": {\"A\": {\"type\": \"string\"}}}}\n```\n"
            .write(to: one, atomically: true, encoding: .utf8)
        try "Intro\n\n```json\n{\"openapi\": \"3.0.3\", \"components\": {\"schemas\": {\"A\": {\"type\": \"integer\"}}}}\n```\n"
            .write(to: two, atomically: true, encoding: .utf8)
        let (status, stderr) = try run(["generate", one.path, two.path, "--module", "X", "--output", folder.appendingPathComponent("Out").path])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(stderr.contains("two.md:4:54: error: conflicting definitions of '/components/schemas/A'"), stderr)
        XCTAssertTrue(stderr.contains("one.md:2:54"), stderr)
        XCTAssertTrue(stderr.contains("[at /components/schemas/A]"), stderr)
    }

    func testGenerationPrintsWarningsAndWritesTheDepfile() throws {
        let folder = try temporaryFolder(self)
        let depfile = folder.appendingPathComponent("deps/bird.d").path
        let (status, stderr) = try run(
            ["generate"] + birdSpecPaths + ["--module", "BirdAccounts", "--output", folder.appendingPathComponent("Out").path, "--depfile", depfile]
        )
        XCTAssertEqual(status, 0, stderr)
        XCTAssertTrue(stderr.contains("creating-a-workspace.md:22:6260: warning: path parameter 'organizationId' is used in the path but not declared"), stderr)
        let deps = try String(contentsOfFile: depfile, encoding: .utf8)
        XCTAssertEqual(deps, "\(depfile): \(birdSpecPaths.sorted().joined(separator: " "))\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/Client.swift").path))
    }

    func testParseOnlyReadsTheInputsAndWritesNothing() throws {
        let folder = try temporaryFolder(self)
        let (status, stderr) = try run(["generate"] + birdSpecPaths + ["--parse-only"])
        XCTAssertEqual(status, 0, stderr)
        XCTAssertEqual(stderr, "", "parsing alone reports no IR warnings")

        let broken = folder.appendingPathComponent("broken.json")
        try "{\n  \"openapi\": [\n}".write(to: broken, atomically: true, encoding: .utf8)
        let failed = try run(["generate", broken.path, "--parse-only"])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("broken.json:3:1: error: malformed JSON"), failed.stderr)

        let missingOptions = try run(["generate"] + birdSpecPaths)
        XCTAssertNotEqual(missingOptions.status, 0)
        XCTAssertTrue(missingOptions.stderr.contains("--module"), missingOptions.stderr)
    }

    func testHelpShowsAnExample() throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = ["generate", "--help"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(text.contains("--templates"), text)
        XCTAssertTrue(text.contains("Examples:"), text)
        XCTAssertTrue(text.contains("--access"), text)
        XCTAssertTrue(text.contains("YAML (.yaml, .yml)"), "every input kind is named")
        XCTAssertTrue(text.contains("--output <folder>") && text.contains("(required)"), "required options say so")
        XCTAssertTrue(text.contains("--config <file>") && text.contains("--layout") && text.contains("--shards"), text)
    }
}
