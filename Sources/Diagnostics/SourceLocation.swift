import Foundation

/// A position in an input file: 1-based line and column (columns count characters, not bytes).
///
/// Every node of a loaded document carries one, so it is kept small: the file is a number in a
/// process-wide table of file names (each name is stored once), line and column are 32 bits.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    private var fileID: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public init(file: String, line: Int, column: Int) {
        self.fileID = FileNames.shared.id(for: file)
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
    }

    /// Another position in the same file (no file-name lookup: parsers make one per value).
    public func moved(line: Int, column: Int) -> SourceLocation {
        var location = self
        location.storedLine = UInt32(clamping: line)
        location.storedColumn = UInt32(clamping: column)
        return location
    }

    public var file: String {
        get { FileNames.shared.name(for: fileID) }
        set { fileID = FileNames.shared.id(for: newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// `file:line:column`, the prefix compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}

/// The file names locations refer to, each stored once; numbers are handed out in order of first
/// use and never reused, so equal numbers mean equal names.
private final class FileNames: @unchecked Sendable {
    static let shared = FileNames()

    private let lock = NSLock()
    private var names: [String] = []
    private var ids: [String: UInt32] = [:]

    func id(for name: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let known = ids[name] { return known }
        let id = UInt32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    func name(for id: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return names[Int(id)]
    }
}
