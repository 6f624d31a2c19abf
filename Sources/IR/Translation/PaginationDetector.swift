import Load

/// Decides whether an operation pages, and how.
///
/// An `x-pagination` object on the operation says it explicitly:
/// `{"tokenParameter": "after_id", "nextToken": "last_id", "hasMore": "has_more"}` (`hasMore`
/// optional). Without it, the common conventions are recognised when both sides exist: a query
/// parameter carrying the cursor and a field of the success body holding the next one:
/// `pageToken`/`nextPageToken`, `page_token`/`next_page_token`, `cursor`/`nextCursor` or
/// `next_cursor`, `after_id`/`last_id` with `has_more`, `starting_after`/`last_id` with `has_more`.
enum PaginationDetector {
    static let conventions: [(parameter: String, field: String, hasMore: String?)] = [
        ("pageToken", "nextPageToken", nil),
        ("page_token", "next_page_token", nil),
        ("cursor", "nextCursor", nil),
        ("cursor", "next_cursor", nil),
        ("after_id", "last_id", "has_more"),
        ("starting_after", "last_id", "has_more"),
    ]

    static func pagination(for operation: Operation, extensionNode: Node?, api: APIDescription) -> Pagination? {
        let queryNames = Set(operation.parameters.filter { $0.location == .query }.map(\.name))
        let fields = successFields(of: operation, api: api)
        if let node = extensionNode, let parameter = node["tokenParameter"]?.string, let field = node["nextToken"]?.string,
            queryNames.contains(parameter), fields.contains(field)
        {
            let hasMore = node["hasMore"]?.string.flatMap { fields.contains($0) ? $0 : nil }
            return Pagination(tokenParameter: parameter, nextTokenField: field, hasMoreField: hasMore)
        }
        for convention in conventions where queryNames.contains(convention.parameter) && fields.contains(convention.field) {
            if let hasMore = convention.hasMore, !fields.contains(hasMore) { continue }
            return Pagination(tokenParameter: convention.parameter, nextTokenField: convention.field, hasMoreField: convention.hasMore)
        }
        return nil
    }

    private static func successFields(of operation: Operation, api: APIDescription) -> Set<String> {
        guard let response = operation.responses.first(where: { $0.status.isSuccess && $0.body != nil }),
            case .named(let name)? = response.body,
            let decl = api.type(named: name),
            case .object(let shape) = decl.kind
        else { return [] }
        return Set(shape.properties.map(\.name))
    }
}
