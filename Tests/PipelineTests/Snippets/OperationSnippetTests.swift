import TestSupport
import XCTest

/// Operations: parameters in every location and style, bodies, responses, servers, security.
final class OperationSnippetTests: XCTestCase {
    func testTaggedOperationsGetAFileEachAndRepeatedStatusesFold() throws {
        let problem = ##"{"description": "problem", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}"##
        let other = ##"{"description": "other", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Other"}}}}"##
        let files = try generate(
            schemas:
                #"{"Problem": {"type": "object", "properties": {"m": {"type": "string"}}}, "Other": {"type": "object", "properties": {"o": {"type": "string"}}}}"#,
            paths: #"""
                {"/pets": {"get": {"operationId": "listPets", "tags": ["pet store", "extra"],
                   "responses": {"200": {"description": "ok"}, "201": {"description": "ok"}, "400": \#(problem), "404": \#(problem),
                                 "401": \#(other), "403": \#(other), "default": \#(problem)}}},
                 "/pets/{id}": {"get": {"operationId": "getPet", "tags": ["pet store"],
                   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                   "responses": {"200": {"description": "ok"}, "404": \#(problem), "4XX": \#(other), "default": \#(problem)}}},
                 "/health": {"get": {"operationId": "health", "responses": {"204": {"description": "fine"}}}}}
                """#)
        assertContains(
            files["Client+PetStore.swift"],
            """
            extension Client {
                public func listPets() async throws {
                    switch response.status {
                    case 200, 201:
                        return
                    case 401, 403:
                        throw APIError.response(status: response.status, body: .other(try decodeBody(Other.self, from: response)), response: response)
                    default:
                        throw APIError.response(status: response.status, body: .problem(try decodeBody(Problem.self, from: response)), response: response)
                    }
                }

                public func getPet(id: String) async throws {
                    case 200:
                    case 404:
                        throw APIError.response(status: response.status, body: .problem(try decodeBody(Problem.self, from: response)), response: response)
                    case 400..<500:
                    default:
            """)
        XCTAssertFalse(files["Client+PetStore.swift"]?.contains("case 400:") == true, "400 is handled as default")
        XCTAssertFalse(files["Client.swift"]?.contains("func listPets") == true)
        assertContains(
            files["Client.swift"],
            """
            public struct Client: Sendable {
                public func health() async throws {
            """)
    }

    func testParametersBodiesAndResponses() throws {
        let files = try generate(
            paths: #"""
                {"/items/{id}": {
                   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                   "get": {"parameters": [
                       {"name": "filter", "in": "query", "style": "deepObject", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}},
                       {"name": "tags", "in": "query", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
                       {"name": "X-Id", "in": "header", "schema": {"type": "string"}},
                       {"name": "session", "in": "cookie", "schema": {"type": "string"}}],
                     "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}},
                                   "204": {"description": "none"},
                                   "4XX": {"description": "bad", "content": {"application/json": {"schema": {"type": "object", "properties": {"m": {"type": "string"}}}}}},
                                   "default": {"description": "other"}}},
                   "post": {"operationId": "upload-file",
                     "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}}},
                     "responses": {"200": {"description": "ok", "content": {"text/plain": {}}}}},
                   "put": {"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}},
                     "responses": {"200": {"description": "bytes", "content": {"image/png": {}}}}}}}
                """#)
        assertContains(
            files["Client.swift"],
            """
            public func getItemsById(
                id: Int,
                filter: GetItemsByIdFilter? = nil,
                tags: [String]? = nil,
                xId: String? = nil,
                session: String? = nil
            ) async throws -> String? {
                var request = RequestBuilder(method: "GET", path: "/items/\\(segment: id)", accept: "application/json")
                request.addQuery("filter", filter, style: .deepObject, explode: false)
                request.addQuery("tags", tags, explode: false)
                request.setHeader("X-Id", xId)
                request.addCookie("session", session, explode: true)
                case 200:
                    return try decodeBody(String.self, from: response)
                case 204:
                    return nil
                case 400..<500:
                default:
                    throw APIError.response(status: response.status, body: .empty, response: response)
            public func uploadFile(id: Int, body: UploadFileRequest) async throws -> String {
                try request.setMultipartBody(body)
                    return String(decoding: response.body, as: UTF8.self)
            public func putItemsById(id: Int, body: [String: JSONValue]? = nil) async throws -> Data {
                request.setFormBody(body)
                    return response.body
            """)
    }

    func testServersAndSecurity() throws {
        let files = try generate(
            paths: #"""
                {"/a": {"get": {"security": [{"key": []}, {"token": []}], "responses": {"204": {"description": "ok"}}},
                        "post": {"security": [], "servers": [{"url": "https://upload.example.com"}], "responses": {"204": {"description": "ok"}}}}}
                """#,
            extra: #"""
                "servers": [{"url": "https://{region}.example.com/{base}", "description": "Regional", "variables": {"region": {"default": "eu", "enum": ["eu", "us"]}, "base": {"default": "v1"}}}],
                "security": [{"token": []}],
                """#,
            securitySchemes: #"{"key": {"type": "apiKey", "in": "query", "name": "api_key"}, "token": {"type": "http", "scheme": "bearer"}}"#
        )
        assertContains(
            files["Server.swift"],
            """
            case regional(region: String = "eu", base: String = "v1")
            case .regional(let region, let base): "https://\\(region).example.com/\\(base)"
            """)
        assertContains(
            files["Client.swift"],
            """
            key: String? = nil,
            token: String? = nil,
            server: Server = .regional(),
            request.authorize(anyOf: [
                [.query("api_key", credential: key)],
                [.header("Authorization", prefix: "Bearer ", base64: false, credential: token)]
            public func postA() async throws {
                let request = RequestBuilder(method: "POST", path: "/a")
                let response = try await transport.send(request.build(server: server, overriddenBy: "https://upload.example.com"))
            """)
    }

    func testSeveralContentTypesLetTheCallerChoose() throws {
        let files = try generate(
            paths: #"""
                {"/notes": {"post": {"operationId": "addNote",
                   "requestBody": {"required": true, "content": {
                     "text/plain": {"schema": {"type": "string"}},
                     "application/json": {"schema": {"type": "object", "properties": {"text": {"type": "string"}}}},
                     "application/octet-stream": {}}},
                   "responses": {"204": {"description": "ok"}}}}}
                """#)
        assertContains(
            files["Client.swift"],
            """
            public func addNote(body: AddNoteRequest) async throws {
                try request.setBody(body, contentType: "application/json")
            public func addNote(textBody: String) async throws {
                request.setRawBody(textBody, contentType: "text/plain")
            public func addNote(dataBody: Data) async throws {
                request.setRawBody(dataBody, contentType: "application/octet-stream")
            """)
    }
}
