import IR

/// Turns IR documentation into doc-comment lines.
enum DocLines {
    /// - Parameter markedDeprecated: whether the declaration carries `@available(*, deprecated)`
    ///   already; otherwise deprecation is stated in the text. (Types and stored properties are
    ///   not marked: the memberwise initialiser and `Codable` would warn on every use.)
    /// - Parameter indent: what goes before `///`: one level for a member's comment.
    static func lines(_ documentation: Documentation, extra: [String] = [], markedDeprecated: Bool = false, indent: String = "") -> [DocLine] {
        var paragraphs: [[String]] = []
        if let summary = documentation.summary { paragraphs.append(textLines(summary)) }
        if let description = documentation.description, description != documentation.summary {
            paragraphs.append(textLines(description))
        }
        let constraints = constraintLines(documentation.constraints)
        if !constraints.isEmpty { paragraphs.append(constraints) }
        if !extra.isEmpty { paragraphs.append(extra) }
        if documentation.isDeprecated && !markedDeprecated { paragraphs.append(["- Note: Deprecated by the API."]) }
        var result: [DocLine] = []
        for paragraph in paragraphs where !paragraph.isEmpty {
            if !result.isEmpty { result.append(DocLine(text: nil, indent: indent)) }
            result.append(contentsOf: paragraph.map { DocLine(text: $0.isEmpty ? nil : $0, indent: indent) })
        }
        return result
    }

    /// Lines of free text: trailing spaces trimmed, runs of blank lines collapsed, no blank
    /// first or last line.
    static func textLines(_ text: String) -> [String] {
        if let lines = asciiTextLines(text) { return lines }
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = Substring(raw)
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(String(line))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// `textLines` of ASCII text, byte by byte (splitting by `Character` is a tenth of a run on
    /// a big spec); nil when the text is not ASCII. The same line breaks: LF, CR, CRLF, VT, FF.
    private static func asciiTextLines(_ text: String) -> [String]? {
        var lines: [String] = []
        var failed = false
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var lineStart = 0
            var index = 0
            func endLine(at end: Int) {
                var last = end
                while last > lineStart, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D {
                    last -= 1
                }
                if last == lineStart && (lines.last?.isEmpty ?? true) { return }
                lines.append(String(decoding: bytes[lineStart..<last], as: UTF8.self))
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    failed = true
                    return
                }
                guard byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C else {
                    index += 1
                    continue
                }
                endLine(at: index)
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                lineStart = index
            }
            endLine(at: bytes.count)
        } ?? { failed = true }()
        if failed { return nil }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The text on one line (for `- Parameters:` entries).
    static func singleLine(_ text: String?) -> String? {
        guard let text else { return nil }
        let joined = textLines(text).filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    static func constraintLines(_ constraints: [Constraint]) -> [String] {
        var lines: [String] = []
        var minLength: Int?
        var maxLength: Int?
        var minItems: Int?
        var maxItems: Int?
        for constraint in constraints {
            switch constraint {
            case .minLength(let value): minLength = value
            case .maxLength(let value): maxLength = value
            case .minItems(let value): minItems = value
            case .maxItems(let value): maxItems = value
            default: break
            }
        }
        if let range = rangeText(minLength, maxLength) { lines.append("- Length: \(range)") }
        if let range = rangeText(minItems, maxItems) { lines.append("- Items: \(range)") }
        for constraint in constraints {
            switch constraint {
            case .pattern(let pattern):
                lines.append(pattern.contains("`") ? "- Pattern: \(pattern)" : "- Pattern: `\(pattern)`")
            case .minimum(let value, let exclusive):
                lines.append("- Minimum: \(value)\(exclusive ? " (exclusive)" : "")")
            case .maximum(let value, let exclusive):
                lines.append("- Maximum: \(value)\(exclusive ? " (exclusive)" : "")")
            case .format(let format):
                lines.append("- Format: \(format)")
            case .defaultValue(let value):
                lines.append("- Default: \(value)")
            case .allowedValues(let values):
                lines.append("- Values: \(values.joined(separator: ", "))")
            case .readOnly:
                lines.append("- Note: Read-only: the server sends it and ignores it in requests.")
            case .writeOnly:
                lines.append("- Note: Write-only: sent in requests, never returned.")
            default:
                break
            }
        }
        return lines
    }

    private static func rangeText(_ lower: Int?, _ upper: Int?) -> String? {
        switch (lower, upper) {
        case (let lower?, let upper?): return "\(lower)...\(upper)"
        case (let lower?, nil): return "\(lower) or more"
        case (nil, let upper?): return "up to \(upper)"
        case (nil, nil): return nil
        }
    }
}
