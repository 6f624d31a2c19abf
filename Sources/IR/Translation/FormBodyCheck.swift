import Diagnostics
import Load

/// Warns, at generation, about members of form bodies whose shape their style cannot carry
/// faithfully: an object in `form` style (its members become top-level fields, where they can
/// collide with the body's own), and values nested deeper than the style expresses (sent as
/// JSON text). `deepObject` carries any nesting (`a[b][c]=v`, `a[]=v`, `a[0][b]=v`).
enum FormBodyCheck {
    static func warn(_ api: APIDescription, log: DiagnosticLog) {
        for operation in api.operations {
            for body in [operation.requestBody].compactMap({ $0 }) + operation.alternativeBodies where body.encoding == .formURLEncoded {
                guard case .object(let shape)? = api.declaration(behind: body.type)?.kind else { continue }
                let pointer = JSONPointer.pointer(["paths", operation.path, operation.method.lowercased(), "requestBody", "content", body.contentType])
                for property in shape.properties {
                    let field = body.fields.first { $0.name == property.name }
                    guard (field?.style ?? "form") != "deepObject", let problem = problem(of: property.type, in: api) else { continue }
                    log.warn(
                        "form body member '\(property.name)' \(problem); give it `style: deepObject` in the media type's 'encoding' for `\(property.name)[key]=value`",
                        at: operation.location, pointer: pointer
                    )
                }
            }
        }
    }

    /// What goes wrong when a value of `type` is written in `form` style, nil when nothing does.
    private static func problem(of type: TypeRef, in api: APIDescription) -> String? {
        switch shape(of: type, in: api) {
        case .scalar: return nil
        case .object(let nested):
            return nested
                ? "is an object holding objects or arrays: those are sent as JSON text"
                : "is an object: its members are sent as top-level fields and can collide"
        case .array(let nested):
            return nested ? "is an array of objects or arrays: its items are sent as JSON text" : nil
        }
    }

    private enum Shape {
        case scalar
        /// `true` when the object holds containers.
        case object(Bool)
        /// `true` when the items are containers.
        case array(Bool)
    }

    private static func shape(of type: TypeRef, in api: APIDescription, depth: Int = 0) -> Shape {
        switch type {
        case .optional(let wrapped):
            return shape(of: wrapped, in: api, depth: depth)
        case .primitive:
            return .scalar
        case .anyJSON:
            return .object(true)
        case .dictionary(let value):
            return .object(depth < 8 && !isScalar(value, in: api, depth: depth))
        case .array(let element):
            return .array(depth < 8 && !isScalar(element, in: api, depth: depth))
        case .named:
            switch api.declaration(behind: type)?.kind {
            case .object(let shape)?:
                let members = shape.properties.map(\.type) + [shape.additionalProperties].compactMap { $0 }
                return .object(depth < 8 && members.contains { !isScalar($0, in: api, depth: depth) })
            case .alias(let target)?:
                return depth < 8 ? shape(of: target, in: api, depth: depth + 1) : .scalar
            case .union(let union)?:
                let scalars = depth < 8 && union.members.allSatisfy { member in member.type.map { isScalar($0, in: api, depth: depth) } ?? true }
                return scalars ? .scalar : .object(true)
            case .stringEnum?, nil:
                return .scalar
            }
        }
    }

    private static func isScalar(_ type: TypeRef, in api: APIDescription, depth: Int) -> Bool {
        if case .scalar = shape(of: type, in: api, depth: depth + 1) { return true }
        return false
    }
}
