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

    /// The problems of `text`, in order. `.` and transforms of the current item (`last()`) are
    /// not keys; a transform of a key (`empty(properties)`) checks the key; a template
    /// that changes its delimiters (`{{=<% %>=}}`) is checked up to that point.
    /// With `stack` (the views the template renders inside, outermost first; nil for a partial
    /// rendered in many places), a key must be one of a view on the stack, as swift-mustache
    /// looks it up: sections over a key holding a view (or views) enter that view.
    static func problems(
        in text: String, templates: Set<String>, keys: Set<String> = viewModelKeyNames, stack initial: [String]? = nil
    ) -> [Problem] {
        // nil entries: sections over text or flags, which keep the context they are in.
        var stack: [String?] = initial ?? []
        func lookup(_ key: String) -> (found: Bool, child: String?) {
            for view in stack.reversed() {
                guard let view, let entry = viewModelKeyTable[view]?[key] else { continue }
                return (true, entry)
            }
            return (false, nil)
        }
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
            case "!", "%":
                break
            case "/":
                if initial != nil, !stack.isEmpty { stack.removeLast() }
            case ">":
                if !templates.contains(name) {
                    problems.append(Problem(message: "no template named '\(name)' for the partial", line: tagLine, column: column))
                }
            default:
                let components = name.split(separator: ".").compactMap { Self.key(in: String($0)) }
                // A section over `first(list)` enters the list's view; over `empty(list)` a flag.
                let entersView = !name.contains("(") || ["first", "last", "reversed", "sorted"].contains { name.hasPrefix($0 + "(") }
                if initial != nil, let first = components.first, name != "." {
                    let (found, child) = lookup(first)
                    if !found {
                        let current = stack.compactMap { $0 }.last ?? "?"
                        let known = (viewModelKeyTable[current] ?? [:]).keys.sorted().joined(separator: ", ")
                        problems.append(
                            Problem(
                                message:
                                    "\(current) has no key '\(first)' (nor does a view it is rendered in); it would render as empty text. Its keys: \(known)",
                                line: tagLine, column: column)
                        )
                    }
                    if sigil == "#" { stack.append(components.count == 1 && entersView ? child : nil) }
                    if sigil == "^" { stack.append(nil) }
                } else if initial != nil {
                    if sigil == "#" || sigil == "^" { stack.append(nil) }
                } else if name != ".", let first = components.first(where: { !keys.contains($0) }) {
                    problems.append(Problem(message: "no view has a key '\(first)'; it would render as empty text", line: tagLine, column: column))
                }
            }
            advance(to: close + 2)
        }
        return problems
    }

    /// The key a tag's name component names: `properties` for `properties` and for a transform
    /// of it (`empty(properties)`); nil for a transform of the current item (`last()`).
    static func key(in component: String) -> String? {
        guard let open = component.firstIndex(of: "("), component.hasSuffix(")") else { return component }
        let argument = component[component.index(after: open)..<component.index(before: component.endIndex)]
        return argument.isEmpty ? nil : String(argument)
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

extension TemplateKeyCheck {
    /// The views template `name` renders inside (`Support/Paging` → `Support/*`'s).
    static func stack(for name: String) -> [String]? {
        templateViewStacks[name] ?? (name.hasPrefix("Support/") ? templateViewStacks["Support/*"] : nil)
    }
}
