/// The named types a declaration or an operation uses, and the rewriting of every type use of
/// an API: the one walk filtering and type overrides share.
extension TypeRef {
    /// The names this use mentions (`[Pet]` → `Pet`).
    public var names: [TypeName] {
        switch self {
        case .named(let name): return [name]
        case .array(let element), .dictionary(let element), .optional(let element): return element.names
        case .primitive, .anyJSON: return []
        }
    }

    /// This use with every leaf passed through `transform` (containers kept).
    public func mapLeaves(_ transform: (TypeRef) -> TypeRef) -> TypeRef {
        switch self {
        case .array(let element): return .array(element.mapLeaves(transform))
        case .dictionary(let element): return .dictionary(element.mapLeaves(transform))
        case .optional(let element): return .optional(element.mapLeaves(transform))
        case .named, .primitive, .anyJSON: return transform(self)
        }
    }
}

extension TypeDecl {
    /// The names this declaration and those nested in it use.
    public var usedNames: [TypeName] {
        var uses: [TypeRef] = []
        switch kind {
        case .object(let shape):
            uses = shape.properties.map(\.type) + (shape.additionalProperties.map { [$0] } ?? [])
        case .alias(let type):
            uses = [type]
        case .union(let shape):
            uses = shape.members.compactMap(\.type)
        case .stringEnum:
            break
        }
        return uses.flatMap(\.names) + nested.flatMap(\.usedNames)
    }

    /// This declaration with every type use (nested declarations' too) passed through `transform`.
    func mapTypeUses(_ transform: (TypeRef) -> TypeRef) -> TypeDecl {
        var copy = self
        switch kind {
        case .object(var shape):
            for index in shape.properties.indices {
                shape.properties[index].type = shape.properties[index].type.mapLeaves(transform)
            }
            shape.additionalProperties = shape.additionalProperties.map { $0.mapLeaves(transform) }
            copy.kind = .object(shape)
        case .alias(let type):
            copy.kind = .alias(type.mapLeaves(transform))
        case .union(var shape):
            for index in shape.members.indices {
                shape.members[index].type = shape.members[index].type.map { $0.mapLeaves(transform) }
            }
            copy.kind = .union(shape)
        case .stringEnum:
            break
        }
        copy.nested = nested.map { $0.mapTypeUses(transform) }
        return copy
    }
}

extension Operation {
    /// The names the operation uses: parameters, bodies, responses, their headers and representations.
    public var usedNames: [TypeName] {
        var uses: [TypeRef] = parameters.map(\.type)
        uses += ([requestBody].compactMap { $0 } + alternativeBodies).map(\.type)
        for response in responses {
            uses += [response.body].compactMap { $0 } + response.representations.map(\.type)
        }
        let declared = [responseHeaders, responseContent].compactMap { $0 } + responses.compactMap(\.headersType)
        return uses.flatMap(\.names) + declared
    }

    /// This operation with every type use passed through `transform`.
    func mapTypeUses(_ transform: (TypeRef) -> TypeRef) -> Operation {
        var copy = self
        for index in copy.parameters.indices {
            copy.parameters[index].type = copy.parameters[index].type.mapLeaves(transform)
        }
        if let body = requestBody {
            copy.requestBody?.type = body.type.mapLeaves(transform)
        }
        for index in copy.alternativeBodies.indices {
            copy.alternativeBodies[index].type = copy.alternativeBodies[index].type.mapLeaves(transform)
        }
        for index in copy.responses.indices {
            copy.responses[index].body = copy.responses[index].body.map { $0.mapLeaves(transform) }
            for representation in copy.responses[index].representations.indices {
                copy.responses[index].representations[representation].type =
                    copy.responses[index].representations[representation].type.mapLeaves(transform)
            }
        }
        return copy
    }
}

extension APIDescription {
    /// This API with every type use of its declarations and operations passed through `transform`.
    public func mapTypeUses(_ transform: (TypeRef) -> TypeRef) -> APIDescription {
        var copy = self
        copy.types = types.map { $0.mapTypeUses(transform) }
        copy.operations = operations.map { $0.mapTypeUses(transform) }
        return copy
    }
}
