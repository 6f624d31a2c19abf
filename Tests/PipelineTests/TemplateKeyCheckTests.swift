@testable import Render
import XCTest

/// Names in templates that no view has: every default template is clean, an overriding one
/// with a typo is a located error and nothing is written.
final class TemplateKeyCheckTests: XCTestCase {
    func testEveryDefaultTemplateNamesOnlyKnownKeysAndPartials() {
        let templates = TemplateSet.defaults.sources
        for (name, text) in templates {
            XCTAssertEqual(TemplateKeyCheck.problems(in: text, templates: Set(templates.keys)), [], name)
        }
    }

    func testATypoAndAMissingPartialAreFoundWhereTheyAre() {
        let text = "{{% CONTENT_TYPE: TEXT }}\n{{#fields}}{{name}}{{/fields}}\n  public struct {{nmae}}: {{#last()}}x{{/last()}}\n{{> Nope}}{{! a comment }}{{.}}"
        XCTAssertEqual(TemplateKeyCheck.problems(in: text, templates: ["Struct"]), [
            .init(message: "no view has a key 'nmae'; it would render as empty text", line: 3, column: 17),
            .init(message: "no template named 'Nope' for the partial", line: 4, column: 1),
        ])
    }

    func testAnOverrideWithATypoStopsGenerationWithALocatedError() throws {
        let folder = try temporaryFolder(self)
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let original = TemplateSet.defaults.sources["Struct"] ?? ""
        try original.replacingOccurrences(of: "struct {{name}}", with: "struct {{nmae}}")
            .write(to: templates.appendingPathComponent("Struct.mustache"), atomically: true, encoding: .utf8)
        let spec = packageRoot.appendingPathComponent("Specs/flashback.json").path
        let (status, stderr) = try runTool(
            ["generate", spec, "--module", "F", "--output", folder.appendingPathComponent("out").path, "--templates", templates.path], in: folder
        )
        XCTAssertEqual(status, 1)
        XCTAssertTrue(stderr.contains("Struct.mustache:"), stderr)
        XCTAssertTrue(stderr.contains(": error: template 'Struct': no view has a key 'nmae'"), stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
