// swift-format-ignore-file
// Generated from the symbol graph of SwiftModel by openapi-swiftgen-view-keys (make). Do not edit.

import Mustache
import SwiftModel

// The key lookups of the view models: swift-mustache asks each view for its keys by name, and
// answering with a switch instead of reflection (or key paths) makes rendering several times
// faster. A nil optional answers `TemplateText.null`: found, and false.
// Text is handed over as `TemplateText` (TemplateText.swift), which swift-mustache renders as is.

extension DocLine: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "indent": return TemplateText(self.indent)
        case "line": return TemplateText(self.line)
        default: return nil
        }
    }
}

extension AnyOfView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "access": return TemplateText(self.access)
        case "equality": return TemplateText(self.equality)
        case "name": return TemplateText(self.name)
        case "doc": return self.doc
        case "fields": return self.fields
        case "objectFields": return self.objectFields
        case "mergesObjects": return self.mergesObjects
        case "otherFields": return self.otherFields
        case "initializer": return self.initializer
        default: return nil
        }
    }
}

extension AnyOfFieldView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "indirect": return self.indirect
        case "name": return TemplateText(self.name)
        case "type": return TemplateText(self.type)
        default: return nil
        }
    }
}

extension StructView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "access": return TemplateText(self.access)
        case "equality": return TemplateText(self.equality)
        case "name": return TemplateText(self.name)
        case "doc": return self.doc
        case "properties": return self.properties
        case "codingKeys": return self.codingKeys
        case "initializer": return self.initializer
        case "encoder": return self.encoder
        case "coding": return self.coding
        case "headerReader": return self.headerReader
        default: return nil
        }
    }
}

extension HeaderReaderView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "fields": return self.fields
        default: return nil
        }
    }
}

extension CodingView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "members": return self.members
        case "extraName": return TemplateText(self.extraName)
        case "extraType": return TemplateText(self.extraType)
        default: return nil
        }
    }
}

extension EncoderView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "members": return self.members
        default: return nil
        }
    }
}

extension EncodedMemberView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "key": return TemplateText(self.key)
        case "type": return TemplateText(self.type)
        case "ifPresent": return self.ifPresent
        case "decodeIfPresent": return self.decodeIfPresent
        case "tristate": return self.tristate
        default: return nil
        }
    }
}

extension PropertyView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "attributes": return TemplateText(self.attributes)
        case "name": return TemplateText(self.name)
        case "type": return TemplateText(self.type)
        case "doc": return self.doc
        case "spaced": return self.spaced
        default: return nil
        }
    }
}

extension CodingKeysView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "keys": return self.keys
        default: return nil
        }
    }
}

extension CodingKeyView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "wireName": return self.wireName.map(TemplateText.init) ?? TemplateText.null
        default: return nil
        }
    }
}

extension InitializerView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "wrapped": return self.wrapped
        case "parameters": return self.parameters
        default: return nil
        }
    }
}

extension ParameterDeclarationView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return TemplateText(self.label)
        case "name": return TemplateText(self.name)
        case "type": return TemplateText(self.type)
        case "defaultValue": return self.defaultValue.map(TemplateText.init) ?? TemplateText.null
        default: return nil
        }
    }
}

extension EnumView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "access": return TemplateText(self.access)
        case "equality": return TemplateText(self.equality)
        case "name": return TemplateText(self.name)
        case "doc": return self.doc
        case "cases": return self.cases
        case "caseLines": return self.caseLines.map(TemplateText.init)
        case "unknownCase": return TemplateText(self.unknownCase)
        default: return nil
        }
    }
}

extension EnumCaseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "declaration": return TemplateText(self.declaration)
        case "member": return TemplateText(self.member)
        case "rawValue": return TemplateText(self.rawValue)
        default: return nil
        }
    }
}

