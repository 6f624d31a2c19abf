#!/usr/bin/env python3
"""Writes Sources/Render/ViewModelKeys.swift: one key-path table per view model of
Sources/Render/ViewModels.swift, so swift-mustache reads views without reflection.
Run after changing a view model (a test checks the tables are current)."""
import os
import re

root = os.path.join(os.path.dirname(__file__), "..")
source = open(os.path.join(root, "Sources/Render/ViewModels.swift")).read()
structs = re.findall(r"^struct (\w+)(?:: [\w, ]+)? \{\n(.*?)^\}", source, re.S | re.M)
out = ['''// Generated from ViewModels.swift by scripts/view-model-keys.py. Do not edit.

import Mustache

// The lookup tables of the view models: swift-mustache asks each view for its keys by name, and
// answering from a key-path table instead of reflection makes rendering several times faster.
// The tables are immutable after initialisation; key paths are not marked `Sendable` here.

/// A view model the templates read through a key-path table.
protocol ViewModel: MustacheParent {
    static var keys: [String: PartialKeyPath<Self>] { get }
}

extension ViewModel {
    func child(named name: String) -> Any? {
        guard let path = Self.keys[name] else { return nil }
        let value = self[keyPath: path]
        // A nil optional is "not found", as with swift-mustache's reflection.
        if let optional = value as? any OptionalValue {
            return optional.wrappedValue
        }
        return value
    }
}

/// Lets a value of unknown type be unwrapped when it is an `Optional`.
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? {
        switch self {
        case .some(let value): return value
        case .none: return nil
        }
    }
}''']
for name, body in structs:
    props = re.findall(r"^    (?:let|var) (\w+):", body, re.M)
    entries = ",\n".join(f'        "{p}": \\{name}.{p}' for p in props)
    out.append(f'''
extension {name}: ViewModel {{
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<{name}>] = [
{entries},
    ]
}}''')
text = "\n".join(out) + "\n"
path = os.path.join(root, "Sources/Render/ViewModelKeys.swift")
if not os.path.exists(path) or open(path).read() != text:
    open(path, "w").write(text)
