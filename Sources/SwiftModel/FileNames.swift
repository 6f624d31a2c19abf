/// The file names of a plan: distinct on case-insensitive file systems, short enough for every
/// file system, and the same on every machine.
enum FileNames {
    /// The longest file stem written, in UTF-8 bytes: file systems stop at 255 bytes a name.
    static let maxStemBytes = 120

    /// File names that stay distinct on case-insensitive file systems (`Foo` and `FOO`).
    static func uniqued(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { full in
            let name = stem(full)
            var candidate = name
            var counter = 2
            while !used.insert(candidate.lowercased()).inserted {
                candidate = name + "_" + String(counter)
                counter += 1
            }
            return candidate
        }
    }

    /// The 64-bit FNV-1a hash of `text`'s UTF-8: the same on every machine and run (Swift's
    /// `Hasher` is seeded per process), for file stems and shard choice.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// `name`, or for a longer name its first characters and a hash of the whole, so that names
    /// sharing a long prefix stay apart and every run spells them alike.
    static func stem(_ name: String) -> String {
        guard name.utf8.count > maxStemBytes else { return name }
        let hash = fnv1a(name)
        var prefix = ""
        for character in name where prefix.utf8.count + character.utf8.count <= maxStemBytes - 17 {
            prefix.append(character)
        }
        let digits = String(hash, radix: 16)
        return prefix + "_" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
