import Diagnostics
import Foundation

/// Reads spec files from disk into one merged document tree.
///
/// `.json`, `.yaml` and `.yml` files are one document each; `.md`, `.markdown` and `.txt` files contribute every
/// embedded OpenAPI block. Several inputs are merged with `DocumentMerger`.
public enum SpecLoader {
    /// Loads and merges the given files. Paths are reported as given.
    public static func load(paths: [String]) throws(LoadError) -> Node {
        var loaded: [Node] = []
        for path in paths {
            loaded.append(contentsOf: try documents(inFile: path))
        }
        return try DocumentMerger.merge(loaded)
    }

    /// The documents one file holds.
    public static func documents(inFile path: String) throws(LoadError) -> [Node] {
        let text = try readText(path)
        switch (path as NSString).pathExtension.lowercased() {
        case "json":
            var parser = JSONParser(text: text, file: path)
            return [try parser.parseDocument()]
        case "md", "markdown", "txt":
            return try MarkdownExtractor.documents(in: text, file: path)
        case "yaml", "yml":
            return [try YAMLParser(text: text, file: path).parseDocument()]
        default:
            throw .unsupportedInput(
                file: path,
                reason: "unknown spec file type '.\((path as NSString).pathExtension)': expected .json, .yaml, .yml, .md or .txt"
            )
        }
    }

    /// A file's text, decoded as UTF-8.
    public static func readText(_ path: String) throws(LoadError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw .unreadableFile(path: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(path: path, reason: "not valid UTF-8")
        }
        return text
    }
}
