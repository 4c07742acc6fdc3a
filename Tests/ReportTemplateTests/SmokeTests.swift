import ReportTemplate
import Testing

@Suite struct SmokeTests {
  @Test func rendersBench() throws {
    let template = """
      {{ report.title }}
      {% for s in report.sections %}
      {{ loop.index }}. {{ s.heading }}
      {% for it in s['items'] %}
        （{{ loop.index }}）{{ it.text }} {{ it.value }}
      {% endfor %}
      {% endfor %}

      """
    let data: TestData = [
      "report": [
        "title": "2025年政府工作报告",
        "sections": [
          ["heading": "甲", "items": [["text": "一", "value": "1.5"], ["text": "二", "value": "2"]]],
          ["heading": "乙", "items": [["text": "三", "value": "3"]]],
        ],
      ]
    ]
    let result = try render(template, data)
    #expect(result.text == "2025年政府工作报告\n1. 甲\n  （1）一 1.5\n  （2）二 2\n2. 乙\n  （1）三 3\n")
  }
}
