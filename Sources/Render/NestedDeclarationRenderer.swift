import Mustache

/// Renders a declaration nested in another (a type's inline types) on its own and indents the
/// text one level, so the parent's template places it as text (`{{#nested}}{{.}}{{/nested}}`).
///
/// Every type template lays its declaration out at column 0 and this indents nested ones once,
/// as text. Before, every template line looked its indentation up (`{{indent}}`): a third of
/// all lookups, each costing swift-mustache a name split and several dynamic casts (9% of a
/// 0.3 MB generation's instructions, callgrind).
struct NestedDeclarationRenderer: Sendable {
    let library: MustacheLibrary

    /// `view` rendered through the `Declaration` template, indented one level, without the
    /// final line break.
    func text(of view: DeclarationView) -> String {
        // Never nil: a template set holds every default template a folder does not replace.
        guard let text = library.render(view, withTemplate: "Declaration") else { return "" }
        return Self.indented(text)
    }

    /// `text` with `unit` before every line that is not empty, and without its final line break.
    static func indented(_ text: String, by unit: String = TypeViewBuilder.indentUnit) -> String {
        let newline = UInt8(ascii: "\n")
        let unitBytes = Array(unit.utf8)
        var text = text
        return text.withUTF8 { source in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count + source.count / 4)
            var lineStart = 0
            // Line by line: the unit, then the line's bytes as one block.
            while lineStart < source.count {
                let lineEnd = source[lineStart...].firstIndex(of: newline).map { $0 + 1 } ?? source.count
                if source[lineStart] != newline {
                    bytes.append(contentsOf: unitBytes)
                }
                bytes.append(contentsOf: source[lineStart..<lineEnd])
                lineStart = lineEnd
            }
            if bytes.last == newline {
                bytes.removeLast()
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
