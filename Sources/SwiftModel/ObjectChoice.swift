import IR

/// How a union without a discriminator chooses among its alternatives that are objects: trying
/// them in spec order would take the first whose required members fit and silently drop the
/// members only a later one declares (`oneOf [Small{a}, Big{a, b}]` reading `{"a": …, "b": …}`).
///
/// The rule, when two or more alternatives are objects and the value is an object:
/// 1. alternatives whose tags (members with one allowed value) differ from the value's, or
///    whose required members are missing, are not tried;
/// 2. the rest are tried in order of how many of the value's members they declare (an
///    alternative that keeps additional properties declares them all), most first, spec order
///    on ties; the first that decodes wins;
/// 3. if none does, every alternative is tried in spec order, as for values that are not objects.
///
/// An alternative that is itself a union of objects takes part with each of its objects (its
/// best one counts), so open string enums in a nested union cannot take a value meant for a
/// later alternative.
enum ObjectChoice {
    /// One object an alternative may be, with the tags that tell it.
    struct Candidate {
        var tags: [UnionTag]
        var object: ObjectShape
    }

    /// The alternatives of `shape` that decode from JSON objects, with the objects each may be
    /// (one, or for an alternative that is itself a union of objects, each of those), when there
    /// are at least two (one needs no choosing) and no discriminator names them.
    static func alternatives(of shape: UnionShape, in api: APIDescription) -> [(member: UnionMember, candidates: [Candidate])] {
        guard !shape.keepsAll, shape.discriminator == nil else { return [] }
        let objects = shape.members.compactMap { member -> (UnionMember, [Candidate])? in
            guard let type = member.type else { return nil }
            if let object = objectShape(of: type, in: api) { return (member, [Candidate(tags: member.tags, object: object)]) }
            guard case .union(let inner)? = api.declaration(behind: type)?.kind, !inner.keepsAll else { return nil }
            let candidates = inner.members.compactMap { innerMember in
                innerMember.type.flatMap { objectShape(of: $0, in: api) }.map { Candidate(tags: innerMember.tags, object: $0) }
            }
            return candidates.count == inner.members.count && !candidates.isEmpty ? (member, candidates) : nil
        }
        return objects.count >= 2 ? objects : []
    }

    /// Whether some union of the API chooses among object alternatives (and so needs the
    /// `ObjectAlternative` support type).
    static func isUsed(in api: APIDescription) -> Bool {
        api.allTypes.contains { decl in
            if case .union(let shape) = decl.kind { return !alternatives(of: shape, in: api).isEmpty }
            return false
        }
    }

    private static func objectShape(of type: TypeRef, in api: APIDescription) -> ObjectShape? {
        if case .object(let shape)? = api.declaration(behind: type)?.kind { return shape }
        return nil
    }

    /// A tag's value as a `JSONValue` literal (numbers as `Double`, as `JSONValue` holds them).
    static func literal(_ value: DefaultValue) -> String? {
        switch value {
        case .string(let text): return ".string(\"\(SwiftNames.stringLiteralContent(text))\")"
        case .bool(let flag): return ".bool(\(flag))"
        case .number(let text):
            guard let number = Double(text), number.isFinite else { return nil }
            return ".number(\(number))"
        }
    }
}
