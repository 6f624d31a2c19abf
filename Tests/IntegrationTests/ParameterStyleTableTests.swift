import XCTest

@testable import GoldenConstructs

/// The generated `ParameterSerializer` against the style table of the OpenAPI specification
/// (3.1.1 §4.8.12.4, "Style Examples": `color` as the string `blue`, the array `[blue, black,
/// brown]` and the object `{R: 100, G: 200, B: 150}`), which follows RFC 6570 expansion.
final class ParameterStyleTableTests: XCTestCase {
    /// The table's object, members in its order (named as the table names them).
    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct RGB: Encodable {
        var R = 100
        var G = 200
        var B = 150
    }

    private let string = FormValue.string("blue")
    private let array = FormValue.array([.string("blue"), .string("black"), .string("brown")])
    private var object: FormValue {
        get throws { try FormValue(encoding: RGB()) }
    }

    private func query(_ value: FormValue, _ style: ParameterStyle, explode: Bool) -> String {
        ParameterSerializer.query("color", value, style: style, explode: explode).joined(separator: "&")
    }

    private func path(_ value: FormValue, _ style: ParameterStyle, explode: Bool) -> String {
        ParameterSerializer.path("color", value, style: style, explode: explode)
    }

    func testMatrix() throws {
        XCTAssertEqual(path(string, .matrix, explode: false), ";color=blue")
        XCTAssertEqual(path(array, .matrix, explode: false), ";color=blue,black,brown")
        XCTAssertEqual(path(try object, .matrix, explode: false), ";color=R,100,G,200,B,150")
        XCTAssertEqual(path(string, .matrix, explode: true), ";color=blue")
        XCTAssertEqual(path(array, .matrix, explode: true), ";color=blue;color=black;color=brown")
        XCTAssertEqual(path(try object, .matrix, explode: true), ";R=100;G=200;B=150")
    }

    func testLabel() throws {
        XCTAssertEqual(path(string, .label, explode: false), ".blue")
        XCTAssertEqual(path(array, .label, explode: false), ".blue,black,brown")
        XCTAssertEqual(path(try object, .label, explode: false), ".R,100,G,200,B,150")
        XCTAssertEqual(path(string, .label, explode: true), ".blue")
        XCTAssertEqual(path(array, .label, explode: true), ".blue.black.brown")
        XCTAssertEqual(path(try object, .label, explode: true), ".R=100.G=200.B=150")
    }

    func testSimple() throws {
        XCTAssertEqual(path(string, .simple, explode: false), "blue")
        XCTAssertEqual(path(array, .simple, explode: false), "blue,black,brown")
        XCTAssertEqual(path(try object, .simple, explode: false), "R,100,G,200,B,150")
        XCTAssertEqual(path(array, .simple, explode: true), "blue,black,brown")
        XCTAssertEqual(path(try object, .simple, explode: true), "R=100,G=200,B=150")
        XCTAssertEqual(ParameterSerializer.header(try object, explode: true), "R=100,G=200,B=150")
        XCTAssertEqual(ParameterSerializer.header(array, explode: false), "blue,black,brown")
    }

    func testForm() throws {
        XCTAssertEqual(query(string, .form, explode: false), "color=blue")
        XCTAssertEqual(query(array, .form, explode: false), "color=blue,black,brown")
        XCTAssertEqual(query(try object, .form, explode: false), "color=R,100,G,200,B,150")
        XCTAssertEqual(query(string, .form, explode: true), "color=blue")
        XCTAssertEqual(query(array, .form, explode: true), "color=blue&color=black&color=brown")
        XCTAssertEqual(query(try object, .form, explode: true), "R=100&G=200&B=150")
    }

    func testDelimitedAndDeepObject() throws {
        XCTAssertEqual(query(array, .spaceDelimited, explode: false), "color=blue%20black%20brown")
        XCTAssertEqual(query(array, .pipeDelimited, explode: false), "color=blue%7Cblack%7Cbrown")
        XCTAssertEqual(query(try object, .deepObject, explode: true), "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150")
    }
}
