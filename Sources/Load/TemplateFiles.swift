import Diagnostics
import Foundation

/// Reads a user's templates folder: every `*.mustache` file below it, by name (the relative
/// path without `.mustache`, `Support/Paging`), with the file it came from.
public enum TemplateFiles {
    /// One template file.
    public struct File: Sendable {
        public var name: String
        public var path: String
        public var text: String
    }

    public static func read(directory: String) throws(LoadError) -> [File] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else {
            throw .unreadableFile(path: directory, reason: "no such templates folder")
        }
        var urls: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            urls.append(url.standardizedFileURL)
        }
        var files: [File] = []
        for url in urls.sorted(by: { $0.path < $1.path }) {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            files.append(File(name: String(relative.dropLast(".mustache".count)), path: url.path, text: try SpecLoader.readText(url.path)))
        }
        return files
    }
}
