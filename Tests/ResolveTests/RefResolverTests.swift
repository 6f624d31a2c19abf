import Diagnostics
import Foundation
import Load
import Resolve
import TestSupport
import XCTest

final class RefResolverTests: XCTestCase {
    func testFollowsLocalReferencesAndChains() throws {
        let root = try parse(
            ##"{"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}, "C~/x": {"type": "integer"}}}, "use": {"$ref": "#/components/schemas/A"}, "odd": {"$ref": "#/components/schemas/C~0~1x"}}"##
        )
        let resolver = try RefResolver.resolve(root)
        let (node, reference) = try resolver.follow(try XCTUnwrap(root["use"]))
        XCTAssertEqual(node["type"]?.string, "string")
        XCTAssertEqual(reference.componentName(in: "schemas"), "B")
        XCTAssertEqual(try resolver.follow(try XCTUnwrap(root["odd"])).node["type"]?.string, "integer")
    }

    func testTheSameTextIsResolvedInTheFileThatHoldsIt() throws {
        let path = try temporaryFolder(self).appendingPathComponent("spec.json").path
        try ##"{"a": {"$ref": "#/b"}, "b": {"type": "string"}}"##.write(toFile: path, atomically: true, encoding: .utf8)
        let root = try SpecLoader.load(paths: [path])
        let resolver = try RefResolver.resolve(root)
        let node = try XCTUnwrap(root["a"])
        XCTAssertNil(try resolver.follow(node).reference.file)
        // Read as part of a file reached through a `$ref`, the same text points into that file
        // (parsed references are cached: the cache must tell the two apart).
        XCTAssertEqual(try resolver.follow(node, from: path).reference.file, path)
        XCTAssertNil(try resolver.follow(node).reference.file)
    }

    func testMissingTargetNamesTheRefAndItsLocation() throws {
        let root = try parse("{\"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {\n  \"$ref\": \"#/components/responses/Nope\"}}}}}}")
        let found = diagnostic { _ = try RefResolver.resolve(root) }
        XCTAssertEqual(found?.location, SourceLocation(file: "test.json", line: 2, column: 11))
        XCTAssertEqual(found?.pointer, "/paths/~1a/get/responses/200/$ref")
        XCTAssertTrue(found?.message.contains("#/components/responses/Nope") == true)
    }

    func testPointersAreSpelledAndReadBackByToken() {
        let tokens = ["paths", "/a~b", "0", "naïve"]
        XCTAssertEqual(JSONPointer.pointer(tokens), "/paths/~1a~0b/0/naïve")
        XCTAssertEqual(JSONPointer.tokens(JSONPointer.pointer(tokens)), tokens)
        XCTAssertEqual(JSONPointer.pointer([]), "")
    }

