import Foundation

/// Names in a template that no view model answers, found before rendering: swift-mustache
/// renders a missing key as empty text, so a typo (`{{nmae}}`) would otherwise produce broken
/// Swift (`public struct : Codable`) and exit 0. Partials must name a template of the set.
enum TemplateKeyCheck {
    /// A name no view has, or a partial no template provides, and where it is.
    struct Problem: Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The problems of `text`, in order. Transforms (`last()`) and `.` are not keys; a template
    /// that changes its delimiters (`{{=<% %>=}}`) is checked up to that point.
    static func problems(in text: String, templates: Set<String>, keys: Set<String> = viewModelKeyNames) -> [Problem] {
        var problems: [Problem] = []
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        func advance(to end: Int) {
            while index < end {
                if bytes[index] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        while let open = find([UInt8(ascii: "{"), UInt8(ascii: "{")], in: bytes, from: index) {
            advance(to: open)
            let tagLine = line
            let column = open - lineStart + 1
            guard let close = find([UInt8(ascii: "}"), UInt8(ascii: "}")], in: bytes, from: open + 2) else { break }
            var inner = String(decoding: bytes[(open + 2)..<close], as: UTF8.self)
            if inner.hasPrefix("{") { inner.removeFirst() }
            let sigil = inner.first
            if sigil == "=" { break }
            if let sigil, "#^/&>!%".contains(sigil) { inner.removeFirst() }
            let name = inner.trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!", "%", "/":
                break
            case ">":
                if !templates.contains(name) {
                    problems.append(Problem(message: "no template named '\(name)' for the partial", line: tagLine, column: column))
                }
            default:
                let unknown = name.split(separator: ".").map(String.init).filter { !$0.contains("(") && !keys.contains($0) }
                if name != ".", let first = unknown.first {
                    problems.append(Problem(message: "no view has a key '\(first)'; it would render as empty text", line: tagLine, column: column))
                }
            }
            advance(to: close + 2)
        }
        return problems
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start + needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index + 1] == needle[1] { return index }
            index += 1
        }
        return nil
    }
}
