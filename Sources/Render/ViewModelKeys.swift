// Generated from ViewModels.swift by scripts/view-model-keys.py. Do not edit.

import Mustache

// The key lookups of the view models: swift-mustache asks each view for its keys by name, and
// answering with a switch instead of reflection (or key paths) makes rendering several times
// faster. A nil optional answers nil, "not found", as with swift-mustache's reflection.

/// A view model the templates read through a generated `child(named:)`.
protocol ViewModel: MustacheParent {}

extension DocLine: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "line": return self.line
        default: return nil
        }
    }
}

extension DeclarationView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "structure": return self.structure
        case "enumeration": return self.enumeration
        case "alias": return self.alias
        case "union": return self.union
        case "anyOf": return self.anyOf
        default: return nil
        }
    }
}

extension AnyOfView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "access": return self.access
        case "name": return self.name
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "fields": return self.fields
        case "objectFields": return self.objectFields
        case "hasObjectFields": return self.hasObjectFields
        case "otherFields": return self.otherFields
        case "initializer": return self.initializer
        case "nested": return self.nested
        default: return nil
        }
    }
}

extension AnyOfFieldView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indirect": return self.indirect
        case "name": return self.name
        case "type": return self.type
        default: return nil
        }
    }
}

extension StructView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "access": return self.access
        case "name": return self.name
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "properties": return self.properties
        case "hasProperties": return self.hasProperties
        case "codingKeys": return self.codingKeys
        case "initializer": return self.initializer
        case "encoder": return self.encoder
        case "coding": return self.coding
        case "nested": return self.nested
        default: return nil
        }
    }
}

extension CodingView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "members": return self.members
        case "extraName": return self.extraName
        case "extraType": return self.extraType
        default: return nil
        }
    }
}

extension EncoderView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "members": return self.members
        default: return nil
        }
    }
}

extension EncodedMemberView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "key": return self.key
        case "type": return self.type
        case "ifPresent": return self.ifPresent
        case "decodeIfPresent": return self.decodeIfPresent
        default: return nil
        }
    }
}

extension PropertyView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "attributes": return self.attributes
        case "name": return self.name
        case "type": return self.type
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "spaced": return self.spaced
        default: return nil
        }
    }
}

extension CodingKeysView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "keys": return self.keys
        default: return nil
        }
    }
}

extension CodingKeyView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "wireName": return self.wireName
        default: return nil
        }
    }
}

extension InitializerView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "wrapped": return self.wrapped
        case "isEmpty": return self.isEmpty
        case "parameters": return self.parameters
        default: return nil
        }
    }
}

extension ParameterDeclarationView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "name": return self.name
        case "type": return self.type
        case "defaultValue": return self.defaultValue
        default: return nil
        }
    }
}

extension EnumView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "access": return self.access
        case "name": return self.name
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "cases": return self.cases
        case "caseLines": return self.caseLines
        case "unknownCase": return self.unknownCase
        default: return nil
        }
    }
}

extension EnumCaseView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "declaration": return self.declaration
        case "member": return self.member
        case "rawValue": return self.rawValue
        default: return nil
        }
    }
}

extension UnionView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "indirect": return self.indirect
        case "access": return self.access
        case "name": return self.name
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "cases": return self.cases
        case "decodeOrder": return self.decodeOrder
        case "discriminator": return self.discriminator
        case "nested": return self.nested
        default: return nil
        }
    }
}

extension DiscriminatorView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "property": return self.property
        case "cases": return self.cases
        case "fallback": return self.fallback
        default: return nil
        }
    }
}

extension DiscriminatorCaseView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "values": return self.values
        case "member": return self.member
        case "payload": return self.payload
        default: return nil
        }
    }
}

extension UnionCaseView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "declaration": return self.declaration
        case "member": return self.member
        case "payload": return self.payload
        case "constant": return self.constant
        default: return nil
        }
    }
}

extension AliasView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "access": return self.access
        case "name": return self.name
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "type": return self.type
        default: return nil
        }
    }
}

extension ClientOperationsFileView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "client": return self.client
        case "group": return self.group
        default: return nil
        }
    }
}

extension TypeFileView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "declaration": return self.declaration
        case "importsFoundation": return self.importsFoundation
        default: return nil
        }
    }
}

