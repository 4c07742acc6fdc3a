import Foundation
import ReportData
import ReportText

/// A template, parsed once, ready to render data into a report draft.
///
/// The language is Jinja-like: `{{ expression | filter(arguments) }}` prints, `{% if %}…{% elif %}…{% else %}…
/// {% endif %}` chooses, `{% for item in list %}…{% else %}…{% endfor %}` (and `for key, value in mapping`) repeats
/// with `loop.index`, `loop.index0`, `loop.revindex`, `loop.revindex0`, `loop.first`, `loop.last` and
/// `loop.length`, `{% set name = expression %}` names a value, `{% include "part" %}` inserts a template from the
/// same folder, and `{# … #}` is a comment. A line holding only tags leaves no line behind; `{%-` and `-%}` trim
/// ASCII whitespace (never the ideographic space of "　　" indents).
///
/// Names are looked up in the template's variables (`for`, `set`, `loop`), then among the data's keys, and only
/// there: `指标.地区生产总值.本期` walks data keys, never Swift properties. Keys that are not names are written as
/// subscripts: `指标["1-6月"]`. Data values are printed as text, never evaluated as template code.
///
/// The engine knows nothing of headings: templates write `# 标题` lines and `**…。**` run-ins, and the draft
/// writer numbers them later. Rendering returns the text exactly.
///
/// ```swift
/// let loader = TemplateLoader(folder: URL(fileURLWithPath: "Templates/annual"))
/// let template = try Template(named: "main", loader: loader)
/// let result = try template.render(data: document)
/// ```
public struct Template: Sendable {
  /// The template file as shown in messages.
  public let path: String
  /// The root template first, then every template it includes, directly or not.
  let units: [TemplateUnit]
  /// Unit index by include name.
  let unitIndex: [String: Int]

  /// Parses `source` and every template it includes (found by `loader`).
  ///
  /// - Parameters:
  ///   - path: the template as shown in messages.
  ///   - source: its text.
  ///   - loader: finds included templates by name.
  /// - Throws: `TemplateError` for any syntax error, and for an include that is missing, outside the folder,
  ///   unreadable, part of a cycle, or deeper than 16.
  public init(path: String, source: SourceText, loader: TemplateLoader) throws(TemplateError) {
    let nodes = try TemplateParser.parse(source, path: path)
    try self.init(root: TemplateUnit(path: path, name: nil, source: source, nodes: nodes), loader: loader)
  }

  /// Parses a template given as a string; see `init(path:source:loader:)`.
  public init(path: String, string: String, loader: TemplateLoader = TemplateLoader(sources: [:]))
    throws(TemplateError)
  {
    try self.init(path: path, source: SourceText(path: path, string: string), loader: loader)
  }

  /// Loads the template `name` from the loader's folder (`name` or `name.tpl`) and every template it includes.
  ///
  /// - Throws: `TemplateError` as `init(path:source:loader:)`; a missing root is `.includeNotFound` at 1:1.
  public init(named name: String, loader: TemplateLoader) throws(TemplateError) {
    let context = SyntaxContext(source: SourceText(path: name, string: ""), path: name)
    try self.init(root: try loader.unit(named: name, site: 0..<0, context: context), loader: loader)
  }

  private init(root: TemplateUnit, loader: TemplateLoader) throws(TemplateError) {
    var resolver = IncludeResolver(loader: loader, root: root)
    try resolver.resolve()
    self.path = root.path
    self.units = resolver.units
    self.unitIndex = resolver.indexByName
  }

  /// The paths of the root template and of every template it includes, the root first.
  public var templatePaths: [String] { units.map(\.path) }
}
