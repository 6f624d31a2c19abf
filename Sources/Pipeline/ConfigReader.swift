import Diagnostics
import Foundation
import IR
import Load
import SwiftModel

/// Reads a config file's tree into a `ConfigFile`, checking every key and value.
struct ConfigReader {
    let path: String

    static let topLevelKeys = ["module", "access", "templates", "layout", "shards", "conformances", "filter", "typeOverrides", "nameOverrides"]

    mutating func read(_ root: Node) throws(ConfigError) -> ConfigFile {
        var config = ConfigFile(path: path)
        let object = try self.object(root, pointer: "", keys: Self.topLevelKeys)
        if let node = object["module"] {
            let name = try string(node, pointer: "/module")
            guard SwiftNames.isPlainIdentifier(name) else {
                throw .invalid("module '\(name)' is not a Swift identifier", at: node.location, pointer: "/module")
            }
            config.module = name
        }
        if let node = object["access"] {
            let text = try string(node, pointer: "/access")
            guard let access = SwiftOptions.Access(rawValue: text) else {
                throw .invalid("access is public or internal, not '\(text)'", at: node.location, pointer: "/access")
            }
            config.access = access
        }
        if let node = object["templates"] {
            let folder = try string(node, pointer: "/templates")
            config.templates = folder.hasPrefix("/") ? folder : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(folder)
        }
        config.layout = try layout(object)
        if let node = object["conformances"] {
            config.hashable = try conformances(node)
        }
        if let node = object["filter"] {
            config.customization.filter = try filter(node)
        }
        if let node = object["typeOverrides"] {
            let overrides = try self.object(node, pointer: "/typeOverrides", keys: ["formats", "schemas"])
            config.customization.formats = try map(overrides["formats"], pointer: "/typeOverrides/formats").map { entry throws(ConfigError) in
                guard let primitive = SwiftPlan.primitive(spelled: entry.value.text) else {
                    throw .invalid(
                        "a format maps to one of \(SwiftPlan.primitiveSpellings.joined(separator: ", ")), not '\(entry.value.text)'; "
                            + "map a schema to a type of your own under typeOverrides.schemas",
                        at: entry.value.location ?? node.location, pointer: entry.value.pointer ?? ""
                    )
                }
                return (entry.key, primitive)
            }
            config.customization.externalTypes = try map(overrides["schemas"], pointer: "/typeOverrides/schemas")
        }
        if let node = object["nameOverrides"] {
            let overrides = try self.object(node, pointer: "/nameOverrides", keys: ["schemas", "properties", "operations"])
            config.customization.schemaNames = try map(overrides["schemas"], pointer: "/nameOverrides/schemas")
            config.customization.propertyNames = try map(overrides["properties"], pointer: "/nameOverrides/properties")
            config.customization.operationNames = try map(overrides["operations"], pointer: "/nameOverrides/operations")
            for override in config.customization.schemaNames + config.customization.propertyNames + config.customization.operationNames
            where !SwiftNames.isPlainIdentifier(override.value.text) {
                throw .invalid(
                    "'\(override.value.text)' is not a Swift identifier", at: override.value.location ?? node.location, pointer: override.value.pointer ?? "")
            }
        }
        return config
    }

    private func layout(_ object: ObjectNode) throws(ConfigError) -> OutputLayout? {
        var shards = OutputLayout.defaultShards
        if let node = object["shards"] {
            guard let text = node.numberText, let count = Int(text), (1...OutputLayout.maxShards).contains(count) else {
                throw .invalid("shards is a whole number from 1 to \(OutputLayout.maxShards)", at: node.location, pointer: "/shards")
            }
            shards = count
        }
        guard let node = object["layout"] else {
            return object["shards"] == nil ? nil : .sharded(shards)
        }
        switch try string(node, pointer: "/layout") {
        case "files": return .files
        case "sharded": return .sharded(shards)
        case let other: throw .invalid("layout is files or sharded, not '\(other)'", at: node.location, pointer: "/layout")
        }
    }