extension UnionView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "indirect": return self.indirect
        case "access": return TemplateText(self.access)
        case "equality": return TemplateText(self.equality)
        case "name": return TemplateText(self.name)
        case "doc": return self.doc
        case "cases": return self.cases
        case "decodeOrder": return self.decodeOrder
        case "discriminator": return self.discriminator
        case "objectChoice": return self.objectChoice
        case "expandedID": return self.expandedID.map { $0 as Any } ?? TemplateText.null
        default: return nil
        }
    }
}

extension ExpandedIDView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "cases": return self.cases
        default: return nil
        }
    }
}

extension ExpandedIDCaseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "member": return TemplateText(self.member)
        case "value": return TemplateText(self.value)
        default: return nil
        }
    }
}

extension ObjectChoiceView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "alternatives": return self.alternatives
        case "shapes": return self.shapes
        default: return nil
        }
    }
}

extension ObjectAlternativeView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "position": return self.position
        case "member": return TemplateText(self.member)
        case "payload": return TemplateText(self.payload)
        default: return nil
        }
    }
}

extension ObjectShapeView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "alternative": return self.alternative
        case "keyLines": return self.keyLines.map(TemplateText.init)
        case "required": return TemplateText(self.required)
        case "tags": return TemplateText(self.tags)
        case "keepsOtherKeys": return self.keepsOtherKeys
        default: return nil
        }
    }
}

extension DiscriminatorView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "property": return TemplateText(self.property)
        case "cases": return self.cases
        case "fallback": return self.fallback
        default: return nil
        }
    }
}

extension DiscriminatorCaseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "values": return self.values.map(TemplateText.init)
        case "member": return TemplateText(self.member)
        case "payload": return TemplateText(self.payload)
        default: return nil
        }
    }
}

extension UnionCaseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "declaration": return TemplateText(self.declaration)
        case "member": return TemplateText(self.member)
        case "payload": return self.payload.map(TemplateText.init) ?? TemplateText.null
        case "constant": return self.constant.map(TemplateText.init) ?? TemplateText.null
        default: return nil
        }
    }
}

extension AliasView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "doc": return self.doc
        case "type": return TemplateText(self.type)
        default: return nil
        }
    }
}

extension ClientOperationsFileView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "client": return self.client
        case "group": return self.group
        default: return nil
        }
    }
}

extension ResponseContentView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "access": return TemplateText(self.access)
        case "equality": return TemplateText(self.equality)
        case "name": return TemplateText(self.name)
        case "operationName": return TemplateText(self.operationName)
        case "cases": return self.cases
        default: return nil
        }
    }
}

extension ContentCaseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "mediaType": return TemplateText(self.mediaType)
        case "payload": return TemplateText(self.payload)
        case "isJSON": return self.isJSON
        case "isText": return self.isText
        case "isData": return self.isData
        default: return nil
        }
    }
}

extension TypeFileView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "declaration": return self.declaration
        case "importsFoundation": return self.importsFoundation
        default: return nil
        }
    }
}

extension ClientView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "access": return TemplateText(self.access)
        case "equality": return TemplateText(self.equality)
        case "hashable": return self.hashable
        case "moduleAliases": return self.moduleAliases
        case "title": return TemplateText(self.title)
        case "doc": return self.doc
        case "servers": return self.servers
        case "defaultServer": return self.defaultServer.map(TemplateText.init) ?? TemplateText.null
        case "defaultServerTakesArguments": return self.defaultServerTakesArguments
        case "credentials": return self.credentials
        case "operations": return self.operations
        case "groups": return self.groups
        case "errorBodies": return self.errorBodies
        case "responseContents": return self.responseContents
        case "allOperations": return self.allOperations
        default: return nil
        }
    }
}

extension OperationGroupView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "fileName": return TemplateText(self.fileName)
        case "operations": return self.operations
        default: return nil
        }
    }
}

extension ServerView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "doc": return self.doc
        case "variables": return self.variables
        case "urlParts": return self.urlParts
        default: return nil
        }
    }
}

extension ServerVariableView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "defaultValue": return TemplateText(self.defaultValue)
        default: return nil
        }
    }
}

