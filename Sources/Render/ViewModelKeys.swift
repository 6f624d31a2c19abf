// Generated from ViewModels.swift by scripts/view-model-keys.py. Do not edit.

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
}

extension DocLine: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<DocLine>] = [
        "text": \DocLine.text,
    ]
}

extension DeclarationView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<DeclarationView>] = [
        "structure": \DeclarationView.structure,
        "enumeration": \DeclarationView.enumeration,
        "alias": \DeclarationView.alias,
        "union": \DeclarationView.union,
        "anyOf": \DeclarationView.anyOf,
    ]
}

extension AnyOfView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<AnyOfView>] = [
        "indent": \AnyOfView.indent,
        "access": \AnyOfView.access,
        "name": \AnyOfView.name,
        "doc": \AnyOfView.doc,
        "deprecated": \AnyOfView.deprecated,
        "fields": \AnyOfView.fields,
        "objectFields": \AnyOfView.objectFields,
        "hasObjectFields": \AnyOfView.hasObjectFields,
        "otherFields": \AnyOfView.otherFields,
        "initializer": \AnyOfView.initializer,
        "nested": \AnyOfView.nested,
    ]
}

extension AnyOfFieldView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<AnyOfFieldView>] = [
        "indirect": \AnyOfFieldView.indirect,
        "name": \AnyOfFieldView.name,
        "type": \AnyOfFieldView.type,
    ]
}

extension StructView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<StructView>] = [
        "indent": \StructView.indent,
        "access": \StructView.access,
        "name": \StructView.name,
        "doc": \StructView.doc,
        "deprecated": \StructView.deprecated,
        "properties": \StructView.properties,
        "hasProperties": \StructView.hasProperties,
        "codingKeys": \StructView.codingKeys,
        "initializer": \StructView.initializer,
        "encoder": \StructView.encoder,
        "coding": \StructView.coding,
        "nested": \StructView.nested,
    ]
}

extension CodingView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<CodingView>] = [
        "indent": \CodingView.indent,
        "members": \CodingView.members,
        "extraName": \CodingView.extraName,
        "extraType": \CodingView.extraType,
    ]
}

extension EncoderView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<EncoderView>] = [
        "indent": \EncoderView.indent,
        "members": \EncoderView.members,
    ]
}

extension EncodedMemberView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<EncodedMemberView>] = [
        "name": \EncodedMemberView.name,
        "key": \EncodedMemberView.key,
        "type": \EncodedMemberView.type,
        "ifPresent": \EncodedMemberView.ifPresent,
        "decodeIfPresent": \EncodedMemberView.decodeIfPresent,
    ]
}

extension PropertyView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<PropertyView>] = [
        "indent": \PropertyView.indent,
        "wrapper": \PropertyView.wrapper,
        "name": \PropertyView.name,
        "type": \PropertyView.type,
        "doc": \PropertyView.doc,
        "deprecated": \PropertyView.deprecated,
        "spaced": \PropertyView.spaced,
    ]
}

extension CodingKeysView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<CodingKeysView>] = [
        "indent": \CodingKeysView.indent,
        "keys": \CodingKeysView.keys,
    ]
}

extension CodingKeyView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<CodingKeyView>] = [
        "name": \CodingKeyView.name,
        "wireName": \CodingKeyView.wireName,
    ]
}

extension InitializerView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<InitializerView>] = [
        "indent": \InitializerView.indent,
        "wrapped": \InitializerView.wrapped,
        "isEmpty": \InitializerView.isEmpty,
        "parameters": \InitializerView.parameters,
    ]
}

extension ParameterDeclarationView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ParameterDeclarationView>] = [
        "label": \ParameterDeclarationView.label,
        "name": \ParameterDeclarationView.name,
        "type": \ParameterDeclarationView.type,
        "defaultValue": \ParameterDeclarationView.defaultValue,
    ]
}

extension EnumView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<EnumView>] = [
        "indent": \EnumView.indent,
        "access": \EnumView.access,
        "name": \EnumView.name,
        "doc": \EnumView.doc,
        "deprecated": \EnumView.deprecated,
        "cases": \EnumView.cases,
        "unknownCase": \EnumView.unknownCase,
    ]
}

