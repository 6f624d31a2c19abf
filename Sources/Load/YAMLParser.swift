import CYaml
import Diagnostics

/// Parses YAML text (through the system libyaml) into a `Node` tree with the line and column
/// of every value, like `JSONParser` does for JSON.
///
/// Scalars follow the YAML 1.2 core schema: plain `null`/`~`/empty, `true`/`false`, integers and
/// floats become JSON-like values; quoted and block scalars are always strings. Mapping keys are
/// kept as text (`200:` is the key `"200"`). Anchors and aliases are expanded, `<<` merge keys
/// are applied, and a stream with more than one document is refused. Nesting is capped as in
/// JSON (`InputLimits.maxNesting`, counted through aliases), and so is the number of values
/// aliases expand to (`InputLimits.maxExpandedYAMLNodes`): an alias bomb ends in an error as
/// soon as it passes the budget, before anything walks the tree.
public struct YAMLParser {
    private let text: String
    /// The start of the file; every value's location is this one moved.
    private let origin: SourceLocation

    public init(text: String, file: String) {
        self.text = text
        self.origin = SourceLocation(file: file, line: 1, column: 1)
    }

    /// A container being filled while events arrive.
    private enum Frame {
        case sequence(items: [Node], location: SourceLocation, anchor: String?)
        case mapping(object: ObjectNode, pendingKey: (String, SourceLocation)?, location: SourceLocation, anchor: String?, merges: [ObjectNode])
    }

    public func parseDocument() throws(LoadError) -> Node {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .malformedYAML("cannot initialise the YAML parser", at: origin)
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        let result: Result<Node, LoadError> = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return .failure(.malformedYAML("empty document", at: origin))
            }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            do throws(LoadError) {
                return .success(try run(&parser))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        origin.moved(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int? = nil) -> String? {
        guard let pointer else { return nil }
        if let length {
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    private func run(_ parser: inout yaml_parser_t) throws(LoadError) -> Node {
        var stack: [Frame] = []
        /// Per open frame: the values under it so far and the height of its tallest child.
        var extents: [Extent] = []
        var anchors: [String: (node: Node, extent: Extent)] = [:]
        var expandedNodes = 0
        var root: Node?
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
                throw .malformedYAML(problem, at: location(parser.problem_mark))
            }
            defer { yaml_event_delete(&event) }
            let start = location(event.start_mark)
            var completed: Node?
            var extent = Extent(nodes: 1, height: 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard let root else { throw .malformedYAML("the YAML stream holds no document", at: start) }
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw .malformedYAML("a YAML stream with several documents is not supported; give one document per file", at: start)
                }
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else { throw .malformedYAML("unknown alias *\(name)", at: start) }
                completed = Node(target.node.value, at: start)
                extent = target.extent
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = string(scalar.value, length: Int(scalar.length)) ?? ""
                let tag = string(scalar.tag)
                let node = Node(Self.resolve(value, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE && tag == nil, tag: tag), at: start)
                if let anchor = string(scalar.anchor) { anchors[anchor] = (node, extent) }
                // A scalar in key position is a key, whatever it looks like.
                if case .mapping(let object, nil, let mappingLocation, let anchor, let merges) = stack.last {
                    stack[stack.count - 1] = .mapping(object: object, pendingKey: (value, start), location: mappingLocation, anchor: anchor, merges: merges)
                    continue
                }
                completed = node
            case YAML_SEQUENCE_START_EVENT:
                try guardNotKey(stack, at: start)
                try guardNesting(stack.count + 1, at: start)
                stack.append(.sequence(items: [], location: start, anchor: string(event.data.sequence_start.anchor)))
                extents.append(Extent(nodes: 1, height: 1))
            case YAML_MAPPING_START_EVENT:
                try guardNotKey(stack, at: start)
                try guardNesting(stack.count + 1, at: start)
                stack.append(.mapping(object: ObjectNode(), pendingKey: nil, location: start, anchor: string(event.data.mapping_start.anchor), merges: []))
                extents.append(Extent(nodes: 1, height: 1))
            case YAML_SEQUENCE_END_EVENT:
                guard case .sequence(let items, let sequenceLocation, let anchor) = stack.popLast() else { break }
                extent = extents.removeLast()
                let node = Node(.array(items), at: sequenceLocation)
                if let anchor { anchors[anchor] = (node, extent) }
                completed = node
            case YAML_MAPPING_END_EVENT:
                guard case .mapping(var object, _, let mappingLocation, let anchor, let merges) = stack.popLast() else { break }
                extent = extents.removeLast()
                for merge in merges {
                    for entry in merge.entries where !object.contains(entry.key) {
                        object.set(entry.key, entry.value, keyLocation: entry.keyLocation)
                    }
                }
                let node = Node(.object(object), at: mappingLocation)
                if let anchor { anchors[anchor] = (node, extent) }
                completed = node
            default:
                break
            }
            guard let node = completed else { continue }
            // An alias stands for every value under its anchor; any other value for itself.
            expandedNodes += event.type == YAML_ALIAS_EVENT ? extent.nodes : 1
            if expandedNodes > InputLimits.maxExpandedYAMLNodes {
                throw .malformedYAML(
                    "the document holds more than \(InputLimits.maxExpandedYAMLNodes) values once its aliases are expanded (an alias bomb?)", at: start
                )
            }
            try guardNesting(stack.count + extent.height, at: start)
            if !extents.isEmpty {
                extents[extents.count - 1].nodes += extent.nodes
                extents[extents.count - 1].height = max(extents[extents.count - 1].height, extent.height + 1)
            }
            switch stack.last {
            case nil:
                root = node
            case .sequence(var items, let sequenceLocation, let anchor):
                items.append(node)
                stack[stack.count - 1] = .sequence(items: items, location: sequenceLocation, anchor: anchor)
            case .mapping(var object, let key?, let mappingLocation, let anchor, var merges):
                if key.0 == "<<" {
                    if let merged = node.object {
                        merges.append(merged)
                    } else {
                        merges.append(contentsOf: (node.array ?? []).compactMap(\.object))
                    }
                } else if object.contains(key.0) {
                    throw .malformedYAML("duplicate key \"\(key.0)\"", at: key.1)
                } else {
                    object.set(key.0, node, keyLocation: key.1)
                }
                stack[stack.count - 1] = .mapping(object: object, pendingKey: nil, location: mappingLocation, anchor: anchor, merges: merges)
            case .mapping(_, nil, _, _, _):
                throw .malformedYAML("a mapping key must be a scalar", at: node.location)
            }
        }
    }

