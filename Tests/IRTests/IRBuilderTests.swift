import Diagnostics
import IR
import Load
import Resolve
import TestSupport
import XCTest

/// The IR of every construct the Bird Accounts spec uses, plus the edge cases around them.
final class IRBuilderTests: XCTestCase {
    private var log = DiagnosticLog()
    private var bird: APIDescription!

    override func setUpWithError() throws {
        log = DiagnosticLog()
        bird = try IRBuilder.build(RefResolver.resolve(SpecLoader.load(paths: birdSpecPaths)), log: log)
    }

    private func object(_ name: String...) throws -> ObjectShape {
        let decl = try XCTUnwrap(bird.type(named: TypeName(name)), "no type \(name)")
        guard case .object(let shape) = decl.kind else {
            XCTFail("\(name) is not an object")
            return ObjectShape(properties: [], additionalProperties: nil)
        }
        return shape
    }

    private func property(_ shape: ObjectShape, _ name: String) throws -> Property {
        try XCTUnwrap(shape.properties.first { $0.name == name }, "no property \(name)")
    }

    func testBodyEncodingOfMediaTypes() {
        let cases: [(String, BodyEncoding)] = [
            ("application/json", .json), ("Application/JSON; charset=utf-8", .json),
            (" application/problem+json ", .json), ("\tapplication/vnd.api+json\t;q=1", .json),
            ("application/x-www-form-urlencoded", .formURLEncoded), ("multipart/form-data; boundary=x", .multipart),
            ("text/plain", .text), (" text/plain ; charset=utf-8", .text), ("multipart/form-data ;boundary=x", .multipart),
            ("text/event-stream", .binary), ("image/png", .binary), ("", .binary),
        ]
        for (mediaType, expected) in cases {
            XCTAssertEqual(BodyEncoding(mediaType: mediaType), expected, mediaType)
        }
    }

    func testRequiredOptionalAndNullableBesideRef() throws {
        let create = try object("CreateWorkspace")
        XCTAssertEqual(create.properties.map(\.name), ["name", "description", "dataPolicy", "configuration", "userUsername", "flavors"])
        XCTAssertFalse(try property(create, "name").isOptional)
        let configuration = try property(create, "configuration")
        XCTAssertTrue(configuration.isNullable)
        XCTAssertEqual(configuration.type, .named(TypeName(["WorkspaceConfiguration"])))
        let username = try property(create, "userUsername")
        XCTAssertTrue(username.isNullable)
        XCTAssertEqual(username.documentation.description, "The username of the user that is creating the workspace.")
        XCTAssertEqual(username.documentation.constraints, [.pattern("^[a-z0-9._-]+$")])
        XCTAssertEqual(try property(create, "flavors").type, .array(.primitive(.string)))
    }

    func testObjectWithoutTypeAndFormats() throws {
        let subject = try object("RequestSubject")
        XCTAssertEqual(subject.properties.map(\.name), ["type", "id"])
        XCTAssertEqual(try property(subject, "id").type, .primitive(.uuid))
        let workspace = try object("Workspace")
        XCTAssertEqual(try property(workspace, "createdAt").type, .primitive(.dateTime))
        XCTAssertEqual(try property(workspace, "organizationId").type, .primitive(.uuid))
        let domain = try XCTUnwrap(bird.type(named: TypeName(["DomainName"])))
        XCTAssertEqual(domain.kind, .alias(.primitive(.string)))
        XCTAssertEqual(domain.documentation.constraints, [.maxLength(253), .pattern("^(([a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,})?$")])
        XCTAssertEqual(try property(object("DataPolicy", "RegionPriority"), "priority").type, .primitive(.integer))
    }

    func testAdditionalPropertiesBecomeADictionary() throws {
        let details = try property(object("DetailedError"), "details")
        XCTAssertEqual(details.type, .dictionary(.array(.primitive(.string))))
        XCTAssertNil(try object("WorkspaceConfiguration").additionalProperties)
    }

    func testEnumsKeepValuesInOrder() throws {
        let reason = try XCTUnwrap(bird.type(named: TypeName(["WorkspaceStatusTransition", "Reason"])))
        XCTAssertEqual(reason.kind, .stringEnum(EnumShape(values: ["org-banned", "user-initiated", "payment-default", "inactivity"])))
        XCTAssertEqual(
            bird.type(named: TypeName(["RequestSubjectType"]))?.kind,
            .stringEnum(EnumShape(values: ["user", "accesskey", "contact"]))
        )
    }

