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
        switch (path as NSString).pathExtension.lowercased() {
        case "json":
            var parser = JSONParser(bytes: try readBytes(path), file: path)
            return [try parser.parseDocument()]
        case "md", "markdown", "txt":
            return try MarkdownExtractor.documents(in: try readText(path), file: path)
        case "yaml", "yml":
            return [try YAMLParser(text: try readText(path), file: path).parseDocument()]
        default:
            throw .unsupportedInput(
                file: path,
                reason: "unknown spec file type '.\((path as NSString).pathExtension)': expected .json, .yaml, .yml, .md or .txt"
            )
        }
    }

    /// A file's text, decoded as UTF-8.
    public static func readText(_ path: String) throws(LoadError) -> String {
        String(decoding: try readBytes(path), as: UTF8.self)
    }

    /// A file's bytes, checked to be UTF-8, read once (no intermediate `Data` or `String` copy).
    public static func readBytes(_ path: String) throws(LoadError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw .unreadableFile(path: path, reason: reason)
        }
        defer { try? handle.close() }
        let descriptor = handle.fileDescriptor
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            bytes.reserveCapacity(Int(status.st_size))
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard isValidUTF8(bytes) else {
            throw .unreadableFile(path: path, reason: "not valid UTF-8")
        }
        return bytes
    }

    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