extension CredentialView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "type": return TemplateText(self.type)
        case "defaultValue": return self.defaultValue.map(TemplateText.init) ?? TemplateText.null
        case "docLine": return TemplateText(self.docLine)
        default: return nil
        }
    }
}

extension ErrorBodyView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "type": return TemplateText(self.type)
        default: return nil
        }
    }
}

extension OperationView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "implementationName": return TemplateText(self.implementationName)
        case "implementationReturn": return self.implementationReturn.map(TemplateText.init) ?? TemplateText.null
        case "headersType": return self.headersType.map(TemplateText.init) ?? TemplateText.null
        case "headerFields": return self.headerFields
        case "forwarded": return self.forwarded
        case "buildsRequest": return self.buildsRequest
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "method": return TemplateText(self.method)
        case "path": return self.path
        case "parameters": return self.parameters
        case "queryItems": return self.queryItems
        case "headers": return self.headers
        case "cookies": return self.cookies
        case "authorizations": return self.authorizations
        case "authorizationChoices": return self.authorizationChoices
        case "body": return self.body.map { $0 as Any } ?? TemplateText.null
        case "accept": return self.accept.map(TemplateText.init) ?? TemplateText.null
        case "acceptExpression": return self.acceptExpression.map(TemplateText.init) ?? TemplateText.null
        case "returnType": return self.returnType.map(TemplateText.init) ?? TemplateText.null
        case "cases": return self.cases
        case "hasDefault": return self.hasDefault
        case "serverOverride": return self.serverOverride.map(TemplateText.init) ?? TemplateText.null
        case "fallbackError": return self.fallbackError.map { $0 as Any } ?? TemplateText.null
        case "paging": return self.paging.map { $0 as Any } ?? TemplateText.null
        default: return nil
        }
    }
}

extension PathPartView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "literal": return self.literal.map(TemplateText.init) ?? TemplateText.null
        case "parameter": return self.parameter.map(TemplateText.init) ?? TemplateText.null
        case "styled": return self.styled
        default: return nil
        }
    }
}

extension ParameterUseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "wireName": return TemplateText(self.wireName)
        case "name": return TemplateText(self.name)
        case "isArray": return self.isArray
        case "explode": return self.explode
        case "style": return self.style.map(TemplateText.init) ?? TemplateText.null
        default: return nil
        }
    }
}

extension AuthorizationAlternativeView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "items": return self.items
        default: return nil
        }
    }
}

extension AuthorizationView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "credential": return TemplateText(self.credential)
        case "headerName": return self.headerName.map(TemplateText.init) ?? TemplateText.null
        case "headerPrefix": return self.headerPrefix.map(TemplateText.init) ?? TemplateText.null
        case "base64": return self.base64
        case "queryName": return self.queryName.map(TemplateText.init) ?? TemplateText.null
        case "cookieName": return self.cookieName.map(TemplateText.init) ?? TemplateText.null
        default: return nil
        }
    }
}

extension BodyView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "contentType": return TemplateText(self.contentType)
        case "isOptional": return self.isOptional
        case "isJSON": return self.isJSON
        case "isForm": return self.isForm
        case "isMultipart": return self.isMultipart
        case "isRaw": return self.isRaw
        case "fieldList": return self.fieldList.map { $0 as Any } ?? TemplateText.null
        default: return nil
        }
    }
}

extension BodyFieldListView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "items": return self.items
        default: return nil
        }
    }
}

extension BodyFieldView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "wireName": return TemplateText(self.wireName)
        case "arguments": return TemplateText(self.arguments)
        default: return nil
        }
    }
}

