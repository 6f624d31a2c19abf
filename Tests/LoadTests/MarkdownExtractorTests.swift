import Diagnostics
import Load
import TestSupport
import XCTest

final class MarkdownExtractorTests: XCTestCase {
    func testFindsOnlyOpenAPIJSONBlocksWithTheirLines() throws {
        let markdown = """
            # Title

            ```bash
            curl https://example.com
            ```

            ```json
            {"openapi": "3.0.3", "paths": {}}
            ```

            ~~~JSON
            {"sample": true}
            ~~~

            ````json
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"}
            }
            ````
            """
        let documents = try MarkdownExtractor.documents(in: markdown, file: "api.md")
        XCTAssertEqual(documents.count, 2)
        XCTAssertEqual(documents[0].location, SourceLocation(file: "api.md", line: 8, column: 1))
        XCTAssertEqual(documents[1]["info"]?.location, SourceLocation(file: "api.md", line: 18, column: 11))
    }

    func testNoOpenAPIBlockIsAnError() {
        let found = diagnostic { _ = try MarkdownExtractor.documents(in: "# Nothing\n```json\n{\"a\": 1}\n```\n", file: "empty.md") }
        XCTAssertEqual(found?.location?.file, "empty.md")
        XCTAssertTrue(found?.message.contains("no OpenAPI document") == true)
    }

    func testBrokenOpenAPIBlockIsReportedWhereItBreaks() {
        let found = diagnostic { _ = try MarkdownExtractor.documents(in: "text\n```json\n{\"openapi\": \"3.0.3\",\n  \"paths\": }\n```\n", file: "bad.md") }
        XCTAssertEqual(found?.location, SourceLocation(file: "bad.md", line: 4, column: 12))
    }

    func testBrokenSampleBlocksAreSkipped() throws {
        let documents = try MarkdownExtractor.documents(in: "```json\n{oops}\n```\n```json\n{\"openapi\": \"3.1.0\"}\n```\n", file: "x.md")
        XCTAssertEqual(documents.count, 1)
    }
}
