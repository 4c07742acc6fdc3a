import ReportData
import ReportInduce
import ReportOutline
import ReportTemplate
import ReportText

/// `baogao induce` then `generate`: the induced template and data parse, and rendering the template with the
/// data and writing it as plain text gives `Induction.normalized(outline)`, as `Induction` documents. Never
/// crashes; the induced texts are valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  let source =
    (try? SourceText.decode(bytes, path: "fuzz.txt").text)
    ?? SourceText(path: "fuzz.txt", string: String(decoding: bytes, as: UTF8.self))
  let outline = Outline(parsing: source)
  let induction = Induction(outline: outline)
  let template: Template
  let data: DataDocument
  do {
    template = try Template(path: "report.tpl", string: induction.template)
  } catch {
    fatalError("the induced template does not parse: \(error)\n\(induction.template)")
  }
  do {
    data = try DataDocument(parsing: induction.data, path: "data.yaml")
  } catch {
    fatalError("the induced data does not parse: \(error)\n\(induction.data)")
  }
  let rendered: String
  do {
    rendered = try template.render(data: data).text
  } catch {
    fatalError("the induced template does not render with its data: \(error)")
  }
  let back = DraftWriter(format: .text).write(DraftDocument(rendered: rendered))
  let expected = Induction.normalized(outline)
  if back != expected {
    fatalError("the round trip differs:\n--- generated\n\(back)\n--- normalized\n\(expected)")
  }
  return 0
}
