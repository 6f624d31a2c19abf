import Foundation
import Pipeline
import Write
import TestSupport
import XCTest

/// Whole outputs pinned byte for byte: `Generated/<Module>/` for every entry of `Specs/`, and
/// `Tests/Golden/<fixture>/expected/` for every fixture spec. `make golden` rewrites both
/// (this suite writes the fixtures when `GOLDEN_UPDATE=1`); review the diff.
final class GoldenTests: XCTestCase {
    private var updating: Bool { ProcessInfo.processInfo.environment["GOLDEN_UPDATE"] == "1" }

    func testGeneratedFoldersEqualAFreshGenerationOfSpecs() throws {
        let specs = packageRoot.appendingPathComponent("Specs")
        let entries = try FileManager.default.contentsOfDirectory(atPath: specs.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(entries.isEmpty)
        for entry in entries {
            let url = specs.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            XCTAssertTrue(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory))
            let inputs = isDirectory.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: url.path)
                    .filter { ["json", "md", "txt"].contains(($0 as NSString).pathExtension) }.sorted()
                    .map { url.appendingPathComponent($0).path }
                : [url.path]
            let module = Self.moduleName((entry as NSString).deletingPathExtension)
            try compare(inputs: inputs, module: module, with: packageRoot.appendingPathComponent("Generated/\(module)"), update: false)
        }
    }

    func testFixtures() throws {
        let golden = packageRoot.appendingPathComponent("Tests/Golden")
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: golden.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(fixtures.isEmpty)
        for fixture in fixtures {
            let folder = golden.appendingPathComponent(fixture)
            try compare(
                inputs: [folder.appendingPathComponent("spec.json").path],
                module: Self.moduleName(fixture),
                with: folder.appendingPathComponent("expected"),
                update: updating
            )
        }
    }

    static func moduleName(_ kebab: String) -> String {
        kebab.split(whereSeparator: { "-_ ".contains($0) }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
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
