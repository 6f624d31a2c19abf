// Writes the template contract of the view models from the compiler's own account of them: the
// symbol graph of the SwiftModel module (`swift-symbolgraph-extract`, run by `make`), not a
// reading of the source. Three files come out of one pass over the graph:
//
// - `Sources/Render/ViewModelKeys.swift`: each view's `child(named:)`, the switch swift-mustache
//   asks for keys (several times faster than reflection or key paths);
// - `Sources/Render/TemplateViews.swift`: each view's keys with the view a section over the key
//   enters, and the views each template is rendered inside, for the key check;
// - `TEMPLATES.md`: the reference of every template's view and every key, with its Swift type
//   and doc comment.
//
// Usage: openapi-swiftgen-view-keys SYMBOL_GRAPH PACKAGE_ROOT. A file is rewritten only when
// its text changes.

import Foundation

/// One public stored (or computed) property of a view: a template key.
struct Key {
    var name: String
    var type: String
    var meaning: String
}

/// The files of the view models (`Sources/SwiftModel/Views/`), in the order they are listed.
let viewFiles = ["DeclarationViews.swift", "ClientViews.swift"]

/// One view model: a public struct of the view files, in declaration order.
struct View {
    var name: String
    var summary: String
    var order: (file: Int, line: Int)
    var keys: [(line: Int, key: Key)] = []
}

/// `DeclarationView` holds its declaration as an enum and its nested declarations as views;
/// Render answers its keys by hand (`RenderedDeclaration`): the declaration in the list of its
/// kind, and the nested ones as finished text. These are the keys templates see.
let declarationKeys = [
    Key(name: "structure", type: "[StructView]", meaning: "The declaration, when it is a struct (empty otherwise)."),
    Key(name: "enumeration", type: "[EnumView]", meaning: "The declaration, when it is a string enum (empty otherwise)."),
    Key(name: "alias", type: "[AliasView]", meaning: "The declaration, when it is a typealias (empty otherwise)."),
    Key(name: "union", type: "[UnionView]", meaning: "The declaration, when it is a `oneOf` enum (empty otherwise)."),
    Key(name: "anyOf", type: "[AnyOfView]", meaning: "The declaration, when it is an `anyOf` struct (empty otherwise)."),
    Key(name: "nested", type: "[String]", meaning: "The declarations nested in this one, each rendered through `Declaration` and indented one level."),
]
let handWritten: Set<String> = ["DeclarationView"]

/// Which view each template renders, for the reference.
let entryViews: [(template: String, views: [String])] = [
    ("`Client`, `Server`, `Support/*`", ["ClientView"]),
    ("`ClientOperations` (a `Client+<Tag>.swift` file)", ["ClientOperationsFileView"]),
    ("`Type` (a `Types/<Name>.swift` file)", ["TypeFileView"]),
    ("`ResponseContent`", ["ResponseContentView"]),
    ("`Declaration` (one of its lists holds the declaration)", ["DeclarationView"]),
    ("`Struct`, `Enum`, `Union`, `AnyOf`, `Typealias` (through `Declaration`)", ["StructView", "EnumView", "UnionView", "AnyOfView", "AliasView"]),
    ("`Operation` (for each of `operations`)", ["OperationView"]),
]

/// The views each template is rendered inside, outermost first.
let templateStacks: [(template: String, views: [String])] = [
    ("Client", ["ClientView"]), ("Server", ["ClientView"]), ("Support/*", ["ClientView"]),
    ("Operation", ["ClientView", "OperationView"]),
    ("ClientOperations", ["ClientOperationsFileView"]),
    ("Type", ["TypeFileView"]), ("ResponseContent", ["ResponseContentView"]),
    ("Declaration", ["DeclarationView"]),
    ("Struct", ["DeclarationView", "StructView"]), ("Enum", ["DeclarationView", "EnumView"]),
    ("Union", ["DeclarationView", "UnionView"]), ("AnyOf", ["DeclarationView", "AnyOfView"]),
    ("Typealias", ["DeclarationView", "AliasView"]),
]

// MARK: Reading the symbol graph

