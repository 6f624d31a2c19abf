import Diagnostics

/// Parses JSON text into a `Node` tree, recording the line and column of every value.
///
/// Foundation's `JSONSerialization` loses positions and key order, both of which the generator
/// needs (diagnostics, declaration order), so this is a small single-pass recursive-descent parser
/// over UTF-8 bytes.
public struct JSONParser {
    private let bytes: [UInt8]
    /// The start of the text; every value's location is this one moved.
    private let origin: SourceLocation
    private var position = 0
    private var line: Int
    private var lineStart = 0
    private var columnOffset: Int
    private var depth = 0
    private var cachedPosition = -1
    private var cachedColumn = 1
    /// What was read but is suspect (a lone surrogate escape), in order.
    public private(set) var warnings: [Diagnostic] = []

    /// - Parameters:
    ///   - firstLine: the line of `text`'s first character in `file` (Markdown blocks start mid-file).
    public init(text: String, file: String, firstLine: Int = 1, firstColumn: Int = 1) {
        self.init(bytes: Array(text.utf8), file: file, firstLine: firstLine, firstColumn: firstColumn)
    }

    /// - Parameters:
    ///   - bytes: UTF-8 text.
    public init(bytes: [UInt8], file: String, firstLine: Int = 1, firstColumn: Int = 1) {
        self.bytes = bytes
        self.origin = SourceLocation(file: file, line: firstLine, column: firstColumn)
        self.line = firstLine
        self.columnOffset = firstColumn - 1
    }

    /// Parses one complete JSON value; anything but whitespace after it is an error.
    public mutating func parseDocument() throws(LoadError) -> Node {
        skipWhitespace()
        let node = try parseValue()
        skipWhitespace()
        if position < bytes.count {
            throw .malformedJSON("unexpected text after the end of the JSON value", at: currentLocation)
        }
        return node
    }

