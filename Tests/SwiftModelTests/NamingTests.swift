import IR
import SwiftModel
import TestSupport
import XCTest

final class NamingTests: XCTestCase {
    func testRepresentationNamesForMediaTypes() {
        let cases = [
            ("application/json", "json"), ("application/problem+json", "problemJson"), ("text/plain; charset=utf-8", "plainText"),
            ("application/octet-stream", "binary"), ("image/png", "png"), ("image/*", "image"), ("*/*", "any"),
            ("application/vnd.github+json", "githubJson"), ("application/x-ndjson", "ndjson"), ("text/html", "html"),
        ]
        for (mediaType, expected) in cases {
            XCTAssertEqual(Representation.name(of: mediaType), expected, mediaType)
        }
    }

    func testCamelCase() {
        let cases = [
            ("org-banned", "orgBanned"), ("accesskey", "accesskey"), ("nextPageToken", "nextPageToken"),
            ("organizationId", "organizationId"), ("page_token", "pageToken"), ("URL", "url"), ("URLPath", "urlPath"),
            ("user ID", "userID"), ("X-Request-Id", "xRequestId"), ("list workspaces", "listWorkspaces"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(Naming.camelCase(input), expected, input)
        }
    }

    func testWordsSplitTheSameWithOrWithoutNonASCIILetters() {
        XCTAssertEqual(Naming.words("HTTPServerError2xx_code"), ["HTTP", "Server", "Error2xx", "code"])
        XCTAssertEqual(Naming.words("größeWert-ÄnderungID"), ["größe", "Wert", "Änderung", "ID"])
        XCTAssertEqual(Naming.words("名前ID"), ["名前ID"], "a caseless letter neither starts nor ends a word")
        XCTAssertEqual(Naming.words("ÉtatURLPath"), ["État", "URL", "Path"])
    }

    func testASCIINamesCaseLikeTheGeneralPath() {
        // ASCII names take a path of their own; a trailing no-break space (a separator, not ASCII)
        // sends the same name through the general one, which must give the same identifier.
        let alphabet = Array("aAbBzZ09_- .xXyY")
        var state: UInt64 = 42
        for _ in 0..<5_000 {
            var name = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                name.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            XCTAssertEqual(Naming.camelCase(name), Naming.camelCase(name + "\u{A0}"), name)
            XCTAssertEqual(Naming.pascalCase(name), Naming.pascalCase(name + "\u{A0}"), name)
        }
        XCTAssertEqual(Naming.camelCase("CREATION_TIME"), "creationTime")
        XCTAssertEqual(Naming.pascalCase("CREATION_TIME"), "CreationTime")
        XCTAssertEqual(Naming.camelCase("HTTPServerError2xx_code"), "httpServerError2xxCode")
    }

    func testPascalCase() {
        XCTAssertEqual(Naming.pascalCase("responseBody"), "ResponseBody")
        XCTAssertEqual(Naming.pascalCase("WorkspaceStatus"), "WorkspaceStatus")
        XCTAssertEqual(Naming.pascalCase("region_priority"), "RegionPriority")
    }

    func testSingular() {
        XCTAssertEqual(Naming.singular("regions"), "region")
        XCTAssertEqual(Naming.singular("policies"), "policy")
        XCTAssertEqual(Naming.singular("addresses"), "address")
        XCTAssertEqual(Naming.singular("data"), "dataItem")
    }

    func testSwiftIdentifiersAndTypes() {
        XCTAssertEqual(SwiftNames.identifier("default"), "`default`")
        XCTAssertEqual(SwiftNames.identifier("self"), "_self")
        XCTAssertEqual(SwiftNames.identifier("2fa"), "_2fa")
        XCTAssertEqual(SwiftNames.identifier(""), "value")
        XCTAssertEqual(SwiftNames.typeComponent("Error"), "ErrorModel")
        XCTAssertEqual(SwiftNames.typeComponent("Data"), "DataModel")
        XCTAssertEqual(SwiftNames.typeComponent("Client"), "ClientModel")
        XCTAssertEqual(SwiftNames.typeComponent("workspace"), "Workspace")
        XCTAssertEqual(SwiftNames.uniqued(["a", "b", "a", "a"], avoiding: ["b"]), ["a", "b2", "a2", "a3"])
        XCTAssertEqual(SwiftNames.stringLiteralContent("a\"b\\c\n"), "a\\\"b\\\\c\\n")
    }

    /// Issue 18: signs are words where they carry meaning, and a collision number never reads
    /// as another value.
    func testEnumCaseNamesSpellSigns() {
        XCTAssertEqual(SwiftNames.enumCaseNames(["+1", "-1", "laugh"]), ["plus1", "minus1", "laugh"])
        XCTAssertEqual(SwiftNames.enumCaseNames(["Etc/GMT+1", "Etc/GMT-1", "Etc/GMT"]), ["etcGMTPlus1", "etcGMTMinus1", "etcGMT"])
        XCTAssertEqual(SwiftNames.enumCaseNames(["us-east-1", "utf-8"]), ["usEast1", "utf8"], "a dash is a separator where no sign is")
        XCTAssertEqual(SwiftNames.enumCaseNames(["v-1", "v1"]), ["vMinus1", "v1"], "colliding names spell their signs")
        XCTAssertEqual(SwiftNames.enumCaseNames(["a1", "a_1", "a12"]), ["a1", "a1_2", "a12"])
    }

    func testNamesThatShadowStandardOrFoundationTypesGetTheSuffix() {
        for name in ["Decoder", "Encoder", "RawRepresentable", "CharacterSet", "DecodingError", "Thread", "Task", "Locale"] {
            XCTAssertEqual(SwiftNames.typeComponent(name), name + "Model")
        }
        XCTAssertEqual(SwiftNames.typeComponent("Customer"), "Customer")
        XCTAssertEqual(Naming.unique("v1") { ["v1", "v1_2"].contains($0) }, "v1_3")
    }
}
