import ReportData
import ReportTemplate
import ReportText
import Testing

/// Parsing and rendering a damaged template: a text or an error located inside the template (or the data), and
/// the same bytes on every run.
@Suite struct TemplateMutationTests {
  static let casesPerSeed = 40

  /// The example data file for each template family.
  static let dataFiles = [
    "annual": "Examples/data/songling-2024-annual.yaml", "half-year": "Examples/data/baisha-2025-half-year.yaml",
    "summary-plan": "Examples/data/yunxi-2024-summary-plan.yaml",
  ]

  @Test(arguments: Seeds.templates)
  func renderingIsLocatedAndRepeatable(_ seed: Seed) throws {
    let parts = seed.name.split(separator: "/")
    let family = String(parts[1])
    let name = String(parts[2])
    let dataSource = SourceText(path: "data.yaml", string: Seeds.text(try #require(Self.dataFiles[family])))
    let data = try DataDocument(parsing: dataSource)
    // The family's other templates, unchanged, for the includes.
    var others: [String: String] = [:]
    for other in Seeds.templates where other.name.hasPrefix("Templates/\(family)/") {
      others[String(other.name.split(separator: "/")[2])] = String(decoding: other.bytes, as: UTF8.self)
    }
    for number in MutationCase.numbers("template", seed: seed, count: Self.casesPerSeed) {
      var c = MutationCase(property: "template", seed: seed, number: number)
      var sources = others
      sources[name] = c.text
      let texts = sources.mapValues { SourceText(path: "", string: $0) }
      func source(_ path: String) -> SourceText? {
        path == "data.yaml" ? dataSource : texts[path] ?? texts[path + ".tpl"]
      }
      let loader = TemplateLoader(sources: sources)
      let text = c.text
      let parsed = TimeBudget.measure(&c, property: "template parse") {
        Result { () throws(TemplateError) in
          try Template(path: name, string: text, loader: loader)
        }
      }
      switch parsed {
      case .failure(let error):
        Self.check(error, source: source, &c)
      case .success(let template):
        let options = RenderOptions(allowMissing: number % 2 == 0)
        let (first, second) = TimeBudget.measure(&c, property: "template render", passes: 2) {
          (
            Result { () throws(RenderError) in try template.render(data: data, options: options) },
            Result { () throws(RenderError) in try template.render(data: data, options: options) }
          )
        }
        switch (first, second) {
        case (.success(let a), .success(let b)):
          c.check(Array(a.text.utf8) == Array(b.text.utf8), "two renderings differ")
          for warning in a.warnings {
            if let s = source(warning.templatePath) { c.checkRange(warning.range, in: s, "missing \(warning.path)") }
          }
          let draft = DraftWriter(format: .text).write(DraftDocument(rendered: a.text))
          let again = DraftWriter(format: .text).write(DraftDocument(rendered: b.text))
          c.check(Array(draft.utf8) == Array(again.utf8), "two drafts differ")
        case (.failure(let a), .failure(let b)):
          c.check(a.description == b.description, "two renderings fail differently")
          switch a {
          case .template(let error): Self.check(error, source: source, &c)
          case .missingData(let error):
            c.check(!error.missing.isEmpty, "missing data without paths")
            for missing in error.missing {
              if let s = source(missing.templatePath) {
                c.checkRange(missing.range, in: s, "missing \(missing.path)")
              } else {
                c.problems.append("missing \(missing.path) in unknown template \(missing.templatePath)")
              }
            }
            _ = error.rendered()
          }
        default:
          c.problems.append("one rendering failed, the other did not")
        }
      }
      c.report()
    }
    MutationCase.summarize(["template parse", "template render"], after: seed, of: Seeds.templates)
  }

  static func check(_ error: TemplateError, source: (String) -> SourceText?, _ c: inout MutationCase) {
    if let s = source(error.templatePath) {
      c.checkRange(error.range, in: s, "template error \(error.kind)")
    } else {
      c.problems.append("template error \(error.kind) in unknown template \(error.templatePath)")
    }
    if let data = error.dataLocation, let s = source(data.path) { c.checkRange(data.range, in: s, "data location") }
    c.check(!error.description.isEmpty, "empty message")
  }
}
