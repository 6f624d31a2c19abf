/// The OpenAPI 3.0/3.1 object model, as far as the structure check needs it: for each kind of
/// object, the JSON type of each of its known fields.
///
/// Fields the table does not name (and `x-` extensions) are not checked: the check is about
/// values of the wrong type, which would otherwise be dropped or misread silently.
enum ObjectModel {
    /// The kinds of OpenAPI objects.
    enum Kind: String, Hashable, CaseIterable, Sendable {
        case document, info, contact, license, server, serverVariable, components, pathItem, operation
        case externalDocs, parameter, requestBody, mediaType, encoding, response, callback, example
        case link, header, tag, schema, discriminator, xml, securityScheme, oauthFlows, oauthFlow
    }

    /// What a value must be.
    indirect enum Expectation: Sendable {
        case string
        case number
        case boolean
        /// A string or a number (versions and defaults that YAML reads as numbers).
        case scalar
        /// Prose (`title`, `summary`, `description`): a scalar as written (YAML reads
        /// `description: 2024` as a number), or `{$ref: …}`, a documentation idiom some specs
        /// use (Redoc reads it); the generator does not follow such a reference.
        case text
        /// Anything: examples, defaults, enum values.
        case any
        case object(Kind)
        /// A Reference Object or the given object.
        case referenceOr(Kind)
        /// An object whose every value is the given expectation (keys are names).
        case map(Expectation)
        /// A map whose `x-` keys are extensions, not entries (paths, responses).
        case extensibleMap(Expectation)
        case array(Expectation)
        /// Either of two expectations (`additionalProperties`: a boolean or a schema).
        case either(Expectation, Expectation)
        /// A value of a wrong but common kind that is skipped with a warning (`required: true`
        /// inside a property schema, `maximum: "10"`).
        case ignored(Expectation)

        /// How a message names what is expected.
        var description: String {
            switch self {
            case .string: return "a string"
            case .number: return "a number"
            case .boolean: return "a boolean"
            case .scalar, .text: return "a string"
            case .any: return "any value"
            case .object(let kind), .referenceOr(let kind): return kind.article
            case .map(let values), .extensibleMap(let values): return "an object (a map of \(values.plural))"
            case .array(let items): return "an array (of \(items.plural))"
            case .either(let first, .ignored): return first.description
            case .either(let first, let second): return "\(first.description) or \(second.description)"
            case .ignored(let expectation): return expectation.description
            }
        }

        private var plural: String {
            switch self {
            case .string: return "strings"
            case .number: return "numbers"
            case .boolean: return "booleans"
            case .scalar, .text: return "strings"
            case .any: return "values"
            case .object(let kind), .referenceOr(let kind): return kind.plural
            case .map, .extensibleMap: return "maps"
            case .array: return "arrays"
            case .either(let first, _), .ignored(let first): return first.plural
            }
        }
    }

    private static let schema = Expectation.referenceOr(.schema)
    private static let schemas = Expectation.array(schema)
    private static let examples = Expectation.map(.referenceOr(.example))
    private static let content = Expectation.map(.object(.mediaType))
    private static let headers = Expectation.map(.referenceOr(.header))
    private static let securityRequirements = Expectation.array(.map(.array(.string)))

    /// The known fields of `kind` and what each must be.
    static func fields(of kind: Kind) -> [String: Expectation] {
        table[kind] ?? [:]
    }

