import Foundation
import Pipeline
import TestSupport
import XCTest

/// Specs held in memory go through the same stages as files, and are not inputs to depend on.
final class InMemoryInputTests: XCTestCase {
    func testASpecInMemoryGeneratesWhatTheSameFileDoes() throws {
        let path = packageRoot.appendingPathComponent("Specs/flashback.json").path
        let fromDisk = try Generator(.init(specPaths: [path], moduleName: "Flashback")).render()
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("in-memory-\(UUID().uuidString).json").path
        var configuration = Generator.Configuration(specPaths: [missing], moduleName: "Flashback")
        configuration.specTexts = [missing: try String(contentsOfFile: path, encoding: .utf8)]
        let generator = Generator(configuration)
        let fromMemory = try generator.render()
        XCTAssertEqual(fromMemory, fromDisk)
        XCTAssertEqual(generator.inputFiles(), [], "nothing was read from disk")
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    func testAnErrorInASpecInMemoryIsLocatedAtItsPath() {
        var configuration = Generator.Configuration(specPaths: ["memory/spec.json"], moduleName: "T")
        configuration.specTexts = ["memory/spec.json": "{\"openapi\": \"3.0.3\",\n \"paths\": []}"]
        let found = diagnostic { _ = try Generator(configuration).render() }
        XCTAssertEqual(found?.location?.file, "memory/spec.json")
        XCTAssertEqual(found?.location?.line, 2, found?.description ?? "")
    }
}
