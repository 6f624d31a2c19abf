import Diagnostics
import Foundation
import IR
import Load
import SwiftModel

/// `openapi-swiftgen.yaml` (or `.yml`, `.json`): how to generate, for users who keep it next to
/// their spec instead of spelling flags. Read through Load, so a mistake is reported at its
/// line and column; an unknown key is an error naming the known ones.
///
/// ```yaml
/// module: Petstore
/// access: internal            # public (default) or internal
/// templates: Templates        # relative to this file
/// layout: sharded             # files (default) or sharded
/// shards: 8                   # sharded: how many Types_NN.swift / Client_NN.swift
/// conformances: [Codable, Equatable, Sendable]
/// filter:
///   tags: [pets]              # keep operations with one of these tags,
///   operations: ["list*"]     # or one of these operationIds,
///   paths: ["/pets/**"]       # or one of these paths (globs: *, **, ?)
///   exclude: { operations: [deletePet] }
///   schemas: [Error]          # kept even when no kept operation uses them
/// typeOverrides:
///   formats: { date-time: String }
///   schemas: { Money: MyMoney }
/// nameOverrides:
///   schemas: { pet_name: PetName }
///   properties: { Pet.name: title }
///   operations: { listPets: allPets }
/// ```
public struct ConfigFile: Sendable {
    public var module: String?
    public var access: SwiftOptions.Access?
    /// Absolute, or relative to the working directory (resolved against the config's folder).
    public var templates: String?
    public var layout: OutputLayout?
    public var hashable: Bool?
    public var customization = Customization()
    /// The file it was read from.
    public var path: String

    /// The names `find(nextTo:)` looks for, in order.
    public static let fileNames = ["openapi-swiftgen.yaml", "openapi-swiftgen.yml", "openapi-swiftgen.json"]

    /// The config file in the folder of `specPath`, if there is one.
    public static func find(nextTo specPath: String) -> String? {
        let folder = (specPath as NSString).deletingLastPathComponent
        for name in fileNames {
            let candidate = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Reads and checks a config file.
    public static func load(_ path: String) throws -> ConfigFile {
        let documents = try SpecLoader.documents(inFile: path)
        guard let root = documents.first else {
            throw ConfigError.invalid("the config file is empty", at: SourceLocation(file: path, line: 1, column: 1), pointer: "")
        }
        var reader = ConfigReader(path: path)
        return try reader.read(root)
    }
}

/// A config file that cannot be used: what is wrong, where.
public enum ConfigError: DiagnosticError, Sendable {
    case invalid(String, at: SourceLocation, pointer: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .invalid(let message, let location, let pointer):
            return Diagnostic(.error, message, at: location, pointer: pointer)
        }
    }
}
