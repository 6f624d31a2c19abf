import Diagnostics
import Foundation
import IR
import Load
import Resolve
import XCTest

/// The repository root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh temporary folder, removed when the test ends.
func temporaryFolder(_ testCase: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    testCase.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// Parses JSON text as if it were the file `file`.
func parse(_ text: String, file: String = "test.json") throws -> Node {
    var parser = JSONParser(text: text, file: file)
    return try parser.parseDocument()
}

/// Builds the IR of a JSON document given as text.
func buildIR(_ text: String, log: DiagnosticLog = DiagnosticLog()) throws -> APIDescription {
    try IRBuilder.build(RefResolver.resolve(parse(text)), log: log)
}

/// The Bird Accounts spec as the project keeps it.
let birdSpecPaths = ["creating-a-workspace.md", "workspaces.md"].map {
    packageRoot.appendingPathComponent("Specs/bird-accounts").appendingPathComponent($0).path
}

/// Asserts `body` throws a diagnostic error and returns its diagnostic.
func diagnostic(of body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
    do {
        try body()
        XCTFail("expected an error", file: file, line: line)
    } catch let error as any DiagnosticError {
        return error.diagnostic
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
    return nil
}
