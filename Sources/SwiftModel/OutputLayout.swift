/// Where the rendered declarations go: a file each (the default), or a fixed set of files whose
/// names are known before the spec is read, as a SwiftPM build plugin must declare them.
public enum OutputLayout: Hashable, Sendable {
    /// `Client.swift`, `Client+<Tag>.swift`, `Server.swift`, `Types/<Name>.swift`, `Support/<Name>.swift`.
    case files
    /// `Types_00.swift`…, `Client_00.swift`… (`count` of each), `Server.swift` and `Support.swift`.
    case sharded(Int)

    public static let defaultShards = 8
    public static let maxShards = 64

    /// The number of shards, when sharded.
    public var shardCount: Int? {
        if case .sharded(let count) = self { return count }
        return nil
    }

    /// The files a sharded layout of `count` shards writes, whatever the spec holds.
    public static func shardedFileNames(count: Int) -> [String] {
        (0..<count).map { shardName("Types", $0) } + (0..<count).map { shardName("Client", $0) }
            + ["Server.swift", "Support.swift"]
    }

    /// The shard file that `path` (a path of the file-per-declaration layout) goes to: a hash of
    /// the path picks it, so a declaration stays in its shard while others come and go.
    static func shard(of path: String, count: Int) -> String {
        if path.hasPrefix("Support/") { return "Support.swift" }
        if path == "Server.swift" { return path }
        let kind = path.hasPrefix("Types/") ? "Types" : "Client"
        return shardName(kind, Int(FileNames.fnv1a(path) % UInt64(count)))
    }

    static func shardName(_ kind: String, _ index: Int) -> String {
        kind + "_" + (index < 10 ? "0" : "") + String(index) + ".swift"
    }
}
