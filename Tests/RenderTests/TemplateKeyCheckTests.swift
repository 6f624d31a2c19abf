import Foundation
import TestSupport
import XCTest

@testable import Render
@testable import SwiftModel

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
        let text =
            "{{% CONTENT_TYPE: TEXT }}\n{{#fields}}{{name}}{{/fields}}\n  public struct {{nmae}}: {{#last()}}x{{/last()}}\n{{> Nope}}{{! a comment }}{{.}}"
        XCTAssertEqual(
            TemplateKeyCheck.problems(in: text, templates: ["Struct"]),
            [
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
        // A transform checks the key it is applied to, and `empty(list)` is a flag, not the list's view.
        let transforms =
            "{{^empty(properties)}}{{access}}{{/empty(properties)}}{{#first(properties)}}{{type}}{{/first(properties)}}{{^empty(propertys)}}{{/empty(propertys)}}"
        let transformProblems = TemplateKeyCheck.problems(in: transforms, templates: templates, stack: TemplateKeyCheck.stack(for: "Struct"))
        XCTAssertEqual(transformProblems.count, 1, "\(transformProblems)")
        XCTAssertTrue(transformProblems.first?.message.hasPrefix("StructView has no key 'propertys'") == true, "\(transformProblems)")
        // An operation reads the client's `access`, as swift-mustache finds it there.
        XCTAssertEqual(TemplateKeyCheck.problems(in: "{{access}}{{name}}", templates: templates, stack: TemplateKeyCheck.stack(for: "Operation")), [])
    }

    func testTheViewTablesMatchTheViewModels() throws {
        let expected = Dictionary(uniqueKeysWithValues: try viewModelKeys().map { ($0.view, Set($0.keys)) })
        XCTAssertEqual(viewModelKeyTable.mapValues { Set($0.keys) }, expected, "run make (openapi-swiftgen-view-keys regenerates it)")
        for (template, views) in templateViewStacks {
            XCTAssertTrue(template == "Support/*" || TemplateSet.defaults.sources[template] != nil, template)
            XCTAssertTrue(views.allSatisfy { viewModelKeyTable[$0] != nil }, template)
        }
    }
}

/// The template keys of every view of `SwiftModel/Views/`, in declaration order: its
/// stored properties, and for `DeclarationView` the keys Render answers for it by hand: every
/// key some view has that `RenderedDeclaration` answers. So the view-keys tool's list of them
/// (in the tables and `TEMPLATES.md`) is checked against what Render really does.
func viewModelKeys() throws -> [(view: String, keys: [String])] {
    let models = try ["DeclarationViews.swift", "ClientViews.swift"].map { file in
        try String(contentsOf: packageRoot.appendingPathComponent("Sources/SwiftModel/Views/" + file), encoding: .utf8)
    }.joined(separator: "\n")
    var views: [(view: String, keys: [String])] = []
    for line in models.split(separator: "\n") {
        if line.hasPrefix("public struct "), let name = line.split(separator: " ").dropFirst(2).first {
            views.append((String(name.prefix { $0 != ":" }), []))
        } else if line.hasPrefix("    public let ") || line.hasPrefix("    public var "), let name = line.dropFirst(15).split(separator: ":").first {
            views[views.count - 1].keys.append(String(name))
        }
    }
    if let index = views.firstIndex(where: { $0.view == "DeclarationView" }) {
        let alias = AliasView(access: "", name: "A", doc: [], type: "Int")
        let rendered = RenderedDeclaration(view: DeclarationView(.alias(alias)), nested: [])
        views[index].keys = viewModelKeyNames.sorted().filter { rendered.child(named: $0) != nil }
    }
    return views
}

/// The support types the default templates declare are the ones the namer keeps schemas from
/// taking (`SwiftNames.supportTypeNames`): a template that declares a new type must add it there,
/// or a schema of that name would shadow it.
final class SupportTypeNameTests: XCTestCase {
    func testTheReservedSupportNamesAreWhatTheTemplatesDeclare() throws {
        var declared: Set<String> = []
        let declaration = try NSRegularExpression(
            pattern: #"^(?:\{\{access\}\}|public |internal )?(?:@\w+ )*(?:indirect )?"#
                + #"(?:final class|class|struct|enum|protocol|typealias|actor) ([A-Za-z_]\w*)"#,
            options: [.anchorsMatchLines]
        )
        for text in TemplateSet.defaults.sources.values {
            for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { declared.insert(String(text[range])) }
            }
        }
        XCTAssertFalse(declared.isEmpty)
        XCTAssertEqual(declared.subtracting(SwiftNames.supportTypeNames), [], "declared by a template but not reserved")
        // `Body` is `APIError.Body`, written unqualified inside APIError (a top-level `Body` would be shadowed there).
        XCTAssertEqual(SwiftNames.supportTypeNames.subtracting(declared), ["Body"], "reserved but declared by no template")
    }
}
