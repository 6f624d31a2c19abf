import Foundation
import TestSupport
import XCTest

@testable import Render

/// `openapi-swiftgen --version`, `templates list` and `templates dump`.
final class TemplatesCommandTests: XCTestCase {
    /// Runs the tool; returns its status and standard output.
    private func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = toolURL
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    func testVersion() throws {
        let (status, text) = try run(["--version"])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(text.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, text)
    }

    func testListNamesEveryDefaultTemplate() throws {
        let (status, text) = try run(["templates", "list"])
        XCTAssertEqual(status, 0)
        let names = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(names, TemplateSet.defaults.sources.keys.sorted().map { $0 + ".mustache" })
        XCTAssertTrue(names.contains("Client.mustache") && names.contains("Support/Multipart.mustache"), text)
    }

    func testDumpWritesTheDefaultsAndKeepsEditedOnesUnlessForced() throws {
        let folder = try temporaryFolder(self)
        XCTAssertEqual(try run(["templates", "dump", folder.path]).0, 0)
        for (name, text) in TemplateSet.defaults.sources {
            XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent(name + ".mustache"), encoding: .utf8), text, name)
        }
        let edited = folder.appendingPathComponent("Client.mustache")
        try "{{% CONTENT_TYPE: TEXT }}\n// mine\n".write(to: edited, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["templates", "dump", folder.path]).0, 0)
        XCTAssertEqual(try String(contentsOf: edited, encoding: .utf8), "{{% CONTENT_TYPE: TEXT }}\n// mine\n", "left alone without --force")
        XCTAssertEqual(try run(["templates", "dump", "--force", folder.path]).0, 0)
        XCTAssertEqual(try String(contentsOf: edited, encoding: .utf8), TemplateSet.defaults.sources["Client"])
    }
}
