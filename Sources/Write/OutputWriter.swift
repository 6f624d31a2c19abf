import Diagnostics
import Foundation

/// Writes generated files into an output folder without disturbing what did not change.
///
/// Files arrive one at a time (`add`), as the renderer produces them, so the whole output never
/// has to sit in memory. A file whose bytes equal what is already on disk is only counted;
/// any other is written to a staging folder beside the output. `commit()` then moves the staged
/// files into place (a rename each, or one rename of the whole folder when there is no output
/// yet) and removes files an earlier run wrote and this one did not,
/// so a failure before `commit()` never leaves a half-written output. The list of written files
/// is kept in `.openapi-swiftgen-files` (hidden, so SwiftPM ignores it). An unchanged run
/// touches nothing: no file is rewritten and no mtime moves.
///
/// `add` may be called from several threads.
public final class OutputWriter: @unchecked Sendable {
    /// The record of what the last run wrote, relative paths one per line.
    public static let manifestName = ".openapi-swiftgen-files"

    /// What a write did, for the caller's summary.
    public struct Report: Hashable, Sendable {
        public var written: [String] = []
        public var removed: [String] = []
        public var unchanged: Int = 0
    }

    private let root: URL
    /// `root.path`, to join relative paths to without `URL` work per file.
    private let rootPath: String
    /// The staging folder beside the output.
    private let stagingPath: String
    private let lock = NSLock()
    private var paths: [String] = []
    private var staged: [String] = []
    private var unchanged = 0
    private var stagingFolders: Set<String> = []
    private var finished = false

    /// Starts writing into `directory`; nothing on disk changes until `commit()`.
    public init(directory: String) {
        root = URL(fileURLWithPath: directory).standardizedFileURL
        rootPath = root.path
        stagingPath =
            root.deletingLastPathComponent()
            .appendingPathComponent(".\(root.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)").path
    }

    deinit {
        if !finished { discard() }
    }

    /// Writes `files` (relative path → bytes) into `directory` in one go.
    public static func write(_ files: [(path: String, contents: Data)], to directory: String) throws(WriteError) -> Report {
        let writer = OutputWriter(directory: directory)
        for file in files {
            try writer.add(file.path, file.contents)
        }
        return try writer.commit()
    }

    /// Adds one file of the output: staged when its bytes differ from the file on disk. Files
    /// are compared and written outside the lock, so threads adding files do not wait for each
    /// other's disk work.
    public func add<Bytes: Collection<UInt8>>(_ path: String, _ contents: Bytes) throws(WriteError) {
        if Self.sameBytes(contents, atPath: rootPath + "/" + path) {
            locked {
                paths.append(path)
                unchanged += 1
            }
            return
        }
        try locked { () throws(WriteError) in
            paths.append(path)
            staged.append(path)
            try prepareStagingFolder(for: path)
        }
        try write(contents, stagedAs: path)
    }

