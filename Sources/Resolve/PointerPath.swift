import Load

/// The JSON pointer of the node a tree walk is at, kept as its unescaped tokens and spelled as
/// a `String` only when a reference or a diagnostic needs it: a walk passes every node of the
/// document, and a new string for each would cost more than the walk.
struct PointerPath {
    private var tokens: [String] = []

    /// Steps into the member or item named `token`.
    mutating func push(_ token: String) {
        tokens.append(token)
    }

    /// Steps back out of the last `push`.
    mutating func pop() {
        tokens.removeLast()
    }

    /// The pointer, tokens escaped: `""` at the root, `/paths/~1pets` below it.
    var text: String {
        JSONPointer.pointer(tokens)
    }
}
