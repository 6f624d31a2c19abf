import Mustache
import SwiftModel

/// Renders declarations bottom-up: a declaration's nested ones (a type's inline types) are
/// rendered on their own first, through the `Declaration` template, and indented one level, so
/// the parent's template places them as text (`{{#nested}}{{.}}{{/nested}}`).
///
/// Every type template lays its declaration out at column 0 and this indents nested ones once,
/// as text. Before, every template line looked its indentation up (`{{indent}}`): a third of
/// all lookups, each costing swift-mustache a name split and several dynamic casts (9% of a
/// 0.3 MB generation's instructions, callgrind).
struct NestedDeclarationRenderer: Sendable {
    let library: MustacheLibrary

    /// What a file's template reads: its view, with the declaration of a type file ready to render.
    func renderable(_ view: SwiftPlan.FileView) -> any MustacheParent {
        switch view {
        case .client(let client): client
        case .operations(let operations): operations
        case .type(let file): RenderedTypeFile(file: file, declaration: renderable(file.declaration))
        case .responseContent(let content): content
        }
    }

    /// `view` with its nested declarations rendered into indented text.
    func renderable(_ view: DeclarationView) -> RenderedDeclaration {
        RenderedDeclaration(view: view, nested: view.nested.map { TemplateText(text(of: $0)) })
    }

    /// `view` rendered through the `Declaration` template, indented one level, without the
    /// final line break.
    func text(of view: DeclarationView) -> String {
        // Never nil: a template set holds every default template a folder does not replace.
        guard let text = library.render(renderable(view), withTemplate: "Declaration") else { return "" }
        return Self.indented(text)
    }

    /// `text` with `unit` before every line that is not empty, and without its final line break.
    static func indented(_ text: String, by unit: String = SwiftLayout.indentUnit) -> String {
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

/// A `DeclarationView` as the `Declaration` template reads it: the declaration in the list of
/// its kind (a section over an empty list renders nothing; a nil optional would be looked up in
/// the enclosing view instead), and `nested` as finished, indented text.
struct RenderedDeclaration: ViewModel {
    let view: DeclarationView
    let nested: [TemplateText]

    func child(named name: String) -> Any? {
        switch (name, view.kind) {
        case ("structure", .structure(let structure)): [structure]
        case ("enumeration", .enumeration(let enumeration)): [enumeration]
        case ("alias", .alias(let alias)): [alias]
        case ("union", .union(let union)): [union]
        case ("anyOf", .anyOf(let anyOf)): [anyOf]
        case ("structure", _), ("enumeration", _), ("alias", _), ("union", _), ("anyOf", _): [Never]()
        case ("nested", _): nested
        default: nil
        }
    }
}

/// A `TypeFileView` whose declaration is ready to render.
struct RenderedTypeFile: ViewModel {
    let file: TypeFileView
    let declaration: RenderedDeclaration

    func child(named name: String) -> Any? {
        name == "declaration" ? declaration : file.child(named: name)
    }
}
