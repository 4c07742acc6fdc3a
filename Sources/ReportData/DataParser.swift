import ReportText

/// The reader of the data-file language: a strict subset of YAML 1.2, or JSON.
///
/// What it reads:
/// - block mappings (`key: value`) and block sequences (`- item`), including `- key: value` items whose mapping
///   goes on over the following lines, and sequences at the same indentation as the key that holds them;
/// - plain scalars (`青石镇`, `地区生产总值 17.1亿元`), single-quoted (`'it''s'`) and double-quoted scalars (escapes
///   `\n \t \" \\ \/ \0 \a \b \e \f \r \v \N \_ \L \P \xXX \uXXXX \UXXXXXXXX`, and a space);
/// - `|` literal and `>` folded blocks with `-` / `+` chomping and an optional indentation digit;
/// - flow sequences `[a, b]` and flow mappings `{k: v}`, nested, on one line or several;
/// - `#` comments, which start at a line's start or after a space or tab;
/// - a leading `---`.
///
/// Scalars stay text: `9.3`, `010`, `NO`, `yes`, `~` and `null` are the strings written, and `key:` with nothing
/// after it is the only way to write an empty value (`.null`). The full-width space U+3000 is content, never
/// indentation: only ASCII spaces indent.
///
/// Where it is stricter than YAML, each refusal is a located `DataError` that says what to write instead:
/// - anchors, aliases, merge keys and tags are refused, not expanded;
/// - one document per file: a second `---`, the end marker `...` and directives (`%YAML`) are refused;
/// - a plain scalar ends at its line's end, and a quoted scalar must close on the line where it opens; YAML's
///   multi-line plain and quoted scalars are refused, because a wrapped line meant as a nested key or list item
///   would otherwise be folded silently into text. Long text goes in `|` or `>` blocks;
/// - keys are scalars (no `? key`, no collections as keys), unique within their mapping, and a flow sequence
///   does not hold single-pair mappings (`[a: b]`);
/// - collections nest at most `maximumDepth` (64) levels, in block and flow style alike.
///
/// Where it deviates: a `>` block folds a line break into a space except next to a CJK character or full-width
/// punctuation mark, where the lines are joined with nothing between them — "推进乡村振兴" / "取得新成效" becomes
/// "推进乡村振兴取得新成效", as Chinese is written without spaces. YAML would insert a space.
///
/// A text whose first character other than whitespace is `{` or `[` is read as strict JSON instead (see
/// `JSONDataParser`). Every construct is read in one pass over the bytes, without recursion deeper than the
/// nesting limit, so any input is read in linear time.
struct DataParser {
  /// The deepest nesting of collections a file may have.
  static let maximumDepth = 64

  /// The shape of the value read last, for the message about a line that does not fit after it.
  enum Shape {
    /// A block collection at this indentation.
    case collection(Int)
    /// A plain scalar.
    case plain
    /// Anything else: quoted, block or flow value, or nothing.
    case other
  }

  var c: SourceCursor
  /// The indentation of the open block collections, outermost first; for messages about dedents.
  var levels: [Int] = []
  /// What the value read last was.
  var lastShape = Shape.other
  /// The entries of the mappings being read, innermost last: each mapping appends here and takes its own
  /// entries off the top when it ends, so that its array is allocated once, at its final size.
  var entryStack = ScratchStack<DataEntry>()
  /// The items of the sequences being read, as `entryStack`.
  var itemStack = ScratchStack<DataNode>()
  /// The last answer of `nextContentLine()`: asking again at the same place costs nothing.
  var contentLine: (offset: Int, indent: Int) = (-1, 0)

  init(cursor: SourceCursor) {
    self.c = cursor
  }

  /// Reads a whole text: YAML, or JSON when it starts with `{` or `[`.
  static func parse(_ source: SourceText) throws(DataError) -> DataNode {
    let result = source.bytes.withUnsafeBufferPointer { bytes in
      source.lineStarts.withUnsafeBufferPointer { starts -> Result<DataNode, DataError> in
        let cursor = SourceCursor(bytes: bytes, lineStarts: starts, path: source.path)
        do throws(DataError) {
          if JSONDataParser.looksLikeJSON(bytes) {
            var parser = JSONDataParser(cursor: cursor)
            return .success(try parser.parseDocument())
          }
          var parser = DataParser(cursor: cursor)
          return .success(try parser.parseDocument())
        } catch {
          return .failure(error)
        }
      }
    }
    return try result.get()
  }

  // MARK: - Document

  /// Reads the prologue (comments, one `---`), the root value, and checks that nothing follows it.
  mutating func parseDocument() throws(DataError) -> DataNode {
    var sawDocumentStart = false
    while !c.isPastEnd {
      var i = c.lineStart
      while i < c.lineEnd && (c.bytes[i] == .space || c.bytes[i] == .tab) { i += 1 }
      if i == c.lineEnd || c.bytes[i] == .hash {
        guard c.advanceLine() else { break }
        continue
      }
      guard isMarker("---", at: c.lineStart) else { break }
      if sawDocumentStart { throw c.error(.multipleDocuments(marker: "---"), at: c.lineStart, to: c.lineStart + 3) }
      sawDocumentStart = true
      c.pos = c.lineStart + 3
      c.skipSpaces()
      if c.pos < c.lineEnd && !c.startsComment(at: c.pos) {
        // A root value on the marker line (`--- |`).
        let root = try parseBlockNode(parent: -1, depth: 0)
        try checkNothingFollows(root)
        return root
      }
      guard c.advanceLine() else { break }
    }
    guard try nextContentLine() != nil else {
      let start = TextLocation(line: 1, column: 1, offset: 0)
      return DataNode(value: .null, range: start..<start)
    }
    let root = try parseBlockNode(parent: -1, depth: 0)
    try checkNothingFollows(root)
    return root
  }

  /// Throws the error that fits a content line after the root value, if there is one.
  mutating func checkNothingFollows(_ root: DataNode) throws(DataError) {
    guard let indent = try nextContentLine() else { return }
    let rest = c.trimmingTrailingSpaces(c.pos, c.lineEnd)
    switch lastShape {
    case .collection(let level):
      throw c.error(.unmatchedDedent(found: indent, levels: [level]), at: c.pos, to: rest)
    case .plain:
      if let text = root.text, lineLooksLikeKeyOrEntry() || text.contains("：") {
        throw DataError(kind: .missingColon(text, hint: Self.colonHint(text)), range: root.range, path: c.path)
      }
      throw c.error(.plainScalarContinuation, at: c.pos, to: rest)
    case .other:
      throw c.error(.unexpectedContent, at: c.pos, to: rest)
    }
  }
}