extension ClientView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "access": return self.access
        case "title": return self.title
        case "doc": return self.doc
        case "servers": return self.servers
        case "defaultServer": return self.defaultServer
        case "defaultServerTakesArguments": return self.defaultServerTakesArguments
        case "credentials": return self.credentials
        case "operations": return self.operations
        case "groups": return self.groups
        case "errorBodies": return self.errorBodies
        case "allOperations": return self.allOperations
        default: return nil
        }
    }
}

extension OperationGroupView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "fileName": return self.fileName
        case "operations": return self.operations
        default: return nil
        }
    }
}

extension ServerView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "deprecated": return self.deprecated
        case "name": return self.name
        case "doc": return self.doc
        case "variables": return self.variables
        case "hasVariables": return self.hasVariables
        case "urlParts": return self.urlParts
        default: return nil
        }
    }
}

extension ServerVariableView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "defaultValue": return self.defaultValue
        default: return nil
        }
    }
}

extension CredentialView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "type": return self.type
        case "defaultValue": return self.defaultValue
        case "docLine": return self.docLine
        default: return nil
        }
    }
}

extension ErrorBodyView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "type": return self.type
        default: return nil
        }
    }
}

extension OperationView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "indent": return self.indent
        case "name": return self.name
        case "implementationName": return self.implementationName
        case "implementationReturn": return self.implementationReturn
        case "headersType": return self.headersType
        case "headerFields": return self.headerFields
        case "forwarded": return self.forwarded
        case "buildsRequest": return self.buildsRequest
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "method": return self.method
        case "path": return self.path
        case "parameters": return self.parameters
        case "queryItems": return self.queryItems
        case "headers": return self.headers
        case "cookies": return self.cookies
        case "authorizations": return self.authorizations
        case "authorizationChoices": return self.authorizationChoices
        case "hasAuthorizationChoices": return self.hasAuthorizationChoices
        case "body": return self.body
        case "accept": return self.accept
        case "returnType": return self.returnType
        case "cases": return self.cases
        case "hasDefault": return self.hasDefault
        case "serverOverride": return self.serverOverride
        case "fallbackError": return self.fallbackError
        case "paging": return self.paging
        default: return nil
        }
    }
}

extension PathPartView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "literal": return self.literal
        case "parameter": return self.parameter
        case "styled": return self.styled
        default: return nil
        }
    }
}

extension ParameterUseView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "wireName": return self.wireName
        case "name": return self.name
        case "isArray": return self.isArray
        case "explode": return self.explode
        case "style": return self.style
        default: return nil
        }
    }
}

extension AuthorizationAlternativeView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "items": return self.items
        default: return nil
        }
    }
}

extension AuthorizationView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "credential": return self.credential
        case "headerName": return self.headerName
        case "headerPrefix": return self.headerPrefix
        case "base64": return self.base64
        case "queryName": return self.queryName
        case "cookieName": return self.cookieName
        default: return nil
        }
    }
}

extension BodyView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "contentType": return self.contentType
        case "isOptional": return self.isOptional
        case "isJSON": return self.isJSON
        case "isForm": return self.isForm
        case "isMultipart": return self.isMultipart
        case "isRaw": return self.isRaw
        default: return nil
        }
    }
}

extension ResponseCaseView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "codes": return self.codes
        case "lowerBound": return self.lowerBound
        case "upperBound": return self.upperBound
        case "isDefault": return self.isDefault
        case "returnsBody": return self.returnsBody
        case "returnsText": return self.returnsText
        case "returnsData": return self.returnsData
        case "returnsVoid": return self.returnsVoid
        case "returnsNil": return self.returnsNil
        case "errorBody": return self.errorBody
        default: return nil
        }
    }
}

extension ErrorCaseView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "caseName": return self.caseName
        case "type": return self.type
        default: return nil
        }
    }
}

extension PagingView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "pageType": return self.pageType
        case "tokenType": return self.tokenType
        case "operationName": return self.operationName
        case "parameters": return self.parameters
        case "forwarded": return self.forwarded
        case "nextTokenField": return self.nextTokenField
        case "hasMore": return self.hasMore
        case "tokenField": return self.tokenField
        default: return nil
        }
    }
}

extension HeaderFieldView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "wireName": return self.wireName
        default: return nil
        }
    }
}

extension ForwardedArgumentView: ViewModel {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "name": return self.name
        default: return nil
        }
    }
}
