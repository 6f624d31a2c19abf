import Foundation

/// A Make dependency file: `target: input input …`, spaces in paths escaped.
public enum Depfile {
    /// Writes the rule `path: inputs` to `path` (the depfile names itself as the target, so a
    /// Makefile can read its prerequisites without `include` remaking it).
    public static func write(inputs: [String], to path: String) throws(WriteError) {
        let escaped = inputs.map { $0.replacingOccurrences(of: " ", with: "\\ ") }
        let text = "\(path): \(escaped.joined(separator: " "))\n"
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
