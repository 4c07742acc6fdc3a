import ReportText

extension TemplateError {
  /// The error as a diagnostic at its place in the template, with the help line.
  public var diagnostic: Diagnostic {
    Diagnostic(severity: .error, message: kind.message, path: templatePath, range: range, help: kind.help)
  }

  /// Notes that go with the error: where the data value was written, then the include chain, innermost first.
  public var notes: [Diagnostic] {
    var notes: [Diagnostic] = []
    if let dataLocation {
      notes.append(
        Diagnostic(severity: .note, message: "这个值写在数据文件的这里", path: dataLocation.path, range: dataLocation.range))
    }
    for site in includeStack.reversed() {
      notes.append(
        Diagnostic(
          severity: .note, message: "由这里的 include 包含", path: site.path, range: site.location..<site.location))
    }
    return notes
  }

  /// The error in gcc style: the header, the template line with a caret under the range, the help, the data line
  /// when a data value is at fault, and one line per include on the way.
  ///
  /// ```
  /// 报告.tpl:3:12: error: 没有名为“amout”的过滤器
  /// 　　财政收入{{ 收入 | amout("亿元") }}
  ///                      ^~~~~
  ///   = 帮助：你是不是想用 amount？
  /// 主模板.tpl:7:1: note: 由这里的 include 包含
  /// ```
  public func rendered(with renderer: DiagnosticRenderer = DiagnosticRenderer()) -> String {
    var out = renderer.render(diagnostic, source: source)
    for note in notes {
      let isData = dataLocation.map { note.path == $0.path && note.range == $0.range } ?? false
      if isData {
        out += renderer.render(note, source: dataSource)
      } else {
        out += renderer.renderHeader(severity: .note, path: note.path, location: note.location, message: note.message)
        out += "\n"
      }
    }
    return out
  }
}
