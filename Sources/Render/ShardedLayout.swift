/// Where the rendered declarations go: a file each (the default), or a fixed set of files whose
/// names are known before the spec is read, as a SwiftPM build plugin must declare them.
public enum OutputLayout: Hashable, Sendable {
    /// `Client.swift`, `Client+<Tag>.swift`, `Server.swift`, `Types/<Name>.swift`, `Support/<Name>.swift`.
    case files
    /// `Types_00.swift`…, `Client_00.swift`… (`count` of each), `Server.swift` and `Support.swift`.
    case sharded(Int)

    public static let defaultShards = 8

    /// The number of shards, when sharded.
    public var shardCount: Int? {
        if case .sharded(let count) = self { return count }
        return nil
    }
    public static let maxShards = 64

    /// The files a sharded layout of `count` shards writes, whatever the spec holds.
    public static func shardedFileNames(count: Int) -> [String] {
        (0..<count).map { ShardedLayout.shardName("Types", $0) } + (0..<count).map { ShardedLayout.shardName("Client", $0) }
            + ["Server.swift", "Support.swift"]
    }
}

/// Combines a file-per-declaration rendering into shards: each file's declarations go to the
/// shard a hash of its path picks (so a declaration stays in its shard while others come and
/// go), the imports of a shard's files are merged at its top, after the file header. Empty
/// shards hold only the header.
enum ShardedLayout {
    static func shardName(_ kind: String, _ index: Int) -> String {
        kind + "_" + (index < 10 ? "0" : "") + String(index) + ".swift"
    }

    static func combine(_ files: [RenderedFile], shards: Int) -> [RenderedFile] {
        // The file header (the `FileHeader` template's text, however it is overridden) is what
        // `Client.swift` holds before its first empty line; each shard starts with it once.
        let client = files.first { $0.path == "Client.swift" }?.contents ?? ""
        let header = client.components(separatedBy: "\n\n").first.map { $0 + "\n" } ?? ""
        var groups: [String: [RenderedFile]] = [:]
        for name in OutputLayout.shardedFileNames(count: shards) {
            groups[name] = []
        }
        for file in files {
            groups[shard(of: file.path, count: shards), default: []].append(file)
        }
        return groups.keys.sorted().map { name in
            RenderedFile(path: name, contents: joined(groups[name, default: []].sorted { $0.path < $1.path }, header: header))
        }
    }

    /// The shard file `path` (a path of the file-per-declaration layout) belongs to.
    static func shard(of path: String, count: Int) -> String {
        if path.hasPrefix("Support/") { return "Support.swift" }
        if path == "Server.swift" { return path }
        let kind = path.hasPrefix("Types/") ? "Types" : "Client"
        return shardName(kind, Int(SwiftRenderer.fnv1a(path) % UInt64(count)))
    }

    /// One file made of several: the header once, every distinct import block once
    /// (Foundation first), then each file's declarations in path order.
    private static func joined(_ files: [RenderedFile], header: String) -> String {
        var imports: [String] = []
        var bodies: [String] = []
        for file in files {
            let (fileImports, body) = split(file.contents.hasPrefix(header) ? String(file.contents.dropFirst(header.count)) : file.contents)
            for block in fileImports where !imports.contains(block) {
                imports.append(block)
            }
            bodies.append(body)
        }
        imports.sort { ($0 == "import Foundation" ? 0 : 1, $0) < ($1 == "import Foundation" ? 0 : 1, $1) }
        var text = header
        if !imports.isEmpty {
            text += "\n" + imports.joined(separator: "\n") + "\n"
        }
        for body in bodies {
            text += "\n" + body
        }
        return text
    }

    /// A rendered file's import blocks (`import X`, or an `#if canImport(X)` … `#endif` holding
    /// only imports) and the rest; the header is already gone.
    private static func split(_ contents: String) -> (imports: [String], body: String) {
        var lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var imports: [String] = []
        while let line = lines.first {
            if line.isEmpty {
                lines.removeFirst()
            } else if line.hasPrefix("import ") {
                imports.append(line)
                lines.removeFirst()
            } else if line.hasPrefix("#if canImport("), let end = lines.firstIndex(of: "#endif"),
                lines[1..<end].allSatisfy({ $0.hasPrefix("import ") || $0.hasPrefix("    import ") })
            {
                imports.append(lines[0...end].joined(separator: "\n"))
                lines.removeFirst(end + 1)
            } else {
                break
            }
        }
        return (imports, lines.joined(separator: "\n"))
    }
}
