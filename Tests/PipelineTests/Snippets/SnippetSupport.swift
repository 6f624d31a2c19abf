import Foundation
import Pipeline
import TestSupport
import XCTest

/// Renders a minimal spec fragment (components and paths around a bare document) and returns the
/// generated files by path, for snippet tests that pin one construct's Swift at a time.
func generate(
    schemas: String = "{}", paths: String = "{}", extra: String = "", securitySchemes: String = "{}", version: String = "3.1.0"
) throws -> [String: String] {
    let json = """
        {"openapi": "\(version)", "info": {"title": "Snippet", "version": "1"}, \(extra)
         "paths": \(paths), "components": {"schemas": \(schemas), "securitySchemes": \(securitySchemes)}}
        """
    // Held in memory: nothing is written or read.
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("snippet.json").path
    var configuration = Generator.Configuration(specPaths: [path], moduleName: "Snippet")
    configuration.specTexts = [path: json]
    let files = try Generator(configuration).render()
    return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
}

/// Asserts every line of `expected` (trimmed) appears in `text`, in order.
func assertContains(_ text: String?, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    guard let text else { return XCTFail("no such file", file: file, line: line) }
    var rest = Substring(text)
    for wanted in expected.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !wanted.isEmpty {
        guard let range = rest.range(of: wanted) else {
            return XCTFail("missing «\(wanted)» in:\n\(text)", file: file, line: line)
        }
        rest = rest[range.upperBound...]
    }
}
