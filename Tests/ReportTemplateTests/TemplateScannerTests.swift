import ReportTemplate
import Testing

/// Whitespace: tag-only lines leave nothing, `-` markers trim ASCII whitespace, "　　" indents survive.
@Suite struct TemplateScannerTests {
  static let data: TestData = ["成绩": ["产业", "生态"], "开": "true", "名": "青禾"]

  @Test func tagOnlyLinesLeaveNoLine() {
    let template = """
      # 一年来的工作
      {% for 项 in 成绩 %}
      　　{{ 项 }}工作扎实推进。
      {% endfor %}
      结束
      """
    #expect(text(template, Self.data) == "# 一年来的工作\n　　产业工作扎实推进。\n　　生态工作扎实推进。\n结束")
  }

  @Test func indentedTagLinesAndCommentLinesLeaveNoLine() {
    let template = "甲\n    {% if 开 %}\t\n\t乙\n  {# 说明 #}  \n    {% endif %}\n丙\n"
    #expect(text(template, Self.data) == "甲\n\t乙\n丙\n")
  }

  @Test func severalTagsOnOneLineLeaveNoLine() {
    #expect(text("甲\n{% if 开 %} {% set 乙 = 1 %}{# 注 #}\n{{ 乙 }}\n{% endif %}\n", Self.data) == "甲\n1\n")
  }

  @Test func tagLineAtEndWithoutNewline() {
    #expect(text("甲\n{% if 开 %}乙\n{% endif %}", Self.data) == "甲\n乙\n")
  }

  @Test func tagsWithTextOnTheLineKeepTheLine() {
    #expect(text("{% if 开 %}是{% endif %}\n下一行", Self.data) == "是\n下一行")
    #expect(text("前 {% if 开 %}\n后{% endif %}", Self.data) == "前 \n后")
  }

  @Test func outputOnlyLinesKeepTheirNewline() {
    #expect(text("{{ 名 }}\n{{ 名 }}\n", Self.data) == "青禾\n青禾\n")
  }

  @Test func ideographicSpaceIsNotATagLineBlank() {
    // A line "　　{% if %}" holds text (U+3000), so it is kept; only spaces and tabs count as blank.
    #expect(text("　　{% if 开 %}正文{% endif %}\n", Self.data) == "　　正文\n")
    #expect(text("　　{% if 开 %}\n正文\n{% endif %}\n", Self.data) == "　　\n正文\n")
  }

  @Test func minusMarkersTrimASCIIWhitespaceOnly() {
    #expect(text("甲  \n\t {{- 名 -}} \n\n 乙", Self.data) == "甲青禾乙")
    #expect(text("　　{{- 名 -}}　　", Self.data) == "　　青禾　　")
    #expect(text("甲 \n{%- if 开 -%}\n 乙 {%- endif %}", Self.data) == "甲乙")
    #expect(text("甲 {#- 注 -#} 乙", Self.data) == "甲乙")
  }

  @Test func minusMarkersDoNotCrossIdeographicSpace() {
    #expect(text("正文　\n{%- if 开 %}x{% endif %}", Self.data) == "正文　x")
  }

  @Test func stringsInTagsMayHoldClosers() {
    #expect(text("{{ \"%}\" ~ '}}' ~ \"#}\" }}", Self.data) == "%}}}#}")
    #expect(text("{% if \"%}\" %}有{% endif %}", Self.data) == "有")
  }

  @Test func crlfTemplatesBehaveLikeLF() {
    #expect(text("甲\r\n{% if 开 %}\r\n乙\r\n{% endif %}\r\n", Self.data) == "甲\n乙\n")
  }
}
