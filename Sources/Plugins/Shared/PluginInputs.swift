import Foundation
import PackagePlugin

/// What the plugins read from a target: its OpenAPI documents and its config file.
///
/// A document is a file whose name starts with `openapi` (`openapi.yaml`, `openapi-users.md`)
/// and ends in `.json`, `.yaml`, `.yml`, `.md` or `.markdown`; the config is
/// `openapi-swiftgen.yaml`, `.yml` or `.json`.
struct PluginInputs {
    static let specExtensions: Set<String> = ["json", "yaml", "yml", "md", "markdown"]
    static let configNames = ["openapi-swiftgen.yaml", "openapi-swiftgen.yml", "openapi-swiftgen.json"]

    var specs: [URL]
    var config: URL?

    init(files: [URL]) {
        specs = files.filter { file in
            let name = file.lastPathComponent.lowercased()
            return name.hasPrefix("openapi") && !name.hasPrefix("openapi-swiftgen.")
                && Self.specExtensions.contains(file.pathExtension.lowercased())
        }
        .sorted { $0.path < $1.path }
        config = Self.configNames.lazy.compactMap { name in files.first { $0.lastPathComponent == name } }.first
    }

    /// The `shards` of the config, else the default.
    func shardCount() -> Int {
        topLevelValue("shards").flatMap { Int($0) } ?? Self.defaultShards
    }

    /// The `.mustache` files of the config's `templates` folder: inputs of the build, so an
    /// edited template regenerates.
    func templateFiles() -> [URL] {
        guard let config, let folder = topLevelValue("templates") else { return [] }
        let base = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : config.deletingLastPathComponent().appending(path: folder)
        let found = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return found.filter { $0.pathExtension == "mustache" }.sorted { $0.path < $1.path }
    }

    /// A top-level scalar of the config: the JSON key, or a `key: value` line at the start of a
    /// line in YAML (the plugin cannot link libyaml; the tool reads the file properly).
    private func topLevelValue(_ key: String) -> String? {
        guard let config, let text = try? String(contentsOf: config, encoding: .utf8) else { return nil }
        if config.pathExtension == "json" {
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
            return object?[key].map { "\($0)" }
        }
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix(key + ":") {
            let value = line.dropFirst(key.count + 1).split(separator: "#").first ?? ""
            return value.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'")))
        }
        return nil
    }

    static let defaultShards = 8

    /// The files the sharded layout writes for `count` shards (as `OutputLayout.shardedFileNames`).
    static func shardedFileNames(count: Int) -> [String] {
        func name(_ kind: String, _ index: Int) -> String { kind + "_" + (index < 10 ? "0" : "") + String(index) + ".swift" }
        return (0..<count).map { name("Types", $0) } + (0..<count).map { name("Client", $0) } + ["Server.swift", "Support.swift"]
    }
}

/// A plugin failure, printed as the plugin's error.
struct PluginFailure: Error, CustomStringConvertible {
    let description: String
}
