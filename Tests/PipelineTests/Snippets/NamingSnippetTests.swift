import TestSupport
import XCTest

/// Names that are not Swift identifiers, or that collide, and what they become.
final class NamingSnippetTests: XCTestCase {
    func testPropertyNames() throws {
        let files = try generate(
            schemas: #"""
                {"Names": {"type": "object", "properties": {
                   "class": {"type": "string"}, "self": {"type": "string"}, "1st": {"type": "string"}, "with space": {"type": "string"},
                   "foo_bar": {"type": "string"}, "fooBar": {"type": "string"}, "$ref": {"type": "string"}, "ümlaut": {"type": "string"},
                   "`tick`": {"type": "string"}}}}
                """#)
        assertContains(
            files["Types/Names.swift"],
            """
            public var `class`: String?
            public var _self: String?
            public var _1st: String?
            public var withSpace: String?
            public var fooBar: String?
            public var fooBar2: String?
            public var ref: String?
            public var ümlaut: String?
            public var tick: String?
            case _1st = "1st"
            case fooBar2 = "fooBar"
            case tick = "`tick`"
            """)
    }

    /// A constant's default in the initialiser names the case its enum declares (the namer
    /// decides both): `+1` is `plus1` and `""` is `empty` in both places.
    func testAConstantDefaultNamesTheCaseItsEnumDeclares() throws {
        let files = try generate(
            schemas: #"""
                {"Step": {"type": "object", "required": ["delta", "blank"], "properties": {
                   "delta": {"type": "string", "enum": ["+1"]}, "blank": {"type": "string", "const": ""}}}}
                """#)
        let step = try XCTUnwrap(files["Types/Step.swift"])
        assertContains(step, "case plus1")
        assertContains(step, "case empty")
        assertContains(step, "delta: Delta = .plus1")
        assertContains(step, "blank: Blank = .empty")
    }

    func testTypeNamesThatShadowSwiftAndFileNameCollisions() throws {
        let files = try generate(
            schemas: #"""
                {"Error": {"type": "object", "properties": {"message": {"type": "string"}}},
                 "Data": {"type": "string"}, "Type": {"type": "string"}, "Self": {"type": "integer"},
                 "ABC": {"type": "string"}, "Abc": {"type": "integer"}}
                """#)
        assertContains(files["Types/ErrorModel.swift"], "public struct ErrorModel: Codable, Hashable, Sendable {")
        assertContains(files["Types/DataModel.swift"], "public typealias DataModel = String")
        assertContains(files["Types/Kind.swift"], "public typealias Kind = String")
        assertContains(files["Types/SelfModel.swift"], "public typealias SelfModel = Int")
        // Distinct Swift names whose files would collide on a case-insensitive file system.
        assertContains(files["Types/ABC.swift"], "public typealias ABC = String")
        assertContains(files["Types/Abc_2.swift"], "public typealias Abc = Int")
    }
}
