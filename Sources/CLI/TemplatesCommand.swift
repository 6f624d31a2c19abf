import ArgumentParser
import Foundation
import Pipeline

/// `openapi-swiftgen templates`: the default templates, to read or to start overriding them.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List or write out the default Mustache templates.",
        discussion: """
            Override any template by putting a file of the same relative name in a folder and \
            passing it with `generate --templates DIR`.
            """,
        subcommands: [List.self, Dump.self]
    )

    /// `templates list`: one name per line, sorted.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the names of the default templates, one per line.")

        func run() {
            for name in Generator.defaultTemplates.keys.sorted() {
                print(name + ".mustache")
            }
        }
    }

    /// `templates dump DIR`: the defaults as files, ready to edit.
    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the default templates into a folder (Support/ templates in a Support subfolder).",
            discussion: "Existing files are left alone unless --force is given; nothing else in the folder is touched."
        )

        @Argument(help: "The folder to write the templates into (created when missing).")
        var folder: String

        @Flag(help: "Replace templates that already exist in the folder.")
        var force = false

        func run() throws {
            let root = URL(fileURLWithPath: folder)
            let manager = FileManager.default
            var kept: [String] = []
            for (name, text) in Generator.defaultTemplates.sorted(by: { $0.key < $1.key }) {
                let file = root.appendingPathComponent(name + ".mustache")
                if manager.fileExists(atPath: file.path), !force {
                    kept.append(name + ".mustache")
                    continue
                }
                do {
                    try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: file, options: .atomic)
                } catch {
                    FileHandle.standardError.write(Data("\(file.path): error: cannot write the template: \(error.localizedDescription)\n".utf8))
                    throw ExitCode(1)
                }
            }
            for name in kept {
                FileHandle.standardError.write(Data("\(root.appendingPathComponent(name).path): warning: exists; left as it is (--force replaces it)\n".utf8))
            }
        }
    }
}
