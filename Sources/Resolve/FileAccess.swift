import Foundation
import Load

/// Which files `$ref`s may read, and under which limits.
///
/// By default a reference reaches only regular files under the root spec's folder (each root
/// spec's, when several are merged); the user widens that by naming more folders. Folders are
/// compared by their real paths, so neither `..`, `%2e%2e`, an absolute path nor a symbolic
/// link leads outside them.
public struct FileAccess: Sendable {
    /// The real paths of the folders references may read below.
    public private(set) var allowedFolders: [String]
    /// The real paths of the root specs: a reference to one of them is into the root document.
    public private(set) var rootFiles: Set<String>
    public var limits: InputLimits

    /// The folders of `specPaths`, plus `extraFolders` (as the user spelled them).
    public init(specPaths: [String], extraFolders: [String] = [], limits: InputLimits = InputLimits()) {
        let folders = specPaths.map { ($0 as NSString).deletingLastPathComponent } + extraFolders
        allowedFolders = folders.map { CanonicalPath.real($0.isEmpty ? "." : $0) ?? CanonicalPath.absolute($0) }
        rootFiles = Set(specPaths.compactMap(CanonicalPath.real))
        self.limits = limits
    }

    /// Whether the real path `path` lies below an allowed folder.
    func allows(_ path: String) -> Bool {
        allowedFolders.contains { folder in
            folder == "/" || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
    }
}

/// One spelling per file: the real path, with `.`, `..` and symbolic links resolved, so a file
/// reached as `a/../b.yml`, `./b.yml` or through a link is one file with one identity.
enum CanonicalPath {
    /// The real path of an existing file or folder, or nil with `errno` set.
    static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` made absolute against the working folder and standardized, without touching the
    /// file system (for paths that do not exist).
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (joined as NSString).standardizingPath
    }

    /// How a diagnostic names the file at real path `path`: relative to the working folder when
    /// it lies below it, else absolute.
    static func display(_ path: String) -> String {
        path.hasPrefix(workingFolderPrefix) ? String(path.dropFirst(workingFolderPrefix.count)) : path
    }

    /// The real path of the working folder, ending in `/` (the tool never changes folder).
    private static let workingFolderPrefix: String = {
        let folder = real(".") ?? FileManager.default.currentDirectoryPath
        return folder.hasSuffix("/") ? folder : folder + "/"
    }()
}
