import Diagnostics
import Foundation

/// The text files of a folder with one extension, read with every input's bounds (regular files
/// only, the size limit, UTF-8: `SpecLoader.readText`). A user's templates folder is read so;
/// what the files mean is the reader's business.
public enum TextFolder {
    /// One file: its path relative to the folder, its full path and its text.
    public struct File: Sendable {
        public var relativePath: String
        public var path: String
        public var text: String
    }

    /// Every file below `directory` whose name ends in `.<fileExtension>`, sorted by path.
    public static func read(_ directory: String, fileExtension: String, limits: InputLimits = InputLimits()) throws(LoadError) -> [File] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else {
            throw .unreadableFile(path: directory, reason: "no such folder")
        }
        var urls: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == fileExtension {
            urls.append(url.standardizedFileURL)
        }
        var files: [File] = []
        for url in urls.sorted(by: { $0.path < $1.path }) {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            files.append(File(relativePath: relative, path: url.path, text: try SpecLoader.readText(url.path, limits: limits)))
        }
        return files
    }
}
