import Diagnostics
import Load
import Resolve

/// What the translators share to read a `$ref`: the one way to reach a reference's target from
/// the IR, resolved from the file the reference sits in.
protocol ReferenceFollowing {
    var resolver: RefResolver { get }
}

extension ReferenceFollowing {
    /// The target of the `$ref` in `node`; a resolver error becomes an IR error at the reference.
    func follow(_ node: Node, pointer: String) throws(IRError) -> (Node, Reference) {
        do {
            return try resolver.follow(node, from: resolver.fileKey(for: node.location), pointer: pointer)
        } catch {
            let diagnostic = error.diagnostic
            throw .invalid(diagnostic.message, at: diagnostic.location ?? node.location, pointer: diagnostic.pointer ?? pointer)
        }
    }

    /// What `node` points to when it is a `$ref`, else `node`. A reference that does not
    /// resolve stays `node`: its error is reported where the schema itself is translated.
    func target(of node: Node) -> Node {
        guard node["$ref"]?.string != nil else { return node }
        return (try? resolver.follow(node, from: resolver.fileKey(for: node.location)).node) ?? node
    }
}
