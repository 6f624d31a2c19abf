import IR

/// The `Accept` header an operation sends: the media types its responses document.
extension ClientViewBuilder {
    /// The `Accept` header of an operation: every media type its responses document, those of
    /// success statuses first, each once (case-insensitively), in spec order; nil when none does.
    static func accept(_ operation: Operation) -> String? {
        let types = acceptedTypes(operation.responses.filter(\.status.isSuccess) + operation.responses.filter { !$0.status.isSuccess })
        return types.isEmpty ? nil : types.joined(separator: ", ")
    }

    /// The media types `responses` document, each once (case-insensitively), in order.
    static func acceptedTypes(_ responses: [Response]) -> [String] {
        var types: [String] = []
        var seen: Set<String> = []
        for type in responses.flatMap(\.mediaTypes) where seen.insert(type.lowercased()).inserted {
            types.append(type)
        }
        return types
    }
}
