import Diagnostics

/// One value of a loaded document (JSON or Markdown-embedded JSON), with the place it came from.
///
/// The tree keeps object keys in source order: property order in the spec becomes declaration
/// order in the generated code.
public struct Node: Sendable {
    /// The JSON-like payload of a node.
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// A number kept as its source text, so `10` and `10.0` stay distinguishable.
        case number(String)
        case string(String)
        case array([Node])
        case object(ObjectNode)
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public subscript(key: String) -> Node? {
        if case .object(let object) = value { return object[key] }
        return nil
    }

    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    public var numberText: String? {
        if case .number(let text) = value { return text }
        return nil
    }

    public var array: [Node]? {
        if case .array(let items) = value { return items }
        return nil
    }

    public var object: ObjectNode? {
        if case .object(let object) = value { return object }
        return nil
    }

    /// Structural equality that ignores where the nodes came from; object key order is ignored too.
    public func sameContent(as other: Node) -> Bool {
        switch (value, other.value) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || Double(a) == Double(b)
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameContent(as: $1) }
        case (.object(let a), .object(let b)):
            guard a.entries.count == b.entries.count else { return false }
            return a.entries.allSatisfy { entry in
                guard let counterpart = b[entry.key] else { return false }
                return entry.value.sameContent(as: counterpart)
            }
        default: return false
        }
    }
}

/// An object node: ordered entries, plus a key index once the object is large enough for
/// one to pay off (most objects of a spec have a handful of keys and are searched linearly,
/// which keeps big documents small in memory).
public struct ObjectNode: Sendable {
    /// One `"key": value` member with the location of its key.
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: Node
    }

    /// From this many entries on, lookups go through a dictionary.
    private static let indexThreshold = 12

    public private(set) var entries: [Entry] = []
    private var index: [String: Int]?

    public init() {}

    public subscript(key: String) -> Node? {
        guard let position = position(of: key) else { return nil }
        return entries[position].value
    }

    public func entry(_ key: String) -> Entry? {
        guard let position = position(of: key) else { return nil }
        return entries[position]
    }

    public var keys: [String] { entries.map(\.key) }

    /// Appends a member, or replaces the value of an existing key in place (keeping its position).
    public mutating func set(_ key: String, _ value: Node, keyLocation: SourceLocation) {
        if let position = position(of: key) {
            entries[position].value = value
            return
        }
        entries.append(Entry(key: key, keyLocation: keyLocation, value: value))
        if index != nil {
            index?[key] = entries.count - 1
        } else if entries.count == Self.indexThreshold {
            var built: [String: Int] = [:]
            built.reserveCapacity(Self.indexThreshold * 2)
            for (position, entry) in entries.enumerated() { built[entry.key] = position }
            index = built
        }
    }

    public func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// Drops the spare capacity appending left (parsers call it once an object is complete).
    mutating func compact() {
        entries = entries.exactlySized()
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        // Comparing lengths first skips most keys without a string comparison.
        let length = key.utf8.count
        return entries.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }
}

extension Array {
    /// The same elements in storage of exactly their count: a parsed document keeps tens of
    /// thousands of small arrays, and growth by doubling leaves a quarter of them unused.
    func exactlySized() -> [Element] {
        guard capacity > count else { return self }
        var copy: [Element] = []
        copy.reserveCapacity(count)
        copy.append(contentsOf: self)
        return copy
    }
}
