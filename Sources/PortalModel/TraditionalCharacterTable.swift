extension TraditionalCharacters {
    /// `pairs` as a table, traditional to simplified, with `overriding` (pairs written the same way) taking precedence:
    /// the one reading of the generated pairs, for the import's matching and the narratives' folding alike.
    public static func table(overriding: String = "") -> [Character: Character] {
        var table: [Character: Character] = [:]
        for text in [pairs, overriding] {
            var characters = text.makeIterator()
            while let traditional = characters.next(), let simple = characters.next() { table[traditional] = simple }
        }
        return table
    }
}
