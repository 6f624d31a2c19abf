import Foundation

/// RFC 6901 JSON pointers: building them while walking a tree and reading them from `$ref`s.
public enum JSONPointer {
    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        var token = token
        return token.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 4)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "~"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "0")]
                case UInt8(ascii: "/"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "1")]
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? token
    }

    /// The pointer `base/token/…`, each token escaped.
    public static func appending(_ base: String, _ tokens: String...) -> String {
        var pointer = base
        for token in tokens {
            pointer += "/"
            pointer += escape(token)
        }
        return pointer
    }

    /// The pointer made of `tokens`, each escaped: `""` for none, `/paths/~1pets` for
    /// `paths`, `/pets`.
    public static func pointer(_ tokens: [String]) -> String {
        var pointer = ""
        for token in tokens {
            pointer += "/"
            pointer += escape(token)
        }
        return pointer
    }

    /// Splits a pointer such as `/components/schemas/Foo` into unescaped tokens.
    /// Percent-encoding (as found in URI fragments) is decoded first.
    public static func tokens(_ pointer: String) -> [String]? {
        let decoded = pointer.utf8.contains(UInt8(ascii: "%")) ? pointer.removingPercentEncoding ?? pointer : pointer
        if decoded.isEmpty { return [] }
        guard decoded.utf8.first == UInt8(ascii: "/") else { return nil }
        return decoded.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { bytes in
            unescape(String(Substring(bytes)))
        }
    }

    /// Reads back one escaped reference token (`~1` → `/`, `~0` → `~`).
    public static func unescape(_ token: String) -> String {
        guard token.utf8.contains(UInt8(ascii: "~")) else { return token }
        return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
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
