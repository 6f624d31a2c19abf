import Foundation
import TestSupport
import XCTest

/// The hostile and malformed inputs of `Tests/Malformed/`, one folder a case: each must stop the
/// tool with exit status 1 and exactly the error line of its `expected.txt`, and must leave an
/// output folder generated before byte- and mtime-identical.
///
/// A case folder holds its root spec (`spec.json`, `spec.yaml`, or `api/spec.*`), the files it
/// references, optionally `args.txt` (extra arguments, one a line), and `expected.txt`, where
/// `{root}` stands for the real path of the case folder. Each case runs on a copy in a temporary
/// folder; `ref-fifo` gets its FIFO there (git cannot hold one).
final class MalformedInputTests: XCTestCase {
    func testEveryMalformedInputStopsWithItsLocatedErrorAndWritesNothing() throws {
        let casesFolder = packageRoot.appendingPathComponent("Tests/Malformed")
        let names = try FileManager.default.contentsOfDirectory(atPath: casesFolder.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 25, "the table lost its cases")

        let work = try temporaryFolder(self)
        let output = work.appendingPathComponent("Out")
        let good = packageRoot.appendingPathComponent("Tests/Golden/constructs/spec.json").path
        let first = try runTool(["generate", good, "--module", "Constructs", "--output", output.path], in: work)
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try snapshot(of: output)
        XCTAssertFalse(before.isEmpty)

        for name in names {
            let folder = work.appendingPathComponent("cases/\(name)")
            try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: casesFolder.appendingPathComponent(name), to: folder)
            if name == "ref-fifo" {
                XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe.json").path, 0o644), 0)
            }
            let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
                .trimmingCharacters(in: .newlines)
                .replacingOccurrences(of: "{root}", with: folder.resolvingSymlinksInPath().path)
            let arguments = ((try? String(contentsOf: folder.appendingPathComponent("args.txt"), encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
            let (status, stderr) = try runTool(
                ["generate", rootSpec(in: folder), "--module", "Constructs", "--output", output.path] + arguments, in: folder, timeout: 30
            )
            XCTAssertEqual(status, 1, "\(name): \(stderr)")
            let errors = stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
            XCTAssertEqual(errors, [expected], name)
            assertSameFiles(before, try snapshot(of: output), name)
        }
    }

    /// The spec a case is run on, relative to its folder.
    private func rootSpec(in folder: URL) -> String {
        for candidate in ["spec.json", "spec.yaml", "api/spec.json", "api/spec.yaml"]
        where FileManager.default.fileExists(atPath: folder.appendingPathComponent(candidate).path) {
            return candidate
        }
        return "spec.json"
    }
}
