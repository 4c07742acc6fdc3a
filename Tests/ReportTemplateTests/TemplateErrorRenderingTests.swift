import ReportTemplate
import ReportText
import Testing

/// What errors say to do, and how they print: the template line, the caret, the data line.
@Suite struct TemplateErrorRenderingTests {
  static let data = TemplateErrorTests.data

  @Test func helpSaysWhatToDo() {
    #expect(templateError("{% endfro %}")?.kind.help == "你是不是想用 endfor？")
    #expect(templateError("{% macro 甲 %}")?.kind.help?.hasPrefix("可用的标签：if") == true)
    #expect(templateError("{{ 1 | amout }}")?.kind.help == "你是不是想用 amount？")
    #expect(templateError("{{ 1 | joincn }}")?.kind.help == "你是不是想用 join_cn？")
    #expect(templateError("{% for 项 in 村 %}{{ loop.indx }}{% endfor %}", Self.data)?.kind.help == "你是不是想用 index？")
    #expect(templateError("{{ 村 }}", Self.data)?.kind.help?.contains("join_cn") == true)
    #expect(templateError("{{ 3 | amount }}")?.kind.help == "用法：值 | amount(unit, digits=2, from=none)")
    #expect(templateError("{{ 甲 ｜ 乙 }}")?.kind.help?.contains("半角") == true)
  }

  @Test func valuesFromTheDataPointAtTheDataToo() throws {
    let document = Self.data.document()
    let template = try Template(path: "报告.tpl", string: "　　收入{{ 指标.财政收入 | amount(\"亿元\") }}")
    let error: TemplateError
    do {
      _ = try template.render(data: document)
      Issue.record("rendered")
      return
    } catch .template(let thrown) {
      error = thrown
    } catch {
      Issue.record("\(error)")
      return
    }
    let data = try #require(error.dataLocation)
    #expect(data.path == "数据.yaml")
    #expect(document.source.text(data.range.lowerBound.offset..<data.range.upperBound.offset) == "待定")
    #expect(data.range.lowerBound.line == 2)
    #expect(
      error.rendered() == """
        报告.tpl:1:8: error: 过滤器 amount 无法处理这个值：“待定”不是金额（应如 17.1亿元、95483万元 或一个数字）
        　　收入{{ 指标.财政收入 | amount("亿元") }}
                   ^~~~~~~~~~~~~
          = 帮助：用法：值 | amount(unit, digits=2, from=none)
        数据.yaml:2:9: note: 这个值写在数据文件的这里
          财政收入: 待定
                    ^~~~

        """)
  }

  @Test func renderedSyntaxErrorHasCaretUnderTheToken() throws {
    let error = try #require(templateError("# 工作回顾\n　　全年{{ 指标.增速 | precent }}"))
    #expect(
      error.rendered() == """
        报告.tpl:2:16: error: 没有名为“precent”的过滤器
        　　全年{{ 指标.增速 | precent }}
                               ^~~~~~~
          = 帮助：你是不是想用 percent？

        """)
    #expect(error.description == "报告.tpl:2:16: 没有名为“precent”的过滤器")
  }
}
