import TestSupport
import XCTest

/// One construct of the schema surface at a time: the spec fragment and the Swift it becomes.
final class SchemaSnippetTests: XCTestCase {
    func testObjectsRenameOnlyWhenNeeded() throws {
        let files = try generate(
            schemas:
                #"{"Plain": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}, "b": {"type": "integer", "format": "int64"}}}, "Snake": {"type": "object", "properties": {"created_at": {"type": "string", "format": "date-time"}}}}"#
        )
        assertContains(
            files["Types/Plain.swift"],
            """
            public struct Plain: Codable, Hashable, Sendable {
                public var a: String
                public var b: Int64?
                public init(a: String, b: Int64? = nil) {
            """)
        XCTAssertFalse(files["Types/Plain.swift"]?.contains("CodingKeys") ?? true)
        assertContains(
            files["Types/Snake.swift"],
            """
            public var createdAt: Date?
            enum CodingKeys: String, CodingKey {
                case createdAt = "created_at"
            """)
    }

    func testEnumsKeepUnknownValues() throws {
        let files = try generate(schemas: #"{"Mode": {"type": "string", "enum": ["on-air", "OFF_LINE", "unknown", "2x", "with space"]}}"#)
        assertContains(
            files["Types/Mode.swift"],
            """
            public enum Mode: RawRepresentable, Codable, Hashable, Sendable {
                case onAir, offLine, unknown, _2x, withSpace
                case undocumented(String)
                case "on-air": self = .onAir
                default: self = .undocumented(rawValue)
            """)
    }

    func testManyEnumCasesWrapWithinTheLineWidth() throws {
        let values = (1...14).map { "\"value_number_\($0)\"" }.joined(separator: ", ")
        let files = try generate(schemas: #"{"Many": {"type": "string", "enum": [\#(values)]}}"#)
        let text = try XCTUnwrap(files["Types/Many.swift"])
        let caseLines = text.split(separator: "\n").filter { $0.hasPrefix("    case valueNumber") }
        XCTAssertEqual(caseLines.count, 3, text)
        XCTAssertTrue(caseLines.allSatisfy { $0.count <= 100 }, text)
        XCTAssertEqual(caseLines.joined().components(separatedBy: "valueNumber").count - 1, 14)
    }

    func testUnionsConstantsAndDiscriminators() throws {
        let files = try generate(
            schemas: #"""
                {"Geos": {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"const": "all"}]},
                 "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
                 "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
                 "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind"}},
                 "Level": {"anyOf": [{"const": "low"}, {"const": "high"}]}}
                """#)
        assertContains(
            files["Types/Geos.swift"],
            """
            public enum Geos: Codable, Hashable, Sendable {
                case geos([String])
                case all
                if let value = try? container.decode(String.self), value == "all" {
                if let value = try? container.decode([String].self) {
                case .all: try container.encode("all")
            """)
        assertContains(
            files["Types/Pet.swift"],
            """
                case value = "kind"
            case "Cat":
                self = .cat(try container.decode(Cat.self))
            case "Dog":
            """)
        assertContains(files["Types/Level.swift"], "public enum Level: RawRepresentable, Codable, Hashable, Sendable {")
    }

    func testRecursionIsBoxedOnlyWhereNeeded() throws {
        let files = try generate(
            schemas: #"""
                {"Node": {"type": "object", "properties": {"parent": {"$ref": "#/components/schemas/Node"}, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}},
                 "Expr": {"oneOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Sum"}]},
                 "Sum": {"type": "object", "required": ["left"], "properties": {"left": {"$ref": "#/components/schemas/Expr"}}}}
                """#)
        assertContains(
            files["Types/Node.swift"],
            """
            @Indirect public var parent: Node?
            public var children: [Node]?
            """)
        assertContains(files["Types/Expr.swift"], "public indirect enum Expr: Codable, Hashable, Sendable {")
        assertContains(files["Types/Sum.swift"], "@Indirect public var left: Expr")
        XCTAssertNotNil(files["Support/Indirect.swift"])
    }

    func testHeavyNestedValuesAreStoredOutOfLine() throws {
        let leafProperties = (1...8).map { #""f\#($0)": {"type": "string"}"# }.joined(separator: ", ")
        let files = try generate(
            schemas: #"""
                {"Leaf": {"type": "object", "properties": {\#(leafProperties)}},
                 "Mid": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Leaf"}, "b": {"$ref": "#/components/schemas/Leaf"}, "c": {"type": "integer"}}},
                 "Top": {"type": "object", "properties": {"mid": {"$ref": "#/components/schemas/Mid"}, "leaf": {"$ref": "#/components/schemas/Leaf"}}},
                 "Either": {"oneOf": [{"$ref": "#/components/schemas/Mid"}, {"type": "string"}]},
                 "Small": {"oneOf": [{"$ref": "#/components/schemas/Leaf"}, {"type": "string"}]}}
                """#)
        // Leaf holds 8 fields inline and Mid 17 (two Leafs and an Int): more than 16, so a Top
        // keeps its Mid in a box, while Leafs stay inline everywhere.
        assertContains(
            files["Types/Top.swift"],
            """
            @Indirect public var mid: Mid?
            public var leaf: Leaf?
            """)
        assertContains(
            files["Types/Mid.swift"],
            """
            public var a: Leaf?
            public var b: Leaf?
            """)
        assertContains(files["Types/Either.swift"], "public indirect enum Either: Codable, Hashable, Sendable {")
        assertContains(files["Types/Small.swift"], "public enum Small: Codable, Hashable, Sendable {")
        XCTAssertNotNil(files["Support/Indirect.swift"])
    }

    func testFreeFormMapsAndNullability() throws {
        let files = try generate(
            schemas: #"""
                {"Bag": {"type": "object", "required": ["id", "gone"], "properties": {
                   "id": {"type": "string"}, "gone": {"type": ["string", "null"], "format": "date-time"},
                   "any": {}, "meta": {"type": "object"}, "counts": {"type": "object", "additionalProperties": {"type": "integer"}}},
                   "additionalProperties": {"type": "string"}}}
                """#)
        assertContains(
            files["Types/Bag.swift"],
            """
            public var gone: Date?
            public var `any`: JSONValue?
            public var meta: [String: JSONValue]?
            public var counts: [String: Int]?
            public var additionalProperties: [String: String]
            self.gone = try container.decodeIfPresent(Date.self, forKey: .gone)
            self.additionalProperties = try DynamicCodingKey.members(of: decoder, excluding: CodingKeys.self, as: String.self)
            try container.encode(self.gone, forKey: .gone)
            """)
    }

    func testFormatsDefaultsAndDocumentation() throws {
        let files = try generate(
            schemas: #"""
                {"Formats": {"type": "object", "properties": {
                   "a": {"type": "integer", "format": "int32", "default": 7, "minimum": 1},
                   "b": {"type": "number", "format": "float"}, "c": {"type": "string", "format": "byte"},
                   "d": {"type": "string", "format": "binary"}, "e": {"type": "string", "format": "date"},
                   "f": {"type": "string", "format": "uuid"}, "g": {"type": "string", "format": "uri"},
                   "h": {"type": "string", "format": "email", "readOnly": true}, "i": {"type": "boolean", "deprecated": true, "description": "Old."}}}}
                """#)
        assertContains(
            files["Types/Formats.swift"],
            """
            /// - Minimum: 1
            /// - Default: 7
            public var a: Int32?
            public var b: Double?
            public var c: Data?
            public var d: String?
            public var e: String?
            public var f: UUID?
            public var g: URL?
            /// - Note: Read-only: the server sends it and ignores it in requests.
            public var h: String?
            /// Old.
            /// - Note: Deprecated by the API.
            public var i: Bool?
            a: Int32? = 7,
            """)
    }

    func testEnumDefaultThatOptionalAlsoNames() throws {
        let files = try generate(
            schemas: #"{"Log": {"type": "object", "properties": {"output": {"type": "string", "enum": ["none", "file"], "default": "none"}}}}"#)
        assertContains(files["Types/Log.swift"], "public init(output: Output? = Output.none) {")
    }

    func testInheritanceBaseBecomesAUnionOfItsSubtypes() throws {
        let files = try generate(
            schemas: #"""
                {"Shape": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}, "discriminator": {"propertyName": "kind"}},
                 "Circle": {"allOf": [{"$ref": "#/components/schemas/Shape"}, {"type": "object", "properties": {"radius": {"type": "number"}}}]}}
                """#)
        assertContains(
            files["Types/Shape.swift"],
            """
            public enum Shape: Codable, Hashable, Sendable {
                case circle(Circle)
                case base(Base)
                case "Circle":
                case .some:
                    self = .base(try container.decode(Base.self))
                public struct Base: Codable, Hashable, Sendable {
            """)
        assertContains(
            files["Types/Circle.swift"],
            """
            public var kind: String
            public var radius: Double?
            """)
    }

    func testAnyOfKeepsEveryMatchAndNullAlternativesMakeOptionals() throws {
        let files = try generate(
            schemas: #"""
                {"A": {"type": "object", "properties": {"a": {"type": "string"}}},
                 "Either": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "integer"}]},
                 "Holder": {"type": "object", "required": ["maybe"], "properties": {"maybe": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}}}}
                """#)
        assertContains(
            files["Types/Either.swift"],
            """
            public struct Either: Codable, Hashable, Sendable {
                public var a: A?
                public var integer: Int?
                self.a = try? container.decode(A.self)
                self.integer = try? container.decode(Int.self)
                if self.a != nil {
                    try self.a?.encode(to: encoder)
            """)
        assertContains(
            files["Types/Holder.swift"],
            """
            @Nullable public var maybe: A?
            """)
        XCTAssertNotNil(files["Support/Nullable.swift"], "a required property that may be null is written even when nil")
    }

    func testIntegerEnumsStayIntegersWithTheirValuesDocumented() throws {
        let files = try generate(schemas: #"{"Level": {"type": "integer", "enum": [1, 2, 3], "description": "How loud."}}"#)
        assertContains(
            files["Types/Level.swift"],
            """
            /// How loud.
            ///
            /// - Values: 1, 2, 3
            public typealias Level = Int
            """)
    }
}
