@testable import Render
import XCTest

/// Names in templates that no view has: every default template is clean, an overriding one
/// with a typo is a located error and nothing is written.
final class TemplateKeyCheckTests: XCTestCase {
    func testEveryDefaultTemplateNamesOnlyKnownKeysAndPartials() {
        let templates = TemplateSet.defaults.sources
        for (name, text) in templates {
            XCTAssertEqual(TemplateKeyCheck.problems(in: text, templates: Set(templates.keys)), [], name)
            XCTAssertEqual(TemplateKeyCheck.problems(in: text, templates: Set(templates.keys), stack: TemplateKeyCheck.stack(for: name)), [], name)
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
        XCTAssertTrue(stderr.contains(": error: template 'Struct': StructView has no key 'nmae'"), stderr)
        XCTAssertTrue(stderr.contains("Its keys: access, coding, codingKeys"), "the view's keys are listed: \(stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    func testAKeyOfAnotherViewIsFoundOnlyWhereThatViewIsRendered() {
        let templates = Set(TemplateSet.defaults.sources.keys)
        // `title` is a key of ClientView: fine in Client, empty text in a struct.
        XCTAssertEqual(TemplateKeyCheck.problems(in: "{{title}}", templates: templates, stack: TemplateKeyCheck.stack(for: "Client")), [])
        let inStruct = TemplateKeyCheck.problems(in: "x\n {{title}}", templates: templates, stack: TemplateKeyCheck.stack(for: "Struct"))
        XCTAssertEqual(inStruct.map(\.line), [2])
        XCTAssertTrue(inStruct.first?.message.hasPrefix("StructView has no key 'title'") == true, "\(inStruct)")
        // A section over a list of views enters that view; after it closes, its keys are gone.
        let sections = "{{#properties}}{{name}}{{/properties}}{{#codingKeys}}{{#keys}}{{wireName}}{{/keys}}{{/codingKeys}}{{wireName}}"
        let found = TemplateKeyCheck.problems(in: sections, templates: templates, stack: TemplateKeyCheck.stack(for: "Struct"))
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found.first?.message.hasPrefix("StructView has no key 'wireName'") == true, "\(found)")
        // An operation reads the client's `access`, as swift-mustache finds it there.
        XCTAssertEqual(TemplateKeyCheck.problems(in: "{{access}}{{name}}", templates: templates, stack: TemplateKeyCheck.stack(for: "Operation")), [])
    }

    func testTheViewTablesMatchTheViewModels() throws {
        let models = try String(contentsOf: packageRoot.appendingPathComponent("Sources/Render/ViewModels.swift"), encoding: .utf8)
        var current = ""
        var expected: [String: Set<String>] = [:]
        for line in models.split(separator: "\n") {
            if line.hasPrefix("struct "), let name = line.split(separator: " ").dropFirst().first {
                current = String(name.prefix { $0 != ":" })
                expected[current] = []
            } else if line.hasPrefix("    let ") || line.hasPrefix("    var "), let name = line.dropFirst(8).split(separator: ":").first {
                expected[current, default: []].insert(String(name))
            }
        }
        XCTAssertEqual(viewModelKeyTable.mapValues { Set($0.keys) }, expected, "run scripts/view-model-keys.py")
        for (template, views) in templateViewStacks {
            XCTAssertTrue(template == "Support/*" || TemplateSet.defaults.sources[template] != nil, template)
            XCTAssertTrue(views.allSatisfy { viewModelKeyTable[$0] != nil }, template)
        }
    }
}
