import Foundation
import ReportModel
import ReportOutline
import Testing

@testable import ReportCompare

/// The HTML page of `baogao compare`.
///
/// Well-formedness is checked by `StrictXMLChecker`, our own tokenizer, not by `XMLDocument`: on Linux
/// `FoundationXML` loads the system's libxml2 (`libxml2.so.2`), which a fresh machine need not have.
@Suite struct HTMLWriterTests {
  static let drafts = ["songling-2024-annual.txt", "baisha-2025-half-year.txt", "yunxi-2024-summary-plan.txt"]

  /// The page is well-formed, self-contained, has its two charts and is the same on a second run.
  func expectGoodPage(_ comparisons: [Comparison], charts: Int = 2, sourceLocation: SourceLocation = #_sourceLocation) {
    let page = ComparisonHTMLWriter.render(comparisons)
    let checked = StrictXMLChecker.check(page)
    #expect(checked.problems.isEmpty, "\(checked.problems)", sourceLocation: sourceLocation)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\""), sourceLocation: sourceLocation)
    #expect(page.contains("<meta charset=\"utf-8\" />"), sourceLocation: sourceLocation)
    for banned in ["<script", "http://", "https://", "@import", "url(", "@font-face", "<link", "<img", "<iframe"] {
      #expect(!page.lowercased().contains(banned), "\(banned)", sourceLocation: sourceLocation)
    }
    #expect(page.components(separatedBy: "<svg").count - 1 == charts, sourceLocation: sourceLocation)
    #expect(checked.elementCounts["style"] == 1 && checked.elementCounts["html"] == 1, sourceLocation: sourceLocation)
    #expect(ComparisonHTMLWriter.render(comparisons) == page, "same input, same bytes", sourceLocation: sourceLocation)
  }

  @Test(arguments: drafts)
  func oneDraftAgainstTheModel(_ name: String) throws {
    let c = Reports.compare(Reports.example(name))
    expectGoodPage([c])
    let page = ComparisonHTMLWriter.render([c])
    #expect(page.contains(HTMLText.escape(c.draft.name)))
    #expect(page.contains(c.referenceDescription))
    #expect(page.contains("与结构模型对比"))
    for d in c.differences { #expect(page.contains(HTMLText.escape(d.message))) }
  }

  @Test(.enabled(if: !Reports.corpus.isEmpty, Reports.corpusAbsent))
  func oneDraftAgainstTheCorpus() throws {
    let c = Reports.compare(Reports.example("songling-2024-annual.txt"), with: Reports.corpus)
    expectGoodPage([c])
    let page = ComparisonHTMLWriter.render([c])
    let nearest = try #require(c.nearest)
    #expect(page.contains("最接近的参考报告：<strong>\(HTMLText.escape(nearest.report))</strong>"))
    #expect(page.contains("<ol class=\"refs\">"))
    #expect(c.sections.contains { !$0.closest.isEmpty } && page.contains("<ul class=\"closest\">"))
  }

  @Test func threeDraftsOnOnePage() throws {
    let references = Reports.corpus.isEmpty ? Self.drafts.map(Reports.example) : Reports.corpus
    let comparisons = Self.drafts.map { Reports.compare(Reports.example($0), with: references) }
    expectGoodPage(comparisons, charts: 6)
    let page = ComparisonHTMLWriter.render(comparisons)
    #expect(page.contains("<table class=\"summary\">"))
    #expect(StrictXMLChecker.check(page).elementCounts["h1"] == 1)
    #expect(StrictXMLChecker.check(page).elementCounts["h2"] ?? 0 >= 4)
    for k in 1...3 {
      #expect(page.contains("<a href=\"#draft-\(k)\">"))
      #expect(page.contains("<section class=\"draft\" id=\"draft-\(k)\">"))
    }
    // The summary comes first, in the given order.
    let rowStarts = Self.drafts.compactMap { page.range(of: ">\($0)</a>")?.lowerBound }
    #expect(rowStarts.count == 3 && rowStarts == rowStarts.sorted())
  }

  @Test func aMissingPartIsMarked() throws {
    let draft = Reports.example("baisha-2025-half-year.txt")
    let text = draft.source.text(0..<draft.source.bytes.count)
    let problems = try #require(draft.parts.first { $0.role == .problems })
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let kept = lines.enumerated().filter { index, _ in
      !(problems.range.lowerBound.line...problems.range.upperBound.line).contains(index + 1)
    }.map(\.element).joined(separator: "\n")
    let without = Reports.outline(kept, name: "baisha-without-problems.txt")
    let references = Reports.corpus.isEmpty ? [Reports.example("yunxi-2024-summary-plan.txt"), draft] : Reports.corpus
    for c in [Reports.compare(without, with: references), Reports.compare(without)] {
      expectGoodPage([c])
      let page = ComparisonHTMLWriter.render([c])
      #expect(page.contains("<span class=\"mark-missing\">缺少</span> 问题与不足"))
      #expect(page.contains("<tr class=\"missing absent\">"))
      // The missing part stands between the review and the plan, as the usual order has it.
      let review = try #require(page.range(of: "</span> 工作回顾 <span class=\"line\">"))
      let missing = try #require(page.range(of: "缺少</span> 问题与不足"))
      let plan = try #require(page.range(of: "</span> 工作安排 <span class=\"line\">"))
      #expect(review.lowerBound < missing.lowerBound && missing.lowerBound < plan.lowerBound)
      #expect(page.contains("<li class=\"missing-part\">缺少“问题与不足”部分"))
    }
  }

  @Test func textIsEscaped() throws {
    var c = Reports.compare(Reports.example("baisha-2025-half-year.txt"))
    c.draft.name = "a<b>&\"c\"'d'\u{1}.txt"
    c.differences.insert(.init(kind: .share, role: nil, message: "<script>alert(1)</script> & “引号”", weight: 1), at: 0)
    expectGoodPage([c])
    let page = ComparisonHTMLWriter.render([c])
    #expect(page.contains("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;\u{FFFD}.txt"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”"))
  }

  @Test func numbersHaveFixedDecimals() {
    #expect(HTMLText.fixed(1.0 / 3) == "0.3")
    #expect(HTMLText.fixed(-0.01) == "0.0")
    #expect(HTMLText.fixed(.nan) == "0.0")
    #expect(HTMLText.fixed(12.25, 2) == "12.25")
  }

  @Test func emptyInputGivesAWellFormedPage() {
    let page = ComparisonHTMLWriter.render([])
    #expect(StrictXMLChecker.check(page).problems.isEmpty)
  }

  /// The checker itself refuses what it must.
  @Test(arguments: [
    "<html><p>a</html>", "<html><p>a</p>", "<html a=b></html>", "<html>a < b</html>", "<html>&nbsp;</html>",
    "<html>&amp</html>", "<html><br></html>", "<html></html><html></html>", "text<html></html>",
    "<html a=\"1\" a=\"2\"></html>", "<html><!-- c --></html>", "<html>\u{1}</html>", "<html a=\"<\"></html>",
    "<html><p></P></html>",
  ])
  func checkerRefusesMalformedMarkup(_ text: String) {
    #expect(!StrictXMLChecker.check(text).problems.isEmpty, "\(text)")
  }

  @Test func checkerAcceptsWellFormedMarkup() {
    let text = "<!DOCTYPE html>\n<html lang='zh'><br /><p class=\"a\">&amp;&lt;&gt;&quot;&#39; > 中文</p></html>\n"
    #expect(StrictXMLChecker.check(text).problems.isEmpty)
  }
}
