import Diagnostics
import Foundation
import Load
import TestSupport
import XCTest

/// A folder's text files (a user's templates) are read with every input's bounds.
final class TextFolderTests: XCTestCase {
    func testFilesOfTheExtensionBelowTheFolderSortedByPath() throws {
        let folder = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Support"), withIntermediateDirectories: true)
        for name in ["Struct.mustache", "Support/Paging.mustache", "notes.txt"] {
            try "x\(name)".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let files = try TextFolder.read(folder.path, fileExtension: "mustache")
        XCTAssertEqual(files.map(\.relativePath), ["Struct.mustache", "Support/Paging.mustache"])
        XCTAssertEqual(files.map(\.text), ["xStruct.mustache", "xSupport/Paging.mustache"])
    }

    func testAFolderAFileOverTheLimitOrNotUTF8IsALocatedError() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("Struct.mustache")
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        let notAFile = diagnostic { _ = try TextFolder.read(folder.path, fileExtension: "mustache") }
        XCTAssertEqual(notAFile?.location?.file, file.path)
        XCTAssertTrue(notAFile?.message.contains("it is a folder, not a file") == true, notAFile?.description ?? "")
        try FileManager.default.removeItem(at: file)
        try Data([0x7B, 0xFF, 0xFE]).write(to: file)
        let binary = diagnostic { _ = try TextFolder.read(folder.path, fileExtension: "mustache") }
        XCTAssertTrue(binary?.message.contains("not valid UTF-8") == true, binary?.description ?? "")
        try "{{name}}".write(to: file, atomically: true, encoding: .utf8)
        let big = diagnostic { _ = try TextFolder.read(folder.path, fileExtension: "mustache", limits: InputLimits(maxFileBytes: 4)) }
        XCTAssertTrue(big?.message.contains("over the limit of 4") == true, big?.description ?? "")
        let missing = diagnostic { _ = try TextFolder.read(folder.appendingPathComponent("nope").path, fileExtension: "mustache") }
        XCTAssertTrue(missing?.message.contains("no such folder") == true, missing?.description ?? "")
    }
}
