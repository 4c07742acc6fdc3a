import ReportData
import ReportTemplate
import ReportText

/// The template parser and renderer: the input is a template (`report.tpl`); it may include itself (`self.tpl`, a
/// cycle), a fixed part (`part.tpl`) or names that do not exist. It is parsed, its slots are listed, and it is
/// rendered with a small fixed data document, with and without missing data allowed. Never crashes; errors are
/// located inside their template file; outputs are valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  let text = String(decoding: bytes, as: UTF8.self)
  let source = SourceText(path: "report.tpl", string: text)
  let loader = TemplateLoader(sources: ["self.tpl": text, "part.tpl": "{{ 镇名 }}{% for x in 列表 %}{{ x }}{% endfor %}"])
  let template: Template
  do {
    template = try Template(path: "report.tpl", source: source, loader: loader)
  } catch {
    checkLocated(error, source: source)
    return 0
  }
  _ = DataSkeleton(slots: template.slots()).yaml()
  for allowMissing in [false, true] {
    do {
      let result = try template.render(data: data, options: RenderOptions(allowMissing: allowMissing))
      checkUTF8(result.text)
    } catch {
      switch error {
      case .template(let error): checkLocated(error, source: source)
      case .missingData(let error): checkUTF8(error.description)
      }
    }
  }
  return 0
}

let data: DataDocument = {
  let text = """
    镇名: 青石镇
    年份: 2024
    日期: 2025-01-09
    收入: 17.1亿元
    上期: 15.2亿元
    比例: 12.5%
    人数: 3000
    空:
    文字: "一、二"
    列表: [甲, 1, 2.5, "", 3万元]
    指标:
      - 名称: 地区生产总值
        本期: 48.6亿元
        上期: 45亿元
      - 名称: 财政收入
        本期: 待定
    回顾:
      年度: 2024
      总述: |
        全年工作。
        第二行。
    """
  return try! DataDocument(parsing: text, path: "data.yaml")
}()

func checkLocated(_ error: TemplateError, source: SourceText) {
  require(error.range.lowerBound.offset <= error.range.upperBound.offset, "bad error range")
  if error.templatePath == "report.tpl" {
    require(error.range.upperBound.offset <= source.bytes.count, "error range past the end of the template")
  }
  checkUTF8(error.rendered())
}

func checkUTF8(_ string: String) {
  require(String(validating: Array(string.utf8), as: UTF8.self) != nil, "output is not valid UTF-8")
}

/// `precondition` that keeps its message in release builds, so libFuzzer's log says which property failed.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}
