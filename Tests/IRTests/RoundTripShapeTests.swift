import Diagnostics
import IR
import TestSupport
import XCTest

/// The IR of the schemas that used to lose data on a decode/encode round trip: nullable items,
/// multi-type schemas, `allOf` over primitives or unions, self-referencing unions, tags of
/// object alternatives, and `format: binary` inside and outside multipart bodies.
final class RoundTripShapeTests: XCTestCase {
    private func build(_ schemas: String, paths: String = "{}", log: DiagnosticLog = DiagnosticLog()) throws -> APIDescription {
        try buildIR(#"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": \#(paths), "components": {"schemas": \#(schemas)}}"#, log: log)
    }

    private func kind(_ api: APIDescription, _ name: String...) throws -> TypeDecl.Kind {
        try XCTUnwrap(api.type(named: TypeName(name)), "no type \(name)").kind
    }

    func testNullableItemsAndValuesAreOptionalInEverySpelling() throws {
        let api = try build(
            #"""
            {"A": {"type": "array", "items": {"type": ["string", "null"]}},
             "B": {"type": "array", "items": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/C"}]}},
             "C": {"type": "object", "properties": {"x": {"type": "integer"}}},
             "D": {"type": "object", "additionalProperties": {"type": "integer", "nullable": true}},
             "E": {"type": "array", "items": {"$ref": "#/components/schemas/N"}},
             "N": {"type": ["integer", "null"]},
             "F": {"type": "array", "items": {"type": "string"}},
             "G": {"type": "array", "items": {"enum": ["a", null]}}}
            """#)
        XCTAssertEqual(try kind(api, "A"), .alias(.array(.optional(.primitive(.string)))))
        XCTAssertEqual(try kind(api, "B"), .alias(.array(.optional(.named(TypeName(["C"]))))))
        XCTAssertEqual(try kind(api, "D"), .alias(.dictionary(.optional(.primitive(.integer)))))
        XCTAssertEqual(try kind(api, "E"), .alias(.array(.optional(.named(TypeName(["N"]))))))
        XCTAssertEqual(try kind(api, "F"), .alias(.array(.primitive(.string))))
        guard case .alias(.array(.optional)) = try kind(api, "G") else { return XCTFail("G: \(try kind(api, "G"))") }
    }

    func testMultiTypeSchemaIsAUnionOfItsTypes() throws {
        let api = try build(#"{"M": {"type": ["string", "integer", "null"], "format": "int64"}}"#)
        guard case .union(let shape) = try kind(api, "M") else { return XCTFail("not a union") }
        XCTAssertEqual(shape.members.map(\.name), ["string", "integer"])
        XCTAssertEqual(shape.members.map(\.type), [.primitive(.string), .primitive(.int64)])
    }

    func testAllOfOfPrimitivesIsThePrimitiveWithTheFormat() throws {
        let api = try build(#"{"S": {"allOf": [{"type": "string"}, {"type": "string", "format": "date-time"}]}}"#)
        XCTAssertEqual(try kind(api, "S"), .alias(.primitive(.dateTime)))
    }

    func testAllOfOverAUnionIsKeptAsRawJSONWithAWarning() throws {
        let log = DiagnosticLog()
        let api = try build(
            #"""
            {"U": {"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "object", "properties": {"b": {"type": "string"}}}]},
             "X": {"allOf": [{"$ref": "#/components/schemas/U"}, {"type": "object", "properties": {"c": {"type": "string"}}}]},
             "Y": {"allOf": [{"type": "string"}, {"type": "object", "properties": {"c": {"type": "string"}}}]}}
            """#, log: log)
        XCTAssertEqual(try kind(api, "X"), .alias(.anyJSON))
        XCTAssertEqual(try kind(api, "Y"), .alias(.anyJSON))
        XCTAssertEqual(log.warnings.compactMap(\.pointer).sorted(), ["/components/schemas/X", "/components/schemas/Y"])
    }

    func testSelfReferencingUnionsLoseOnlyTheAlternativeThatClosesTheCycle() throws {
        let log = DiagnosticLog()
        let api = try build(
            #"""
            {"L": {"anyOf": [{"$ref": "#/components/schemas/L"}, {"type": "string"}]},
             "P": {"oneOf": [{"$ref": "#/components/schemas/Q"}, {"type": "integer"}]},
             "Q": {"oneOf": [{"$ref": "#/components/schemas/P"}, {"type": "boolean"}]},
             "T": {"oneOf": [{"type": "object", "properties": {"next": {"$ref": "#/components/schemas/T"}}}, {"type": "string"}]}}
            """#, log: log)
        guard case .union(let l) = try kind(api, "L"), case .union(let p) = try kind(api, "P"), case .union(let q) = try kind(api, "Q"),
            case .union(let t) = try kind(api, "T")
        else { return XCTFail("not unions") }
        XCTAssertEqual(l.members.map(\.type), [.primitive(.string)])
        XCTAssertEqual(p.members.map(\.type), [.primitive(.integer)], "P is first: its edge to Q closes the cycle")
        XCTAssertEqual(q.members.map(\.type), [.named(TypeName(["P"])), .primitive(.boolean)])
        XCTAssertEqual(t.members.count, 2, "recursion through an object reads input and stays")
        XCTAssertEqual(log.warnings.map(\.pointer), ["/components/schemas/L", "/components/schemas/P"], "\(log.warnings)")
    }

    func testObjectAlternativesCarryTheirConstantTags() throws {
        let api = try build(
            #"""
            {"C": {"oneOf": [
               {"type": "object", "properties": {"type": {"type": "integer", "enum": [2]}, "label": {"type": "string"}}},
               {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"kind": {"const": "select"}}}]},
               {"$ref": "#/components/schemas/Single"}]},
             "Single": {"oneOf": [{"type": "object", "properties": {"event": {"type": "string", "enum": ["done"]}}}]},
             "Base": {"type": "object", "properties": {"type": {"$ref": "#/components/schemas/Three"}}},
             "Three": {"type": "integer", "enum": [3]}}
            """#)
        guard case .union(let shape) = try kind(api, "C") else { return XCTFail("not a union") }
        XCTAssertEqual(
            shape.members.map(\.tags),
            [
                [UnionTag(name: "type", value: .number("2"))],
                [UnionTag(name: "type", value: .number("3")), UnionTag(name: "kind", value: .string("select"))],
                [UnionTag(name: "event", value: .string("done"))],
            ], "a union of one alternative is that alternative")
    }

    func testBinaryIsAFilePartInMultipartBodiesAndTextInJSON() throws {
        let api = try build(
            #"""
            {"Upload": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}, "meta": {"$ref": "#/components/schemas/Meta"}}},
             "Meta": {"type": "object", "properties": {"thumb": {"type": "string", "format": "binary"}}},
             "Doc": {"type": "object", "properties": {"text": {"type": "string", "format": "binary"}, "raw": {"type": "string", "format": "byte"},
               "b64": {"type": "string", "contentEncoding": "base64"}}}}
            """#,
            paths: #"""
                {"/u": {"post": {"operationId": "upload", "requestBody": {"content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}}},
                   "responses": {"204": {"description": "ok"}}}},
                 "/v": {"post": {"operationId": "inline", "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"f": {"type": "string", "format": "binary"}}}}}},
                   "responses": {"204": {"description": "ok"}}}}}
                """#
        )
        func types(_ name: String) throws -> [TypeRef] {
            guard case .object(let shape) = try kind(api, name) else {
                XCTFail("\(name) is not an object")
                return []
            }
            return shape.properties.map(\.type)
        }
        XCTAssertEqual(try types("Upload").first, .primitive(.file))
        XCTAssertEqual(try types("Meta"), [.primitive(.file)], "reached from a multipart body")
        XCTAssertEqual(try types("Doc"), [.primitive(.string), .primitive(.bytes), .primitive(.bytes)])
        XCTAssertEqual(try types("InlineRequest"), [.primitive(.file)])
    }

    func testNullabilityThroughAllOfUnionsAndTheOpenAPI30NullObject() throws {
        let api = try build(
            #"""
            {"O": {"type": "object", "properties": {
               "a": {"allOf": [{"$ref": "#/components/schemas/N"}]},
               "b": {"allOf": [{"type": "string", "nullable": true}, {"nullable": false}]},
               "c": {"anyOf": [{"$ref": "#/components/schemas/S"}, {"type": "object", "nullable": true, "additionalProperties": false}]},
               "d": {"oneOf": [{"$ref": "#/components/schemas/N"}, {"$ref": "#/components/schemas/S"}]}}},
             "N": {"type": "string", "nullable": true},
             "S": {"type": "object", "properties": {"x": {"type": "string"}}}}
            """#)
        guard case .object(let shape) = try kind(api, "O") else { return XCTFail("not an object") }
        XCTAssertEqual(shape.properties.map(\.isNullable), [true, false, true, true])
        XCTAssertEqual(shape.properties[2].type, .named(TypeName(["S"])), "the null object is only null")
    }

    /// An ID or the object it names is an `Expandable…` enum (Stripe's `x-expansionResources`,
    /// or a referenced component named like the member); a string-or-object union that is not
    /// about IDs keeps its name and stays an `anyOf`.
    func testExpandableFieldsAreRecognisedByTheirShapeAndName() throws {
        let api = try build(
            #"""
            {"Charge": {"type": "object", "properties": {
               "customer": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/customer"}, {"$ref": "#/components/schemas/deleted_customer"}]},
               "source": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/customer"}], "x-expansionResources": {"oneOf": []}},
               "prompt": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/customer"}]},
               "code": {"anyOf": [{"type": "string", "enum": ["a"]}, {"$ref": "#/components/schemas/customer"}]}}},
             "customer": {"type": "object", "properties": {"id": {"type": "string"}}},
             "deleted_customer": {"type": "object", "properties": {"id": {"type": "string"}, "deleted": {"const": true}}}}
            """#)
        guard case .object(let charge) = try kind(api, "Charge") else { return XCTFail("Charge is not an object") }
        XCTAssertEqual(
            charge.properties.map(\.type),
            [
                .named(TypeName(["Charge", "ExpandableCustomer"])), .named(TypeName(["Charge", "ExpandableSource"])),
                .named(TypeName(["Charge", "Prompt"])), .named(TypeName(["Charge", "Code"])),
            ])
        guard case .union(let customer) = try kind(api, "Charge", "ExpandableCustomer") else { return XCTFail("not a union") }
        XCTAssertTrue(customer.isExpandable)
        XCTAssertFalse(customer.keepsAll, "a string is never an object: one alternative holds")
        XCTAssertEqual(customer.members.map(\.name), ["id", "customer", "deleted_customer"])
        guard case .union(let prompt) = try kind(api, "Charge", "Prompt") else { return XCTFail("not a union") }
        XCTAssertFalse(prompt.isExpandable)
        XCTAssertTrue(prompt.keepsAll)
        XCTAssertEqual(prompt.members.map(\.name), ["string", "customer"])
    }
}
