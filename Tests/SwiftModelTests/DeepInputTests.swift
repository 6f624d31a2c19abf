import Foundation
import IR
import TestSupport
import XCTest

@testable import SwiftModel

/// Inputs as deep as the nesting cap allows still generate Swift that compiles, in time that
/// grows with the input rather than with a power of its depth.
final class DeepInputTests: XCTestCase {
    /// A spec whose component `A` is `level` wrapped `depth` times around a string schema.
    private func spec(depth: Int, level: (String) -> String) -> String {
        var schema = #"{"type": "string"}"#
        for _ in 0..<depth { schema = level(schema) }
        return #"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {"A": \#(schema)}}}"#
    }

    func testInlineDeclarationsNestAtMostSixteenLevels() throws {
        let api = try buildIR(spec(depth: 60) { #"{"type": "object", "properties": {"next": \#($0)}}"# })
        XCTAssertEqual(api.types.map { self.deepestNesting(in: $0) }.max(), 16)
        XCTAssertEqual(api.types.count, 4, "60 levels: A and three more top-level types, each 16 deep")
    }

    func testContainersNestAtMostTwelveLevelsInOneUse() throws {
        let api = try buildIR(spec(depth: 100) { #"{"type": "array", "items": \#($0)}"# })
        let depths = api.types.compactMap { decl -> Int? in
            if case .alias(let type) = decl.kind { return type.containerDepth }
            return nil
        }
        XCTAssertEqual(depths.count, api.types.count)
        XCTAssertLessThanOrEqual(depths.max() ?? 0, 13)
        XCTAssertEqual(depths.reduce(0, +), 100, "every level is kept, spread over aliases")
    }

    func testLongTypeNamesGetShortDistinctFileNames() {
        let long = String(repeating: "Item", count: 60)
        let names = FileNames.uniqued([long, long + "X", "Short"])
        XCTAssertEqual(names[2], "Short")
        XCTAssertTrue(names[0].hasPrefix("ItemItem"))
        XCTAssertNotEqual(names[0], names[1])
        XCTAssertTrue(names.allSatisfy { $0.utf8.count <= FileNames.maxStemBytes }, "\(names)")
        XCTAssertEqual(FileNames.uniqued([long]), [names[0]], "the same name, the same file")
    }

    /// Objects and unions 120 levels deep (seven times the nesting of declarations), arrays
    /// and maps 500 (about the JSON cap): each generates, and the output type-checks.
    func testTheDeepestInputsGenerateSwiftThatCompiles() throws {
        let cases = [
            ("objects", spec(depth: 120) { #"{"type": "object", "properties": {"next": \#($0)}}"# }),
            ("unions", spec(depth: 120) { #"{"oneOf": [\#($0), {"type": "integer"}]}"# }),
            ("arrays", spec(depth: 500) { #"{"type": "array", "items": \#($0)}"# }),
            ("maps", spec(depth: 500) { #"{"type": "object", "additionalProperties": \#($0)}"# }),
        ]
        let work = try temporaryFolder(self)
        for (name, text) in cases {
            let input = work.appendingPathComponent("\(name).json")
            try text.write(to: input, atomically: true, encoding: .utf8)
            let output = work.appendingPathComponent(name)
            let (status, stderr) = try runTool(["generate", input.path, "--module", "Deep", "--output", output.path], in: work, timeout: 60)
            XCTAssertEqual(status, 0, "\(name): \(stderr)")
            let files = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".swift") }
            let typecheck = Process()
            typecheck.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            typecheck.arguments = ["swiftc", "-typecheck", "-wmo"] + files.map { output.appendingPathComponent($0).path }
            let errors = Pipe()
            typecheck.standardError = errors
            try typecheck.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            typecheck.waitUntilExit()
            XCTAssertEqual(typecheck.terminationStatus, 0, "\(name): \(message.prefix(2000))")
        }
    }

    private func deepestNesting(in decl: TypeDecl) -> Int {
        decl.nested.map(deepestNesting).max().map { $0 } ?? decl.name.components.count
    }
}
