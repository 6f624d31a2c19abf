#!/usr/bin/env python3
"""Writes Sources/Render/ViewModelKeys.swift: for each view model of
Sources/Render/ViewModels.swift, the `child(named:)` swift-mustache asks for its keys by name,
so templates read views without reflection. Run after changing a view model (a test checks
the lookups are current)."""
import os
import re

root = os.path.join(os.path.dirname(__file__), "..")
source = open(os.path.join(root, "Sources/Render/ViewModels.swift")).read()
structs = re.findall(r"^struct (\w+)(?:: [\w, ]+)? \{\n(.*?)^\}", source, re.S | re.M)
out = ['''// Generated from ViewModels.swift by scripts/view-model-keys.py. Do not edit.

import Mustache

// The key lookups of the view models: swift-mustache asks each view for its keys by name, and
// answering with a switch instead of reflection (or key paths) makes rendering several times
// faster. A nil optional answers nil, "not found", as with swift-mustache's reflection.

/// A view model the templates read through a generated `child(named:)`.
protocol ViewModel: MustacheParent {}''']
for name, body in structs:
    props = re.findall(r"^    (?:let|var) (\w+):", body, re.M)
    cases = "\n".join(f'        case "{p}": return self.{p}' for p in props)
    out.append(f'''
extension {name}: ViewModel {{
    func child(named name: String) -> Any? {{
        switch name {{
{cases}
        default: return nil
        }}
    }}
}}''')
text = "\n".join(out) + "\n"
path = os.path.join(root, "Sources/Render/ViewModelKeys.swift")
if not os.path.exists(path) or open(path).read() != text:
    open(path, "w").write(text)
