/// The limits every input file is read under: specs, files reached through `$ref`, templates.
///
/// Specs are untrusted input, so each limit ends in a located error rather than an allocation
/// or a walk without bound.
public struct InputLimits: Hashable, Sendable {
    /// The default size limit of one file: ten times the largest published specs.
    public static let defaultMaxFileBytes = 64 << 20
    /// How deeply arrays and objects may nest, in JSON and YAML alike.
    public static let maxNesting = 512
    /// How many values a YAML document may hold once its aliases are expanded.
    public static let maxExpandedYAMLNodes = 4_000_000

    /// The largest file read, in bytes.
    public var maxFileBytes: Int

    public init(maxFileBytes: Int = InputLimits.defaultMaxFileBytes) {
        self.maxFileBytes = maxFileBytes
    }
}