struct Graph: Decodable {
    struct Symbol: Decodable {
        struct Kind: Decodable { var identifier: String }
        struct Fragment: Decodable {
            var kind: String
            var spelling: String
        }
        struct DocComment: Decodable {
            struct Line: Decodable { var text: String }
            var lines: [Line]
        }
        struct Location: Decodable {
            struct Position: Decodable { var line: Int }
            var uri: String
            var position: Position
        }
        var kind: Kind
        var pathComponents: [String]
        var declarationFragments: [Fragment]?
        var docComment: DocComment?
        var location: Location?
    }
    var symbols: [Symbol]
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: openapi-swiftgen-view-keys SYMBOL_GRAPH PACKAGE_ROOT\n".utf8))
    exit(2)
}
let graph = try JSONDecoder().decode(Graph.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
let root = URL(fileURLWithPath: arguments[2])

func documentation(_ symbol: Graph.Symbol) -> String {
    (symbol.docComment?.lines ?? []).map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
}

/// The type in a property's declaration (`let doc: [DocLine]` → `[DocLine]`).
func propertyType(_ fragments: [Graph.Symbol.Fragment]) -> String {
    var text = ""
    var seenName = false
    for fragment in fragments {
        if seenName { text += fragment.spelling } else if fragment.kind == "identifier" { seenName = true }
    }
    text = text.replacingOccurrences(of: " { get }", with: "")
    return text.hasPrefix(": ") ? String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces) : text
}

var viewsByName: [String: View] = [:]
for symbol in graph.symbols where symbol.kind.identifier == "swift.struct" && symbol.pathComponents.count == 1 {
    guard let location = symbol.location, location.uri.contains("/SwiftModel/Views/"),
        let file = viewFiles.firstIndex(where: { location.uri.hasSuffix("/" + $0) })
    else { continue }
    viewsByName[symbol.pathComponents[0]] = View(
        name: symbol.pathComponents[0], summary: documentation(symbol), order: (file, location.position.line)
    )
}
for symbol in graph.symbols where symbol.kind.identifier == "swift.property" && symbol.pathComponents.count == 2 {
    guard viewsByName[symbol.pathComponents[0]] != nil, let line = symbol.location?.position.line else { continue }
    let key = Key(name: symbol.pathComponents[1], type: propertyType(symbol.declarationFragments ?? []), meaning: documentation(symbol))
    viewsByName[symbol.pathComponents[0]]?.keys.append((line, key))
}
let views = viewsByName.values.sorted { $0.order < $1.order }
guard views.count > 10 else {
    FileHandle.standardError.write(Data("error: the symbol graph holds no view models of Sources/SwiftModel/Views\n".utf8))
    exit(1)
}

/// A view's template keys in declaration order (`DeclarationView`'s are answered by hand).
func keys(of view: View) -> [Key] {
    handWritten.contains(view.name) ? declarationKeys : view.keys.sorted { $0.line < $1.line }.map(\.key)
}

