import ReportText

/// Why a data file could not be read, or why a value is not what a template asked for.
///
/// Separates what (`kind`) from where (`range` in the file named by `path`). `message` is the Chinese text for
/// the clerk: where, what is wrong and what to do, for example
/// "第 3 行用了制表符缩进；YAML 只能用空格缩进，请把制表符换成空格。". `description` is the gcc-style header line
/// and `rendered(source:)` adds the source line with a caret under the range.
///
/// Errors from the typed accessors of `DataNode` (`number()`, `quantity()`, `bool()`) know the range but not the
/// file: their `path` is empty until the caller sets it (`error.path = document.source.path`).
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    // MARK: Layout

    /// A tab in the indentation of a line; YAML indents with spaces only.
    case tabIndentation
    /// Full-width spaces (U+3000) before a key or list item, where only ASCII spaces indent.
    case fullWidthIndentation
    /// A line indented `found` spaces among siblings indented `expected` spaces.
    case inconsistentIndentation(found: Int, expected: Int)
    /// A line indented `found` spaces, a level that no enclosing collection opened; `levels` are the open ones.
    case unmatchedDedent(found: Int, levels: [Int])
    /// A `key: value` line among list items (`inSequence`), or a `- item` line among keys.
    case mixedBlock(inSequence: Bool)
    /// A line that continues a plain (unquoted) value; plain values end at their line's end.
    case plainScalarContinuation
    /// Content after the one value that the top level of a file holds.
    case unexpectedContent
    /// Collections nested deeper than `limit` levels.
    case tooDeep(limit: Int)

    // MARK: Keys

    /// The same key twice in one mapping; `firstLine` is where it was first written.
    case duplicateKey(String, firstLine: Int)
    /// Text where a `key: value` line was expected, without the `: ` that separates key and value.
    case missingColon(String, hint: ColonHint)
    /// A `: value` with nothing before the colon.
    case missingKey
    /// `: ` (colon and space) inside an unquoted value.
    case unexpectedColon
    /// A key that is not a scalar (`? key`, `[a, b]: value`).
    case complexKey
    /// The YAML merge key `<<`.
    case mergeKey

    // MARK: Scalars

    /// A quoted value whose closing quote is not on the same line.
    case unterminatedQuote(Quote)
    /// Text after a value's closing quote.
    case textAfterQuote(String)
    /// A backslash escape that double quotes do not know, such as `\q`.
    case invalidEscape(String)
    /// A `|` or `>` header with something other than `-`, `+` or one digit.
    case invalidBlockScalarHeader(String)
    /// A character that YAML reserves at the start of a value: `@`, `` ` ``, `%`, `,`, `]`, `}`, `|`, `>`, `#`.
    case reservedIndicator(String)
    /// A list item (`- `) written after a key on the same line.
    case sequenceEntryAfterKey

    // MARK: Flow collections

    /// A `[` or `{` (`opener`) without its closing bracket.
    case unterminatedFlow(opener: String)
    /// Something other than a comma or the closing bracket after an item of a flow collection.
    case missingComma(closer: String, found: String)
    /// Two commas in a row, or a comma right after the opening bracket.
    case emptyFlowEntry
    /// Text after the closing bracket of a flow collection.
    case textAfterFlow(String)

    // MARK: Refused YAML features

    /// An anchor `&name`.
    case anchor(String)
    /// An alias `*name`.
    case alias(String)
    /// A tag such as `!!str` or `!local`.
    case tag(String)
    /// A second document: `---` after content, or the end marker `...`.
    case multipleDocuments(marker: String)
    /// A directive such as `%YAML 1.2`.
    case directive(String)

    // MARK: JSON

    /// Invalid JSON: `expected` says what was needed there, `found` what was written (or 文件结尾).
    case invalidJSON(expected: String, found: String)

    // MARK: Typed access

    /// A value that is not a number, when a number was asked for.
    case notANumber(String)
    /// A value that is not a quantity, when one was asked for.
    case notAQuantity(String)
    /// A value that is not 是/否/true/false/yes/no, when a yes-or-no was asked for.
    case notABoolean(String)
    /// A collection or an empty value where a single value of kind `expected` was asked for.
    case notAScalar(expected: Expectation, found: NodeKind)
  }

  /// What a line without `: ` looks like, so that the message can say how to fix it.
  public enum ColonHint: Sendable, Hashable {
    /// No colon at all.
    case none
    /// A full-width colon `：` where `: ` belongs.
    case fullWidthColon
    /// A colon without the space after it (`年份:2025`).
    case noSpaceAfterColon
  }

  /// The kind of quote that was not closed.
  public enum Quote: String, Sendable, Hashable {
    case single = "'"
    case double = "\""
  }

  /// What a template asked a value to be.
  public enum Expectation: String, Sendable, Hashable {
    case number, quantity, boolean
  }

  /// What a node is, for messages.
  public enum NodeKind: String, Sendable, Hashable {
    case text, sequence, mapping, null
  }

  public var kind: Kind
  /// The part of the file the error is about; `range.lowerBound` is the `line:column` printed.
  public var range: TextRange
  /// The path of the file as the user gave it, or `<stdin>`; empty for typed-access errors until set.
  public var path: String

  public init(kind: Kind, range: TextRange, path: String) {
    self.kind = kind
    self.range = range
    self.path = path
  }

  /// Where the error starts.
  public var location: TextLocation { range.lowerBound }

  /// The error as a `Diagnostic` at error severity, for renderers and machine-readable output.
  public var diagnostic: Diagnostic {
    Diagnostic(severity: .error, message: message, path: path, range: range)
  }

  /// `path:line:column: error: message`.
  public var description: String {
    DiagnosticRenderer().renderHeader(severity: .error, path: path, location: location, message: message)
  }

  /// The header line, the source line and a caret under the range, ending in a newline.
  ///
  /// Pass the `SourceText` the file was parsed from; without it only the header is printed.
  public func rendered(source: SourceText?, renderer: DiagnosticRenderer = DiagnosticRenderer()) -> String {
    renderer.render(diagnostic, source: source)
  }
}
