// Looks up Unicode characters by name for `\N{...}` escapes.

enum UnicodeNames {
    /// Built on first use: scanning every scalar's name is too slow to repeat per escape.
    private static let scalarsByName: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let name = scalar.properties.name { table[name] = scalar }
            if let alias = scalar.properties.nameAlias { table[alias] = scalar }
        }
        return table
    }()

    /// Names match case-insensitively, as in CPython's `unicodedata.lookup`.
    static func scalar(named name: String) -> Unicode.Scalar? {
        scalarsByName[name.uppercased()]
    }
}