    func testInlineItemsAreNestedInEachOwnerByTitle() throws {
        let regions = try property(object("DataPolicy"), "regions")
        XCTAssertEqual(regions.type, .array(.named(TypeName(["DataPolicy", "RegionPriority"]))))
        let createRegions = try property(object("DataPolicyCreate"), "regions")
        XCTAssertEqual(createRegions.type, .array(.named(TypeName(["DataPolicyCreate", "RegionPriority"]))))
        XCTAssertEqual(
            try property(object("DataPolicy", "RegionPriority"), "region").documentation.description,
            "The name of the AWS region."
        )
        XCTAssertEqual(
            try property(object("DataPolicyCreate", "RegionPriority"), "region").documentation.description,
            "The name of the AWS region. Must be one of `us-west-2`, `eu-west-1`, or `ap-south-1`."
        )
    }

    func testAllOfMergesIntoOneHoistedType() throws {
        let list = try XCTUnwrap(bird.operations.first { $0.id == "listWorkspaces" })
        XCTAssertEqual(list.responses.first?.body, .named(TypeName(["ListWorkspacesResponse"])))
        let page = try object("ListWorkspacesResponse")
        XCTAssertEqual(page.properties.map(\.name), ["results", "nextPageToken"])
        XCTAssertFalse(try property(page, "results").isOptional)
        XCTAssertTrue(try property(page, "nextPageToken").isOptional)
        XCTAssertEqual(list.pagination, Pagination(tokenParameter: "pageToken", nextTokenField: "nextPageToken", hasMoreField: nil))
    }

    func testOperationsParametersAndInferredPathParameters() throws {
        XCTAssertEqual(bird.operations.map(\.id), ["createWorkspace", "listWorkspaces", "getWorkspace", "deleteWorkspace", "updateWorkspace"])
        let list = try XCTUnwrap(bird.operations.first { $0.id == "listWorkspaces" })
        XCTAssertEqual(list.parameters.map(\.name), ["organizationId", "limit", "pageToken", "reverse"])
        XCTAssertEqual(list.parameters[0].location, .path)
        XCTAssertTrue(list.parameters[0].isRequired)
        XCTAssertEqual(list.parameters[1].defaultValue, .number("10"))
        XCTAssertEqual(list.parameters[1].documentation.constraints, [.minimum("1", exclusive: false), .maximum("100", exclusive: false), .defaultValue("10")])
        XCTAssertEqual(list.parameters[3].defaultValue, .bool(false))
        XCTAssertEqual(list.security, [["accessKey"]])

        let inferred = log.warnings.filter { $0.message.contains("not declared") }
        XCTAssertEqual(inferred.count, 8)
        XCTAssertEqual(inferred.first?.pointer, "/paths/~1organizations~1{organizationId}~1workspaces/post")
        XCTAssertEqual(inferred.first?.location?.file, birdSpecPaths[0])
    }

    func testResponsesServersAndSecurity() throws {
        let delete = try XCTUnwrap(bird.operations.first { $0.id == "deleteWorkspace" })
        XCTAssertEqual(delete.responses.map(\.status), [.code(204), .code(403), .code(404), .code(410)])
        XCTAssertEqual(delete.responses.map(\.body), [nil, .named(TypeName(["Error"])), .named(TypeName(["Error"])), nil])
        let create = try XCTUnwrap(bird.operations.first { $0.id == "createWorkspace" })
        XCTAssertEqual(create.requestBody?.type, .named(TypeName(["CreateWorkspace"])))
        XCTAssertEqual(create.requestBody?.isRequired, false)
        XCTAssertEqual(bird.servers, [Server(url: "https://api.bird.com", description: "Production API")])
        XCTAssertEqual(bird.securitySchemes.map(\.kind), [.http(scheme: "AccessKey")])
    }

