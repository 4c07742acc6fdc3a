import ReportText

/// Rendering finished, and the data lacks values the template uses: every missing path, in the order met.
///
/// A path missing at the same place twice (in a loop, say) is listed once; the same path at two places is listed
/// twice, once per place.
///
/// ```
/// 报告.tpl:4:9: error: 数据缺少“指标.财政收人.本期”
/// 　　全镇{{ 指标.财政收人.本期 }}
///         ^~~~~~~~~~~~~~~~
///   = 帮助：你是不是想用 财政收入？
/// ```
public struct MissingDataError: Error, Sendable, CustomStringConvertible {
  /// The missing paths in the order met.
  public var missing: [MissingPath]
  /// The text of each template file, by path, for the source lines in `rendered()`.
  var sources: [String: SourceText]

  public init(missing: [MissingPath]) {
    self.missing = missing
    self.sources = [:]
  }

  init(missing: [MissingPath], sources: [String: SourceText]) {
    self.missing = missing
    self.sources = sources
  }

  /// The paths, one per line, each with its place.
  public var description: String {
    "数据缺少 \(missing.count) 项：\n" + missing.map(\.description).joined(separator: "\n")
  }

  /// Every missing path as an error in gcc style with its template line, caret and help.
  public func rendered(with renderer: DiagnosticRenderer = DiagnosticRenderer()) -> String {
    missing.map { path in
      var diagnostic = path.diagnostic
      diagnostic.severity = .error
      var out = renderer.render(diagnostic, source: sources[path.templatePath])
      for site in path.includeStack.reversed() {
        out += renderer.renderHeader(
          severity: .note, path: site.path, location: site.location, message: "由这里的 include 包含")
        out += "\n"
      }
      return out
    }.joined()
  }
}