    /// Runs `body` holding the lock.
    private func locked<Failure: Error>(_ body: () throws(Failure) -> Void) throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        try body()
    }

    /// Moves the staged files into place, writes the manifest and removes files that are no
    /// longer generated.
    public func commit() throws(WriteError) -> Report {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        defer { try? FileManager.default.removeItem(atPath: stagingPath) }
        let fileManager = FileManager.default
        var report = Report()
        report.unchanged = unchanged

        let manifestURL = root.appendingPathComponent(Self.manifestName)
        let previous =
            (try? String(contentsOf: manifestURL, encoding: .utf8))?
            .split(separator: "\n").map(String.init) ?? []
        let manifest = Array((paths.sorted().joined(separator: "\n") + "\n").utf8)
        var moves = staged.sorted()
        if !Self.sameBytes(manifest, atPath: manifestURL.path) {
            try stage(Self.manifestName, manifest)
            moves.append(Self.manifestName)
        }

        if !fileManager.fileExists(atPath: root.path) {
            // A first generation: the staging folder becomes the output in one rename.
            do {
                try fileManager.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
                if rename(stagingPath, rootPath) != 0 {
                    throw CocoaError(.fileWriteUnknown)
                }
            } catch {
                throw .cannotWrite(path: root.path, reason: error.localizedDescription)
            }
            report.written = moves.filter { $0 != Self.manifestName }
            return report
        }

        var targetFolders: Set<URL> = []
        for path in moves {
            let target = root.appendingPathComponent(path)
            do {
                let folder = target.deletingLastPathComponent()
                if targetFolders.insert(folder).inserted {
                    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                if rename(stagingPath + "/" + path, target.path) != 0 {
                    throw CocoaError(.fileWriteUnknown)
                }
            } catch {
                throw .cannotWrite(path: target.path, reason: error.localizedDescription)
            }
            if path != Self.manifestName { report.written.append(path) }
        }

        let current = Set(paths)
        for path in previous where !current.contains(path) && !path.isEmpty && !path.contains("..") {
            let url = root.appendingPathComponent(path)
            if (try? fileManager.removeItem(at: url)) != nil {
                report.removed.append(path)
                removeEmptyFolders(from: url.deletingLastPathComponent())
            }
        }
        return report
    }

    /// Drops everything staged; the output folder stays as it was.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        try? FileManager.default.removeItem(atPath: stagingPath)
    }

    /// Stages one file; the lock must be held.
    private func stage<Bytes: Collection<UInt8>>(_ path: String, _ contents: Bytes) throws(WriteError) {
        try prepareStagingFolder(for: path)
        try write(contents, stagedAs: path)
    }

    /// Creates the staging folder `path` goes into, the first time one is needed (clearing a
    /// staging folder an interrupted run left behind first). The lock must be held.
    private func prepareStagingFolder(for path: String) throws(WriteError) {
        if stagingFolders.isEmpty {
            try? FileManager.default.removeItem(atPath: stagingPath)
        }
        let folder = (stagingPath + "/" + path as NSString).deletingLastPathComponent
        guard stagingFolders.insert(folder).inserted else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: stagingPath, reason: error.localizedDescription)
        }
    }

    /// Writes a staged file whose folder is prepared. Plain write, no fsync: the rename in
    /// `commit()` is what makes the result appear whole.
    private func write<Bytes: Collection<UInt8>>(_ contents: Bytes, stagedAs path: String) throws(WriteError) {
        do {
            try Self.writePlain(contents, to: stagingPath + "/" + path)
        } catch {
            throw .cannotWrite(path: stagingPath, reason: error.localizedDescription)
        }
    }

    /// Whether the file at `path` holds exactly `contents` (false when it does not exist).
    private static func sameBytes<Bytes: Collection<UInt8>>(_ contents: Bytes, atPath path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == contents.count else { return false }
        var existing = [UInt8](repeating: 0, count: contents.count)
        let count = existing.withUnsafeMutableBytes { buffer in
            var total = 0
            while total < buffer.count, let base = buffer.baseAddress {
                let chunk = read(descriptor, base + total, buffer.count - total)
                if chunk <= 0 { break }
                total += chunk
            }
            return total
        }
        guard count == contents.count else { return false }
        let equal = contents.withContiguousStorageIfAvailable { buffer in
            existing.withUnsafeBufferPointer { mine in
                guard let left = mine.baseAddress, let right = buffer.baseAddress else { return count == 0 }
                return memcmp(left, right, count) == 0
            }
        }
        return equal ?? existing.elementsEqual(contents)
    }

    /// Creates (or truncates) `path` and writes `contents` with plain POSIX calls.
    private static func writePlain<Bytes: Collection<UInt8>>(_ contents: Bytes, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        func writeAll(_ buffer: UnsafeBufferPointer<UInt8>) throws {
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                offset += written
            }
        }
        if try contents.withContiguousStorageIfAvailable(writeAll) == nil {
            try Array(contents).withUnsafeBufferPointer(writeAll)
        }
    }

    private func removeEmptyFolders(from folder: URL) {
        var folder = folder.standardizedFileURL
        while folder.path.count > root.path.count,
            let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), contents.isEmpty
        {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}
