import Diagnostics
import Foundation
import IR
import Pipeline
import SwiftModel
import TestSupport
import XCTest

/// The config file (`openapi-swiftgen.yaml`): how it is read and checked, and what its filter,
/// overrides, conformances and layout do to the output.
final class ConfigFileTests: XCTestCase {
    private let spec = """
        openapi: 3.0.3
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                '200':
                  description: ok
                  content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } }
          /pets/{id}/toys:
            get:
              operationId: listToys
              tags: [toys]
              parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
              responses:
                '200':
                  description: ok
                  content: { application/json: { schema: { $ref: '#/components/schemas/Toy' } } }
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: { type: string }
                born: { type: string, format: date-time }
                owner: { $ref: '#/components/schemas/Owner' }
                price: { $ref: '#/components/schemas/Money' }
            Owner: { type: object, properties: { address: { $ref: '#/components/schemas/Address' } } }
            Address: { type: object, properties: { city: { type: string } } }
            Money: { type: object, properties: { amount: { type: integer } } }
            Toy: { type: object, properties: { kind: { type: string } } }
            Unused: { type: object, properties: { x: { type: string } } }
            pet_tag: { type: string }
        """

    /// Renders `spec` with the config `config` (YAML) in memory.
    private func render(config: String, spec: String? = nil) throws -> [String: String] {
        let spec = spec ?? self.spec
        let folder = try temporaryFolder(self)
        let specPath = folder.appendingPathComponent("openapi.yaml").path
        let configPath = folder.appendingPathComponent("openapi-swiftgen.yaml").path
        try spec.write(toFile: specPath, atomically: true, encoding: .utf8)
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        let file = try ConfigFile.load(configPath)
        var settings = Generator.Configuration(specPaths: [specPath], moduleName: file.module ?? "Pets")
        settings.customization = file.customization
        settings.hashable = file.hashable ?? true
        settings.layout = file.layout ?? .files
        settings.templatesDirectory = file.templates
        let files = try Generator(settings).render()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    private func configDiagnostic(_ config: String) throws -> Diagnostic? {
        diagnostic { _ = try render(config: config) }
    }

    func testAnUnknownKeyIsALocatedErrorNamingTheKnownKeys() throws {
        let found = try XCTUnwrap(configDiagnostic("access: internal\nmodul: Pets\n"))
        XCTAssertTrue(found.description.contains("openapi-swiftgen.yaml:2:1: error: unknown key 'modul' (did you mean 'module'?)"), found.description)
        XCTAssertTrue(found.description.contains("known keys: module, access, templates"), found.description)
        let nested = try XCTUnwrap(configDiagnostic("filter:\n  operation: [listPets]\n"))
        XCTAssertTrue(nested.description.contains(":2:3: error: unknown key 'operation' (did you mean 'operations'?)"), nested.description)
        XCTAssertEqual(nested.pointer, "/filter/operation")
    }

    func testBadValuesAreLocatedErrors() throws {
        XCTAssertEqual(try configDiagnostic("layout: pages\n")?.message, "layout is files or sharded, not 'pages'")
        XCTAssertEqual(try configDiagnostic("shards: 0\n")?.message, "shards is a whole number from 1 to 64")
        XCTAssertTrue(try configDiagnostic("conformances: [Codable]\n")?.message.hasPrefix("conformances are [Codable, Hashable, Sendable]") == true)
        XCTAssertEqual(try configDiagnostic("module: my-module\n")?.message, "module 'my-module' is not a Swift identifier")
        XCTAssertTrue(try configDiagnostic("typeOverrides:\n  formats: { uuid: Foo }\n")?.message.hasPrefix("a format maps to one of String") == true)
    }

    func testTheFilterKeepsTheOperationsAndWhatTheyUseTransitivelyPlusNamedSchemas() throws {
        let files = try render(config: "filter:\n  tags: [pets]\n  schemas: [Unused]\n")
        XCTAssertEqual(
            files.keys.filter { $0.hasPrefix("Types/") }.sorted(),
            ["Types/Address.swift", "Types/Money.swift", "Types/Owner.swift", "Types/Pet.swift", "Types/Unused.swift"]
        )
        let client = try XCTUnwrap(files["Client.swift"]).appending(files["Client+Pets.swift"] ?? "")
        XCTAssertTrue(client.contains("func listPets("))
        XCTAssertFalse(files.values.contains { $0.contains("listToys") })
    }

    func testExcludesAndPathGlobs() throws {
        let byPath = try render(config: "filter:\n  paths: ['/pets/*/toys']\n")
        XCTAssertFalse(byPath.values.contains { $0.contains("func listPets(") })
        XCTAssertTrue(byPath.values.contains { $0.contains("func listToys(") })
        let excluded = try render(config: "filter:\n  exclude: { operations: [list*s] }\n")
        XCTAssertFalse(excluded.values.contains { $0.contains("func list") })
        XCTAssertNil(excluded["Types/Pet.swift"], "a schema no kept operation uses is dropped")
        XCTAssertTrue(Glob.matches("/pets/**", "/pets/1/toys"))
        XCTAssertFalse(Glob.matches("/pets/*", "/pets/1/toys"))
        XCTAssertTrue(Glob.matches("list?ets", "listPets"))
    }

    func testAFilterThatNamesNothingIsAnErrorAtThePattern() throws {
        let found = try XCTUnwrap(configDiagnostic("filter:\n  tags: [pets, toy]\n"))
        XCTAssertTrue(found.description.contains("openapi-swiftgen.yaml:2:16: error: 'toy' names no tag of the API; did you mean 'toys'?"), found.description)
        XCTAssertEqual(found.pointer, "/filter/tags/1")
        let operation = try XCTUnwrap(configDiagnostic("nameOverrides:\n  operations: { listPet: all }\n"))
        XCTAssertTrue(operation.message.contains("did you mean 'listPets'"), operation.message)
    }

    func testTypeAndNameOverrides() throws {
        let files = try render(
            config: """
                typeOverrides:
                  formats: { date-time: String }
                  schemas: { Money: MyMoney }
                nameOverrides:
                  schemas: { pet_tag: Label }
                  properties: { Pet.name: title }
                  operations: { listPets: allPets }
                """
        )
        let pet = try XCTUnwrap(files["Types/Pet.swift"])
        XCTAssertTrue(pet.contains("public var title: String"), pet)
        XCTAssertTrue(pet.contains("case title = \"name\""), pet)
        XCTAssertTrue(pet.contains("public var born: String?"), pet)
        XCTAssertTrue(pet.contains("public var price: MyMoney?"), pet)
        XCTAssertNil(files["Types/Money.swift"])
        XCTAssertNotNil(files["Types/Label.swift"])
        XCTAssertTrue(files.values.contains { $0.contains("func allPets(") })
        let property = try XCTUnwrap(configDiagnostic("nameOverrides:\n  properties: { Pet.nam: x }\n"))
        XCTAssertTrue(property.message.contains("did you mean 'Pet.name'"), property.message)
    }

    /// An expandable field's `id` accessor reads each object's `id` member by its Swift name;
    /// when a name override renames it, the accessor is left out instead of reading a member
    /// that is not there.
    func testTheExpandableIDAccessorFollowsANameOverrideOfID() throws {
        let spec = """
            openapi: 3.0.3
            info: { title: Charges, version: '1' }
            paths: {}
            components:
              schemas:
                Customer: { type: object, required: [id], properties: { id: { type: string } } }
                Charge: { type: object, properties: { customer: { anyOf: [{ type: string }, { $ref: '#/components/schemas/Customer' }] } } }
            """
        let plain = try XCTUnwrap(render(config: "module: Charges\n", spec: spec)["Types/Charge.swift"])
        XCTAssertTrue(plain.contains("enum ExpandableCustomer") && plain.contains("value.id"), plain)
        let renamed = try render(config: "module: Charges\nnameOverrides:\n  properties: { Customer.id: identifier }\n", spec: spec)
        XCTAssertTrue(renamed["Types/Customer.swift"]?.contains("var identifier: String") == true, renamed["Types/Customer.swift"] ?? "")
        let charge = try XCTUnwrap(renamed["Types/Charge.swift"])
        XCTAssertTrue(charge.contains("enum ExpandableCustomer"), charge)
        XCTAssertFalse(charge.contains("value.id"), charge)
    }

    func testEquatableInsteadOfHashable() throws {
        let files = try render(config: "conformances: [Codable, Equatable, Sendable]\n")
        let hashable = files.filter { $0.value.contains("Hashable") }.keys.sorted()
        XCTAssertEqual(hashable, ["Server.swift"], "only the server enum stays Hashable")
        XCTAssertTrue(try XCTUnwrap(files["Types/Pet.swift"]).contains("struct Pet: Codable, Equatable, Sendable"))
    }

    func testTheShardedLayoutWritesAFixedSetOfFiles() throws {
        let files = try render(config: "layout: sharded\nshards: 3\n")
        XCTAssertEqual(files.keys.sorted(), OutputLayout.shardedFileNames(count: 3).sorted())
        let all = files.values.joined()
        for declaration in ["struct Pet:", "struct Owner:", "struct Address:", "struct Toy:", "struct Client:", "enum APIError"] {
            XCTAssertEqual(all.components(separatedBy: declaration).count, 2, declaration)
        }
        for (path, text) in files {
            XCTAssertTrue(text.hasPrefix("// Generated by openapi-swiftgen."), path)
            XCTAssertLessThanOrEqual(text.components(separatedBy: "import Foundation\n").count, 2, path)
        }
        let again = try render(config: "layout: sharded\nshards: 3\n")
        XCTAssertEqual(again, files, "same input, same shards")
    }

    func testShardsStartWithTheOverriddenFileHeaderOnce() throws {
        let templates = try temporaryFolder(self)
        try "{{% CONTENT_TYPE: TEXT }}\n// Custom header\n// second line\n".write(
            to: templates.appendingPathComponent("FileHeader.mustache"), atomically: true, encoding: .utf8)
        let files = try render(config: "layout: sharded\nshards: 2\ntemplates: \(templates.path)\n")
        for (path, text) in files {
            XCTAssertTrue(text.hasPrefix("// Custom header\n// second line\n"), path)
            XCTAssertEqual(text.components(separatedBy: "// Custom header").count, 2, "\(path) repeats the header")
        }
    }

    func testTheToolFindsTheConfigNextToTheSpecAndFlagsOverrideIt() throws {
        let folder = try temporaryFolder(self)
        try spec.write(to: folder.appendingPathComponent("openapi.yaml"), atomically: true, encoding: .utf8)
        try "module: Pets\nlayout: sharded\nshards: 2\n".write(to: folder.appendingPathComponent("openapi-swiftgen.yaml"), atomically: true, encoding: .utf8)
        let result = try runTool(["generate", "openapi.yaml", "--output", "out", "--shards", "1", "--depfile", "deps.d"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(written, OutputLayout.shardedFileNames(count: 1).sorted())
        let client = try String(contentsOf: folder.appendingPathComponent("out/Client_00.swift"), encoding: .utf8)
        XCTAssertTrue(client.contains("public typealias PetsClient = Client"))
        let deps = try String(contentsOf: folder.appendingPathComponent("deps.d"), encoding: .utf8)
        XCTAssertTrue(deps.contains("openapi-swiftgen.yaml"), "the config is an input of the run")
        let bad = try runTool(["generate", "openapi.yaml", "--output", "out2", "--config", "missing.yaml"], in: folder)
        XCTAssertEqual(bad.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out2").path))
    }
}
