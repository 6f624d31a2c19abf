/// How generated code is laid out on the page.
public enum SwiftLayout {
    /// One level of indentation: nested declarations are indented by it.
    public static let indentUnit = "    "
}
