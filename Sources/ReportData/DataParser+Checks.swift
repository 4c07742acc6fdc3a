import ReportText

extension DataParser {
  // MARK: - Duplicate keys

  /// Throws when `token`'s key is already among the entries of the current mapping (from `base` on the entry
  /// stack); indexes the keys once there are more than a few.
  func checkUnique(_ token: ScalarToken, _ range: TextRange, base: Int, lines: inout [String: Int]) throws(DataError) {
    var firstLine: Int?
    if entryStack.count - base < 8 {
      firstLine = entryStack.line(ofKey: token.text, from: base)
    } else {
      if lines.isEmpty {
        for entry in entryStack.storage[base...] { lines[entry.key] = entry.keyRange.lowerBound.line }
      }
      firstLine = lines[token.text]
      if firstLine == nil { lines[token.text] = range.lowerBound.line }
    }
    if let firstLine {
      throw DataError(kind: .duplicateKey(token.text, firstLine: firstLine), range: range, path: c.path)
    }
  }

  // MARK: - Indentation errors

  /// The error for a content line indented `found` spaces, more than its siblings at `expected`.
  ///
  /// After a nested collection that has just closed, the line stands between two open levels (a dedent to a
  /// level never opened); after a plain scalar, a line that is not a key or item continues the scalar;
  /// otherwise the line is indented more than its siblings.
  func misindented(_ found: Int, expected: Int) -> DataError {
    let end = c.trimmingTrailingSpaces(c.pos, c.lineEnd)
    switch lastShape {
    case .collection(let closed) where closed > expected:
      let open = Array(Set(levels + [closed])).sorted()
      return c.error(.unmatchedDedent(found: found, levels: open), at: c.pos, to: end)
    case .plain where !lineLooksLikeKeyOrEntry():
      return c.error(.plainScalarContinuation, at: c.pos, to: end)
    default:
      return c.error(.inconsistentIndentation(found: found, expected: expected), at: c.pos, to: end)
    }
  }
}
