import SwiftModel

/// Joins the rendered files of a sharded plan into their shards (`SwiftPlan.File.shard`): the
/// imports of a shard's files are merged at its top, after the file header. Empty shards hold
/// only the header.
enum ShardedLayout {
    /// `files` joined into `shards` (every one present, empty or not), each file into the shard
    /// `destination` names for its path.
    static func combine(_ files: [RenderedFile], shards: [String], destination: (String) -> String) -> [RenderedFile] {
        // The file header (the `FileHeader` template's text, however it is overridden) is what
        // `Client.swift` holds before its first empty line; each shard starts with it once.
        let client = files.first { $0.path == "Client.swift" }?.contents ?? ""
        let header = client.components(separatedBy: "\n\n").first.map { $0 + "\n" } ?? ""
        var groups: [String: [RenderedFile]] = [:]
        for name in shards {
            groups[name] = []
        }
        for file in files {
            groups[destination(file.path), default: []].append(file)
        }
        return groups.keys.sorted().map { name in
            RenderedFile(path: name, contents: joined(groups[name, default: []].sorted { $0.path < $1.path }, header: header))
        }
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
