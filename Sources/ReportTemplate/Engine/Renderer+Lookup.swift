import Foundation
import ReportData

extension Renderer {
  /// The value of a path: the root in the variables, then the data; then each key or index in turn.
  ///
  /// A key the data lacks gives an undefined value with the whole path, the nearest sibling key as a suggestion,
  /// or a hint when the data has something else there. A key with no value (`key:`), an empty text (`""`) and a
  /// list or mapping of nothing but those are undefined and blank.
  mutating func resolve(_ path: PathExpression, range: Range<Int>) throws(TemplateError) -> TemplateValue {
    var value: TemplateValue
    var first = 0
    switch path.root {
    case .name(let name):
      if let index = variableIndex(name) {
        switch variables[index].binding {
        case .value(let bound): value = bound
        case .item(let frame): value = .data(frames[frame].nodes[frames[frame].index])
        case .loop(let frame):
          guard case .key(let attribute)? = path.segments.first else {
            throw error(.unknownLoopAttribute("", suggestion: "loop.index"), at: range)
          }
          value = try loopAttribute(frame, attribute, range: range)
          first = 1
        }
      } else {
        guard case .mapping(let entries) = root.value else {
          return .undefined(undefined(path, at: range))
        }
        guard let entry = Self.entry(name, in: entries) else {
          return .undefined(
            undefined(path, at: range, suggestion: Suggestion.nearest(to: name, among: entries.lazy.map(\.key))))
        }
        value = .data(entry.value)
      }
    case .expression(let expression):
      value = try evaluate(expression)
    }
    // A value left empty ("", or a list of them) is not written: the template's default or an error takes its place.
    if case .data(let node) = value, first == 0, node.isBlank {
      return .undefined(undefined(path, at: range, isBlank: true))
    }
    var index = first
    while index < path.segments.count {
      if case .undefined = value { return value }
      value = try step(value, path, index, range: range)
      index += 1
    }
    return value
  }

  /// The first entry with `key`.
  @inline(__always)
  static func entry(_ key: String, in entries: [DataEntry]) -> DataEntry? {
    entryIndex(key, in: entries).map { entries[$0] }
  }

  /// The index of the first entry with `key`; compares keys without copying entries.
  @inline(__always)
  static func entryIndex(_ key: String, in entries: [DataEntry]) -> Int? {
    var index = 0
    while index < entries.count {
      if entries[index].key == key { return index }
      index += 1
    }
    return nil
  }

  /// One key or index of a path applied to `value`.
  private mutating func step(_ value: TemplateValue, _ path: PathExpression, _ index: Int, range: Range<Int>)
    throws(TemplateError) -> TemplateValue
  {
    var key: String?
    var position: Int?
    switch path.segments[index] {
    case .key(let name): key = name
    case .index(let number): position = number
    case .dynamic(let expression, _):
      let evaluated = try evaluate(expression)
      if case .undefined = evaluated {
        return evaluated
      } else if case .number(let number) = evaluated, let integer = NumberFormat.smallInteger(number) {
        position = integer
      } else if let text = evaluated.textValue {
        key = text
      } else {
        throw error(.typeMismatch(operation: "下标", found: evaluated.kindName), at: expression.range)
      }
    }
    switch value {
    case .data(let node):
      switch node.value {
      case .mapping(let entries):
        guard let key else {
          return .undefined(undefined(path, at: range, hint: "“\(prefix(path, index))”是映射，要用键名而不是序号。"))
        }
        guard let entry = Self.entry(key, in: entries) else {
          return .undefined(
            undefined(path, at: range, suggestion: Suggestion.nearest(to: key, among: entries.lazy.map(\.key))))
        }
        if entry.value.isBlank {
          return .undefined(undefined(path, at: range, isBlank: true))
        }
        return .data(entry.value)
      case .sequence(let items):
        return element(items.count, position, path, index, range: range, kind: "列表") { .data(items[$0]) }
      case .text(let text, _):
        let name = key ?? position.map(String.init) ?? ""
        return .undefined(undefined(path, at: range, hint: "“\(prefix(path, index))”是文字“\(text)”，下面没有“\(name)”。"))
      case .null:
        return .undefined(undefined(path, at: range, isBlank: true))
      }
    case .list(let items):
      return element(items.count, position, path, index, range: range, kind: "列表") { items[$0] }
    default:
      return .undefined(undefined(path, at: range, hint: "“\(prefix(path, index))”是\(value.kindName)，下面没有别的值。"))
    }
  }

  /// Item `position` of a list of `count` items (negative from the end), or undefined.
  private func element(
    _ count: Int, _ position: Int?, _ path: PathExpression, _ index: Int, range: Range<Int>, kind: String,
    _ item: (Int) -> TemplateValue
  ) -> TemplateValue {
    guard let position else {
      return .undefined(
        undefined(path, at: range, hint: "“\(prefix(path, index))”是\(kind)，要用序号（从 0 起）或 for 循环。"))
    }
    let resolved = position < 0 ? count + position : position
    guard resolved >= 0 && resolved < count else {
      return .undefined(
        undefined(path, at: range, hint: "“\(prefix(path, index))”只有 \(count) 项。"))
    }
    let value = item(resolved)
    if case .data(let node) = value, case .null = node.value {
      return .undefined(undefined(path, at: range, isBlank: true))
    }
    return value
  }
}
