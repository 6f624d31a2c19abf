import Foundation

/// Decodes JSON instances into generated types, encodes them back and compares the two as JSON
/// values: any member lost, added or changed on the way is a failure.
public struct RoundTripChecker {
    private var samples: [String: [String]] = [:]
    private let decoder: JSONDecoder
    private let encode: (any Encodable) throws -> Data
    private var tried = 0
    private var failures: [String] = []

    /// `encode`: the module's own body encoding (`JSONCoding.encode`).
    public init(samplesPath: String, decoder: JSONDecoder, encode: @escaping (any Encodable) throws -> Data) {
        self.decoder = decoder
        self.encode = encode
        let text = (try? String(contentsOfFile: samplesPath, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            samples[String(line[..<tab]), default: []].append(String(line[line.index(after: tab)...]))
        }
    }

    public mutating func check<Value: Codable>(_ key: String, _ type: Value.Type) {
        for json in samples[key] ?? [] {
            tried += 1
            do {
                let original = try decoder.decode(JSONTree.self, from: Data(json.utf8))
                let value = try decoder.decode(type, from: Data(json.utf8))
                let encoded = try encode(value)
                let back = try decoder.decode(JSONTree.self, from: encoded)
                if let difference = original.difference(from: back, at: "") {
                    failures.append("\(key): \(difference)\n    in \(json.prefix(400))")
                }
            } catch {
                failures.append("\(key): \(String(describing: error).prefix(400))\n    in \(json.prefix(400))")
            }
        }
    }

    /// Prints the tally (and every failure); the exit status: 0 when nothing was lost.
    public func finish(_ name: String) -> Int32 {
        for failure in failures.prefix(30) { print("FAIL \(failure)") }
        print("\(name): \(tried) tried, \(tried - failures.count) OK")
        return failures.isEmpty && tried > 0 ? 0 : 1
    }
}

/// A JSON value for comparison: numbers compare by value (`1` equals `1.0`), object members
/// regardless of order.
enum JSONTree: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONTree].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONTree].self))
        }
    }

    /// Where `other` (what came back) differs from this value (what went in), as a JSON
    /// pointer and the two values there; nil when they are equal.
    func difference(from other: JSONTree, at pointer: String) -> String? {
        switch (self, other) {
        case (.object(let sent), .object(let back)):
            for key in Set(sent.keys).union(back.keys).sorted() {
                let path = pointer + "/" + key
                switch (sent[key], back[key]) {
                case (let left?, let right?):
                    if let found = left.difference(from: right, at: path) { return found }
                case (_?, nil): return "\(path) was lost"
                case (nil, _?): return "\(path) was added"
                case (nil, nil): break
                }
            }
            return nil
        case (.array(let sent), .array(let back)) where sent.count == back.count:
            for (index, pair) in zip(sent, back).enumerated() {
                if let found = pair.0.difference(from: pair.1, at: pointer + "/" + String(index)) { return found }
            }
            return nil
        default:
            return self == other ? nil : "\(pointer.isEmpty ? "/" : pointer): \(self) came back as \(other)"
        }
    }
}
