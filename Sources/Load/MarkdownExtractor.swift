import Diagnostics

/// Finds the OpenAPI documents embedded in Markdown API docs.
///
/// Every fenced code block (```` ``` ```` or `~~~`) whose info string starts with `json` is a
/// candidate; a candidate is a partial OpenAPI document when its top-level object has an
/// `openapi` key. Other JSON blocks (request samples, say) are skipped.
public enum MarkdownExtractor {
    /// One fenced block: its text and the line of its first content line.
    public struct Block: Sendable {
        public var text: String
        public var firstLine: Int
    }

    /// The fenced `json` blocks of `text`, in order.
    public static func jsonBlocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var open: (fence: Character, length: Int, firstLine: Int, lines: [Substring], isJSON: Bool)?
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let content = line.hasSuffix("\r") ? line.dropLast() : line
            let trimmed = content.drop(while: { $0 == " " })
            if var block = open {
                if let fence = fenceRun(trimmed), fence.character == block.fence, fence.length >= block.length,
                    trimmed.dropFirst(fence.length).allSatisfy({ $0 == " " || $0 == "\t" })
                {
                    if block.isJSON {
                        blocks.append(Block(text: block.lines.joined(separator: "\n"), firstLine: block.firstLine))
                    }
                    open = nil
                } else {
                    block.lines.append(content)
                    open = block
                }
            } else if content.count - trimmed.count < 4, let fence = fenceRun(trimmed) {
                let info = trimmed.dropFirst(fence.length).lowercased()
                let language = info.split(whereSeparator: { " \t{,".contains($0) }).first ?? ""
                open = (fence.character, fence.length, lineNumber + 1, [], language == "json")
            }
        }
        return blocks
    }

    /// The partial OpenAPI documents of a Markdown file, parsed, with locations in that file.
    public static func documents(in text: String, file: String, log: DiagnosticLog? = nil) throws(LoadError) -> [Node] {
        var documents: [Node] = []
        for block in jsonBlocks(in: text) {
            var parser = JSONParser(text: block.text, file: file, firstLine: block.firstLine)
            do {
                let node = try parser.parseDocument()
                if node["openapi"] != nil {
                    documents.append(node)
                    for warning in parser.warnings { log?.add(warning) }
                }
            } catch {
                // A broken sample is not our business; a broken OpenAPI document is.
                if block.text.contains("\"openapi\"") {
                    throw error
                }
            }
        }
        guard !documents.isEmpty else { throw .noOpenAPIDocument(file: file) }
        return documents
    }

    private static func fenceRun(_ line: Substring) -> (character: Character, length: Int)? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let length = line.prefix(while: { $0 == first }).count
        return length >= 3 ? (first, length) : nil
    }
}
