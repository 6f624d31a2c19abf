import Diagnostics
import Foundation

/// Writes generated files into an output folder without disturbing what did not change.
///
/// Every file is first written to a staging folder beside the output; only then are the files
/// whose bytes differ moved into place (a rename each), so a failure never leaves a
/// half-written output. Files the tool wrote on an earlier run and no longer writes are removed;
/// the list of written files is kept in `.openapi-swiftgen-files` (hidden, so SwiftPM ignores
/// it). An unchanged run touches nothing: no file is rewritten and no mtime moves.
public enum OutputWriter {
    /// The record of what the last run wrote, relative paths one per line.
    public static let manifestName = ".openapi-swiftgen-files"

    /// What a write did, for the caller's summary.
    public struct Report: Hashable, Sendable {
        public var written: [String] = []
        public var removed: [String] = []
        public var unchanged: Int = 0
    }

    /// Writes `files` (relative path → bytes) into `directory`.
    public static func write(_ files: [(path: String, contents: Data)], to directory: String) throws(WriteError) -> Report {
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var report = Report()

        let manifestURL = root.appendingPathComponent(manifestName)
        let previous = (try? String(contentsOf: manifestURL, encoding: .utf8))?
            .split(separator: "\n").map(String.init) ?? []
        let manifest = Data((files.map(\.path).sorted().joined(separator: "\n") + "\n").utf8)
        let everything = files + [(path: manifestName, contents: manifest)]

        let changed = everything.filter { file in
            fileManager.contents(atPath: root.appendingPathComponent(file.path).path) != file.contents
        }
        report.unchanged = files.count - changed.filter { $0.path != manifestName }.count

        if !changed.isEmpty {
            let staging = root.deletingLastPathComponent()
                .appendingPathComponent(".\(root.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
            defer { try? fileManager.removeItem(at: staging) }
            do {
                try? fileManager.removeItem(at: staging)
                for file in changed {
                    let url = staging.appendingPathComponent(file.path)
                    try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    // Plain write: the rename below is what makes the result appear whole.
                    guard FileManager.default.createFile(atPath: url.path, contents: file.contents) else {
                        throw CocoaError(.fileWriteUnknown)
                    }
                }
            } catch {
                throw .cannotWrite(path: staging.path, reason: error.localizedDescription)
            }
            for file in changed {
                let target = root.appendingPathComponent(file.path)
                do {
                    try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    if rename(staging.appendingPathComponent(file.path).path, target.path) != 0 {
                        throw CocoaError(.fileWriteUnknown)
                    }
                } catch {
                    throw .cannotWrite(path: target.path, reason: error.localizedDescription)
                }
                if file.path != manifestName { report.written.append(file.path) }
            }
        }

        let current = Set(files.map(\.path))
        for path in previous where !current.contains(path) && !path.isEmpty && !path.contains("..") {
            let url = root.appendingPathComponent(path)
            if (try? fileManager.removeItem(at: url)) != nil {
                report.removed.append(path)
                removeEmptyFolders(from: url.deletingLastPathComponent(), upTo: root)
            }
        }
        return report
    }

    private static func removeEmptyFolders(from folder: URL, upTo root: URL) {
        var folder = folder.standardizedFileURL
        while folder.path.count > root.path.count,
            let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), contents.isEmpty
        {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}
