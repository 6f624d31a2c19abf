// What every test target shares: the package root, temporary folders, the tool, snapshots.
import Diagnostics
import Foundation
import IR
import Load
import Resolve
import XCTest

/// The repository root, found from this file's path.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh temporary folder, removed when the test ends.
public func temporaryFolder(_ testCase: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    testCase.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// Parses JSON text as if it were the file `file`.
public func parse(_ text: String, file: String = "test.json") throws -> Node {
    var parser = JSONParser(text: text, file: file)
    return try parser.parseDocument()
}

/// Builds the IR of a JSON document given as text.
public func buildIR(_ text: String, log: DiagnosticLog = DiagnosticLog()) throws -> APIDescription {
    try IRBuilder.build(RefResolver.resolve(parse(text)), log: log)
}

/// The Bird Accounts spec as the project keeps it.
public let birdSpecPaths = ["creating-a-workspace.md", "workspaces.md"].map {
    packageRoot.appendingPathComponent("Specs/bird-accounts").appendingPathComponent($0).path
}

/// Asserts `body` throws a diagnostic error and returns its diagnostic.
public func diagnostic(of body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
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

/// The built `openapi-swiftgen` binary (`swift build` puts it there before the tests run).
public let toolURL = packageRoot.appendingPathComponent(".build/debug/openapi-swiftgen")

/// Runs the tool in `folder` and returns its exit status and standard error. A run that takes
/// longer than `timeout` seconds is ended (so a hang fails the test instead of stalling it).
public func runTool(_ arguments: [String], in folder: URL, timeout: TimeInterval = 60) throws -> (status: Int32, stderr: String) {
    XCTAssertTrue(FileManager.default.isExecutableFile(atPath: toolURL.path), "build the tool first (swift build)")
    let process = Process()
    process.executableURL = toolURL
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Every file below `folder` with its bytes and modification time: equal snapshots mean nothing
/// was written, renamed, added or removed there.
public func snapshot(of folder: URL) throws -> [String: (Data, Date)] {
    var result: [String: (Data, Date)] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
        let url = folder.appendingPathComponent(path)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
        result[path] = (try Data(contentsOf: url), attributes[.modificationDate] as? Date ?? .distantPast)
    }
    return result
}

/// Asserts two snapshots of `snapshot(of:)` are equal, file by file.
public func assertSameFiles(
    _ before: [String: (Data, Date)], _ after: [String: (Data, Date)], _ message: String, file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(Set(before.keys), Set(after.keys), "\(message): files were added or removed", file: file, line: line)
    for (path, (data, date)) in before {
        guard let (afterData, afterDate) = after[path] else { continue }
        XCTAssertEqual(data, afterData, "\(message): \(path) changed", file: file, line: line)
        XCTAssertEqual(date, afterDate, "\(message): \(path) was rewritten", file: file, line: line)
    }
}

/// `diff -u` of two texts (expected first), for failure messages: the changed lines with three
/// lines of context instead of two whole files.
public func unifiedDiff(_ expected: String, _ actual: String, label: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgen-diff-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = folder.appendingPathComponent("expected")
    let new = folder.appendingPathComponent("generated")
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try expected.write(to: old, atomically: true, encoding: .utf8)
        try actual.write(to: new, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-u", "--label", "expected/" + label, "--label", "generated/" + label, old.path, new.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    } catch {
        return "(no diff: \(error))"
    }
}
