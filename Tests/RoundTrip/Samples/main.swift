import Diagnostics
import Foundation
import IR
import Load
import Resolve
import SwiftModel

// Writes, for one spec, JSON instances of every component schema (`samples.txt`: one
// `key<TAB>json` per line, fixed seed) and the `main.swift` of a round-trip check that decodes
// each into the component's generated type and encodes it back (see scripts/roundtrip.sh).
//
// usage: openapi-swiftgen-samples --output DIR [--seed N] [--count N] SPEC...

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
guard let output = option("--output") else {
    FileHandle.standardError.write(Data("usage: openapi-swiftgen-samples --output DIR [--seed N] [--count N] SPEC...\n".utf8))
    exit(2)
}
let seed = option("--seed").flatMap { UInt64($0) } ?? 17
let count = option("--count").flatMap { Int($0) } ?? 20
let specs = arguments

do {
    let log = DiagnosticLog()
    let root = try SpecLoader.load(paths: specs, log: log)
    let resolver = try RefResolver.resolve(root, access: FileAccess(specPaths: specs), log: log)
    let api = try IRBuilder.build(resolver, log: log)
    let swiftNames = SwiftPlan.topLevelTypeNames(of: api)
    let declarations = Dictionary(api.types.map { ($0.location, $0.name) }, uniquingKeysWith: { first, _ in first })

    var samples = ""
    var checks = ""
    var generator = InstanceGenerator(resolver: resolver, seed: seed)
    for entry in root["components"]?["schemas"]?.object?.entries ?? [] {
        guard let name = declarations[entry.value.location], let swiftName = swiftNames[name] else { continue }
        for _ in 0..<count {
            samples += entry.key + "\t" + generator.instance(of: entry.value, component: entry.key) + "\n"
        }
        checks += "checker.check(\(InstanceGenerator.quoted(entry.key)), \(swiftName).self)\n"
    }
    let main = """
        // Written by openapi-swiftgen-samples.
        import Foundation
        import RoundTripHarness

        var checker = RoundTripChecker(samplesPath: CommandLine.arguments[1], decoder: JSONCoding.decoder(), encode: { try JSONCoding.encode($0) })
        \(checks)exit(checker.finish(CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : "module"))

        """
    try samples.write(toFile: output + "/samples.txt", atomically: true, encoding: .utf8)
    try main.write(toFile: output + "/main.swift", atomically: true, encoding: .utf8)
} catch let error as any DiagnosticError {
    FileHandle.standardError.write(Data((error.diagnostic.description + "\n").utf8))
    exit(1)
}
