import Foundation
import Testing

@testable import ReportTemplate

@Suite struct DraftWriterTests {
  static let rendered = """
    % 2025年上半年政府工作报告

    各位代表：
    　　现在，我代表镇人民政府向大会报告工作，请予审议。
    # 上半年工作回顾 {-}
    上半年，全镇经济运行总体平稳。
    ## 项目建设提速增效
    **招商成效明显。**新签约项目6个。
    ## 社会事业全面进步
    ### 教育
    ### 卫生
    # 下半年工作打算 {-}
    ## 全力冲刺全年目标
    各位代表，让我们团结一心！
    """

  @Test func parsesBlocks() {
    let draft = DraftDocument(rendered: Self.rendered)
    #expect(draft.titleLines == ["2025年上半年政府工作报告"])
    #expect(draft.blocks.count == 12)
    guard case .heading(let h) = draft.blocks[2] else {
      Issue.record("no heading")
      return
    }
    #expect(h.text == "上半年工作回顾")
    #expect(!h.isNumbered)
    guard case .paragraph(let p) = draft.blocks[5] else {
      Issue.record("no paragraph")
      return
    }
    #expect(p.runIn == "招商成效明显。")
    #expect(p.text == "新签约项目6个。")
  }

  @Test func numbersFollowTheNumberedDepth() {
    let text = DraftWriter(format: .text).write(DraftDocument(rendered: Self.rendered))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains("　　一、项目建设提速增效"))
    #expect(lines.contains("　　二、社会事业全面进步"))
    #expect(lines.contains("　　（一）教育"))
    #expect(lines.contains("　　（二）卫生"))
    #expect(lines.contains("　　一、全力冲刺全年目标"))
    #expect(lines.contains("　　招商成效明显。新签约项目6个。"))
    #expect(lines.contains("　　现在，我代表镇人民政府向大会报告工作，请予审议。"))
    #expect(!text.contains("**"))
    #expect(!text.contains("#"))
  }

  @Test func markdownCarriesNumbersAndBold() {
    let text = DraftWriter(format: .markdown).write(DraftDocument(rendered: Self.rendered))
    #expect(text.hasPrefix("# 2025年上半年政府工作报告\n\n各位代表：\n\n"))
    #expect(text.contains("\n\n## 上半年工作回顾\n\n"))
    #expect(text.contains("\n\n### 一、项目建设提速增效\n\n**招商成效明显**。新签约项目6个。\n\n"))
    #expect(text.contains("\n\n#### （二）卫生\n\n"))
  }

  @Test func reorderingSectionsKeepsTheSequence() {
    let a = DraftDocument(rendered: "# 甲\n# 乙\n## 子\n# 丙\n")
    let lines = DraftWriter(format: .text).write(a).split(separator: "\n")
    #expect(lines == ["　　一、甲", "　　二、乙", "　　（一）子", "　　三、丙"])
    let b = DraftDocument(rendered: "# 丙\n# 甲\n")
    #expect(DraftWriter(format: .text).write(b).split(separator: "\n") == ["　　一、丙", "　　二、甲"])
  }

  @Test(arguments: [(1, 0, "一、"), (12, 0, "十二、"), (3, 1, "（三）"), (2, 2, "2．"), (4, 3, "（4）"), (5, 4, "⑤")])
  func markers(number: Int, depth: Int, marker: String) {
    #expect(HeadingNumbering.marker(number, depth: depth) == marker)
  }

  @Test func titleIsCentred() {
    let text = DraftWriter(format: .text).write(DraftDocument(rendered: "% 政府工作报告\n正文。\n"))
    let first = text.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first == String(repeating: "\u{3000}", count: 11) + "政府工作报告")
  }

  /// Every "**" of a run-in heading opens and closes as CommonMark reads emphasis delimiters: the opening run is
  /// left-flanking, the closing run right-flanking (spec 0.31, 6.2), so renderers show the words in bold.
  @Test(arguments: ["招商成效明显。", "“三农”工作扎实推进：", "项目建设（一期）", "亮点"])
  func runInBoldIsRecognisedByCommonMark(_ runIn: String) {
    let line = DraftWriter.boldRunIn(runIn) + "全年新签约项目6个。"
    let runs = CommonMarkDelimiters.runs(of: "*", in: line)
    #expect(runs.count == 2)
    #expect(runs.first?.isLeftFlanking == true)
    #expect(runs.last?.isRightFlanking == true)
    #expect(line.replacingOccurrences(of: "**", with: "") == runIn + "全年新签约项目6个。")
  }
}

/// CommonMark's delimiter-run classification, for checking the Markdown the writer produces.
enum CommonMarkDelimiters {
  struct Run {
    var isLeftFlanking: Bool
    var isRightFlanking: Bool
  }

  static func runs(of mark: Character, in line: String) -> [Run] {
    let scalars = Array(line.unicodeScalars)
    var result: [Run] = []
    var i = 0
    while i < scalars.count {
      guard Character(scalars[i]) == mark else {
        i += 1
        continue
      }
      var j = i
      while j < scalars.count, Character(scalars[j]) == mark { j += 1 }
      let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
      let after: Unicode.Scalar? = j < scalars.count ? scalars[j] : nil
      let space = { (s: Unicode.Scalar?) in s == nil || s!.properties.isWhitespace }
      let punct = { (s: Unicode.Scalar?) in s.map(DraftWriter.isPunctuation) ?? false }
      let left = !space(after) && (!punct(after) || space(before) || punct(before))
      let right = !space(before) && (!punct(before) || space(after) || punct(after))
      result.append(Run(isLeftFlanking: left, isRightFlanking: right))
      i = j
    }
    return result
  }
}

/// The shipped Markdown drafts: every pair of "**" opens and closes as CommonMark reads it.
@Suite struct MarkdownDraftEmphasisTests {
  @Test(arguments: ["songling-2024-annual", "baisha-2025-half-year", "yunxi-2024-summary-plan"])
  func boldRunInsRender(_ name: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("Examples/drafts/\(name).md"), encoding: .utf8)
    var checked = 0
    for line in text.split(separator: "\n") where line.contains("**") {
      let runs = CommonMarkDelimiters.runs(of: "*", in: String(line))
      #expect(runs.count % 2 == 0, "\(line)")
      for (k, run) in runs.enumerated() {
        #expect(k % 2 == 0 ? run.isLeftFlanking : run.isRightFlanking, "\(line)")
      }
      checked += 1
    }
    #expect(checked > 0)
  }
}
