import Diagnostics
import Foundation

/// A user's templates folder: every `*.mustache` file below it, by name (the relative path
/// without `.mustache`, `Support/Paging`), with the file it came from.
public enum TemplateFolder {
    /// One template file.
    public struct File: Sendable {
        public var name: String
        public var path: String
        public var text: String
    }

    /// The largest template read: the defaults are a few kilobytes each.
    static let maxTemplateBytes = 1 << 20

    /// The folder's templates, sorted by path. Only regular files are read, each up to
    /// `maxTemplateBytes`, as UTF-8.
    public static func read(_ directory: String) throws(RenderError) -> [File] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else {
            throw .unreadableTemplate(path: directory, reason: "no such templates folder")
        }
        var urls: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            urls.append(url.standardizedFileURL)
        }
        var files: [File] = []
        for url in urls.sorted(by: { $0.path < $1.path }) {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            files.append(File(name: String(relative.dropLast(".mustache".count)), path: url.path, text: try text(of: url.path)))
        }
        return files
    }

    /// A template file's text: a regular file under the size limit, valid UTF-8.
    private static func text(of path: String) throws(RenderError) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw .unreadableTemplate(path: path, reason: "not a regular file")
        }
        guard let size = attributes?[.size] as? Int, size <= maxTemplateBytes else {
            throw .unreadableTemplate(path: path, reason: "over \(maxTemplateBytes) bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableTemplate(path: path, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableTemplate(path: path, reason: "not valid UTF-8")
        }
        return text
    }
}
