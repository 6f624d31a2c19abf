import Foundation
import Pipeline
import TestSupport
import Write
import XCTest

final class OutputWriterTests: XCTestCase {
    private func modificationDate(_ url: URL) throws -> Date {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }

    func testWritesOnlyChangedFilesAndRemovesStaleOnes() throws {
        let folder = try temporaryFolder(self).appendingPathComponent("Out")
        let first = try OutputWriter.write([("A.swift", Data("a".utf8)), ("Sub/B.swift", Data("b".utf8))], to: folder.path)
        XCTAssertEqual(first.written.sorted(), ["A.swift", "Sub/B.swift"])
        try "mine".write(to: folder.appendingPathComponent("Handwritten.swift"), atomically: true, encoding: .utf8)
        let stamp = try modificationDate(folder.appendingPathComponent("A.swift"))
        Thread.sleep(forTimeInterval: 0.05)

        let second = try OutputWriter.write([("A.swift", Data("a".utf8)), ("C.swift", Data("c".utf8))], to: folder.path)
        XCTAssertEqual(second.written, ["C.swift"])
        XCTAssertEqual(second.removed, ["Sub/B.swift"])
        XCTAssertEqual(try modificationDate(folder.appendingPathComponent("A.swift")), stamp)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sub").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Handwritten.swift").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["Out"], "no staging folder may remain")
    }

    func testFirstGenerationCreatesTheFolderAndItsParents() throws {
        let root = try temporaryFolder(self)
        let folder = root.appendingPathComponent("Deep/Er/Out")
        let report = try OutputWriter.write([("Types/B.swift", Data("b".utf8)), ("A.swift", Data("a".utf8))], to: folder.path)
        XCTAssertEqual(report.written, ["A.swift", "Types/B.swift"])
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("Types/B.swift"), encoding: .utf8), "b")
        XCTAssertEqual(
            try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted(),
            [OutputWriter.manifestName, "A.swift", "Types", "Types/B.swift"]
        )
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path), ["Out"], "no staging folder may remain")
        let again = try OutputWriter.write([("A.swift", Data("a".utf8))], to: folder.path)
        XCTAssertEqual(again.written, [])
        XCTAssertEqual(again.removed, ["Types/B.swift"])
    }

    func testFilesAddedFromManyThreadsAllLand() throws {
        // `add` compares and writes outside its lock: files from concurrent callers, in folders
        // created on the way, must all arrive, and a second run over half-changed files must
        // write exactly the changed half.
        let folder = try temporaryFolder(self).appendingPathComponent("Out")
        func run(_ version: @escaping @Sendable (Int) -> String) throws -> OutputWriter.Report {
            let writer = OutputWriter(directory: folder.path)
            DispatchQueue.concurrentPerform(iterations: 200) { index in
                try? writer.add("F\(index % 7)/File\(index).swift", Data(version(index).utf8))
            }
            return try writer.commit()
        }
        let first = try run { "v1 \($0)" }
        XCTAssertEqual(first.written.count, 200)
        let second = try run { $0.isMultiple(of: 2) ? "v2 \($0)" : "v1 \($0)" }
        XCTAssertEqual(second.written.count, 100)
        XCTAssertEqual(second.unchanged, 100)
        for index in [0, 1, 198, 199] {
            let text = try String(contentsOf: folder.appendingPathComponent("F\(index % 7)/File\(index).swift"), encoding: .utf8)
            XCTAssertEqual(text, index.isMultiple(of: 2) ? "v2 \(index)" : "v1 \(index)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path), ["Out"], "no staging folder may remain")
    }

    func testUnchangedRegenerationTouchesNothing() throws {
        let folder = try temporaryFolder(self).appendingPathComponent("BirdAccounts")
        let generator = Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts"))
        _ = try generator.generate(into: folder.path)
        var stamps: [String: Date] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            stamps[path] = try modificationDate(folder.appendingPathComponent(path))
        }
        Thread.sleep(forTimeInterval: 0.05)
        let report = try Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts")).generate(into: folder.path)
        XCTAssertEqual(report.written, [])
        XCTAssertEqual(report.removed, [])
        for (path, date) in stamps {
            XCTAssertEqual(try modificationDate(folder.appendingPathComponent(path)), date, path)
        }
    }

    func testFailedGenerationLeavesTheOutputAsItWas() throws {
        let root = try temporaryFolder(self)
        let folder = root.appendingPathComponent("Out")
        _ = try Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts")).generate(into: folder.path)
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        let broken = root.appendingPathComponent("broken.json")
        try ##"{"openapi": "3.0.3", "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/nope"}}}}}}"##
            .write(to: broken, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Generator(.init(specPaths: [broken.path], moduleName: "X")).generate(into: folder.path))
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted(), before)
    }

    func testStreamedFilesAppearOnlyOnCommitAndDiscardLeavesNoTrace() throws {
        let root = try temporaryFolder(self)
        let folder = root.appendingPathComponent("Out")
        _ = try OutputWriter.write([("A.swift", Data("a".utf8))], to: folder.path)

        let writer = OutputWriter(directory: folder.path)
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            try? writer.add("Types/T\(index).swift", Data("t\(index)".utf8))
        }
        try writer.add("A.swift", Data("changed".utf8))
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("A.swift"), encoding: .utf8), "a", "nothing moves before commit")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Types").path))
        writer.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["Out"], "no staging folder may remain")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("A.swift"), encoding: .utf8), "a")

        let again = OutputWriter(directory: folder.path)
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            try? again.add("Types/T\(index).swift", Data("t\(index)".utf8))
        }
        let report = try again.commit()
        XCTAssertEqual(report.written.count, 40)
        XCTAssertEqual(report.removed, ["A.swift"])
        let manifest = try String(contentsOf: folder.appendingPathComponent(OutputWriter.manifestName), encoding: .utf8)
        XCTAssertEqual(
            manifest, (0..<40).map { "Types/T\($0).swift" }.sorted().joined(separator: "\n") + "\n", "manifest order does not depend on the schedule")
    }
}
