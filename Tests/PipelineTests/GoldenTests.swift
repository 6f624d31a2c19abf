import Foundation
import Pipeline
import TestSupport
import Write
import XCTest

/// Whole outputs pinned byte for byte: `Generated/<Module>/` for every entry of `Specs/`, and
/// `Tests/Golden/<fixture>/expected/` for every fixture spec. `make golden` rewrites both
/// (this suite writes the fixtures when `GOLDEN_UPDATE=1`); review the diff.
final class GoldenTests: XCTestCase {
    private var updating: Bool { ProcessInfo.processInfo.environment["GOLDEN_UPDATE"] == "1" }

    func testGeneratedFoldersEqualAFreshGenerationOfSpecs() throws {
        let entries = try Self.modules()
        XCTAssertFalse(entries.isEmpty)
        for (module, inputs) in entries {
            try compare(inputs: inputs, module: module, with: packageRoot.appendingPathComponent("Generated/\(module)"), update: false)
        }
    }

    func testFixtures() throws {
        let golden = packageRoot.appendingPathComponent("Tests/Golden")
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: golden.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(fixtures.isEmpty)
        for (module, inputs) in try Self.modules(of: fixtures.map { "Tests/Golden/" + $0 }) {
            XCTAssertEqual(inputs.map { ($0 as NSString).lastPathComponent }, ["spec.json"], module)
            let folder = URL(fileURLWithPath: inputs[0]).deletingLastPathComponent()
            try compare(inputs: inputs, module: module, with: folder.appendingPathComponent("expected"), update: updating)
        }
    }

    /// The modules and inputs of `entries` (default: every entry of `Specs/`), as
    /// `scripts/spec-modules.sh` (the Makefile's rule) says; inputs as absolute paths.
    static func modules(of entries: [String] = []) throws -> [(module: String, inputs: [String])] {
        let process = Process()
        process.executableURL = packageRoot.appendingPathComponent("scripts/spec-modules.sh")
        process.arguments = entries
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return text.split(separator: "\n").map { line in
            let words = line.split(separator: " ").map(String.init)
            return (words[1], words.dropFirst(2).map { $0.hasPrefix("/") ? $0 : packageRoot.appendingPathComponent($0).path })
        }
    }

    func testTheModuleRuleNamesEntriesAndTheirInputs() throws {
        let modules = try Self.modules()
        XCTAssertEqual(modules.map(\.module), ["AnthropicAdmin", "BirdAccounts", "Flashback"])
        XCTAssertEqual(modules[1].inputs.map { ($0 as NSString).lastPathComponent }, ["creating-a-workspace.md", "workspaces.md"])
        // YAML entries and inputs count too; a config file next to the documents does not.
        let folder = try temporaryFolder(self)
        let api = folder.appendingPathComponent("my-pets_api")
        try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
        for name in ["b.yml", "a.yaml", "c.json", "openapi-swiftgen.yaml", "notes.rtf"] {
            try "x".write(to: api.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let single = folder.appendingPathComponent("billing.yaml")
        try "x".write(to: single, atomically: true, encoding: .utf8)
        let found = try Self.modules(of: [api.path, single.path])
        XCTAssertEqual(found.map(\.module), ["MyPetsApi", "Billing"])
        XCTAssertEqual(found[0].inputs.map { ($0 as NSString).lastPathComponent }, ["a.yaml", "b.yml", "c.json"])
    }

    private func compare(inputs: [String], module: String, with expected: URL, update: Bool) throws {
        let files = try Generator(Generator.Configuration(specPaths: inputs, moduleName: module)).render()
        if update {
            _ = try OutputWriter.write(files.map { ($0.path, Data($0.contents.utf8)) }, to: expected.path)
            return
        }
        for file in files {
            let url = expected.appendingPathComponent(file.path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                XCTFail("\(module): \(file.path) is generated but missing from \(expected.path); run make golden")
                continue
            }
            let stored = String(decoding: data, as: UTF8.self)
            if stored != file.contents {
                XCTFail("\(module): \(file.path) differs; run make golden and review:\n" + unifiedDiff(stored, file.contents, label: file.path))
            }
        }
        let generated = Set(files.map(\.path))
        let enumerator = FileManager.default.enumerator(atPath: expected.path)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift") && !generated.contains(path) {
                XCTFail("\(module): \(path) is in \(expected.path) but no longer generated; run make golden")
            }
        }
    }
}
