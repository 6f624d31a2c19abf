import Foundation
import TestSupport
import XCTest

/// A file has one identity however its path is spelled: the multi-file spec of
/// `Tests/MultiFile/` reaches `models/pet.yaml` through `../models/pet.yaml`,
/// `../paths/../models/./pet.yaml`, `%2E%2E/models/pet.yaml` and `../models/../models/pet.yaml`,
/// and the root spec itself through `../openapi.yaml`.
final class FileIdentityTests: XCTestCase {
    private let spec = "Tests/MultiFile/openapi.yaml"

    func testOutputIsTheSameForEverySpellingOfTheSpecPath() throws {
        let work = try temporaryFolder(self)
        let link = work.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: packageRoot.appendingPathComponent("Tests/MultiFile"))
        let spellings = [
            spec,
            packageRoot.appendingPathComponent(spec).path,
            "./Tests/MultiFile/../MultiFile/openapi.yaml",
            link.appendingPathComponent("openapi.yaml").path,
        ]
        var outputs: [[String: Data]] = []
        for (index, spelling) in spellings.enumerated() {
            let output = work.appendingPathComponent("out\(index)")
            let (status, stderr) = try runTool(["generate", spelling, "--module", "Pets", "--output", output.path], in: packageRoot)
            XCTAssertEqual(status, 0, "\(spelling): \(stderr)")
            XCTAssertEqual(stderr, "", spelling)
            outputs.append(try snapshot(of: output).mapValues(\.0))
        }
        XCTAssertEqual(
            outputs[0].keys.filter { $0.hasPrefix("Types/") }.sorted(), ["Types/Owner.swift", "Types/Pet.swift", "Types/Tag.swift"],
            "one type per schema file, named after the component that points to it"
        )
        for (index, output) in outputs.enumerated().dropFirst() {
            XCTAssertEqual(output, outputs[0], "spelling \(spellings[index]) generates other bytes")
        }
    }

    func testTheDepfileNamesEachReferencedFileOnce() throws {
        let work = try temporaryFolder(self)
        let depfile = work.appendingPathComponent("pets.d")
        let (status, stderr) = try runTool(
            ["generate", spec, "--module", "Pets", "--output", work.appendingPathComponent("Out").path, "--depfile", depfile.path], in: packageRoot
        )
        XCTAssertEqual(status, 0, stderr)
        let inputs = try String(contentsOf: depfile, encoding: .utf8).split(separator: ":", maxSplits: 1)[1]
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        XCTAssertEqual(
            inputs,
            [
                "Tests/MultiFile/models/owner.yaml", "Tests/MultiFile/models/pet.yaml", "Tests/MultiFile/openapi.yaml",
                "Tests/MultiFile/paths/pet.yaml", "Tests/MultiFile/paths/pets.yaml", "Tests/MultiFile/shared/tag.yaml",
            ])
    }

    func testReferencesOutsideTheSpecFolderNeedTheFolderAllowed() throws {
        let work = try temporaryFolder(self)
        let api = work.appendingPathComponent("api")
        try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
        try #"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {"Tag": {"$ref": "../common/tag.json"}}}}"#
            .write(to: api.appendingPathComponent("spec.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: work.appendingPathComponent("common"), withIntermediateDirectories: true)
        try #"{"type": "string", "enum": ["a", "b"]}"#.write(to: work.appendingPathComponent("common/tag.json"), atomically: true, encoding: .utf8)
        let refused = try runTool(["generate", "api/spec.json", "--module", "T", "--output", "Out"], in: work)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("outside the folders references may read"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Out").path))
        let allowed = try runTool(["generate", "api/spec.json", "--module", "T", "--output", "Out", "--allow-ref-folder", "common"], in: work)
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("Out/Types/Tag.swift").path))
    }
}