    /// How many values a completed node stands for (aliases counted expanded) and how deep it is.
    private struct Extent {
        var nodes: Int
        var height: Int
    }

    private func guardNesting(_ depth: Int, at location: SourceLocation) throws(LoadError) {
        if depth > InputLimits.maxNesting {
            throw .malformedYAML("nesting deeper than \(InputLimits.maxNesting) levels", at: location)
        }
    }

    private func guardNotKey(_ stack: [Frame], at location: SourceLocation) throws(LoadError) {
        if case .mapping(_, nil, _, _, _) = stack.last {
            throw .malformedYAML("complex mapping keys are not supported", at: location)
        }
    }

    /// The value of a scalar under the YAML 1.2 core schema.
    static func resolve(_ text: String, plain: Bool, tag: String?) -> Node.Value {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return .bool(["true", "True", "TRUE"].contains(text))
            case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float": return Double(text) != nil ? .number(text) : .string(text)
            default: return .string(text)
            }
        }
        guard plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if isNumber(text) { return .number(text) }
        return .string(text)
    }

    /// Decimal integers and floats as JSON writes them (`-12`, `3.5`, `1e-3`); anything else
    /// (`0x1F`, `1_000`, `.inf`, dates, versions such as `3.0.0`) stays text.
    static func isNumber(_ text: String) -> Bool {
        var sawDigit = false
        var sawDot = false
        var sawExponent = false
        var previous: Character?
        for (index, character) in text.enumerated() {
            switch character {
            case "0"..."9":
                sawDigit = true
            case "-", "+":
                guard index == 0 || previous == "e" || previous == "E" else { return false }
            case ".":
                guard !sawDot, !sawExponent else { return false }
                sawDot = true
            case "e", "E":
                guard sawDigit, !sawExponent else { return false }
                sawExponent = true
            default:
                return false
            }
            previous = character
        }
        return sawDigit && previous.map { $0.isNumber || $0 == "." } == true
    }
}
