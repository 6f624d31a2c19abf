#!/usr/bin/env python3
"""Writes Sources/Render/ViewModelKeys.swift: for each view model of
Sources/SwiftModel/ViewModels.swift, the `child(named:)` swift-mustache asks for its keys by name,
so templates read views without reflection.

Text is handed over as `TemplateText`, which swift-mustache renders as is: a `String` goes
through several more dynamic casts and `String(describing:)` each time it is rendered. (Boxing
the struct views in a class, so casts would retain one reference instead of copying a view,
measured slower.) Run after changing a view model (a test checks the
lookups are current)."""
import os
import re

root = os.path.join(os.path.dirname(__file__), "..")
source = open(os.path.join(root, "Sources/SwiftModel/ViewModels.swift")).read()
structs = re.findall(r"^public struct (\w+)(?:: [\w, ]+)? \{\n(.*?)^\}", source, re.S | re.M)
PROPERTY = r"^    (?:public )?(?:let|var) (\w+): ([^=\n{]+?)\s*(?:[={].*)?$"

# `DeclarationView` holds its declaration as an enum and its nested declarations as views;
# Render answers its keys by hand (`RenderedDeclaration`): the declaration in the list of its
# kind, and the nested ones as finished text. These are the keys templates see.
DECLARATION_KEYS = [
    ("structure", "[StructView]", "The declaration, when it is a struct (empty otherwise)."),
    ("enumeration", "[EnumView]", "The declaration, when it is a string enum (empty otherwise)."),
    ("alias", "[AliasView]", "The declaration, when it is a typealias (empty otherwise)."),
    ("union", "[UnionView]", "The declaration, when it is a `oneOf` enum (empty otherwise)."),
    ("anyOf", "[AnyOfView]", "The declaration, when it is an `anyOf` struct (empty otherwise)."),
    ("nested", "[String]", "The declarations nested in this one, each rendered through `Declaration` and indented one level."),
]
HAND_WRITTEN = {"DeclarationView"}


def properties(name, body):
    """The template keys of view `name`: (key, Swift type) pairs."""
    if name == "DeclarationView":
        return [(key, type_) for key, type_, _ in DECLARATION_KEYS]
    return re.findall(PROPERTY, body, re.M)
out = ['''// swift-format-ignore-file
// Generated from ViewModels.swift by scripts/view-model-keys.py. Do not edit.

import Mustache
import SwiftModel

// The key lookups of the view models: swift-mustache asks each view for its keys by name, and
// answering with a switch instead of reflection (or key paths) makes rendering several times
// faster. A nil optional answers `TemplateText.null`: found, and false.
// Text is handed over as `TemplateText`, which swift-mustache renders as is.

/// A view model the templates read through a generated `child(named:)`.
protocol ViewModel: MustacheParent {}

/// Text a view hands to swift-mustache: rendered as is, without the dynamic casts and
/// `String(describing:)` a plain `String` goes through on every use.
///
/// `null` is what a view answers for a key it has whose value is nil: found (so the lookup does
/// not climb to an enclosing view that happens to have a key of the same name) and false.
struct TemplateText: MustacheCustomRenderable {
    let renderText: String
    let isNull: Bool

    init(_ text: String) {
        renderText = text
        isNull = false
    }

    private init(null: Void) {
        renderText = ""
        isNull = true
    }

    static let null = TemplateText(null: ())
}''']


def value(name, type_):
    """The expression a lookup of property `name` of Swift type `type_` answers."""
    array = re.fullmatch(r"\[(\w+)\]", type_)
    optional = re.fullmatch(r"(\w+)\?", type_)
    if type_ == "String":
        return f"TemplateText(self.{name})"
    if optional and optional.group(1) == "String":
        return f"self.{name}.map(TemplateText.init) ?? TemplateText.null"
    if optional:
        return f"self.{name}.map {{ $0 as Any }} ?? TemplateText.null"
    if array and array.group(1) == "String":
        return f"self.{name}.map(TemplateText.init)"
    return f"self.{name}"


for name, body in structs:
    if name in HAND_WRITTEN:
        continue
    props = properties(name, body)
    cases = "\n".join(f'        case "{p}": return {value(p, t)}' for p, t in props)
    out.append(f'''
extension {name}: ViewModel {{
    public func child(named name: String) -> Any? {{
        switch name {{
{cases}
        default: return nil
        }}
    }}
}}''')
every_key = sorted({p for name, body in structs for p, _ in properties(name, body)})
lines = []
line = "   "
for key in every_key:
    piece = f' "{key}",'
    if len(line) + len(piece) > 110:
        lines.append(line)
        line = "   "
    line += piece
lines.append(line)
out.append("""
/// Every key some view model answers: a name in a template that none of them has is a typo.
let viewModelKeyNames: Set<String> = [
""" + "\n".join(lines) + """
]""")
text = "\n".join(out) + "\n"
path = os.path.join(root, "Sources/Render/ViewModelKeys.swift")
if not os.path.exists(path) or open(path).read() != text:
    open(path, "w").write(text)