    func testHoistedNamesAvoidCollisions() throws {
        let api = try buildIR(
            #"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {
               "Item": {"type": "object", "properties": {"tag": {"type": "string"}}},
               "Box": {"type": "object", "properties": {
                 "item": {"type": "object", "properties": {"a": {"type": "string"}}},
                 "other": {"type": "object", "title": "Item", "properties": {"b": {"type": "string"}}},
                 "box": {"type": "object", "properties": {"c": {"type": "string"}}},
                 "mode": {"type": "string", "enum": ["on", "off", "on"]}
               }}}}}
            """#)
        let box = try XCTUnwrap(api.type(named: TypeName(["Box"])))
        XCTAssertEqual(box.nested.map(\.name.last), ["Item2", "Item3", "Box2", "Mode"])
        XCTAssertEqual(api.type(named: TypeName(["Box", "Mode"]))?.kind, .stringEnum(EnumShape(values: ["on", "off"])))
    }

    func testUnsupportedVersionsAreRefused() {
        let swagger = diagnostic { _ = try buildIR(#"{"swagger": "2.0", "info": {}}"#) }
        XCTAssertTrue(swagger?.message.contains("swagger 2.0") == true)
        XCTAssertTrue(swagger?.message.contains("3.0.x and 3.1.x") == true)
        let future = diagnostic { _ = try buildIR(#"{"openapi": "3.2.0", "info": {}}"#) }
        XCTAssertEqual(future?.pointer, "/openapi")
    }

    func testExplicitPaginationExtension() throws {
        let api = try buildIR(
            #"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
             "paths": {"/items": {"get": {"operationId": "listItems",
               "x-pagination": {"tokenParameter": "from", "nextToken": "next", "hasMore": "more"},
               "parameters": [{"name": "from", "in": "query", "schema": {"type": "string"}}],
               "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                 "type": "object", "properties": {"next": {"type": "string"}, "more": {"type": "boolean"}}}}}}}}}}}
            """#)
        XCTAssertEqual(api.operations.first?.pagination, Pagination(tokenParameter: "from", nextTokenField: "next", hasMoreField: "more"))
    }

    func testAnthropicUnionsConstantsAndCursors() throws {
        let api = try IRBuilder.build(
            RefResolver.resolve(SpecLoader.load(paths: [packageRoot.appendingPathComponent("Specs/anthropic-admin.json").path])),
            log: log
        )
        XCTAssertEqual(
            api.type(named: TypeName(["AllowedInferenceGeos"]))?.kind,
            .union(
                UnionShape(members: [
                    UnionMember(name: "Geos", type: .array(.primitive(.string)), constant: nil),
                    UnionMember(name: "unrestricted", type: nil, constant: "unrestricted"),
                ]))
        )
        XCTAssertEqual(api.type(named: TypeName(["Workspace", "Type"]))?.kind, .stringEnum(EnumShape(values: ["workspace"])))
        guard case .object(let workspace)? = api.type(named: TypeName(["Workspace"]))?.kind,
            let archivedAt = workspace.properties.first(where: { $0.name == "archived_at" })
        else { return XCTFail("no Workspace.archived_at") }
        XCTAssertTrue(archivedAt.isRequired && archivedAt.isNullable)

        let list = try XCTUnwrap(api.operations.first { $0.id == "listWorkspaces" })
        XCTAssertEqual(list.pagination, Pagination(tokenParameter: "after_id", nextTokenField: "last_id", hasMoreField: "has_more"))
        XCTAssertEqual(list.parameters.map(\.name), ["before_id", "after_id", "limit", "include_archived", "anthropic-version"])
        XCTAssertEqual(list.parameters.last?.defaultValue, .string("2023-06-01"))
        XCTAssertEqual(list.responses.map(\.status), [.code(200), .range(4), .range(5)])
        let members = try XCTUnwrap(api.operations.first { $0.id == "listWorkspaceMembers" })
        XCTAssertEqual(members.parameters.first?.name, "workspace_id")
        XCTAssertNotNil(members.pagination)
        XCTAssertEqual(api.securitySchemes.map(\.kind), [.apiKey(name: "x-api-key", location: .header)])
        XCTAssertTrue(log.warnings.filter { $0.location?.file.hasSuffix("anthropic-admin.json") == true }.isEmpty, "\(log.warnings)")
    }

    func testUnionMemberNamesAndDecodeShapes() throws {
        let api = try buildIR(
            #"""
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {
               "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
               "Choice": {"anyOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "integer"}, {"title": "Note", "type": "string"},
                                    {"type": "object", "properties": {"x": {"type": "string"}}}]}}}}
            """#)
        guard case .union(let shape)? = api.type(named: TypeName(["Choice"]))?.kind else { return XCTFail("not a union") }
        XCTAssertEqual(shape.members.map(\.name), ["Pet", "integer", "Note", "object"])
        XCTAssertEqual(
            shape.members.map(\.type),
            [
                .named(TypeName(["Pet"])), .primitive(.integer), .primitive(.string), .named(TypeName(["Choice", "Object"])),
            ])
    }

    func testOperationServersAndStyles() throws {
        let api = try IRBuilder.build(
            RefResolver.resolve(SpecLoader.load(paths: [packageRoot.appendingPathComponent("Tests/Golden/constructs/spec.json").path])),
            log: log
        )
        XCTAssertEqual(api.operations.first { $0.id == "upload" }?.serverURL, "https://uploads.example.com/v2")
        XCTAssertNil(api.operations.first { $0.id == "createThing" }?.serverURL)
        XCTAssertEqual(api.servers.first?.variables, [])
        let search = try XCTUnwrap(api.operations.first { $0.id == "search" })
        XCTAssertEqual(search.parameters.map(\.style), ["label", "deepObject", "pipeDelimited", "simple", "form"])
        XCTAssertEqual(search.parameters.map(\.location), [.path, .query, .query, .header, .cookie])
        XCTAssertEqual(api.operations.first { $0.id == "upload" }?.requestBody?.encoding, .multipart)
        XCTAssertEqual(api.operations.first { $0.id == "putRaw" }?.responses.first?.body, .primitive(.bytes))
        XCTAssertEqual(api.operations.first { $0.id == "submitForm" }?.requestBody?.encoding, .formURLEncoded)
    }

    /// Issue 18: a GET or HEAD body is ignored with a warning, a DELETE body too in OpenAPI 3.0.
    func testBodiesOfMethodsWithoutBodySemanticsAreIgnored() throws {
        func spec(_ version: String) -> String {
            let body = #""requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}, "responses": {"204": {"description": "ok"}}"#
            return
                #"{"openapi": "\#(version)", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"operationId": "g", \#(body)}, "delete": {"operationId": "d", \#(body)}, "post": {"operationId": "p", \#(body)}}}}"#
        }
        let log30 = DiagnosticLog()
        let api30 = try buildIR(spec("3.0.3"), log: log30)
        XCTAssertEqual(api30.operations.map { $0.requestBody != nil }, [false, false, true])
        XCTAssertEqual(log30.warnings.map(\.pointer), ["/paths/~1a/get/requestBody", "/paths/~1a/delete/requestBody"])
        XCTAssertEqual(log30.warnings.last?.message, "the request body of DELETE /a is ignored: OpenAPI 3.0 defines bodies only where HTTP does")
        let api31 = try buildIR(spec("3.1.0"))
        XCTAssertEqual(api31.operations.map { $0.requestBody != nil }, [false, true, true])
    }

    /// Operations without `operationId` are named from whole words of method and path, a
    /// parameter as `by <name>` wherever it sits in its segment; collisions are warned about.
    func testOperationsWithoutOperationIdAreNamedFromWholeWords() throws {
        let log = DiagnosticLog()
        let api = try buildIR(
            #"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {
              "/files/{name}.json": {"get": {"parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "ok"}}}},
              "/v1/user-accounts/{account_id}/keys": {"post": {"parameters": [{"name": "account_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "ok"}}}},
              "/files/{name}/json": {"get": {"parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "ok"}}}}}}
            """#,
            log: log
        )
        XCTAssertEqual(api.operations.map(\.id), ["getFilesByNameJson", "postV1UserAccountsByAccountIdKeys", "getFilesByNameJson2"])
        XCTAssertEqual(
            log.warnings.map(\.message),
            [
                "operation id 'getFilesByNameJson' of GET /files/{name}/json names the same Swift method as the one of GET /files/{name}.json; this one is 'getFilesByNameJson2'"
            ])
    }

    /// Without any documented response, a 2XX is success (not an undocumented status).
    func testAnOperationWithoutResponsesSucceedsOn2XX() throws {
        let log = DiagnosticLog()
        let api = try buildIR(#"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"operationId": "a"}}}}"#, log: log)
        XCTAssertEqual(api.operations.first?.responses.map(\.status), [.range(2)])
        XCTAssertEqual(log.warnings.map(\.message), ["no responses documented; any 2XX status is taken as success without a body"])
    }
}