    func testDiagnosticPointersEscapeKeysAndCountArrayItems() throws {
        // Both walks spell the pointer only for the `$ref` they report: it must still name every
        // step, escaped, with array items by index.
        let root = try parse(##"{"paths": {"/a~b": {"parameters": [{"name": "x"}, {"$ref": "#bad"}]}}}"##)
        let expected = "/paths/~1a~0b/parameters/1/$ref"
        XCTAssertEqual(diagnostic { _ = try RefResolver.resolve(root) }?.pointer, expected)
        XCTAssertEqual(diagnostic { _ = try RefResolver.loadReferencedFiles(of: root) }?.pointer, expected)
    }

    func testCycleOfReferencesIsAnError() throws {
        let root = try parse(##"{"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}}"##)
        let found = diagnostic { _ = try RefResolver.resolve(root) }
        XCTAssertTrue(found?.message.contains("cycle") == true, found?.description ?? "")
    }

    func testRecursiveSchemasAreFine() throws {
        let root = try parse(
            ##"{"components": {"schemas": {"Node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}}}}"##
        )
        XCTAssertNoThrow(try RefResolver.resolve(root))
    }

    func testMalformedReference() throws {
        let root = try parse(##"{"components": {"schemas": {"A": {"$ref": "#components"}}}}"##)
        XCTAssertTrue(diagnostic { _ = try RefResolver.resolve(root) }?.message.contains("malformed") == true)
    }

    func testExternalFilesAreReadOnceAndChecked() throws {
        let folder = try temporaryFolder(self)
        try #"{"Pet": {"type": "object", "properties": {"owner": {"$ref": "people.json#/Person"}}}}"#
            .write(to: folder.appendingPathComponent("pets.json"), atomically: true, encoding: .utf8)
        try #"{"Person": {"type": "string"}}"#.write(to: folder.appendingPathComponent("people.json"), atomically: true, encoding: .utf8)
        let rootPath = folder.appendingPathComponent("api.json").path
        let root = try parse(#"{"components": {"schemas": {"a": {"$ref": "pets.json#/Pet"}, "b": {"$ref": "./pets.json#/Pet"}}}}"#, file: rootPath)
        let resolver = try RefResolver.resolve(root)
        XCTAssertEqual(try resolver.follow(try XCTUnwrap(root["components"]?["schemas"]?["a"])).node["type"]?.string, "object")
        XCTAssertEqual(resolver.loadedFiles.map { ($0 as NSString).lastPathComponent }, ["people.json", "pets.json"])

        try #"{"Pet": {"$ref": "people.json#/Nobody"}}"#.write(to: folder.appendingPathComponent("pets.json"), atomically: true, encoding: .utf8)
        let found = diagnostic { _ = try RefResolver.resolve(root) }
        XCTAssertTrue(found?.message.contains("people.json#/Nobody") == true, found?.description ?? "")
    }

    func testParseFloorReadsEveryReachableFileWithoutCheckingTargets() throws {
        let folder = try temporaryFolder(self)
        try #"{"Pet": {"properties": {"owner": {"$ref": "sub/people.json#/Nobody"}}}}"#
            .write(to: folder.appendingPathComponent("pets.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try #"{"Person": {"$ref": "../pets.json#/Pet"}}"#.write(to: folder.appendingPathComponent("sub/people.json"), atomically: true, encoding: .utf8)
        let root = try parse(##"{"a": {"$ref": "pets.json#/Pet"}, "b": {"$ref": "#/a"}}"##, file: folder.appendingPathComponent("api.json").path)
        let files = try RefResolver.loadReferencedFiles(of: root)
        XCTAssertEqual(files.map { $0.replacingOccurrences(of: folder.path + "/", with: "") }, ["pets.json", "sub/people.json"])

        try #"{"Pet": {"$ref": "gone.json"}}"#.write(to: folder.appendingPathComponent("pets.json"), atomically: true, encoding: .utf8)
        let found = diagnostic { _ = try RefResolver.loadReferencedFiles(of: root) }
        XCTAssertTrue(found?.message.contains("gone.json") == true, found?.description ?? "")
        XCTAssertEqual(found?.location?.file.hasSuffix("pets.json"), true)
        XCTAssertEqual(found?.pointer, "/Pet/$ref", "the pointer inside the file that holds the reference")

        // A URL is never read: the floor passes over it (it is an example's value, or generation
        // reports it), where a missing relative file above is its error.
        let literal = try parse(
            ##"{"x-scim": {"$ref": "https://example.com/Users/1"}, "b": {"$ref": "FILE:/etc/passwd#/a"}}"##,
            file: folder.appendingPathComponent("api.json").path)
        XCTAssertEqual(try RefResolver.loadReferencedFiles(of: literal), [])
    }

    func testHashInsideFileNamesAndURIFragments() throws {
        let folder = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("paths"), withIntermediateDirectories: true)
        try #"{"get": {"summary": "clone"}}"#.write(to: folder.appendingPathComponent("paths/flows_{id}#clone+json.json"), atomically: true, encoding: .utf8)
        try #"{"Item": {"type": "string"}}"#.write(to: folder.appendingPathComponent("paths/items.json"), atomically: true, encoding: .utf8)
        let root = try parse(
            ##"{"a": {"$ref": "paths/flows_{id}#clone+json.json"}, "b": {"$ref": "paths/items.json#/Item"}, "c": {"$ref": "paths/items%2Ejson#/Item"}}"##,
            file: folder.appendingPathComponent("api.json").path
        )
        let resolver = try RefResolver.resolve(root)
        XCTAssertEqual(try resolver.follow(try XCTUnwrap(root["a"])).node["get"]?["summary"]?.string, "clone")
        XCTAssertEqual(try resolver.follow(try XCTUnwrap(root["b"])).node["type"]?.string, "string")
        XCTAssertEqual(try resolver.follow(try XCTUnwrap(root["c"])).node["type"]?.string, "string")
    }
}
