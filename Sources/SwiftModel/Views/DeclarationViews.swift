// The views the Mustache templates render: plain data, every Swift decision already made.
// Render reads them through generated lookups (`Render/ViewModelKeys.swift`, from this folder's
// views), so a key a template names must be a stored property of a view (`TEMPLATES.md` lists
// them all). This file holds the declarations' views; ClientViews.swift the client's.
//
// Templates lay a declaration out at column 0; a doc comment's lines carry their indentation
// (`DocLine.indent`: one level on a member's), so `DocComment` finds every key it reads on the
// line itself. Render renders a declaration's `nested` ones first and indents their text one
// level.

/// One line of a `///` doc comment; `text` nil renders as an empty `///` line.
public struct DocLine: Sendable {
    /// What goes before `///`: nothing on a declaration's own comment, one level on a member's.
    public let indent: String
    /// What follows `///` on the line: a space and the text, or nothing on an empty line.
    public let line: String

    init(text: String?, indent: String = "") {
        self.indent = indent
        line = text.map { " " + $0 } ?? ""
    }
}

/// A declaration and the declarations nested in it (a type's inline types), as views: Render
/// renders the nested ones first and hands them to the parent's template as indented text.
public struct DeclarationView: Sendable {
    /// The kinds of declaration, one template each.
    public enum Kind: Sendable {
        case structure(StructView)
        case enumeration(EnumView)
        case alias(AliasView)
        case union(UnionView)
        case anyOf(AnyOfView)
    }

    public let kind: Kind
    public let nested: [DeclarationView]

    init(_ kind: Kind, nested: [DeclarationView] = []) {
        self.kind = kind
        self.nested = nested
    }
}

/// A struct for an `anyOf`: one optional field per alternative, every matching one kept.
public struct AnyOfView: Sendable {
    public let access: String
    /// `Hashable` or `Equatable`.
    public let equality: String
    public let name: String
    public let doc: [DocLine]
    public let fields: [AnyOfFieldView]
    /// Fields that encode as JSON objects: they are merged into one object when encoding.
    public let objectFields: [AnyOfFieldView]
    /// Two or more object fields: merged member by member through `JSONValue`, so where they
    /// share a member the first keeps its value and the others add what it lacks.
    public let mergesObjects: Bool
    /// The other fields: the first present one is encoded when no object field is.
    public let otherFields: [AnyOfFieldView]
    public let initializer: InitializerView
}

/// One alternative of an `anyOf` struct.
public struct AnyOfFieldView: Sendable {
    public let indirect: Bool
    public let name: String
    public let type: String
}

/// A `struct` for an object schema.
public struct StructView: Sendable {
    public let access: String
    /// `Hashable` or `Equatable`.
    public let equality: String
    public let name: String
    public let doc: [DocLine]
    public let properties: [PropertyView]
    /// Empty or one view (a list for the reason given on `DeclarationView`).
    public let codingKeys: [CodingKeysView]
    public let initializer: InitializerView
    /// Empty, or one custom `encode(to:)` when a required property may be null and is stored
    /// `@Indirect` (elsewhere `@Nullable` makes synthesized `Codable` write the `null`).
    public let encoder: [EncoderView]
    /// Empty, or one hand-written `Codable` that keeps members beyond the declared properties.
    public let coding: [CodingView]
    /// Empty, or one `init(_ response:)` for a type that holds a response's headers.
    public let headerReader: [HeaderReaderView]
}

/// The initialiser of a response-headers type that reads each header from a response.
public struct HeaderReaderView: Sendable {
    public let fields: [HeaderFieldView]
}

/// `init(from:)` and `encode(to:)` for an object with declared and additional properties.
public struct CodingView: Sendable {
    public let members: [EncodedMemberView]
    /// The property holding the additional members, and their value type.
    public let extraName: String
    public let extraType: String
}

/// A hand-written `encode(to:)`.
public struct EncoderView: Sendable {
    public let members: [EncodedMemberView]
}

/// One property in `encode(to:)`: `encodeIfPresent` for optional ones, `encode` otherwise.
public struct EncodedMemberView: Sendable {
    public let name: String
    public let key: String
    /// The property's type without `?`.
    public let type: String
    /// Encoded with `encodeIfPresent` (not required).
    public let ifPresent: Bool
    /// Decoded with `decodeIfPresent` (optional: not required, or nullable).
    public let decodeIfPresent: Bool
    /// Stored `@Tristate`: coded through its wrapper, `self._<key>`, so `null` is kept.
    public let tristate: Bool
}

