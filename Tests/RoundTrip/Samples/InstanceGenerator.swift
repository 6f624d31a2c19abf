import Foundation
import Load
import Resolve

/// A deterministic pseudo-random source (SplitMix64): the same seed gives the same instances
/// on every machine.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

/// Writes JSON instances valid against a schema, as JSON text: every property the schema
/// declares may appear, `null` where it is allowed, one alternative of a union at a time (with
/// its discriminator value), extra members only where additional properties are declared.
/// Recursion stops by leaving optional members out past `maxDepth`.
struct InstanceGenerator {
    let resolver: RefResolver
    var random: SeededRandom
    static let maxDepth = 5

    init(resolver: RefResolver, seed: UInt64) {
        self.resolver = resolver
        random = SeededRandom(seed: seed)
    }

    /// An instance of `schema`; `component` is the component key it was reached as, for
    /// discriminator values of inheritance.
    /// `null` comes only where `mayBeNull` and the schema allows it, never at the top (a
    /// component is used as an optional where it may be null).
    mutating func instance(of schema: Node, component: String?, depth: Int = 0, mayBeNull: Bool = true) -> String {
        if depth > 40 { return "null" }
        if schema.bool == true || schema.object?.entries.isEmpty == true { return freeForm() }
        if schema["$ref"]?.string != nil {
            guard let (target, reference) = try? resolver.follow(schema, from: resolver.fileKey(for: schema.location)) else { return "null" }
            let nullable = mayBeNull && (depth > 0 || allowsNull(schema))
            return instance(of: target, component: reference.componentName(in: "schemas") ?? component, depth: depth + 1, mayBeNull: nullable)
        }
        if mayBeNull, depth > 0, allowsNull(schema), random.chance(25) { return "null" }
        if let constant = schema["const"] { return Self.text(of: constant) }
        if let values = schema["enum"]?.array, !values.isEmpty { return Self.text(of: random.pick(values)) }
        for keyword in ["oneOf", "anyOf"] {
            let canBeNull = mayBeNull && depth > 0
            guard let members = schema[keyword]?.array?.filter({ canBeNull || !isNull($0) }), !members.isEmpty else { continue }
            let member = random.pick(members)
            if isNull(member) { return "null" }
            var text = instance(of: member, component: component, depth: depth + 1)
            if let property = schema["discriminator"]?["propertyName"]?.string, let ref = member["$ref"]?.string {
                // The mapping's value for the member; without a mapping, its component name.
                let mapping = schema["discriminator"]?["mapping"]?.object
                let value =
                    mapping?.entries.first { $0.value.string == ref }?.key
                    ?? (mapping == nil ? String(ref.split(separator: "/").last ?? "") : nil)
                if let value { text = Self.setting(property, to: Self.quoted(value), in: text) }
            }
            return text
        }
        if let parts = schema["allOf"]?.array, !parts.isEmpty {
            return allOf(parts, schema: schema, component: component, depth: depth, mayBeNull: mayBeNull)
        }
        var type = schema["type"]?.string
        if let types = schema["type"]?.array?.compactMap(\.string).filter({ $0 != "null" }), !types.isEmpty {
            type = random.pick(types)
        }
        switch type ?? (schema["properties"] != nil || schema["additionalProperties"] != nil ? "object" : nil) {
        case "string": return string(schema)
        case "integer": return String(integer(schema))
        case "number":
            let hundredths = integer(schema, scale: 100)
            return hundredths % 100 == 0 ? String(hundredths / 100) : String(format: "%.2f", Double(hundredths) / 100)
        case "boolean": return random.chance(50) ? "true" : "false"
        case "array":
            let low = schema["minItems"]?.numberText.flatMap { Int($0) } ?? 0
            let high = max(low, min(schema["maxItems"]?.numberText.flatMap { Int($0) } ?? 3, low + 3))
            let count = depth > Self.maxDepth ? low : random.int(low...high)
            guard let items = schema["items"] else { return "[" + (0..<count).map { _ in freeForm() }.joined(separator: ",") + "]" }
            return "[" + (0..<count).map { _ in instance(of: items, component: nil, depth: depth + 1) }.joined(separator: ",") + "]"
        case "object":
            return object(schema, depth: depth)
        default:
            return freeForm()
        }
    }