func write(_ text: String, to path: String) throws {
    let url = root.appendingPathComponent(path)
    if (try? String(contentsOf: url, encoding: .utf8)) != text {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

// MARK: ViewModelKeys.swift

/// The expression a lookup of property `name` of Swift type `type` answers.
func value(_ name: String, _ type: String) -> String {
    if type == "String" { return "TemplateText(self.\(name))" }
    if type == "String?" { return "self.\(name).map(TemplateText.init) ?? TemplateText.null" }
    if type.hasSuffix("?") { return "self.\(name).map { $0 as Any } ?? TemplateText.null" }
    if type == "[String]" { return "self.\(name).map(TemplateText.init)" }
    return "self.\(name)"
}

var lookups = """
    // swift-format-ignore-file
    // Generated from the symbol graph of SwiftModel by openapi-swiftgen-view-keys (make). Do not edit.

    import Mustache
    import SwiftModel

    // The key lookups of the view models: swift-mustache asks each view for its keys by name, and
    // answering with a switch instead of reflection (or key paths) makes rendering several times
    // faster. A nil optional answers `TemplateText.null`: found, and false.
    // Text is handed over as `TemplateText` (TemplateText.swift), which swift-mustache renders as is.

    """
for view in views where !handWritten.contains(view.name) {
    let cases = keys(of: view).map { "        case \"\($0.name)\": return \(value($0.name, $0.type))" }.joined(separator: "\n")
    lookups += """

        extension \(view.name): ViewModel {
            public func child(named name: String) -> Any? {
                switch name {
        \(cases)
                default: return nil
                }
            }
        }

        """
}
let everyKey = Set(views.flatMap { keys(of: $0).map(\.name) }).sorted()
var keyLines: [String] = []
var keyLine = "   "
for key in everyKey {
    let piece = " \"\(key)\","
    if keyLine.count + piece.count > 110 {
        keyLines.append(keyLine)
        keyLine = "   "
    }
    keyLine += piece
}
keyLines.append(keyLine)
lookups += """

    /// Every key some view model answers: a name in a template that none of them has is a typo.
    let viewModelKeyNames: Set<String> = [
    \(keyLines.joined(separator: "\n"))
    ]

    """
try write(lookups, to: "Sources/Render/ViewModelKeys.swift")

// MARK: TemplateViews.swift

let viewNames = Set(views.map(\.name))
/// The view a section over a key of type `type` enters, if any (`[PropertyView]` → `PropertyView`).
func enteredView(_ type: String) -> String? {
    var inner = type
    if inner.hasPrefix("["), inner.hasSuffix("]") {
        inner = String(inner.dropFirst().dropLast())
    } else if inner.hasSuffix("?") {
        inner = String(inner.dropLast())
    }
    return viewNames.contains(inner) ? inner : nil
}
let table = views.map { view in
    let entries = keys(of: view).map { key in "\"\(key.name)\": " + (enteredView(key.type).map { "\"\($0)\"" } ?? "nil") }
    return "    \"\(view.name)\": [" + (entries.isEmpty ? ":" : entries.joined(separator: ", ")) + "],"
}
let stacks = templateStacks.map { "    \"\($0.template)\": [" + $0.views.map { "\"\($0)\"" }.joined(separator: ", ") + "]," }
try write(
    """
    // swift-format-ignore-file
    // Generated from the symbol graph of SwiftModel by openapi-swiftgen-view-keys (make). Do not edit.

    /// Each view model's keys, with the view a section over the key enters (nil: text, a flag or a
    /// list of text).
    let viewModelKeyTable: [String: [String: String?]] = [
    \(table.joined(separator: "\n"))
    ]

    /// The views a template is rendered inside, outermost first (`Support/*`: every support file).
    /// A template not listed (a partial such as `DocComment`) is checked against every view's keys.
    let templateViewStacks: [String: [String]] = [
    \(stacks.joined(separator: "\n"))
    ]

    """,
    to: "Sources/Render/TemplateViews.swift"
)

// MARK: TEMPLATES.md

var reference = [
    """
    # Template reference

    Generated from the view models (`Sources/SwiftModel/Views/`, read through the compiler's
    symbol graph) by `openapi-swiftgen-view-keys`; do not edit.

    Every template is a logic-less Mustache file. `openapi-swiftgen templates dump DIR` writes the
    defaults; `--templates DIR` (or `templates:` in the config) replaces any of them by relative
    name. A template reads the keys of the view it renders and, inside a section, of the section's
    item first, then the views it is rendered inside (a struct inside its `DeclarationView`, an
    operation inside the `ClientView`). A key that none of them
    has, a partial that no template provides, or a file that replaces no template (and that no
    template includes) is an error at its line and column that lists the view's keys.

    | template | view |
    | --- | --- |
    """
]
reference += entryViews.map { entry in
    "| \(entry.template) | " + entry.views.map { "[`\($0)`](#\($0.lowercased()))" }.joined(separator: ", ") + " |"
}
for view in views {
    reference.append("\n## \(view.name)\n")
    if !view.summary.isEmpty { reference.append(view.summary + "\n") }
    reference.append("| key | type | meaning |\n| --- | --- | --- |")
    for key in keys(of: view) {
        reference.append("| `\(key.name)` | `\(key.type)` | \(key.meaning.replacingOccurrences(of: "|", with: "\\|")) |")
    }
}
try write(reference.joined(separator: "\n") + "\n", to: "TEMPLATES.md")