    /// The location of the byte at `position`. Columns are counted incrementally from the last
    /// computed one, so single-line (minified) documents stay linear.
    private var currentLocation: SourceLocation {
        mutating get {
            if cachedPosition < lineStart || cachedPosition > position {
                cachedPosition = lineStart
                cachedColumn = columnOffset + 1
            }
            while cachedPosition < position {
                if bytes[cachedPosition] & 0xC0 != 0x80 { cachedColumn += 1 }
                cachedPosition += 1
            }
            return origin.moved(line: line, column: cachedColumn)
        }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D:
                position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
                columnOffset = 0
            default:
                return
            }
        }
    }

    private mutating func parseValue() throws(LoadError) -> Node {
        guard position < bytes.count else {
            throw .malformedJSON("unexpected end of input", at: currentLocation)
        }
        let location = currentLocation
        switch bytes[position] {
        case UInt8(ascii: "{"):
            return Node(.object(try parseObject()), at: location)
        case UInt8(ascii: "["):
            return Node(.array(try parseArray()), at: location)
        case UInt8(ascii: "\""):
            return Node(.string(try parseString()), at: location)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return Node(.bool(true), at: location)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return Node(.bool(false), at: location)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return Node(.null, at: location)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return Node(.number(try parseNumber()), at: location)
        default:
            throw .malformedJSON("unexpected character '\(Character(Unicode.Scalar(bytes[position])))'", at: location)
        }
    }

    private mutating func enterContainer() throws(LoadError) {
        depth += 1
        if depth > 512 {
            throw .malformedJSON("nesting deeper than 512 levels", at: currentLocation)
        }
    }

    private mutating func parseObject() throws(LoadError) -> ObjectNode {
        try enterContainer()
        defer { depth -= 1 }
        position += 1
        var object = ObjectNode()
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            position += 1
            return object
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw .malformedJSON("expected a string key", at: currentLocation)
            }
            let keyLocation = currentLocation
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw .malformedJSON("expected ':' after key \"\(key)\"", at: currentLocation)
            }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            if object.contains(key) {
                throw .malformedJSON("duplicate key \"\(key)\"", at: keyLocation)
            }
            object.set(key, value, keyLocation: keyLocation)
            skipWhitespace()
            guard position < bytes.count else {
                throw .malformedJSON("unexpected end of input inside an object", at: currentLocation)
            }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                object.compact()
                return object
            } else {
                throw .malformedJSON("expected ',' or '}' in an object", at: currentLocation)
            }
        }
    }

    private mutating func parseArray() throws(LoadError) -> [Node] {
        try enterContainer()
        defer { depth -= 1 }
        position += 1
        var items: [Node] = []
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
            position += 1
            return items
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else {
                throw .malformedJSON("unexpected end of input inside an array", at: currentLocation)
            }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return items.exactlySized()
            } else {
                throw .malformedJSON("expected ',' or ']' in an array", at: currentLocation)
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(LoadError) {
        let count = literal.utf8CodeUnitCount
        let start = literal.utf8Start
        guard position + count <= bytes.count else {
            throw .malformedJSON("unexpected end of input", at: currentLocation)
        }
        for offset in 0..<count where bytes[position + offset] != start[offset] {
            throw .malformedJSON("invalid literal", at: currentLocation)
        }
        position += count
    }

    private mutating func parseNumber() throws(LoadError) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        var digits = 0
        while position < bytes.count, isNumberByte(bytes[position]) {
            position += 1
            digits += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard digits > 0, Double(text) != nil else {
            throw .malformedJSON("invalid number '\(text)'", at: currentLocation)
        }
        return text
    }

    private func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
            UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// Strings that repeat across a document (references such as `#/components/schemas/Pet`,
    /// long keys such as `additionalProperties`) share one copy; strings of up to 15 bytes are
    /// stored inline anyway, and long prose rarely repeats.
    private var sharedStrings: [String: String] = [:]

    private mutating func shared(_ text: String) -> String {
        let count = text.utf8.count
        guard count > 15, count <= 64 else { return text }
        if let known = sharedStrings[text] { return known }
        sharedStrings[text] = text
        return text
    }

    private mutating func parseString() throws(LoadError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                position += 1
                return shared(text)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 {
                throw .malformedJSON("control character in a string", at: currentLocation)
            }
            position += 1
        }
        var scalars = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte < 0x20 {
                throw .malformedJSON("control character in a string", at: currentLocation)
            }
            if byte != UInt8(ascii: "\\") {
                scalars.append(byte)
                position += 1
                continue
            }
            position += 1
            guard position < bytes.count else { break }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "\""): scalars.append(0x22)
            case UInt8(ascii: "\\"): scalars.append(0x5C)
            case UInt8(ascii: "/"): scalars.append(0x2F)
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "u"):
                let escapeStart = position - 2
                var code = try parseHex4()
                if (0xD800...0xDBFF).contains(code), position + 5 < bytes.count,
                    bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                {
                    let resume = position
                    position += 2
                    let low = try parseHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = resume  // the next escape stands on its own
                    }
                }
                guard let scalar = Unicode.Scalar(code) else {
                    let here = position
                    position = escapeStart
                    let location = currentLocation
                    position = here
                    warnings.append(
                        Diagnostic(.warning, "lone surrogate escape '\\u\(String(code, radix: 16, uppercase: true))' in a string; read as U+FFFD", at: location)
                    )
                    scalars.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    continue
                }
                scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw .malformedJSON("invalid escape sequence in a string", at: currentLocation)
            }
        }
        throw .malformedJSON("unterminated string", at: currentLocation)
    }

    private mutating func parseHex4() throws(LoadError) -> UInt32 {
        guard position + 4 <= bytes.count else {
            throw .malformedJSON("truncated \\u escape", at: currentLocation)
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw .malformedJSON("invalid \\u escape", at: currentLocation)
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }
}
