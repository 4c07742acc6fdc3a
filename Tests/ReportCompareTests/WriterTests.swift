import Foundation
import ReportModel
import ReportOutline
import ReportText
import Testing

@testable import ReportCompare

/// The text, Markdown and JSON writers on comparisons of our example drafts, against the shipped model and
/// (when present) the corpus.
@Suite struct WriterTests {
  static let drafts = ["songling-2024-annual.txt", "baisha-2025-half-year.txt", "yunxi-2024-summary-plan.txt"]

  /// Each example draft compared with the model, and with the corpus when it is there.
  static func comparisons(_ name: String) -> [Comparison] {
    let draft = Reports.example(name)
    var out = [Reports.compare(draft)]
    if !Reports.corpus.isEmpty { out.append(Reports.compare(draft, with: Reports.corpus)) }
    return out
  }

  static func all(_ comparisons: [Comparison]) -> [String] {
    [
      ComparisonTextWriter.render(comparisons), ComparisonMarkdownWriter.render(comparisons),
      ComparisonJSONWriter.render(comparisons),
    ]
  }

  @Test(arguments: drafts)
  func sameBytesOnTwoRuns(name: String) {
    for (first, second) in zip(Self.comparisons(name), Self.comparisons(name)) {
      #expect(Self.all([first]) == Self.all([second]))
    }
    let several = Self.drafts.map { Reports.compare(Reports.example($0)) }
    #expect(Self.all(several) == Self.all(Self.drafts.map { Reports.compare(Reports.example($0)) }))
  }

  // MARK: - Text

