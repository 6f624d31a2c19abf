import Diagnostics
import Load
import Resolve
import TestSupport
import XCTest

/// What the structure check lets through: the malformed table (`MalformedInputTests`) pins the
/// errors; these pin the values that must not be errors.
final class StructureCheckTests: XCTestCase {
    private let head = #"{"openapi": "3.1.0", "info": {"title": "T", "version": 2}, "#

    func testExtensionsUnknownFieldsAndBooleanSchemasAreFree() throws {
        let log = DiagnosticLog()
        _ = try RefResolver.resolve(
            parse(
                head + #"""
                    "x-anything": [1, {"paths": 3}], "paths": {"x-vendor": 7, "/a": {"x-group": true, "get": {"x-rank": "high",
                      "responses": {"x-note": 1, "200": {"description": "ok", "content": {"application/json": {"schema": true}}}}}}},
                    "components": {"schemas": {"A": {"type": "object", "unheardOf": 5, "properties": {"x-id": {"type": "string"}},
                      "additionalProperties": false, "example": {"type": 7}, "default": [1], "enum": [null, {"a": 1}]}}}}
                    """#), log: log)
        XCTAssertEqual(log.warnings, [])
    }

    func testAPropertyNamedLikeAnExtensionIsStillASchema() {
        let error = diagnostic {
            _ = try RefResolver.resolve(parse(self.head + #""paths": {}, "components": {"schemas": {"A": {"properties": {"x-id": "string"}}}}}"#))
        }
        XCTAssertEqual(error?.message, "'x-id' must be a schema object, not the string \"string\"")
        XCTAssertEqual(error?.pointer, "/components/schemas/A/properties/x-id")
    }

    func testProseMayBeAnyScalarOrAReference() throws {
        let log = DiagnosticLog()
        _ = try RefResolver.resolve(
            parse(
                head + #"""
                    "paths": {}, "tags": [{"name": "a", "description": {"$ref": "#/x-texts/a"}}], "x-texts": {"a": "text"},
                    "components": {"schemas": {"A": {"title": 2024, "description": true}}}}
                    """#), log: log)
        XCTAssertEqual(log.warnings, [])
        let error = diagnostic { _ = try RefResolver.resolve(parse(self.head + #""paths": {"/a": {"get": {"operationId": 7}}}}"#)) }
        XCTAssertEqual(error?.message, "'operationId' must be a string, not the number 7", "identifiers stay strict")
    }

    func testCommonSlipsAreWarnedAndIgnored() throws {
        let log = DiagnosticLog()
        _ = try RefResolver.resolve(
            parse(
                head + #"""
                    "paths": {}, "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"type": "integer", "required": true, "maximum": "10"}}}}}}
                    """#), log: log)
        XCTAssertEqual(
            log.warnings.map(\.description),
            [
                "test.json:1:176: warning: 'required' must be an array (of strings); a boolean is ignored [at /components/schemas/A/properties/b/required]",
                "test.json:1:193: warning: 'maximum' must be a number; the string \"10\" is ignored [at /components/schemas/A/properties/b/maximum]",
            ])
    }

    func testReferencedTargetsAreCheckedAsTheKindTheyAreUsedAs() {
        let error = diagnostic {
            _ = try RefResolver.resolve(
                parse(
                    self.head + #"""
                        "paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/P"}], "responses": {}}}},
                        "components": {"parameters": {"P": {"name": "p", "in": "query", "required": "yes"}}}}
                        """#))
        }
        XCTAssertEqual(error?.message, "'required' must be a boolean, not the string \"yes\"")
        XCTAssertEqual(error?.pointer, "/components/parameters/P/required")
    }

    /// GitHub's spec holds SCIM examples like `{"members": [{"$ref": "https://…"}]}`: a `$ref`
    /// inside a literal value is data, wherever it is (examples, defaults, enum values, link
    /// parameters, extensions), while one in a reference position is still followed and checked.
    func testReferencesInsideLiteralValuesAreData() throws {
        let log = DiagnosticLog()
        let literal = #"{"$ref": "https://example.com/scim/v2/Users/1"}"#
        _ = try RefResolver.resolve(
            parse(
                head + """
                    "x-group": \(literal), "paths": {"/a": {"get": {"parameters": [{"name": "q", "in": "query", "example": \(literal),
                      "schema": {"type": "object", "default": \(literal)}}],
                      "responses": {"200": {"description": "ok", "links": {"l": {"parameters": {"p": \(literal)}, "requestBody": \(literal)}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"},
                          "examples": {"e": {"value": {"members": [\(literal)]}}}, "example": [\(literal)]}}}}}}},
                    "components": {"examples": {"E": {"value": \(literal)}}, "schemas": {"A": {"type": "object",
                      "enum": [\(literal)], "const": \(literal), "examples": [\(literal)], "x-meta": \(literal),
                      "properties": {"example": {"$ref": "#/components/schemas/B"}}}, "B": {"type": "string"}}}}
                    """), log: log)
        XCTAssertEqual(log.warnings, [])
        let error = diagnostic {
            _ = try RefResolver.resolve(
                parse(self.head + ##""paths": {}, "components": {"schemas": {"A": {"properties": {"example": {"$ref": "#/nowhere"}}}}}}"##))
        }
        XCTAssertEqual(error?.pointer, "/components/schemas/A/properties/example/$ref", "a property named 'example' is a schema")
    }
}
