import TestSupport
import XCTest

@testable import SwiftModel

final class DocLinesTests: XCTestCase {
    func testTextLinesTrimAndCollapseBlankRuns() {
        let text = "\n\n  First line  \r\nSecond\tline\t\n\n\n\rThird\u{0B}Fourth\u{0C}Fifth\rSixth\n\n"
        let expected = ["  First line", "Second\tline", "", "Third", "Fourth", "Fifth", "Sixth"]
        XCTAssertEqual(DocLines.textLines(text), expected)
        // Non-ASCII text takes the Character path; it must split the same way.
        XCTAssertEqual(DocLines.textLines(text + "é"), expected.dropLast() + ["Sixth", "", "é"])
        XCTAssertEqual(DocLines.textLines("  Größe  \u{2028}next"), ["  Größe", "next"])
    }

    func testTextLinesOfEmptyAndBlankText() {
        XCTAssertEqual(DocLines.textLines(""), [])
        XCTAssertEqual(DocLines.textLines("   \n \r\n\t"), [])
        XCTAssertEqual(DocLines.textLines("one"), ["one"])
    }
}
