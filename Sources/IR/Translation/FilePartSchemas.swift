import Load
import Resolve

/// The component schemas that `multipart/form-data` request bodies reach. In a multipart part a
/// `format: binary` string is a file (bytes); inside JSON it is ordinary text, since only
/// `format: byte` (and 3.1 `contentEncoding: base64`) is base64.
enum FilePartSchemas {
    /// The keys of the component schemas reached from multipart bodies, through `$ref`,
    /// `allOf`/`oneOf`/`anyOf`, properties, items and additional properties.
    static func componentKeys(in root: Node, resolver: RefResolver) -> Set<String> {
        var pending: [Node] = []
        for path in root["paths"]?.object?.entries ?? [] {
            for operation in path.value.object?.entries ?? [] {
                guard let raw = operation.value["requestBody"], let body = try? resolver.follow(raw).node else { continue }
                for media in body["content"]?.object?.entries ?? [] where BodyEncoding(mediaType: media.key) == .multipart {
                    if let schema = media.value["schema"] { pending.append(schema) }
                }
            }
        }
        var keys: Set<String> = []
        var visited: Set<Reference> = []
        while let schema = pending.popLast() {
            if schema["$ref"]?.string != nil {
                guard let (target, reference) = try? resolver.follow(schema, from: resolver.fileKey(for: schema.location)),
                    visited.insert(reference).inserted
                else { continue }
                if reference.file == nil, let key = reference.componentName(in: "schemas") { keys.insert(key) }
                pending.append(target)
                continue
            }
            for keyword in ["allOf", "oneOf", "anyOf"] {
                pending.append(contentsOf: schema[keyword]?.array ?? [])
            }
            pending.append(contentsOf: schema["properties"]?.object?.entries.map(\.value) ?? [])
            for keyword in ["items", "additionalProperties"] {
                if let child = schema[keyword], child.object != nil { pending.append(child) }
            }
        }
        return keys
    }
}
