extension TemplateError {
  /// What went wrong; `message` and `help` put it in Chinese.
  public enum Kind: Sendable, Hashable {
    // MARK: - Tags

    /// A `{% name %}` that is not a tag of the language; `suggestion` is the nearest tag name.
    case unknownTag(String, suggestion: String?)
    /// A `{{`, `{%` or `{#` with no closing `}}`, `%}` or `#}`.
    case unclosedTag(opener: String)
    /// An `if` or `for` with no `endif` or `endfor`; the range is the opening tag.
    case missingEnd(tag: String, expected: String)
    /// An `elif`, `else`, `endif` or `endfor` with no open block it could belong to.
    case unexpectedTag(String)
    /// An `endif` where an `endfor` is due, or the other way round; `openingLine` is the open block's line.
    case mismatchedEnd(found: String, expected: String, openingLine: Int)
    /// A tag whose words are not in the form the tag needs; `usage` shows the form.
    case invalidTagSyntax(tag: String, usage: String)
    /// Tags or expressions nested deeper than `limit`.
    case nestingTooDeep(limit: Int)

    // MARK: - Expressions

    /// A token where the grammar wants something else.
    case unexpectedToken(found: String, expected: String)
    /// A character that cannot start a token (full-width punctuation, curly quotes, …).
    case unexpectedCharacter(String)
    /// A string literal without its closing quote.
    case unterminatedString
    /// `{{ }}` with nothing inside.
    case emptyExpression
    /// A `loop.` attribute that does not exist; `suggestion` is the nearest one.
    case unknownLoopAttribute(String, suggestion: String?)

    // MARK: - Filters

    /// A filter name not in the filter table; `suggestion` is the nearest name.
    case unknownFilter(String, suggestion: String?)
    /// Too many, too few or unknown arguments, or an argument of the wrong kind.
    case wrongFilterArguments(filter: String, reason: String)
    /// A value a filter cannot work on; `reason` says why in Chinese.
    case badFilterInput(filter: String, reason: String)

    // MARK: - Includes

    /// No template of that name in the template folder.
    case includeNotFound(name: String)
    /// A name with `..`, an absolute path, or one that leads out of the template folder.
    case includeOutsideFolder(name: String)
    /// A template that exists but cannot be read or decoded.
    case includeUnreadable(name: String, reason: String)
    /// Templates that include each other; `chain` lists them from the first to the repeated one.
    case includeCycle(chain: [String])
    /// More than `limit` includes inside each other; `chain` lists the templates.
    case includeTooDeep(chain: [String], limit: Int)

    // MARK: - Values

    /// A text where a number is needed (arithmetic, ordering, a number filter); `role` names the use.
    case notANumber(text: String, role: String)
    /// A value of kind `found` where `operation` needs something else (`+` on a list, `~` on a mapping, …).
    case typeMismatch(operation: String, found: String)
    /// Division or remainder by zero.
    case divisionByZero
    /// A list or mapping printed by `{{ }}`.
    case cannotPrint(kind: String)
    /// A `for` over something that is not a list or a mapping.
    case notIterable(kind: String, isMapping: Bool)

    // MARK: - Bounds

    /// The render wrote more than `limit` bytes.
    case outputTooLarge(limit: Int)
    /// The render ran more than `limit` loop iterations.
    case tooManyIterations(limit: Int)
  }
}
