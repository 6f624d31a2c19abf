import Diagnostics

/// Merges partial OpenAPI documents of one API into one document.
///
/// `paths` (down to each operation) and every `components` section are unioned by name; so are
/// `webhooks` and, by `name`, `tags`. Any other top-level member must be the same everywhere it
/// appears. A name defined twice with identical content is folded silently; with different
/// content it is a `LoadError.conflict` naming both places.
public enum DocumentMerger {
    public static func merge(_ documents: [Node]) throws(LoadError) -> Node {
        guard var merged = documents.first else {
            throw .unsupportedInput(file: "<input>", reason: "no input documents")
        }
        for document in documents.dropFirst() {
            merged = try mergeDocument(merged, document)
        }
        return merged
    }

    private static func mergeDocument(_ base: Node, _ addition: Node) throws(LoadError) -> Node {
        guard var target = base.object, let source = addition.object else {
            throw .unsupportedInput(file: addition.location.file, reason: "an OpenAPI document must be a JSON object")
        }
        for entry in source.entries {
            let pointer = JSONPointer.appending("", entry.key)
            guard let existing = target[entry.key] else {
                target.set(entry.key, entry.value, keyLocation: entry.keyLocation)
                continue
            }
            let mergedValue: Node
            switch entry.key {
            case "paths", "webhooks":
                // path → operation (or path-level member)
                mergedValue = try union(existing, entry.value, pointer: pointer, depth: 2)
            case "components":
                // section → name
                mergedValue = try union(existing, entry.value, pointer: pointer, depth: 2)
            case "tags":
                mergedValue = try unionTags(existing, entry.value, pointer: pointer)
            default:
                try requireSame(existing, entry.value, pointer: pointer)
                mergedValue = existing
            }
            target.set(entry.key, mergedValue, keyLocation: entry.keyLocation)
        }
        return Node(.object(target), at: base.location)
    }

    /// Unions two objects `depth` levels deep; below that, members must be identical.
    private static func union(_ base: Node, _ addition: Node, pointer: String, depth: Int) throws(LoadError) -> Node {
        guard depth > 0, var target = base.object, let source = addition.object else {
            try requireSame(base, addition, pointer: pointer)
            return base
        }
        for entry in source.entries {
            let childPointer = JSONPointer.appending(pointer, entry.key)
            if let existing = target[entry.key] {
                let merged = try union(existing, entry.value, pointer: childPointer, depth: depth - 1)
                target.set(entry.key, merged, keyLocation: target.entry(entry.key)?.keyLocation ?? entry.keyLocation)
            } else {
                target.set(entry.key, entry.value, keyLocation: entry.keyLocation)
            }
        }
        return Node(.object(target), at: base.location)
    }

    private static func unionTags(_ base: Node, _ addition: Node, pointer: String) throws(LoadError) -> Node {
        guard var tags = base.array, let more = addition.array else {
            try requireSame(base, addition, pointer: pointer)
            return base
        }
        for tag in more {
            if let index = tags.firstIndex(where: { $0["name"]?.string == tag["name"]?.string }) {
                try requireSame(tags[index], tag, pointer: JSONPointer.appending(pointer, String(index)))
            } else {
                tags.append(tag)
            }
        }
        return Node(.array(tags), at: base.location)
    }

    private static func requireSame(_ first: Node, _ second: Node, pointer: String) throws(LoadError) {
        if !first.sameContent(as: second) {
            throw .conflict(pointer: pointer, first: first.location, second: second.location)
        }
    }
}
