import Diagnostics
import Foundation
import IR
import Load
import Render
import Resolve
import SwiftModel

/// One input through Load → Resolve → Build IR → Swift model → Render, in memory: the unit of work of the
/// fuzzer (`make fuzz`). Errors are expected answers to bad input; only a crash, a hang or an
/// unbounded allocation is a finding.
///
/// The input's format follows its content: JSON when it starts with `{` or `[`, Markdown when it
/// holds a ```` ```json ```` fence, YAML otherwise. References are read only under a folder of
/// the fuzzer's own, so an input cannot reach the machine's files.
enum FuzzEntry {
    static let file = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgen-fuzz/input").path
    static let templates = TemplateLibrary(parsing: .defaults)

    static func run(_ bytes: [UInt8]) {
        let log = DiagnosticLog()
        do {
            let document = try load(bytes, log: log)
            let resolver = try RefResolver.resolve(document, access: FileAccess(specPaths: [file]), log: log)
            let api = try IRBuilder.build(resolver, log: log)
            _ = try SwiftRenderer.render(SwiftPlan.build(api, options: SwiftOptions(moduleName: "Fuzz"), log: log), templates: templates)
        } catch {
            _ = (error as? any DiagnosticError)?.diagnostic.description
        }
    }

    /// The input's documents, read as the kind of file its content suggests.
    private static func load(_ bytes: [UInt8], log: DiagnosticLog) throws -> Node {
        let first = bytes.first { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }
        let fileExtension: String
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            fileExtension = "json"
        } else if String(decoding: bytes, as: UTF8.self).contains("```json") {
            fileExtension = "md"
        } else {
            fileExtension = "yaml"
        }
        return try DocumentMerger.merge(SpecLoader.documents(bytes: bytes, file: file + "." + fileExtension, log: log))
    }
}

#if FUZZING
/// What libFuzzer calls with each input it makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzEntry.run(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

/// libFuzzer's driver (the fuzzer build links libFuzzer, which has it).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// The fuzzer build hands every input libFuzzer makes to `FuzzEntry`; the plain build replays
/// the files given as arguments (a crash the fuzzer saved, say) through the same path, so a
/// finding can be debugged without the fuzzer.
@main
struct FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzEntry.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            print("\(path): no crash")
        }
        #endif
    }
}