    /// `[Codable, Hashable, Sendable]` (the default) or `[Codable, Equatable, Sendable]`: true for Hashable.
    private func conformances(_ node: Node) throws(ConfigError) -> Bool {
        let names = try strings(node, pointer: "/conformances")
        let set = Set(names)
        if set == ["Codable", "Hashable", "Sendable"] { return true }
        if set == ["Codable", "Equatable", "Sendable"] { return false }
        throw .invalid(
            "conformances are [Codable, Hashable, Sendable] (the default) or [Codable, Equatable, Sendable], not [\(names.joined(separator: ", "))]",
            at: node.location, pointer: "/conformances"
        )
    }

    private func filter(_ node: Node) throws(ConfigError) -> APIFilter {
        let object = try self.object(node, pointer: "/filter", keys: ["tags", "operations", "paths", "schemas", "exclude"])
        var filter = APIFilter()
        filter.tags = try values(object["tags"], pointer: "/filter/tags")
        filter.operations = try values(object["operations"], pointer: "/filter/operations")
        filter.paths = try values(object["paths"], pointer: "/filter/paths")
        filter.schemas = try values(object["schemas"], pointer: "/filter/schemas")
        if let exclude = object["exclude"] {
            let excluded = try self.object(exclude, pointer: "/filter/exclude", keys: ["tags", "operations", "paths"])
            filter.excludedTags = try values(excluded["tags"], pointer: "/filter/exclude/tags")
            filter.excludedOperations = try values(excluded["operations"], pointer: "/filter/exclude/operations")
            filter.excludedPaths = try values(excluded["paths"], pointer: "/filter/exclude/paths")
        }
        return filter
    }

    // MARK: Values

    private func object(_ node: Node, pointer: String, keys: [String]) throws(ConfigError) -> ObjectNode {
        guard let object = node.object else {
            throw .invalid("expected a mapping of \(keys.joined(separator: ", "))", at: node.location, pointer: pointer)
        }
        for entry in object.entries where !keys.contains(entry.key) {
            let close = Suggestions.close(to: entry.key, in: keys)
            let hint = close.isEmpty ? "" : " (did you mean '\(close[0])'?)"
            throw .invalid(
                "unknown key '\(entry.key)'\(hint); known keys: \(keys.joined(separator: ", "))",
                at: entry.keyLocation, pointer: JSONPointer.appending(pointer, entry.key)
            )
        }
        return object
    }

    private func string(_ node: Node, pointer: String) throws(ConfigError) -> String {
        guard let text = node.string ?? node.numberText ?? node.bool.map(String.init) else {
            throw .invalid("expected a string", at: node.location, pointer: pointer)
        }
        return text
    }

    private func strings(_ node: Node, pointer: String) throws(ConfigError) -> [String] {
        try values(node, pointer: pointer).map(\.text)
    }

    /// A list of strings (a single string is a list of one), each with its location.
    private func values(_ node: Node?, pointer: String) throws(ConfigError) -> [ConfiguredValue] {
        guard let node else { return [] }
        guard let items = node.array else {
            return [ConfiguredValue(try string(node, pointer: pointer), at: node.location, pointer: pointer)]
        }
        var result: [ConfiguredValue] = []
        for (index, item) in items.enumerated() {
            let itemPointer = JSONPointer.appending(pointer, String(index))
            result.append(ConfiguredValue(try string(item, pointer: itemPointer), at: item.location, pointer: itemPointer))
        }
        return result
    }

    /// A mapping of strings to strings, in file order, each side with its location.
    private func map(_ node: Node?, pointer: String) throws(ConfigError) -> [ConfiguredOverride] {
        guard let node else { return [] }
        guard let object = node.object else {
            throw .invalid("expected a mapping of names to names", at: node.location, pointer: pointer)
        }
        var result: [ConfiguredOverride] = []
        for entry in object.entries {
            let entryPointer = JSONPointer.appending(pointer, entry.key)
            let value = try string(entry.value, pointer: entryPointer)
            result.append(
                ConfiguredOverride(
                    key: ConfiguredValue(entry.key, at: entry.keyLocation, pointer: entryPointer),
                    value: ConfiguredValue(value, at: entry.value.location, pointer: entryPointer)
                )
            )
        }
        return result
    }
}