  @Test(arguments: drafts)
  func textHasEveryBlockAndAlignedColumns(name: String) throws {
    for c in Self.comparisons(name) {
      let text = ComparisonTextWriter.render([c])
      #expect(text.hasPrefix("结构比较：\(name)（\(c.draft.genre.chineseName)）\n"))
      #expect(text.contains(c.referenceDescription))
      #expect(text.contains("\(c.score)（满分 100）"))
      if let nearest = c.nearest { #expect(text.contains("\(nearest.report)（相似度 \(nearest.score)）")) }
      for block in ["结构对照", "主题覆盖", "编号"] { #expect(text.contains("\n\(block)")) }
      for (k, difference) in c.differences.enumerated() { #expect(text.contains("\(k + 1). \(difference.message)\n")) }

      // The outline table: every row has its "k/n" (or nothing) at the column of the header's 参考有.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let header = try #require(lines.firstIndex { $0.hasPrefix("  草稿的部分和小节") })
      let column = try #require(Self.displayColumn(of: "参考有", in: lines[header]))
      var rows = 0
      for line in lines[(header + 1)...] {
        if line.isEmpty { break }
        rows += 1
        let cell = Self.text(atDisplayColumn: column, in: line)
        #expect(cell.isEmpty || cell.first!.isNumber, "\(line)")
        let gap = Self.text(atDisplayColumn: column - 2, in: line)
        #expect(gap.isEmpty || gap.hasPrefix("  "), "\(line)")
      }
      #expect(rows == c.parts.filter { $0.draftPosition != nil || $0.referencePresence > 0 }.count + c.sections.count)
    }
  }

  /// A part the draft lacks is listed where the usual order puts it, marked missing.
  @Test func aMissingPartStandsInItsUsualPlace() throws {
    let draft = Reports.example("baisha-2025-half-year.txt")
    let text = draft.source.text(0..<draft.source.bytes.count)
    let problems = try #require(draft.parts.first { $0.role == .problems })
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let kept = lines.enumerated().filter { index, _ in
      !(problems.range.lowerBound.line...problems.range.upperBound.line).contains(index + 1)
    }.map(\.element).joined(separator: "\n")
    let output = ComparisonTextWriter.render([Reports.compare(Reports.outline(kept, name: "cut.txt"))])
    let rows = output.split(separator: "\n").map(String.init)
    let thanks = try #require(rows.firstIndex { $0.hasPrefix("  致谢（第 ") })
    let missing = try #require(rows.firstIndex { $0.hasPrefix("  （草稿没有）问题与不足") })
    let plan = try #require(rows.firstIndex { $0.hasPrefix("  工作安排（第 ") })
    #expect(thanks < missing && missing < plan)
    #expect(rows[missing].hasSuffix("缺少"))
    #expect(output.contains("1. 缺少“问题与不足”部分"))
  }

  @Test func textOfSeveralDraftsIsOneRowEachThenTheirDifferences() throws {
    let comparisons = Self.drafts.map { Reports.compare(Reports.example($0)) }
    let text = ComparisonTextWriter.render(comparisons)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "结构比较：共 3 份草稿")
    let column = try #require(Self.displayColumn(of: "相似度", in: lines[1]))
    for (k, c) in comparisons.enumerated() {
      let row = lines[2 + k]
      #expect(row.hasPrefix("  \(c.draft.name)"))
      #expect(Self.text(atDisplayColumn: column, in: row).hasPrefix("\(c.score) "))
      #expect(text.contains("\n\(c.draft.name)（相似度 \(c.score)"))
    }
    #expect(!text.contains("结构对照（"))
  }

  // MARK: - Markdown

  @Test(arguments: drafts)
  func markdownTablesAreWellFormed(name: String) throws {
    for c in Self.comparisons(name) {
      let markdown = ComparisonMarkdownWriter.render([c])
      #expect(markdown.hasPrefix("# 结构比较：\(name)\n"))
      for block in ["## 结构对照", "## 差异", "## 主题覆盖", "## 编号"] { #expect(markdown.contains("\n\(block)\n")) }
      #expect(Self.tables(in: markdown).count == 3)
    }
    let several = ComparisonMarkdownWriter.render(Self.drafts.map { Reports.compare(Reports.example($0)) })
    let tables = Self.tables(in: several)
    #expect(tables.count == 1 + 3 * 3)
    #expect(tables[0].count == 2 + 3)
  }

  @Test func pipesInCellsAreEscaped() throws {
    let draft = Reports.example("songling-2024-annual.txt")
    let text = draft.source.text(0..<draft.source.bytes.count)
    let renamed = Reports.outline(text, name: "松岭|镇.txt")
    let markdown = ComparisonMarkdownWriter.render([Reports.compare(renamed), Reports.compare(draft)])
    #expect(markdown.contains("| 松岭\\|镇.txt |"))
    _ = Self.tables(in: markdown)
  }

  // MARK: - JSON

  @Test(arguments: drafts)
  func jsonParsesBackWithTheDocumentedKeys(name: String) throws {
    for c in Self.comparisons(name) {
      let json = ComparisonJSONWriter.render([c])
      let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      #expect(Set(root.keys) == ["schemaVersion", "comparisons", "summary"])
      #expect(root["schemaVersion"] as? Int == 1)
      let comparisons = try #require(root["comparisons"] as? [[String: Any]])
      let summary = try #require(root["summary"] as? [[String: Any]])
      #expect(comparisons.count == 1 && summary.count == 1)
      let object = comparisons[0]
      #expect(
        Set(object.keys) == [
          "draft", "references", "score", "nearest", "similarities", "parts", "sections", "topics", "numbering",
          "differences",
        ])
      #expect(object["score"] as? Int == c.score)
      #expect((object["draft"] as? [String: Any])?["file"] as? String == name)
      let references = try #require(object["references"] as? [String: Any])
      #expect(references["kind"] as? String == (c.hasReferenceReports ? "reports" : "model"))
      #expect(references["count"] as? Int == c.referenceCount)
      let parts = try #require(object["parts"] as? [[String: Any]])
      #expect(parts.count == c.parts.count)
      for part in parts {
        #expect(
          Set(part.keys) == [
            "role", "name", "draftPosition", "usualPosition", "draftLine", "draftSections", "draftShare",
            "referencePresence", "sectionRange", "shareRange", "status",
          ])
        if let share = part["draftShare"] as? Double {
          #expect((share * 10000).rounded() / 10000 == share)
          #expect((0...1).contains(share))
        }
      }
      let sections = try #require(object["sections"] as? [[String: Any]])
      #expect(sections.count == c.sections.count)
      #expect(
        sections.allSatisfy {
          Set($0.keys) == ["role", "title", "line", "topic", "topicName", "referenceCount", "closest"]
        })
      let differences = try #require(object["differences"] as? [[String: Any]])
      #expect(differences.map { $0["message"] as? String } == c.differences.map(\.message))
      #expect(
        Set(summary[0].keys) == [
          "draft", "genre", "score", "nearest", "missing", "reviewShare", "problemsShare", "planShare",
          "differenceCount", "firstDifference",
        ])
    }
  }

  @Test func jsonOfSeveralDraftsHasOneEntryEach() throws {
    let json = ComparisonJSONWriter.render(Self.drafts.map { Reports.compare(Reports.example($0)) })
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let summary = try #require(root["summary"] as? [[String: Any]])
    #expect(summary.map { $0["draft"] as? String } == Self.drafts)
    #expect((root["comparisons"] as? [Any])?.count == 3)
  }

  // MARK: - Helpers

  /// The display column (0-based, in terminal cells) where `needle` starts in `line`.
  static func displayColumn(of needle: String, in line: String) -> Int? {
    guard let range = line.range(of: needle) else { return nil }
    return displayWidth(line[..<range.lowerBound])
  }

  /// The rest of `line` from display column `column`.
  static func text(atDisplayColumn column: Int, in line: String) -> Substring {
    var used = 0
    var index = line.startIndex
    while index < line.endIndex, used < column {
      used += displayWidth(line[index...index])
      index = line.index(after: index)
    }
    return line[index...]
  }

  /// The tables of a Markdown document, each as its lines; records an issue for a malformed one.
  static func tables(in markdown: String) -> [[String]] {
    var tables: [[String]] = []
    var current: [String] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""] {
      if line.hasPrefix("|") {
        current.append(line)
        continue
      }
      if !current.isEmpty {
        tables.append(current)
        let cells = current.map(Self.cellCount)
        #expect(Set(cells).count == 1, "\(current)")
        #expect(current.count >= 2 && current[1] == "|" + String(repeating: "---|", count: cells[0]), "\(current)")
        #expect(current.allSatisfy { $0.hasSuffix(" |") || $0.hasSuffix("---|") })
        current = []
      }
    }
    return tables
  }

  /// The number of cells in a table line: its unescaped pipes less one.
  static func cellCount(_ line: String) -> Int {
    var count = 0
    var previous: Character = " "
    for ch in line {
      if ch == "|" && previous != "\\" { count += 1 }
      previous = ch
    }
    return count - 1
  }
}
