import ReportText

extension DataDocument {
  /// Reads a data file: the strict YAML subset described at `DataParser`, or JSON when the first character
  /// other than whitespace is `{` or `[`.
  ///
  /// An empty file, or one with only comments, is a document whose root is `.null`; the caller decides
  /// whether that is an error. Any other problem is a `DataError` with its line and column in `source`.
  ///
  /// ```swift
  /// let source = try SourceText.read(path: "青石镇.yaml").text
  /// let document = try DataDocument(parsing: source)
  /// document.root["财政收入"]?.text  // "17.1亿元"
  /// ```
  public init(parsing source: SourceText) throws(DataError) {
    let root = try DataParser.parse(source)
    self.init(source: source, root: root)
  }

  /// Reads a data file from text already in memory, named `path` in messages.
  public init(parsing text: String, path: String) throws(DataError) {
    try self.init(parsing: SourceText(path: path, string: text))
  }
}
