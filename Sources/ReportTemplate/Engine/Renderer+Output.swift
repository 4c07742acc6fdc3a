import Foundation
import ReportData
import ReportText

extension Renderer {
  /// Prints a value (see `TemplateValue` for how each kind prints).
  mutating func append(_ value: TemplateValue, range: Range<Int>) throws(TemplateError) {
    switch value {
    case .text(let text):
      out.append(contentsOf: text.utf8)
    case .data(let node):
      switch node.value {
      case .text(let text, _): out.append(contentsOf: text.utf8)
      case .sequence: throw error(.cannotPrint(kind: "列表"), at: range, data: node.range)
      case .mapping: throw error(.cannotPrint(kind: "映射"), at: range, data: node.range)
      case .null: break
      }
    case .number(let number):
      NumberFormat.append(number, to: &out)
    case .bool(let bool):
      out.append(contentsOf: (bool ? "是" : "否").utf8)
    case .none:
      break
    case .list:
      throw error(.cannotPrint(kind: "列表"), at: range)
    case .undefined(let undefined):
      record(undefined)
      if allowsMissing { out.append(contentsOf: MissingPath.placeholder(for: undefined.path).utf8) }
    }
  }

  /// Prints a path of data keys straight from the data, or `loop.index` and its kin from the loop, without making
  /// values on the way; `false` when the path is anything else, or missing, for the caller to evaluate it.
  mutating func appendDirectly(_ path: DirectPath) -> Bool {
    guard let index = variableIndex(path.root) else {
      guard case .mapping(let entries) = root.value, let found = Self.entryIndex(path.root, in: entries) else {
        return false
      }
      return Self.appendText(of: entries[found].value.value, keys: path.keys, from: 0, to: &out)
    }
    switch variables[index].binding {
    case .loop(let frame):
      guard let attribute = path.singleKey else { return false }
      let (index, length) = (frames[frame].index, frames[frame].length)
      switch attribute {
      case "index": NumberFormat.append(index + 1, to: &out)
      case "index0": NumberFormat.append(index, to: &out)
      case "revindex": NumberFormat.append(length - index, to: &out)
      case "revindex0": NumberFormat.append(length - index - 1, to: &out)
      case "length": NumberFormat.append(length, to: &out)
      default: return false
      }
      return true
    case .item(let frame):
      return Self.appendText(of: frames[frame].nodes[frames[frame].index].value, keys: path.keys, from: 0, to: &out)
    case .value(.data(let bound)):
      return Self.appendText(of: bound.value, keys: path.keys, from: 0, to: &out)
    case .value:
      return false
    }
  }

  /// Whether a data text is empty or spaces only: left unfilled, it is evaluated as missing, not printed.
  @inline(__always)
  static func isBlankText(_ text: String) -> Bool {
    text.isEmpty || text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }

  /// Appends the text at `keys[first...]` under `value`; `false` when a key is missing, blank, or not text.
  private static func appendText(of value: DataNode.Value, keys: [String], from first: Int, to out: inout [UInt8])
    -> Bool
  {
    if keys.count == 1, first == 0, case .mapping(let entries) = value {
      // The common `项.标题`: one key, no recursion.
      guard let found = entryIndex(keys[0], in: entries), case .text(let text, _) = entries[found].value.value,
        !isBlankText(text)
      else {
        return false
      }
      out.append(contentsOf: text.utf8)
      return true
    }
    guard case .text(let text, _) = descend(value, keys: keys, from: first), !isBlankText(text) else { return false }
    out.append(contentsOf: text.utf8)
    return true
  }

  /// The data value at a path of names (a variable bound to data, or a top-level key, then keys), or `nil` when
  /// the path leads elsewhere or nowhere; for the fast paths of printing and looping.
  func directValue(_ path: DirectPath) -> DataNode.Value? {
    guard let index = variableIndex(path.root) else {
      guard case .mapping(let entries) = root.value, let found = Self.entryIndex(path.root, in: entries) else {
        return nil
      }
      return Self.descend(entries[found].value.value, keys: path.keys, from: 0)
    }
    switch variables[index].binding {
    case .item(let frame): return Self.descend(frames[frame].nodes[frames[frame].index].value, keys: path.keys, from: 0)
    case .value(.data(let bound)): return Self.descend(bound.value, keys: path.keys, from: 0)
    default: return nil
    }
  }

  /// The value at `keys[first...]` under `value`, through mappings only.
  private static func descend(_ value: DataNode.Value, keys: [String], from first: Int) -> DataNode.Value? {
    guard first < keys.count else { return value }
    guard case .mapping(let entries) = value, let found = entryIndex(keys[first], in: entries) else { return nil }
    return descend(entries[found].value.value, keys: keys, from: first + 1)
  }

  /// Adds an undefined value to the missing paths, once per path and place.
  mutating func record(_ undefined: UndefinedValue) {
    guard !isProbing, let site = undefined.site else { return }
    let key = MissingKey(path: undefined.path, unit: site.unit, offset: site.bytes.lowerBound)
    guard missingKeys.insert(key).inserted else { return }
    let unit = units[site.unit]
    missing.append(
      MissingPath(
        path: undefined.path, templatePath: unit.path, range: unit.source.range(site.bytes),
        includeStack: site.includes.map(includeSite), suggestion: undefined.suggestion, hint: undefined.hint,
        isBlank: undefined.isBlank))
  }

  /// An include frame as shown in messages.
  func includeSite(_ frame: IncludeFrame) -> IncludeSite {
    let unit = units[frame.unit]
    return IncludeSite(path: unit.path, location: unit.source.location(of: frame.bytes.lowerBound))
  }

  /// An error at `bytes` of the current unit, with the include stack and the data location when given.
  func error(_ kind: TemplateError.Kind, at bytes: Range<Int>, data: TextRange? = nil) -> TemplateError {
    let source = units[unit].source
    var error = TemplateError(
      kind: kind, templatePath: units[unit].path, range: source.range(bytes), includeStack: includes.map(includeSite),
      dataLocation: data.map { DataLocation(path: dataSource?.path ?? "<数据>", range: $0) })
    error.source = source
    error.dataSource = dataSource
    return error
  }
}
