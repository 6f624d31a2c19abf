import IR

/// How an operation's responses become its result: the return type, the `switch` over statuses
/// and the `ErrorResponse` cases.
extension ClientViewBuilder {
    /// What an operation's responses make of its method: what it returns and throws, and the
    /// cases of its `switch` over the status.
    struct Outcome {
        var fallbackError: ErrorCaseView?
        var returnType: String?
        var returnsDoc: String?
        var throwsDoc: [String]
        var cases: [ResponseCaseView]
    }

    /// The method's outcome; error bodies met for the first time are added to `errorBodies`.
    func responseCases(_ operation: Operation, errorBodies: inout [ErrorBodyView]) -> Outcome {
        let successes = operation.responses.filter { $0.status.isSuccess }
        let successBody = successes.lazy.compactMap(\.body).first
        var returnType = operation.responseContent.map { names.spelling(.named($0), from: nil) } ?? successBody.map { names.spelling($0, from: nil) }
        if returnType != nil, successes.contains(where: { $0.body == nil }) { returnType? += "?" }
        var cases: [ResponseCaseView] = []
        var throwsDoc: [String] = []
        // Specific codes first, then ranges, then `default`, so the switch matches as the spec means.
        let ordered =
            operation.responses.filter { if case .code = $0.status { true } else { false } }
            + operation.responses.filter { if case .range = $0.status { true } else { false } }
            + operation.responses.filter { $0.status == .default }
        for response in ordered {
            var errorCase: ErrorCaseView?
            var returnsBody: String?
            var returnsVoid = false
            var returnsText = false
            var returnsData = false
            var returnsContent: String?
            var returnsMultipart: String?
            if response.status.isSuccess {
                if response.body != nil, let content = operation.responseContent {
                    returnsContent = names.spelling(.named(content), from: nil)
                } else if let body = response.body {
                    if body != successBody {
                        log.warn(
                            "success responses of '\(operation.id)' have different bodies; \(statusText(response.status)) is decoded as the first one",
                            at: operation.location
                        )
                    }
                    switch response.encoding {
                    case .text?: returnsText = true
                    case .multipart? where body != .primitive(.bytes): returnsMultipart = returnType.map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 }
                    case .binary?, .formURLEncoded?, .multipart?: returnsData = true
                    case .json?, nil: returnsBody = returnType.map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 }
                    }
                } else {
                    returnsVoid = true
                }
            } else {
                errorCase =
                    response.encoding == .text
                    ? ErrorCaseView(caseName: "text", type: nil, isText: true)
                    : errorBody(response.encoding == .json ? response.body : nil, errorBodies: &errorBodies)
                let headers = response.headersType.map { "; headers: `\(names.spelling(.named($0), from: nil))(response)`" } ?? ""
                throwsDoc.append("\(statusText(response.status)) (\(DocLines.singleLine(response.description) ?? "error")\(headers))")
            }
            cases.append(
                ResponseCaseView(
                    codes: { if case .code(let code) = response.status { [code] } else { [] } }(),
                    lowerBound: { if case .range(let hundreds) = response.status { hundreds * 100 } else { nil } }(),
                    upperBound: { if case .range(let hundreds) = response.status { hundreds * 100 + 100 } else { nil } }(),
                    isDefault: response.status == .default,
                    returnsBody: returnsBody,
                    returnsText: returnsText,
                    returnsData: returnsData,
                    returnsMultipart: returnsMultipart,
                    returnsContent: returnsContent,
                    returnsVoid: returnsVoid && returnType == nil,
                    returnsNil: returnsVoid && returnType != nil,
                    errorBody: errorCase
                )
            )
        }
        cases = Self.folded(cases)
        let returnsDoc = successes.first.flatMap { DocLines.singleLine($0.description) }
        let errorModels = Set(cases.compactMap { $0.errorBody?.type })
        let fallback = errorModels.count == 1 ? cases.lazy.compactMap(\.errorBody).first { $0.type != nil } : nil
        return Outcome(fallbackError: fallback, returnType: returnType, returnsDoc: returnType == nil ? nil : returnsDoc, throwsDoc: throwsDoc, cases: cases)
    }

    /// The switch without repetition: a status handled exactly as `default` is left to `default`
    /// (unless a range case would catch it first), and neighbouring statuses handled alike share
    /// one `case 400, 404:`.
    static func folded(_ cases: [ResponseCaseView]) -> [ResponseCaseView] {
        func sameHandling(_ a: ResponseCaseView, _ b: ResponseCaseView) -> Bool {
            a.returnsBody == b.returnsBody && a.returnsText == b.returnsText && a.returnsData == b.returnsData && a.returnsContent == b.returnsContent
                && a.returnsMultipart == b.returnsMultipart
                && a.returnsVoid == b.returnsVoid && a.returnsNil == b.returnsNil && a.errorBody == b.errorBody
        }
        var remaining = cases
        if let fallback = cases.first(where: \.isDefault), fallback.errorBody != nil {
            let ranges = cases.compactMap { candidate -> Range<Int>? in
                guard let low = candidate.lowerBound, let high = candidate.upperBound else { return nil }
                return low..<high
            }
            remaining = cases.filter { candidate in
                guard !candidate.isDefault, sameHandling(candidate, fallback) else { return true }
                if candidate.lowerBound != nil { return false }
                // Kept only where a range case would otherwise catch the status first.
                return candidate.codes.contains { code in ranges.contains { $0.contains(code) } }
            }
        }
        var folded: [ResponseCaseView] = []
        for candidate in remaining {
            if let last = folded.last, !last.codes.isEmpty, !candidate.codes.isEmpty, sameHandling(last, candidate) {
                folded[folded.count - 1].codes += candidate.codes
            } else {
                folded.append(candidate)
            }
        }
        return folded
    }

    /// The view of an operation's representations enum, when it has one.
    func responseContent(_ operation: Operation, methodName: String) -> ResponseContentView? {
        guard let name = operation.responseContent,
            let representations = operation.responses.first(where: { $0.status.isSuccess && !$0.representations.isEmpty })?.representations
        else { return nil }
        let caseNames = names.caseNames(ofRepresentations: representations)
        return ResponseContentView(
            access: access,
            equality: equality,
            name: names.declaredName(name),
            operationName: methodName,
            cases: zip(representations, caseNames).map { representation, caseName in
                ContentCaseView(
                    name: SwiftNames.escaped(caseName),
                    mediaType: SwiftNames.stringLiteralContent(representation.contentType),
                    payload: names.spelling(representation.type, from: nil),
                    isJSON: representation.encoding == .json,
                    isText: representation.encoding == .text,
                    isData: representation.encoding != .json && representation.encoding != .text
                )
            }
        )
    }

    private func statusText(_ status: Response.Status) -> String {
        switch status {
        case .code(let code): return String(code)
        case .range(let hundreds): return "\(hundreds)XX"
        case .default: return "other statuses"
        }
    }

    /// The `APIError.Body` case for an error body, added to `errorBodies` on first use.
    private func errorBody(_ body: TypeRef?, errorBodies: inout [ErrorBodyView]) -> ErrorCaseView {
        guard let body else { return ErrorCaseView(caseName: "empty", type: nil) }
        let type = names.spelling(body, from: nil)
        if let existing = errorBodies.first(where: { $0.type == type }) {
            return ErrorCaseView(caseName: existing.name, type: type)
        }
        let name = names.errorBodyCaseName(body, spelled: type, avoiding: errorBodies.map(\.name))
        errorBodies.append(ErrorBodyView(name: name, type: type))
        return ErrorCaseView(caseName: name, type: type)
    }
}
