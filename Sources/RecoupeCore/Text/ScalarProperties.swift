extension Unicode.Scalar {
    /// `properties.isAlphabetic`, with ASCII answered from the value (the letters are the only alphabetic
    /// ASCII scalars): in per-scalar loops over every word (tagger word patterns, a document's lowercase
    /// words) the property look-up cost more than the rest of the loop.
    @inlinable public var isAlphabeticFast: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    /// `properties.numericType != nil`, with ASCII answered from the value (the digits are the only
    /// numeric ASCII scalars).
    @inlinable public var isNumericFast: Bool {
        value < 0x80 ? value &- 0x30 < 10 : properties.numericType != nil
    }

    /// `properties.isWhitespace`, with ASCII answered from the value (tab to carriage return, and space):
    /// every document is split into paragraphs twice (language identification, sentences).
    @inlinable public var isWhitespaceFast: Bool {
        value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace
    }
}
