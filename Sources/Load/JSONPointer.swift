import Foundation

/// RFC 6901 JSON pointers: building them while walking a tree and reading them from `$ref`s.
public enum JSONPointer {
    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        guard token.contains("~") || token.contains("/") else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The pointer `base/token`, with the token escaped.
    public static func appending(_ base: String, _ token: String) -> String {
        base + "/" + escape(token)
    }

    /// Splits a pointer such as `/components/schemas/Foo` into unescaped tokens.
    /// Percent-encoding (as found in URI fragments) is decoded first.
    public static func tokens(_ pointer: String) -> [String]? {
        let decoded = pointer.removingPercentEncoding ?? pointer
        if decoded.isEmpty { return [] }
        guard decoded.hasPrefix("/") else { return nil }
        return decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The node a pointer designates inside `root`, if any.
    public static func lookup(_ tokens: [String], in root: Node) -> Node? {
        var current = root
        for token in tokens {
            switch current.value {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let items):
                guard let position = Int(token), items.indices.contains(position) else { return nil }
                current = items[position]
            default:
                return nil
            }
        }
        return current
    }
}