extension EnumCaseView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<EnumCaseView>] = [
        "declaration": \EnumCaseView.declaration,
        "member": \EnumCaseView.member,
        "rawValue": \EnumCaseView.rawValue,
    ]
}

extension UnionView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<UnionView>] = [
        "indent": \UnionView.indent,
        "indirect": \UnionView.indirect,
        "access": \UnionView.access,
        "name": \UnionView.name,
        "doc": \UnionView.doc,
        "deprecated": \UnionView.deprecated,
        "cases": \UnionView.cases,
        "decodeOrder": \UnionView.decodeOrder,
        "discriminator": \UnionView.discriminator,
        "nested": \UnionView.nested,
    ]
}

extension DiscriminatorView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<DiscriminatorView>] = [
        "property": \DiscriminatorView.property,
        "cases": \DiscriminatorView.cases,
        "fallback": \DiscriminatorView.fallback,
    ]
}

extension DiscriminatorCaseView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<DiscriminatorCaseView>] = [
        "values": \DiscriminatorCaseView.values,
        "member": \DiscriminatorCaseView.member,
        "payload": \DiscriminatorCaseView.payload,
    ]
}

extension UnionCaseView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<UnionCaseView>] = [
        "declaration": \UnionCaseView.declaration,
        "member": \UnionCaseView.member,
        "payload": \UnionCaseView.payload,
        "constant": \UnionCaseView.constant,
    ]
}

extension AliasView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<AliasView>] = [
        "indent": \AliasView.indent,
        "access": \AliasView.access,
        "name": \AliasView.name,
        "doc": \AliasView.doc,
        "deprecated": \AliasView.deprecated,
        "type": \AliasView.type,
    ]
}

extension ClientOperationsFileView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ClientOperationsFileView>] = [
        "client": \ClientOperationsFileView.client,
        "group": \ClientOperationsFileView.group,
    ]
}

extension TypeFileView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<TypeFileView>] = [
        "declaration": \TypeFileView.declaration,
        "importsFoundation": \TypeFileView.importsFoundation,
    ]
}

extension ClientView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ClientView>] = [
        "indent": \ClientView.indent,
        "access": \ClientView.access,
        "title": \ClientView.title,
        "doc": \ClientView.doc,
        "servers": \ClientView.servers,
        "defaultServer": \ClientView.defaultServer,
        "defaultServerTakesArguments": \ClientView.defaultServerTakesArguments,
        "credentials": \ClientView.credentials,
        "operations": \ClientView.operations,
        "groups": \ClientView.groups,
        "errorBodies": \ClientView.errorBodies,
        "allOperations": \ClientView.allOperations,
    ]
}

extension OperationGroupView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<OperationGroupView>] = [
        "fileName": \OperationGroupView.fileName,
        "operations": \OperationGroupView.operations,
    ]
}

extension ServerView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ServerView>] = [
        "indent": \ServerView.indent,
        "deprecated": \ServerView.deprecated,
        "name": \ServerView.name,
        "doc": \ServerView.doc,
        "variables": \ServerView.variables,
        "hasVariables": \ServerView.hasVariables,
        "urlParts": \ServerView.urlParts,
    ]
}

extension ServerVariableView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ServerVariableView>] = [
        "name": \ServerVariableView.name,
        "defaultValue": \ServerVariableView.defaultValue,
    ]
}

extension CredentialView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<CredentialView>] = [
        "name": \CredentialView.name,
        "type": \CredentialView.type,
        "defaultValue": \CredentialView.defaultValue,
        "docLine": \CredentialView.docLine,
    ]
}

extension ErrorBodyView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ErrorBodyView>] = [
        "name": \ErrorBodyView.name,
        "type": \ErrorBodyView.type,
    ]
}