extension ResponseCaseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "codes": return self.codes
        case "lowerBound": return self.lowerBound.map { $0 as Any } ?? TemplateText.null
        case "upperBound": return self.upperBound.map { $0 as Any } ?? TemplateText.null
        case "isDefault": return self.isDefault
        case "returnsBody": return self.returnsBody.map(TemplateText.init) ?? TemplateText.null
        case "returnsText": return self.returnsText
        case "returnsData": return self.returnsData
        case "returnsMultipart": return self.returnsMultipart.map(TemplateText.init) ?? TemplateText.null
        case "returnsContent": return self.returnsContent.map(TemplateText.init) ?? TemplateText.null
        case "returnsVoid": return self.returnsVoid
        case "returnsNil": return self.returnsNil
        case "errorBody": return self.errorBody.map { $0 as Any } ?? TemplateText.null
        default: return nil
        }
    }
}

extension ErrorCaseView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "caseName": return TemplateText(self.caseName)
        case "type": return self.type.map(TemplateText.init) ?? TemplateText.null
        case "isText": return self.isText
        case "isEmpty": return self.isEmpty
        default: return nil
        }
    }
}

extension ModuleAliasView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "target": return TemplateText(self.target)
        default: return nil
        }
    }
}

extension PagingView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "pageType": return TemplateText(self.pageType)
        case "tokenType": return TemplateText(self.tokenType)
        case "operationName": return TemplateText(self.operationName)
        case "parameters": return self.parameters
        case "forwarded": return self.forwarded
        case "nextTokenField": return TemplateText(self.nextTokenField)
        case "hasMore": return self.hasMore.map(TemplateText.init) ?? TemplateText.null
        case "tokenField": return TemplateText(self.tokenField)
        default: return nil
        }
    }
}

extension HeaderFieldView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return TemplateText(self.name)
        case "wireName": return TemplateText(self.wireName)
        default: return nil
        }
    }
}

extension ForwardedArgumentView: ViewModel {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return TemplateText(self.label)
        case "name": return TemplateText(self.name)
        default: return nil
        }
    }
}

/// Every key some view model answers: a name in a template that none of them has is a typo.
let viewModelKeyNames: Set<String> = [
    "accept", "acceptExpression", "access", "alias", "allOperations", "alternative", "alternatives", "anyOf",
    "arguments", "attributes", "authorizationChoices", "authorizations", "base64", "body", "buildsRequest",
    "caseLines", "caseName", "cases", "client", "codes", "coding", "codingKeys", "constant", "contentType",
    "cookieName", "cookies", "credential", "credentials", "declaration", "decodeIfPresent", "decodeOrder",
    "defaultServer", "defaultServerTakesArguments", "defaultValue", "deprecated", "discriminator", "doc",
    "docLine", "encoder", "enumeration", "equality", "errorBodies", "errorBody", "expandedID", "explode",
    "extraName", "extraType", "fallback", "fallbackError", "fieldList", "fields", "fileName", "forwarded",
    "group", "groups", "hasDefault", "hasMore", "hashable", "headerFields", "headerName", "headerPrefix",
    "headerReader", "headers", "headersType", "ifPresent", "implementationName", "implementationReturn",
    "importsFoundation", "indent", "indirect", "initializer", "isArray", "isData", "isDefault", "isEmpty",
    "isForm", "isJSON", "isMultipart", "isOptional", "isRaw", "isText", "items", "keepsOtherKeys", "key",
    "keyLines", "keys", "label", "line", "literal", "lowerBound", "mediaType", "member", "members",
    "mergesObjects", "method", "moduleAliases", "name", "nested", "nextTokenField", "objectChoice",
    "objectFields", "operationName", "operations", "otherFields", "pageType", "paging", "parameter",
    "parameters", "path", "payload", "position", "properties", "property", "queryItems", "queryName",
    "rawValue", "required", "responseContents", "returnType", "returnsBody", "returnsContent", "returnsData",
    "returnsMultipart", "returnsNil", "returnsText", "returnsVoid", "serverOverride", "servers", "shapes",
    "spaced", "structure", "style", "styled", "tags", "target", "title", "tokenField", "tokenType",
    "tristate", "type", "union", "unknownCase", "upperBound", "urlParts", "value", "values", "variables",
    "wireName", "wrapped",
]
