/// The choices a user makes about the emitted Swift (the CLI's flags, the config file).
public struct SwiftOptions: Sendable {
    /// The access level of every API declaration.
    public enum Access: String, Sendable, CaseIterable {
        case `public`
        case `internal`
    }

    /// The module the code is compiled into: it names the `<Module>Client` / `<Module>Error` aliases.
    public var moduleName: String
    public var access: Access
    /// Declared types conform to `Hashable` (the default) or only to `Equatable`, which
    /// compiles faster.
    public var hashable: Bool
    public var layout: OutputLayout

    public init(moduleName: String, access: Access = .public, hashable: Bool = true, layout: OutputLayout = .files) {
        self.moduleName = moduleName
        self.access = access
        self.hashable = hashable
        self.layout = layout
    }
}
