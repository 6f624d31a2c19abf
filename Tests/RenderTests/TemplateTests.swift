import Diagnostics
import Foundation
import Load
import Mustache
import Pipeline
import TestSupport
import XCTest

@testable import Render
@testable import SwiftModel

final class TemplateTests: XCTestCase {
    private func templateFiles() throws -> [String: String] {
        let root = packageRoot.appendingPathComponent("Templates")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".mustache") else { continue }
            files[String(path.dropLast(".mustache".count))] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        return files
    }

    func testEveryTemplateDeclaresTextContent() throws {
        let files = try templateFiles()
        XCTAssertGreaterThan(files.count, 10)
        for (name, text) in files {
            XCTAssertTrue(text.hasPrefix(TemplateSet.textPragma + "\n"), "\(name).mustache must start with \(TemplateSet.textPragma)")
        }
    }

    func testEmbeddedTemplatesMatchTheTemplatesFolder() throws {
        XCTAssertEqual(TemplateSet.defaults.sources, try templateFiles(), "run make templates (scripts/embed-templates.sh)")
    }

    func testTheTemplateReferenceListsEveryKeyOfEveryView() throws {
        let reference = try String(contentsOf: packageRoot.appendingPathComponent("TEMPLATES.md"), encoding: .utf8)
        var sections: [String: String] = [:]
        for section in reference.components(separatedBy: "\n## ").dropFirst() {
            sections[String(section.prefix { $0 != "\n" })] = section
        }
        var count = 0
        for (view, keys) in try viewModelKeys() {
            XCTAssertNotNil(sections[view], "TEMPLATES.md has no section for \(view): run make (openapi-swiftgen-view-keys regenerates it)")
            for key in keys {
                count += 1
                XCTAssertTrue(
                    sections[view]?.contains("| `\(key)` |") == true, "TEMPLATES.md lacks \(view).\(key): run make (openapi-swiftgen-view-keys regenerates it)")
            }
        }
        XCTAssertEqual(reference.components(separatedBy: "\n| `").count - 1 - 7, count, "TEMPLATES.md names a key that no longer exists")
        for name in TemplateSet.defaults.sources.keys where !name.hasPrefix("Support/") && !["FileHeader", "DocComment", "ParameterList"].contains(name) {
            XCTAssertTrue(reference.contains("`\(name)`"), "TEMPLATES.md does not say which view \(name) renders")
        }
    }

    func testViewModelKeyTablesMatchTheViewModels() throws {
        let tables = try String(contentsOf: packageRoot.appendingPathComponent("Sources/Render/ViewModelKeys.swift"), encoding: .utf8)
        var count = 0
        // DeclarationView's keys are answered by hand (`RenderedDeclaration`).
        for (view, keys) in try viewModelKeys() where view != "DeclarationView" {
            XCTAssertTrue(tables.contains("extension \(view): ViewModel"), "\(view) is missing: run make (openapi-swiftgen-view-keys regenerates it)")
            for key in keys {
                count += 1
                XCTAssertTrue(tables.contains("case \"\(key)\": return "), "\(view).\(key) is missing: run make (openapi-swiftgen-view-keys regenerates it)")
            }
        }
        XCTAssertGreaterThan(count, 50)
        XCTAssertEqual(tables.components(separatedBy: "\": return ").count - 1, count, "a lookup names a property that no longer exists")
    }

    func testOverridingATemplateChangesOnlyItsOutput() throws {
        let folder = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Support"), withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT }}\n// Custom header for {{title}} & <friends>\n"
            .write(to: folder.appendingPathComponent("FileHeader.mustache"), atomically: true, encoding: .utf8)
        try "{{% CONTENT_TYPE: TEXT }}\n// no paging here\n"
            .write(to: folder.appendingPathComponent("Support/Paging.mustache"), atomically: true, encoding: .utf8)
        let generator = Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts", templatesDirectory: folder.path))
        let files = try generator.render()
        let paging = try XCTUnwrap(files.first { $0.path == "Support/Paging.swift" })
        XCTAssertEqual(paging.contents, "// no paging here\n")
        let client = try XCTUnwrap(files.first { $0.path == "Client.swift" })
        XCTAssertTrue(client.contents.hasPrefix("// Custom header for Accounts & <friends>\n"), String(client.contents.prefix(80)))
        XCTAssertTrue(generator.inputFiles().contains(folder.appendingPathComponent("FileHeader.mustache").path))
    }

    func testOverrideWithoutPragmaIsWarned() throws {
        let folder = try temporaryFolder(self)
        try "// {{title}}\n".write(to: folder.appendingPathComponent("FileHeader.mustache"), atomically: true, encoding: .utf8)
        let log = DiagnosticLog()
        let files = try TextFolder.read(folder.path, fileExtension: "mustache")
        XCTAssertEqual(files.map(\.relativePath), ["FileHeader.mustache"])
        _ = try TemplateSet.overriding(with: files.map { (TemplateSet.name(ofFile: $0.relativePath), $0.path, $0.text) }, log: log)
        XCTAssertEqual(log.warnings.count, 1)
        XCTAssertTrue(log.warnings[0].description.hasPrefix(folder.appendingPathComponent("FileHeader.mustache").path + ":1:1: warning:"))
    }

    func testAnOverrideThatReplacesNoTemplateIsAnErrorWithTheCloseMatches() throws {
        let folder = try temporaryFolder(self)
        try "{{% CONTENT_TYPE: TEXT }}\n// {{title}}\n".write(to: folder.appendingPathComponent("FileHeadr.mustache"), atomically: true, encoding: .utf8)
        let generator = Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts", templatesDirectory: folder.path))
        let found = diagnostic { _ = try generator.render() }
        XCTAssertEqual(found?.location?.file, folder.appendingPathComponent("FileHeadr.mustache").path)
        XCTAssertTrue(found?.message.contains("replaces no default template") == true, found?.description ?? "")
        XCTAssertTrue(found?.message.contains("did you mean 'FileHeader'") == true, found?.description ?? "")
        // A new partial that an override includes is fine.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("FileHeadr.mustache"))
        try "{{% CONTENT_TYPE: TEXT }}\n// extra\n".write(to: folder.appendingPathComponent("Extra.mustache"), atomically: true, encoding: .utf8)
        try "{{% CONTENT_TYPE: TEXT }}\n{{> Extra}}\n".write(to: folder.appendingPathComponent("FileHeader.mustache"), atomically: true, encoding: .utf8)
        let files = try Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts", templatesDirectory: folder.path)).render()
        XCTAssertTrue(try XCTUnwrap(files.first { $0.path == "Client.swift" }).contents.hasPrefix("// extra\n"))
    }

    func testMissingTemplatesFolderIsAnError() {
        let generator = Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts", templatesDirectory: "/nonexistent/templates"))
        let found = diagnostic { _ = try generator.render() }
        XCTAssertEqual(found?.location?.file, "/nonexistent/templates")
        XCTAssertTrue(found?.message.contains("no such folder") == true, found?.description ?? "")
    }

    func testAFileOfATemplatesFolderReplacesTheTemplateOfItsRelativePath() {
        XCTAssertEqual(TemplateSet.name(ofFile: "Struct.mustache"), "Struct")
        XCTAssertEqual(TemplateSet.name(ofFile: "Support/Paging.mustache"), "Support/Paging")
    }

    func testBrokenTemplateIsAnErrorWithItsLocation() throws {
        let folder = try temporaryFolder(self)
        try "{{% CONTENT_TYPE: TEXT }}\nline\n{{#open}}\n".write(to: folder.appendingPathComponent("Client.mustache"), atomically: true, encoding: .utf8)
        let generator = Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts", templatesDirectory: folder.path))
        let found = diagnostic { _ = try generator.render() }
        XCTAssertEqual(found?.location?.file, folder.appendingPathComponent("Client.mustache").path)
    }

    func testBrokenOverrideOfAnUnusedTemplateIsStillAnError() throws {
        // Bird sends no multipart bodies, so Support/Multipart is never rendered; a broken
        // override of it must still be reported (templates are parsed up front, on other
        // threads, and a faster path must not skip the ones this API does not use).
        XCTAssertFalse(FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent("Generated/BirdAccounts/Support/Multipart.swift").path))
        let folder = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Support"), withIntermediateDirectories: true)
        let broken = folder.appendingPathComponent("Support/Multipart.mustache")
        try "{{% CONTENT_TYPE: TEXT }}\n{{#open}}\n".write(to: broken, atomically: true, encoding: .utf8)
        let generator = Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts", templatesDirectory: folder.path))
        let found = diagnostic { _ = try generator.render() }
        XCTAssertEqual(found?.location?.file, broken.path)
    }

    func testOutputIsCleanText() throws {
        for access in SwiftOptions.Access.allCases {
            let files = try Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts", access: access)).render()
            for file in files {
                for (index, line) in file.contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    XCTAssertFalse(line.hasSuffix(" ") || line.hasSuffix("\t"), "\(file.path):\(index + 1) has trailing whitespace")
                    XCTAssertFalse(line.contains("\t"), "\(file.path):\(index + 1) has a tab")
                    XCTAssertFalse(line.contains("&amp;") || line.contains("&lt;") || line.contains("&#"), "\(file.path):\(index + 1) is HTML-escaped")
                }
                XCTAssertFalse(file.contents.contains("\n\n\n"), "\(file.path) has two blank lines in a row")
                XCTAssertTrue(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n"), "\(file.path) must end with one newline")
                XCTAssertFalse(file.contents.contains("!."), "\(file.path) force-unwraps")
                if access == .internal {
                    XCTAssertFalse(file.contents.contains("public "), "\(file.path) has public declarations with --access internal")
                }
            }
        }
    }

    func testRenderingIsDeterministic() throws {
        let first = try Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts")).render()
        let second = try Generator(.init(specPaths: birdSpecPaths, moduleName: "BirdAccounts")).render()
        XCTAssertEqual(first, second)
    }

    func testNestedDeclarationTextIsIndentedOneLevel() {
        XCTAssertEqual(NestedDeclarationRenderer.indented("struct A {\n\n    var b: Int\n}\n"), "    struct A {\n\n        var b: Int\n    }")
        XCTAssertEqual(NestedDeclarationRenderer.indented("a\n\n"), "    a\n", "only the final line break goes")
        XCTAssertEqual(NestedDeclarationRenderer.indented("é\nb"), "    é\n    b")
        XCTAssertEqual(NestedDeclarationRenderer.indented(""), "")
    }

    /// Enum cases are packed to the line width at the column the enum ends up at, nested or not.
    func testNestedEnumCasesKeepToTheLineWidth() throws {
        let values = (0..<40).map { "\"value_\($0)\"" }.joined(separator: ", ")
        let spec = """
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {"Outer": {"type": "object", "properties": {
               "inner": {"type": "object", "properties": {"mode": {"type": "string", "enum": [\(values)]}}}}}}}}
            """
        let folder = try temporaryFolder(self)
        let path = folder.appendingPathComponent("spec.json")
        try spec.write(to: path, atomically: true, encoding: .utf8)
        let files = try Generator(.init(specPaths: [path.path], moduleName: "T")).render()
        let outer = try XCTUnwrap(files.first { $0.path == "Types/Outer.swift" }).contents
        let caseLines = outer.split(separator: "\n").filter { $0.hasPrefix("            case value") }
        XCTAssertGreaterThan(caseLines.count, 2, outer)
        XCTAssertTrue(caseLines.allSatisfy { $0.count <= TypeViewBuilder.lineWidth }, outer)
        XCTAssertTrue(caseLines.dropLast().allSatisfy { $0.count > TypeViewBuilder.lineWidth - 12 }, "lines are filled: \(caseLines)")
    }

    /// A type template lays its declaration out at column 0; an override applies to nested
    /// declarations too, indented with the rest of their text.
    func testAnOverriddenTypeTemplateAppliesToNestedDeclarations() throws {
        let folder = try temporaryFolder(self)
        let original = try XCTUnwrap(TemplateSet.defaults.sources["Struct"])
        let custom = original.replacingOccurrences(of: "{{access}}struct {{name}}", with: "// custom {{name}}\n{{access}}struct {{name}}")
        XCTAssertNotEqual(custom, original)
        try custom.write(to: folder.appendingPathComponent("Struct.mustache"), atomically: true, encoding: .utf8)
        let spec = packageRoot.appendingPathComponent("Tests/Golden/constructs/spec.json").path
        let files = try Generator(.init(specPaths: [spec], moduleName: "Constructs", templatesDirectory: folder.path)).render()
        let thing = try XCTUnwrap(files.first { $0.path == "Types/Thing.swift" }).contents
        XCTAssertTrue(thing.contains("\n// custom Thing\npublic struct Thing: "), thing)
        XCTAssertTrue(thing.contains("\n    // custom Owner\n    public struct Owner: "), thing)
        XCTAssertTrue(thing.contains("\n        public var name: String?\n"), thing)
    }
}

/// How the view models answer swift-mustache's lookups (`ViewModelKeys.swift`).
final class ViewModelLookupTests: XCTestCase {
    private struct Outer: MustacheParent {
        let flag: Bool
        let inner: [Inner]

        func child(named name: String) -> Any? {
            switch name {
            case "flag": return flag
            case "inner": return inner
            default: return nil
            }
        }
    }

    /// Answers like a generated lookup: its optional `flag` is nil.
    private struct Inner: MustacheParent {
        func child(named name: String) -> Any? {
            name == "flag" ? TemplateText.null : nil
        }
    }

    func testANilKeyIsFoundAndFalseInsteadOfClimbingToAnEnclosingView() throws {
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}{{#inner}}{{#flag}}outer{{/flag}}{{^flag}}own{{/flag}}[{{flag}}]{{/inner}}")
        XCTAssertEqual(template.render(Outer(flag: true, inner: [Inner()])), "own[]")
    }

    func testTextRendersAsIs() throws {
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}{{a}}|{{#a}}{{.}}{{/a}}")
        XCTAssertEqual(template.render(["a": TemplateText("<T & U>")]), "<T & U>|<T & U>")
    }
}