    /// `fields(of:)` for every kind, built once.
    private static let table = Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0, makeFields(of: $0)) })

    private static func makeFields(of kind: Kind) -> [String: Expectation] {
        switch kind {
        case .document:
            return [
                "openapi": .string, "info": .object(.info), "jsonSchemaDialect": .string, "servers": .array(.object(.server)),
                "paths": .extensibleMap(.referenceOr(.pathItem)), "webhooks": .map(.referenceOr(.pathItem)), "components": .object(.components),
                "security": securityRequirements, "tags": .array(.object(.tag)), "externalDocs": .object(.externalDocs),
            ]
        case .info:
            return [
                "title": .text, "summary": .text, "description": .text, "termsOfService": .string,
                "contact": .object(.contact), "license": .object(.license), "version": .scalar,
            ]
        case .contact:
            return ["name": .string, "url": .string, "email": .string]
        case .license:
            return ["name": .string, "identifier": .string, "url": .string]
        case .server:
            return ["url": .string, "description": .text, "variables": .map(.object(.serverVariable))]
        case .serverVariable:
            return ["enum": .array(.scalar), "default": .scalar, "description": .text]
        case .components:
            return [
                "schemas": .map(schema), "responses": .map(.referenceOr(.response)), "parameters": .map(.referenceOr(.parameter)),
                "examples": examples, "requestBodies": .map(.referenceOr(.requestBody)), "headers": headers,
                "securitySchemes": .map(.referenceOr(.securityScheme)), "links": .map(.referenceOr(.link)),
                "callbacks": .map(.referenceOr(.callback)), "pathItems": .map(.referenceOr(.pathItem)),
            ]
        case .pathItem:
            var fields: [String: Expectation] = [
                "$ref": .string, "summary": .text, "description": .text, "servers": .array(.object(.server)),
                "parameters": .array(.referenceOr(.parameter)),
            ]
            for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
                fields[method] = .object(.operation)
            }
            return fields
        case .operation:
            return [
                "tags": .array(.string), "summary": .text, "description": .text, "externalDocs": .object(.externalDocs),
                "operationId": .string, "parameters": .array(.referenceOr(.parameter)), "requestBody": .referenceOr(.requestBody),
                "responses": .extensibleMap(.referenceOr(.response)), "callbacks": .map(.referenceOr(.callback)), "deprecated": .boolean,
                "security": securityRequirements, "servers": .array(.object(.server)),
            ]
        case .externalDocs:
            return ["description": .text, "url": .string]
        case .parameter:
            var fields = makeFields(of: .header)
            fields["name"] = .string
            fields["in"] = .string
            return fields
        case .header:
            return [
                "description": .text, "required": .boolean, "deprecated": .boolean, "allowEmptyValue": .boolean,
                "style": .string, "explode": .boolean, "allowReserved": .boolean, "schema": schema, "example": .any,
                "examples": examples, "content": content,
            ]
        case .requestBody:
            return ["description": .text, "content": content, "required": .boolean]
        case .mediaType:
            return ["schema": schema, "example": .any, "examples": examples, "encoding": .map(.object(.encoding))]
        case .encoding:
            return ["contentType": .string, "headers": headers, "style": .string, "explode": .boolean, "allowReserved": .boolean]
        case .response:
            return ["description": .text, "headers": headers, "content": content, "links": .map(.referenceOr(.link))]
        case .callback:
            return [:]  // a map of runtime expressions to path items: checked as such by `Kind.mapValues`
        case .example:
            return ["summary": .text, "description": .text, "value": .any, "externalValue": .string]
        case .link:
            return [
                "operationRef": .string, "operationId": .string, "parameters": .map(.any), "requestBody": .any,
                "description": .text, "server": .object(.server),
            ]
        case .tag:
            return ["name": .string, "description": .text, "externalDocs": .object(.externalDocs)]
        case .schema:
            let count = Expectation.either(.number, .ignored(.string))
            return [
                "$ref": .string, "title": .text, "description": .text, "type": .either(.string, .array(.string)),
                "format": .string, "properties": .map(schema), "patternProperties": .map(schema),
                "additionalProperties": .either(.boolean, schema), "items": .either(schema, schemas), "prefixItems": schemas,
                "allOf": schemas, "oneOf": schemas, "anyOf": schemas, "not": schema,
                "required": .either(.array(.string), .ignored(.boolean)),
                "enum": .array(.any), "const": .any, "default": .any, "example": .any, "examples": .any,
                "nullable": .boolean, "readOnly": .boolean, "writeOnly": .boolean, "deprecated": .boolean,
                "discriminator": .object(.discriminator), "xml": .object(.xml), "externalDocs": .object(.externalDocs),
                "maximum": count, "minimum": count, "exclusiveMaximum": .either(.boolean, count), "exclusiveMinimum": .either(.boolean, count),
                "multipleOf": count, "maxLength": count, "minLength": count, "pattern": .string, "maxItems": count,
                "minItems": count, "uniqueItems": .boolean, "maxProperties": count, "minProperties": count,
                "$defs": .map(schema), "definitions": .map(schema), "dependentSchemas": .map(schema),
                "if": schema, "then": schema, "else": schema, "contains": schema, "propertyNames": schema,
                "contentEncoding": .string, "contentMediaType": .string,
            ]
        case .discriminator:
            return ["propertyName": .string, "mapping": .map(.string)]
        case .xml:
            return ["name": .string, "namespace": .string, "prefix": .string, "attribute": .boolean, "wrapped": .boolean]
        case .securityScheme:
            return [
                "type": .string, "description": .text, "name": .string, "in": .string, "scheme": .string,
                "bearerFormat": .string, "flows": .object(.oauthFlows), "openIdConnectUrl": .string,
            ]
        case .oauthFlows:
            let flow = Expectation.object(.oauthFlow)
            return ["implicit": flow, "password": flow, "clientCredentials": flow, "authorizationCode": flow]
        case .oauthFlow:
            return ["authorizationUrl": .string, "tokenUrl": .string, "refreshUrl": .string, "scopes": .map(.string)]
        }
    }
}

extension ObjectModel.Kind {
    /// What every value of an object of this kind must be, for kinds that are maps by nature.
    var mapValues: ObjectModel.Expectation? {
        self == .callback ? .extensibleMap(.referenceOr(.pathItem)) : nil
    }

    /// A schema may also be a boolean (`true`: anything; OpenAPI 3.1).
    var allowsBoolean: Bool { self == .schema }

    /// How a message names one object of this kind.
    var article: String {
        switch self {
        case .document: return "an OpenAPI document object"
        case .info, .operation, .example, .encoding, .xml, .oauthFlow, .oauthFlows, .externalDocs:
            return "an \(words) object"
        default: return "a \(words) object"
        }
    }

    var plural: String { "\(words) objects" }

    private var words: String {
        switch self {
        case .pathItem: return "path item"
        case .serverVariable: return "server variable"
        case .requestBody: return "request body"
        case .mediaType: return "media type"
        case .externalDocs: return "external documentation"
        case .securityScheme: return "security scheme"
        case .oauthFlows: return "OAuth flows"
        case .oauthFlow: return "OAuth flow"
        case .xml: return "XML"
        default: return rawValue
        }
    }
}
