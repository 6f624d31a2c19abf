import Diagnostics
import Foundation

/// Reads spec files from disk into one merged document tree.
///
/// `.json`, `.yaml` and `.yml` files are one document each; `.md`, `.markdown` and `.txt` files contribute every
/// embedded OpenAPI block. Several inputs are merged with `DocumentMerger`.
public enum SpecLoader {
    /// Loads and merges the given files. Paths are reported as given; warnings (a lone surrogate
    /// escape, say) go to `log`. A path that `texts` holds is read from there instead of the file
    /// system (in-memory inputs: tests, tools that generate specs).
    public static func load(
        paths: [String], texts: [String: String] = [:], limits: InputLimits = InputLimits(), log: DiagnosticLog? = nil
    ) throws(LoadError) -> Node {
        var loaded: [Node] = []
        for path in paths {
            if let text = texts[path] {
                loaded.append(contentsOf: try documents(bytes: Array(text.utf8), file: path, log: log))
            } else {
                loaded.append(contentsOf: try documents(inFile: path, limits: limits, log: log))
            }
        }
        return try DocumentMerger.merge(loaded)
    }

    /// The documents one file holds.
    public static func documents(inFile path: String, limits: InputLimits = InputLimits(), log: DiagnosticLog? = nil) throws(LoadError) -> [Node] {
        // Read first: a folder or a device is reported as what it is, whatever its name.
        try documents(bytes: readBytes(path, limits: limits), file: path, log: log)
    }

    /// The documents in `bytes`, read as the kind of file `file`'s extension names.
    public static func documents(bytes: [UInt8], file path: String, log: DiagnosticLog? = nil) throws(LoadError) -> [Node] {
        switch (path as NSString).pathExtension.lowercased() {
        case "json":
            var parser = JSONParser(bytes: bytes, file: path)
            defer {
                for warning in parser.warnings { log?.add(warning) }
            }
            return [try parser.parseDocument()]
        case "md", "markdown", "txt":
            return try MarkdownExtractor.documents(in: String(decoding: bytes, as: UTF8.self), file: path, log: log)
        case "yaml", "yml":
            return [try YAMLParser(text: String(decoding: bytes, as: UTF8.self), file: path).parseDocument()]
        default:
            throw .unsupportedInput(
                file: path,
                reason: "unknown spec file type '.\((path as NSString).pathExtension)': expected .json, .yaml, .yml, .md or .txt"
            )
        }
    }

    /// A file's text, decoded as UTF-8.
    public static func readText(_ path: String, limits: InputLimits = InputLimits()) throws(LoadError) -> String {
        String(decoding: try readBytes(path, limits: limits), as: UTF8.self)
    }

    /// A file's bytes, checked to be UTF-8 (a leading byte-order mark is dropped), read once (no
    /// intermediate `Data` or `String` copy). Only regular files are read, and only up to
    /// `limits.maxFileBytes`: a folder, a device (`/dev/zero`), a FIFO or a socket is an error
    /// before anything is read, so nothing blocks or grows without bound.
    public static func readBytes(_ path: String, limits: InputLimits = InputLimits()) throws(LoadError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason: String
            switch errno {
            case ENOENT, ENOTDIR: reason = "no such file"
            case EACCES, EPERM: reason = "permission denied"
            default: reason = String(cString: strerror(errno))
            }
            throw .unreadableFile(path: path, reason: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadableFile(path: path, reason: "it is a folder, not a file")
        default: throw .unreadableFile(path: path, reason: "not a regular file (a device, FIFO or socket); only regular files are read")
        }
        let limit = limits.maxFileBytes
        guard Int(status.st_size) <= limit else {
            throw .unreadableFile(path: path, reason: "the file has \(status.st_size) bytes, over the limit of \(limit) (--max-file-size)")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            // A file that grows while it is read is held to the same limit.
            guard bytes.count + count <= limit else {
                throw .unreadableFile(path: path, reason: "the file has more than \(limit) bytes, the limit (--max-file-size)")
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
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
