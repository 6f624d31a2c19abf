import Mustache

/// A view model the templates read through a generated `child(named:)` (`ViewModelKeys.swift`).
protocol ViewModel: MustacheParent {}

/// Text a view hands to swift-mustache: rendered as is, without the dynamic casts and
/// `String(describing:)` a plain `String` goes through on every use.
///
/// `null` is what a view answers for a key it has whose value is nil: found (so the lookup does
/// not climb to an enclosing view that happens to have a key of the same name) and false.
struct TemplateText: MustacheCustomRenderable {
    let renderText: String
    let isNull: Bool

    init(_ text: String) {
        renderText = text
        isNull = false
    }

    private init(null: Void) {
        renderText = ""
        isNull = true
    }

    static let null = TemplateText(null: ())
}