extension OperationView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<OperationView>] = [
        "indent": \OperationView.indent,
        "name": \OperationView.name,
        "implementationName": \OperationView.implementationName,
        "implementationReturn": \OperationView.implementationReturn,
        "headersType": \OperationView.headersType,
        "headerFields": \OperationView.headerFields,
        "forwarded": \OperationView.forwarded,
        "buildsRequest": \OperationView.buildsRequest,
        "doc": \OperationView.doc,
        "deprecated": \OperationView.deprecated,
        "method": \OperationView.method,
        "path": \OperationView.path,
        "parameters": \OperationView.parameters,
        "queryItems": \OperationView.queryItems,
        "headers": \OperationView.headers,
        "cookies": \OperationView.cookies,
        "authorizations": \OperationView.authorizations,
        "authorizationChoices": \OperationView.authorizationChoices,
        "hasAuthorizationChoices": \OperationView.hasAuthorizationChoices,
        "body": \OperationView.body,
        "accept": \OperationView.accept,
        "returnType": \OperationView.returnType,
        "cases": \OperationView.cases,
        "hasDefault": \OperationView.hasDefault,
        "serverOverride": \OperationView.serverOverride,
        "fallbackError": \OperationView.fallbackError,
        "paging": \OperationView.paging,
    ]
}

extension PathPartView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<PathPartView>] = [
        "literal": \PathPartView.literal,
        "parameter": \PathPartView.parameter,
        "styled": \PathPartView.styled,
    ]
}

extension ParameterUseView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ParameterUseView>] = [
        "wireName": \ParameterUseView.wireName,
        "name": \ParameterUseView.name,
        "isArray": \ParameterUseView.isArray,
        "explode": \ParameterUseView.explode,
        "style": \ParameterUseView.style,
    ]
}

extension AuthorizationAlternativeView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<AuthorizationAlternativeView>] = [
        "items": \AuthorizationAlternativeView.items,
    ]
}

extension AuthorizationView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<AuthorizationView>] = [
        "credential": \AuthorizationView.credential,
        "headerName": \AuthorizationView.headerName,
        "headerPrefix": \AuthorizationView.headerPrefix,
        "base64": \AuthorizationView.base64,
        "queryName": \AuthorizationView.queryName,
        "cookieName": \AuthorizationView.cookieName,
    ]
}

extension BodyView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<BodyView>] = [
        "name": \BodyView.name,
        "contentType": \BodyView.contentType,
        "isOptional": \BodyView.isOptional,
        "isJSON": \BodyView.isJSON,
        "isForm": \BodyView.isForm,
        "isMultipart": \BodyView.isMultipart,
        "isRaw": \BodyView.isRaw,
    ]
}

extension ResponseCaseView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ResponseCaseView>] = [
        "codes": \ResponseCaseView.codes,
        "lowerBound": \ResponseCaseView.lowerBound,
        "upperBound": \ResponseCaseView.upperBound,
        "isDefault": \ResponseCaseView.isDefault,
        "returnsBody": \ResponseCaseView.returnsBody,
        "returnsText": \ResponseCaseView.returnsText,
        "returnsData": \ResponseCaseView.returnsData,
        "returnsVoid": \ResponseCaseView.returnsVoid,
        "returnsNil": \ResponseCaseView.returnsNil,
        "errorBody": \ResponseCaseView.errorBody,
    ]
}

extension ErrorCaseView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ErrorCaseView>] = [
        "caseName": \ErrorCaseView.caseName,
        "type": \ErrorCaseView.type,
    ]
}

extension PagingView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<PagingView>] = [
        "name": \PagingView.name,
        "pageType": \PagingView.pageType,
        "tokenType": \PagingView.tokenType,
        "operationName": \PagingView.operationName,
        "parameters": \PagingView.parameters,
        "forwarded": \PagingView.forwarded,
        "nextTokenField": \PagingView.nextTokenField,
        "hasMore": \PagingView.hasMore,
        "tokenField": \PagingView.tokenField,
    ]
}

extension HeaderFieldView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<HeaderFieldView>] = [
        "name": \HeaderFieldView.name,
        "wireName": \HeaderFieldView.wireName,
    ]
}

extension ForwardedArgumentView: ViewModel {
    nonisolated(unsafe) static let keys: [String: PartialKeyPath<ForwardedArgumentView>] = [
        "label": \ForwardedArgumentView.label,
        "name": \ForwardedArgumentView.name,
    ]
}