    private mutating func allOf(_ parts: [Node], schema: Node, component: String?, depth: Int, mayBeNull: Bool) -> String {
        let resolved = parts.map { part in (try? resolver.follow(part, from: resolver.fileKey(for: part.location)).node) ?? part }
        let saying = resolved.filter { !isAnnotation($0) }
        // `null` only when every part that says something allows it.
        let nullable = mayBeNull && depth > 0 && resolved.filter { !isAnnotation($0) || $0["nullable"] != nil }.allSatisfy(allowsNull)
        if nullable, random.chance(25) { return "null" }
        if let union = saying.first(where: { $0["oneOf"] != nil || $0["anyOf"] != nil }) ?? (saying.count == 1 ? saying.first : nil) {
            return instance(of: union, component: component, depth: depth + 1, mayBeNull: false)
        }
        let isObject = resolved.contains { $0["properties"] != nil || $0["type"]?.string == "object" || $0["allOf"] != nil }
        guard isObject else {
            // Scalars: the part with a format says the most.
            return instance(of: resolved.first { $0["format"] != nil } ?? resolved[0], component: component, depth: depth + 1, mayBeNull: false)
        }
        var merged = ObjectNode()
        var required: [Node] = []
        func collect(_ node: Node, level: Int) {
            guard level < 32 else { return }
            for part in node["allOf"]?.array ?? [] {
                collect((try? resolver.follow(part, from: resolver.fileKey(for: part.location)).node) ?? part, level: level + 1)
            }
            for entry in node["properties"]?.object?.entries ?? [] {
                merged.set(entry.key, entry.value, keyLocation: entry.keyLocation)
            }
            required += node["required"]?.array ?? []
        }
        collect(schema, level: 0)
        var object = ObjectNode()
        object.set("properties", Node(.object(merged), at: schema.location), keyLocation: schema.location)
        object.set("required", Node(.array(required), at: schema.location), keyLocation: schema.location)
        var text = self.object(Node(.object(object), at: schema.location), depth: depth)
        // Inheritance: the base's discriminator names this component.
        for part in resolved {
            guard let property = part["discriminator"]?["propertyName"]?.string, let component else { continue }
            let value = part["discriminator"]?["mapping"]?.object?.entries.first { $0.value.string?.hasSuffix("/" + component) == true }?.key ?? component
            text = Self.setting(property, to: Self.quoted(value), in: text)
        }
        return text
    }

    private mutating func object(_ schema: Node, depth: Int) -> String {
        let required = Set((schema["required"]?.array ?? []).compactMap(\.string))
        var members: [String] = []
        for entry in schema["properties"]?.object?.entries ?? [] {
            let include = required.contains(entry.key) || (depth <= Self.maxDepth && random.chance(60))
            guard include else { continue }
            members.append(Self.quoted(entry.key) + ":" + instance(of: entry.value, component: nil, depth: depth + 1))
        }
        if let additional = schema["additionalProperties"], additional.bool != false, depth <= Self.maxDepth,
            additional.object != nil || additional.bool == true
        {
            for index in 0..<random.int(0...2) {
                let value = additional.bool == true ? freeForm() : instance(of: additional, component: nil, depth: depth + 1)
                members.append(Self.quoted("extra_\(index)") + ":" + value)
            }
        }
        if schema["properties"] == nil && schema["additionalProperties"] == nil && members.isEmpty { return freeForm() }
        return "{" + members.joined(separator: ",") + "}"
    }

