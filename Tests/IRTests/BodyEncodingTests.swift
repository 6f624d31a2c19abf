import Diagnostics
import IR
import TestSupport
import XCTest

/// The `encoding` map of form and multipart bodies in the IR, and the warnings about what a
/// form style cannot carry.
final class BodyEncodingTests: XCTestCase {
    private func build(_ content: String, log: DiagnosticLog) throws -> RequestBody? {
        let api = try buildIR(
            #"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
             "paths": {"/a": {"post": {"operationId": "send", "requestBody": {"content": \#(content)}, "responses": {"204": {"description": "ok"}}}}}}
            """#,
            log: log
        )
        return api.operations.first?.requestBody
    }

    func testEncodingEntriesOfAFormBodyKeepTheirStyleAndOrder() throws {
        let log = DiagnosticLog()
        let body = try build(
            #"""
            {"application/x-www-form-urlencoded": {
               "schema": {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}, "meta": {"type": "object", "properties": {"a": {"type": "string"}}}}},
               "encoding": {"tags": {"style": "pipeDelimited", "explode": false}, "meta": {"style": "deepObject", "explode": true}, "plain": {"style": "matrix"}}}}
            """#,
            log: log
        )
        XCTAssertEqual(
            body?.fields,
            [
                FieldEncoding(name: "tags", style: "pipeDelimited", explode: false),
                FieldEncoding(name: "meta", style: "deepObject", explode: true),
            ])
        XCTAssertEqual(log.warnings.map(\.message), ["style 'matrix' cannot encode a body member; 'plain' uses 'form'"])
        XCTAssertEqual(log.warnings.first?.pointer, "/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded/encoding/plain/style")
    }

    func testMultipartEncodingKeepsContentTypesAndFixedPartHeaders() throws {
        let log = DiagnosticLog()
        let body = try build(
            #"""
            {"multipart/form-data": {
               "schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}, "link": {"type": "object"}}},
               "encoding": {"file": {"contentType": "image/png", "headers": {"X-Part": {"schema": {"type": "string"}},
                 "X-Version": {"schema": {"type": "integer", "const": 2}}, "Content-Type": {"schema": {"type": "string"}}}}, "link": {"style": "deepObject"}}}}
            """#,
            log: log
        )
        XCTAssertEqual(
            body?.fields,
            [
                FieldEncoding(name: "file", contentType: "image/png", headers: [.init(name: "X-Version", value: "2")]),
                FieldEncoding(name: "link", style: "deepObject"),
            ])
        XCTAssertEqual(
            log.warnings.map(\.message), ["part header 'X-Part' of 'file' has no fixed value in the spec; a file part sends it through FilePart.headers"])
    }

    func testFormStyleWarnsAboutObjectsAndNestingButNotAboutDeepObject() throws {
        let log = DiagnosticLog()
        _ = try build(
            #"""
            {"application/x-www-form-urlencoded": {
               "schema": {"type": "object", "properties": {
                 "name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}},
                 "flat": {"type": "object", "properties": {"a": {"type": "string"}}},
                 "deep": {"type": "object", "properties": {"inner": {"type": "object", "properties": {"b": {"type": "string"}}}}},
                 "rows": {"type": "array", "items": {"type": "object", "properties": {"c": {"type": "string"}}}},
                 "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                 "nested": {"type": "object", "properties": {"inner": {"type": "object", "properties": {"b": {"type": "string"}}}}}}},
               "encoding": {"nested": {"style": "deepObject", "explode": true}}}}
            """#,
            log: log
        )
        XCTAssertEqual(
            log.warnings.map(\.message),
            [
                "form body member 'flat' is an object: its members are sent as top-level fields and can collide; give it `style: deepObject` in the media type's 'encoding' for `flat[key]=value`",
                "form body member 'deep' is an object holding objects or arrays: those are sent as JSON text; give it `style: deepObject` in the media type's 'encoding' for `deep[key]=value`",
                "form body member 'rows' is an array of objects or arrays: its items are sent as JSON text; give it `style: deepObject` in the media type's 'encoding' for `rows[key]=value`",
            ])
        XCTAssertEqual(log.warnings.first?.pointer, "/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded")
    }

    func testEncodingOnAJSONBodyIsIgnoredWithAWarning() throws {
        let log = DiagnosticLog()
        let body = try build(#"{"application/json": {"schema": {"type": "object"}, "encoding": {"a": {"style": "form"}}}}"#, log: log)
        XCTAssertEqual(body?.fields, [])
        XCTAssertEqual(log.warnings.map(\.message), ["'encoding' applies to form and multipart bodies only; ignored"])
    }
}