# The template reference (TEMPLATES.md): which view each template renders and every key of every
# view, with its Swift type and doc comment, from the same parse. TemplateTests checks it is current.
ENTRY_VIEWS = [
    ("`Client`, `Server`, `Support/*`", "ClientView"),
    ("`ClientOperations` (a `Client+<Tag>.swift` file)", "ClientOperationsFileView"),
    ("`Type` (a `Types/<Name>.swift` file)", "TypeFileView"),
    ("`ResponseContent`", "ResponseContentView"),
    ("`Declaration` (one of its lists holds the declaration)", "DeclarationView"),
    ("`Struct`, `Enum`, `Union`, `AnyOf`, `Typealias` (through `Declaration`)", "StructView, EnumView, UnionView, AnyOfView, AliasView"),
    ("`Operation` (for each of `operations`)", "OperationView"),
]
doc = ["""# Template reference

Generated from `Sources/SwiftModel/ViewModels.swift` by `scripts/view-model-keys.py`; do not edit.

Every template is a logic-less Mustache file. `openapi-swiftgen templates dump DIR` writes the
defaults; `--templates DIR` (or `templates:` in the config) replaces any of them by relative
name. A template reads the keys of the view it renders and, inside a section, of the section's
item first, then the views it is rendered inside (a struct inside its `DeclarationView`, an
operation inside the `ClientView`). A key that none of them
has, a partial that no template provides, or a file that replaces no template (and that no
template includes) is an error at its line and column that lists the view's keys.

| template | view |
| --- | --- |"""]
doc += [f"| {template} | {', '.join('[`' + v.strip() + '`](#' + v.strip().lower() + ')' for v in view.split(','))} |" for template, view in ENTRY_VIEWS]
for name, body in structs:
    header = re.search(r"((?:^///.*\n)*)^public struct " + name + r"\b", source, re.M)
    summary = " ".join(l[3:].strip() for l in header.group(1).splitlines()) if header else ""
    doc.append(f"\n## {name}\n")
    if summary:
        doc.append(summary + "\n")
    doc.append("| key | type | meaning |\n| --- | --- | --- |")
    if name in HAND_WRITTEN:
        doc += [f"| `{key}` | `{type_}` | {meaning} |" for key, type_, meaning in DECLARATION_KEYS]
        continue
    comment = []
    for line in body.splitlines():
        stripped = line.strip()
        if line.startswith("    ///"):
            comment.append(stripped[3:].strip())
            continue
        match = re.match(PROPERTY, line)
        if match:
            meaning = " ".join(comment).replace("|", "\\|")
            doc.append(f"| `{match.group(1)}` | `{match.group(2).strip()}` | {meaning} |")
        if not line.startswith("    ///"):
            comment = []
reference = "\n".join(doc) + "\n"
path = os.path.join(root, "TEMPLATES.md")
if not os.path.exists(path) or open(path).read() != reference:
    open(path, "w").write(reference)

# The view-aware key check's tables (TemplateViews.swift): each view's keys with the view a
# section over the key enters, and the views each template is rendered inside, outermost first.
TEMPLATE_STACKS = {
    "Client": ["ClientView"], "Server": ["ClientView"], "Support/*": ["ClientView"],
    "Operation": ["ClientView", "OperationView"],
    "ClientOperations": ["ClientOperationsFileView"],
    "Type": ["TypeFileView"], "ResponseContent": ["ResponseContentView"],
    "Declaration": ["DeclarationView"],
    "Struct": ["DeclarationView", "StructView"], "Enum": ["DeclarationView", "EnumView"],
    "Union": ["DeclarationView", "UnionView"], "AnyOf": ["DeclarationView", "AnyOfView"],
    "Typealias": ["DeclarationView", "AliasView"],
}
view_names = {name for name, _ in structs}
table = []
for name, body in structs:
    entries = []
    for key, type_ in properties(name, body):
        inner = re.sub(r"^\[(.*)\]$|^(.*)\?$", lambda m: m.group(1) or m.group(2), type_.strip())
        entries.append(f'"{key}": ' + (f'"{inner}"' if inner in view_names else "nil"))
    table.append(f'    "{name}": [' + (", ".join(entries) if entries else ":") + "],")
stacks = [f'    "{t}": [' + ", ".join(f'"{v}"' for v in views) + "]," for t, views in TEMPLATE_STACKS.items()]
views_text = """// swift-format-ignore-file
// Generated from ViewModels.swift by scripts/view-model-keys.py. Do not edit.

/// Each view model's keys, with the view a section over the key enters (nil: text, a flag or a
/// list of text).
let viewModelKeyTable: [String: [String: String?]] = [
""" + "\n".join(table) + """
]

/// The views a template is rendered inside, outermost first (`Support/*`: every support file).
/// A template not listed (a partial such as `DocComment`) is checked against every view's keys.
let templateViewStacks: [String: [String]] = [
""" + "\n".join(stacks) + """
]
"""
path = os.path.join(root, "Sources/Render/TemplateViews.swift")
if not os.path.exists(path) or open(path).read() != views_text:
    open(path, "w").write(views_text)
