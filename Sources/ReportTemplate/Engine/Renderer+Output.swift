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

  /// Adds an undefined value to the missing paths, once per path and place.
  mutating func record(_ undefined: UndefinedValue) {
    guard let site = undefined.site else { return }
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
      dataLocation: data.map { DataLocation(path: dataSource?.path ?? "", range: $0) })
    error.source = source
    error.dataSource = dataSource
    return error
  }
}