    private mutating func string(_ schema: Node) -> String {
        let day = random.int(1...28)
        let month = random.int(1...12)
        switch schema["format"]?.string {
        case "date-time":
            return Self.quoted(String(format: "2024-%02d-%02dT%02d:%02d:%02dZ", month, day, random.int(0...23), random.int(0...59), random.int(0...59)))
        case "date": return Self.quoted(String(format: "2024-%02d-%02d", month, day))
        case "uuid":
            let hex = (0..<32).map { _ in String(random.int(0...15), radix: 16) }.joined()
            let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), "4" + hex.dropFirst(13).prefix(3), "8" + hex.dropFirst(17).prefix(3), hex.suffix(12)]
            return Self.quoted(parts.joined(separator: "-"))
        case "uri", "url": return Self.quoted("https://example.com/r\(random.int(0...999))")
        // Base64 text is a valid string too: `binary` is text in JSON and a file in multipart.
        case "byte", "binary": return Self.quoted(Data((0..<random.int(0...8)).map { _ in UInt8(random.int(0...255)) }).base64EncodedString())
        case "email": return Self.quoted("u\(random.int(0...99))@example.com")
        default:
            if schema["contentEncoding"]?.string == "base64" { return Self.quoted(Data("sample".utf8).base64EncodedString()) }
            let low = schema["minLength"]?.numberText.flatMap { Int($0) } ?? 0
            let high = max(low, min(schema["maxLength"]?.numberText.flatMap { Int($0) } ?? 8, low + 8))
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            return Self.quoted(String((0..<random.int(low...high)).map { _ in random.pick(letters) }))
        }
    }

    private mutating func integer(_ schema: Node, scale: Int = 1) -> Int {
        let number = { (key: String) in schema[key]?.numberText.flatMap(Double.init) }
        var low = (number("minimum") ?? number("exclusiveMinimum").map { $0 + 1 } ?? 0) * Double(scale)
        var high = (number("maximum") ?? number("exclusiveMaximum").map { $0 - 1 } ?? 1000) * Double(scale)
        low = max(low.rounded(.up), -1_000_000_000)
        high = min(high.rounded(.down), 1_000_000_000)
        guard low <= high else { return Int(low) }
        return random.int(Int(low)...Int(high))
    }

    private mutating func freeForm() -> String {
        random.pick([#"{"k":"v"}"#, #"{"n":1,"list":[true,null]}"#, "{}"])
    }

    private func allowsNull(_ schema: Node) -> Bool {
        schema["nullable"]?.bool == true || schema["type"]?.array?.contains { $0.string == "null" } == true
    }

    private func isNull(_ schema: Node) -> Bool { schema["type"]?.string == "null" }

    /// Nothing but annotations (`description`, `nullable`, `example`, …).
    private func isAnnotation(_ schema: Node) -> Bool {
        let annotations: Set<String> = [
            "description", "title", "nullable", "example", "examples", "deprecated", "readOnly", "writeOnly", "default", "externalDocs", "$comment",
        ]
        return schema.object?.keys.allSatisfy { annotations.contains($0) || $0.hasPrefix("x-") } ?? (schema.bool == true)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A node as JSON text.
    static func text(of node: Node) -> String {
        switch node.value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return quoted(text)
        case .array(let items): return "[" + items.map(text(of:)).joined(separator: ",") + "]"
        case .object(let object): return "{" + object.entries.map { quoted($0.key) + ":" + text(of: $0.value) }.joined(separator: ",") + "}"
        }
    }

    /// `object` (JSON text of an object) with `key` set to `value`, first.
    static func setting(_ key: String, to value: String, in object: String) -> String {
        guard object.hasPrefix("{"),
            let data = object.data(using: .utf8),
            var members = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return object }
        members[key] = nil
        let rest = members.keys.sorted().compactMap { name -> String? in
            guard let value = try? JSONSerialization.data(withJSONObject: members[name] as Any, options: [.fragmentsAllowed, .sortedKeys]) else { return nil }
            return quoted(name) + ":" + String(decoding: value, as: UTF8.self)
        }
        return "{" + ([quoted(key) + ":" + value] + rest).joined(separator: ",") + "}"
    }
}
