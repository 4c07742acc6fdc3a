import ReportText

/// A value read from a data file: text, a sequence, a mapping, or nothing, with where it was written.
///
/// Scalars stay text: `9.3`, `010`, `NO` and `yes` are the strings the clerk typed. A template that
/// needs a number or a quantity asks for one (`DataNode.number()`, `quantity()`) and gets a located
/// `DataError` when the text is not one, so nothing is ever silently retyped.
public struct DataNode: Sendable, Hashable {
  /// What a node holds. Not `indirect`: the arrays of sequences and mappings already hold their elements out of
  /// line, so a scalar node needs no box of its own.
  public enum Value: Sendable, Hashable {
    /// A scalar as written, after quoting and block folding are undone.
    case text(String, style: ScalarStyle)
    /// A block or flow sequence.
    case sequence([DataNode])
    /// A block or flow mapping, keys in the order written.
    case mapping([DataEntry])
    /// Nothing: a key written with no value (`key:`), a `-` with nothing after it, an empty file, or JSON
    /// `null`. `~` and `null` in a YAML file are text.
    case null
  }

  public var value: Value
  /// Where the value was written: the scalar, or the whole collection.
  public var range: TextRange

  public init(value: Value, range: TextRange) {
    self.value = value
    self.range = range
  }
}

/// How a scalar was written; kept so that messages and `baogao init` can speak of it.
public enum ScalarStyle: String, Sendable, Hashable {
  case plain, singleQuoted, doubleQuoted, literal, folded
  /// A JSON number, `true` or `false`, kept as its text.
  case jsonLiteral
}

/// One `key: value` pair of a mapping.
public struct DataEntry: Sendable, Hashable {
  public var key: String
  /// Where the key was written.
  public var keyRange: TextRange
  public var value: DataNode

  public init(key: String, keyRange: TextRange, value: DataNode) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

/// A parsed data file; read one with `DataDocument(parsing:)`.
public struct DataDocument: Sendable {
  /// The text it was read from (for messages with the source line).
  public let source: SourceText
  public var root: DataNode

  public init(source: SourceText, root: DataNode) {
    self.source = source
    self.root = root
  }
}

extension DataNode {
  /// The text of a scalar, or nil for collections and null.
  public var text: String? {
    if case .text(let text, _) = value { return text }
    return nil
  }

  /// The entries of a mapping, or nil.
  public var entries: [DataEntry]? {
    if case .mapping(let entries) = value { return entries }
    return nil
  }

  /// The items of a sequence, or nil.
  public var items: [DataNode]? {
    if case .sequence(let items) = value { return items }
    return nil
  }

  /// The value under `key` in a mapping (the first, since duplicate keys are refused when parsing).
  public subscript(key: String) -> DataNode? {
    entries?.first { $0.key == key }?.value
  }
}

extension DataNode {
  /// Whether the node holds nothing a reader would see: no value (`key:`), a text of spaces only (`""`), or a
  /// list or mapping whose every item is so (an untouched data skeleton). An empty list `[]` says "none" and is not
  /// blank.
  public var isBlank: Bool {
    switch value {
    case .null: true
    case .text(let text, _): text.allSatisfy { $0.isWhitespace }
    case .sequence(let items): !items.isEmpty && items.allSatisfy(\.isBlank)
    case .mapping(let entries): !entries.isEmpty && entries.allSatisfy { $0.value.isBlank }
    }
  }
}
