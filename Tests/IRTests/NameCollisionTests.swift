import Diagnostics
import IR
import TestSupport
import XCTest

/// Names that collide once cased for Swift: each original keeps its own name, chosen in document
/// order, and a warning names both originals.
final class NameCollisionTests: XCTestCase {
    func testSchemaKeysThatCaseAlikeGetNumberedNamesAndAWarning() throws {
        let log = DiagnosticLog()
        let api = try buildIR(
            #"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {
               "pet_name": {"type": "object", "properties": {"a": {"type": "string"}}},
               "PetName": {"type": "object", "properties": {"b": {"type": "string"}}},
               "pet-name": {"type": "object", "properties": {"c": {"$ref": "#/components/schemas/PetName"}, "d": {"$ref": "#/components/schemas/pet_name"}}}}}}
            """#, log: log)
        XCTAssertEqual(api.types.map(\.name.last), ["PetName", "PetName2", "PetName3"])
        guard case .object(let third) = api.types[2].kind else { return XCTFail("PetName3 is an object") }
        XCTAssertEqual(third.properties.map(\.type), [.named(TypeName(["PetName2"])), .named(TypeName(["PetName"]))])
        XCTAssertEqual(
            log.warnings.map(\.description),
            [
                "test.json:4:4: warning: schema 'PetName' is 'PetName' in Swift, like schema 'pet_name'; it is declared as 'PetName2' [at /components/schemas/PetName]",
                "test.json:5:4: warning: schema 'pet-name' is 'PetName' in Swift, like schema 'pet_name'; it is declared as 'PetName3' [at /components/schemas/pet-name]",
            ])
    }

    func testOperationIdsThatNameTheSameMethodAreNumberedWithAWarning() throws {
        let log = DiagnosticLog()
        let api = try buildIR(
            #"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {
               "/a": {"get": {"operationId": "list_items", "responses": {"204": {"description": "none"}}}},
               "/b": {"get": {"operationId": "listItems", "responses": {"204": {"description": "none"}}}},
               "/c": {"get": {"operationId": "list_items", "responses": {"204": {"description": "none"}}}}}}
            """#, log: log)
        XCTAssertEqual(api.operations.map(\.id), ["list_items", "listItems2", "list_items3"])
        XCTAssertEqual(
            log.warnings.map(\.description),
            [
                "test.json:3:34: warning: operation id 'listItems' of GET /b names the same Swift method as the one of GET /a; this one is 'listItems2' [at /paths/~1b/get/operationId]",
                "test.json:4:34: warning: operation id 'list_items' of GET /c names the same Swift method as the one of GET /a; this one is 'listItems3' [at /paths/~1c/get/operationId]",
            ])
    }

    func testAliasesThatContainThemselvesBecomeUnionsOfTheirContainer() throws {
        let api = try buildIR(
            #"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {
               "Tree": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Tree"}},
               "List": {"type": "array", "items": {"$ref": "#/components/schemas/List"}},
               "Names": {"type": "array", "items": {"type": "string"}},
               "Alias": {"$ref": "#/components/schemas/Names"}}}}
            """#)
        let kinds = Dictionary(uniqueKeysWithValues: api.types.map { ($0.name.last, $0.kind) })
        XCTAssertEqual(kinds["Tree"], .union(UnionShape(members: [UnionMember(name: "members", type: .dictionary(.named(TypeName(["Tree"]))), constant: nil)])))
        XCTAssertEqual(kinds["List"], .union(UnionShape(members: [UnionMember(name: "items", type: .array(.named(TypeName(["List"]))), constant: nil)])))
        XCTAssertEqual(kinds["Names"], .alias(.array(.primitive(.string))), "an alias that does not contain itself stays one")
        XCTAssertEqual(kinds["Alias"], .alias(.named(TypeName(["Names"]))))
    }
}
