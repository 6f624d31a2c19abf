/// The package's own money type, used for the spec's `Money` (typeOverrides).
public struct MyMoney: Codable, Equatable, Sendable {
    public var amount: Int
    public var currency: String

    public var text: String { "\(amount) \(currency)" }
}
