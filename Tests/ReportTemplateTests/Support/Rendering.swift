import ReportData
import ReportTemplate
import ReportText
import Testing

/// Renders `template` (named 报告.tpl) with `data`; includes come from `parts`.
func render(
  _ template: String, _ data: TestData = [:], parts: [String: String] = [:], allowMissing: Bool = false
) throws -> RenderResult {
  let parsed = try Template(path: "报告.tpl", string: template, loader: TemplateLoader(sources: parts))
  return try parsed.render(data: data.document(), options: RenderOptions(allowMissing: allowMissing))
}

/// The text `template` renders to, or the error's message when it fails.
func text(_ template: String, _ data: TestData = [:], parts: [String: String] = [:]) -> String {
  do {
    return try render(template, data, parts: parts).text
  } catch let error as TemplateError {
    return "错误：" + error.kind.message
  } catch let error as RenderError {
    return "错误：" + error.description
  } catch {
    return "错误：\(error)"
  }
}

/// The template error `template` raises when parsed or rendered, or `nil`.
func templateError(_ template: String, _ data: TestData = [:], parts: [String: String] = [:]) -> TemplateError? {
  do {
    _ = try render(template, data, parts: parts)
    return nil
  } catch let error as TemplateError {
    return error
  } catch RenderError.template(let error) {
    return error
  } catch {
    return nil
  }
}

/// The missing paths of rendering `template` with `data`; empty when it renders.
func missingPaths(_ template: String, _ data: TestData = [:], parts: [String: String] = [:]) -> [MissingPath] {
  do {
    _ = try render(template, data, parts: parts)
    return []
  } catch RenderError.missingData(let error) {
    return error.missing
  } catch {
    Issue.record("unexpected error \(error)")
    return []
  }
}
