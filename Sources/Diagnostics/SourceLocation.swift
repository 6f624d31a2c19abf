/// A position in an input file: 1-based line and column (columns count characters, not bytes).
///
/// Every node of a loaded document carries one, so line and column are stored in 32 bits each.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
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
