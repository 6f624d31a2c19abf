import IR
import TestSupport
import XCTest

@testable import SwiftModel

/// A format override names a Swift type; it stands for the primitive spelled so.
final class PrimitiveSpellingTests: XCTestCase {
    func testEverySpellingNamesThePrimitiveSpelledSo() {
        XCTAssertEqual(SwiftPlan.primitiveSpellings, ["String", "Int", "Int32", "Int64", "Double", "Bool", "UUID", "Date", "URL", "Data"])
        for spelling in SwiftPlan.primitiveSpellings {
            XCTAssertEqual(SwiftPlan.primitive(spelled: spelling).map(SwiftNamer.spelling), spelling)
        }
        XCTAssertEqual(SwiftPlan.primitive(spelled: "Date"), .dateTime, "Date is a date-time, not the date kept as text")
        XCTAssertEqual(SwiftPlan.primitive(spelled: "String"), .string)
        XCTAssertNil(SwiftPlan.primitive(spelled: "Float"))
        XCTAssertNil(SwiftPlan.primitive(spelled: "FilePart"))
    }
}