/// A stored property.
public struct PropertyView: Sendable {
    /// The property wrapper and a space, or nothing: `@Indirect ` (stored out of line: the
    /// type contains itself through it, or is heavy) or `@Nullable ` (required but may be
    /// null, so always encoded).
    public let attributes: String
    public let name: String
    public let type: String
    public let doc: [DocLine]
    /// A blank line goes before the property: it or the one before it has a doc comment.
    public var spaced: Bool = false
}

/// `enum CodingKeys`, emitted only when some Swift name differs from its JSON name.
public struct CodingKeysView: Sendable {
    public let keys: [CodingKeyView]
}

/// One coding key; `wireName` is set when it differs from the case name.
public struct CodingKeyView: Sendable {
    public let name: String
    public let wireName: String?
}

/// A parameter list (a memberwise initialiser's or an operation's), in a member of a type:
/// wrapped parameters are indented two levels, the closing parenthesis one.
public struct InitializerView: Sendable {
    /// Parameters one per line (true) or on the `init(` line (false).
    public let wrapped: Bool
    public let parameters: [ParameterDeclarationView]
}

/// A parameter in a declaration: `label: Type = default`; `name` is how the body refers to it.
public struct ParameterDeclarationView: Sendable {
    public let label: String
    public let name: String
    public let type: String
    public let defaultValue: String?
}

/// A string enum that keeps unknown values.
public struct EnumView: Sendable {
    public let access: String
    /// `Hashable` or `Equatable`.
    public let equality: String
    public let name: String
    public let doc: [DocLine]
    public let cases: [EnumCaseView]
    /// The case declarations, several to a line (`low, medium, high`), lines kept short.
    public let caseLines: [String]
    public let unknownCase: String
}

/// One known enum value: `declaration` in `case …`, `member` after a dot.
public struct EnumCaseView: Sendable {
    public let declaration: String
    public let member: String
    public let rawValue: String
}

/// An enum with associated values for a `oneOf`/`anyOf`.
public struct UnionView: Sendable {
    /// `indirect enum`: an alternative contains the union itself.
    public let indirect: Bool
    public let access: String
    /// `Hashable` or `Equatable`.
    public let equality: String
    public let name: String
    public let doc: [DocLine]
    public let cases: [UnionCaseView]
    /// The cases in the order decoding tries them: literals first, then spec order.
    public let decodeOrder: [UnionCaseView]
    /// Empty, or one: decode by the discriminator property first.
    public let discriminator: [DiscriminatorView]
    /// Empty, or one: choose among the object alternatives by their members (`ObjectChoice`).
    public let objectChoice: [ObjectChoiceView]
    /// An expandable ID's `id` accessor, when every alternative has one.
    public let expandedID: ExpandedIDView?
}

/// The `id` of an ID-or-object union: a case per alternative.
public struct ExpandedIDView: Sendable {
    public let cases: [ExpandedIDCaseView]
}

/// One case of the `id` accessor: `case .customer(let value): return value.id`.
public struct ExpandedIDCaseView: Sendable {
    public let member: String
    /// `value` for the ID itself, `value.id` for an expanded object.
    public let value: String
}

/// The object alternatives of a union, for choosing the one that fits a value best.
public struct ObjectChoiceView: Sendable {
    public let alternatives: [ObjectAlternativeView]
    /// The objects the alternatives may be: one per alternative, or several for an alternative
    /// that is a union of objects.
    public let shapes: [ObjectShapeView]
}

/// One object alternative: its position among them and its case.
public struct ObjectAlternativeView: Sendable {
    public let position: Int
    public let member: String
    public let payload: String
}

/// What `ObjectAlternative` knows of one object an alternative may be, as Swift literals.
public struct ObjectShapeView: Sendable {
    /// The position of its alternative.
    public let alternative: Int
    /// The declared wire names, quoted, comma-separated and packed into lines.
    public let keyLines: [String]
    /// The required wire names, quoted and comma-separated.
    public let required: String
    /// A dictionary literal of the tags (`[:]` when none).
    public let tags: String
    public let keepsOtherKeys: Bool
}

/// The property that names the alternative, and which values select which case.
public struct DiscriminatorView: Sendable {
    public let property: String
    public let cases: [DiscriminatorCaseView]
    /// Empty, or the case for values naming no other (an inheritance base).
    public let fallback: [DiscriminatorCaseView]
}

/// The discriminator values of one case.
public struct DiscriminatorCaseView: Sendable {
    public let values: [String]
    public let member: String
    public let payload: String
}

/// One alternative: a `payload` type, or a string literal `constant`.
public struct UnionCaseView: Sendable {
    public let declaration: String
    public let member: String
    public let payload: String?
    public let constant: String?
}

/// A `typealias`.
public struct AliasView: Sendable {
    public let access: String
    public let name: String
    public let doc: [DocLine]
    public let type: String
}
