import Foundation
import Testing

@testable import ReportOutline
@testable import ReportText

/// Every report of `../shared/corpus-annual` (144 published annual reports, web copies among them): the parts a
/// reader finds in it, the closing before any appendix, and no line of the web page read as the report's text.
@Suite(.enabled(if: Paths.hasCorpusAnnual, "../shared/corpus-annual is absent: the annual reports are not read"))
struct CorpusAnnualTests {
  static func outline(_ url: URL) throws -> Outline {
    let decoded = try SourceText.decode(Array(try Data(contentsOf: url)), path: url.lastPathComponent)
    return Outline(parsing: decoded.text)
  }

  @Test func everyReportHasItsPartsAndItsClosingBeforeAnyAppendix() throws {
    let reports = Paths.corpusAnnualReports
    #expect(reports.count == 144)
    var problems: [String] = []
    for url in reports {
      let name = url.lastPathComponent
      let outline = try Self.outline(url)
      guard let first = outline.parts.first else {
        // A page that holds no report text at all: then everything in it is the page's.
        if !outline.recoveries.contains(where: { $0.kind == .webFurniture }) {
          problems.append("\(name): no part, and nothing set aside as the web page's")
        }
        continue
      }
      let roles = Set(outline.roles)
      if !roles.contains(.plan) { problems.append("\(name): no plan") }
      // The review may be missing only where the text starts after it, at the thanks or the problems.
      if !roles.contains(.review), first.role != .thanks, first.role != .problems {
        problems.append("\(name): no review")
      }
      if let appendix = outline.recoveries.first(where: { $0.kind == .appendix }) {
        if let closing = outline.parts.last(where: { $0.role == .closing }) {
          if closing.range.upperBound.offset > appendix.range.lowerBound.offset {
            problems.append("\(name): the closing runs into the appendix at line \(appendix.range.lowerBound.line)")
          }
        } else if !outline.parts.isEmpty, outline.parts.last!.range.upperBound.offset > appendix.range.lowerBound.offset {
          problems.append("\(name): a part runs into the appendix")
        }
      }
    }
    #expect(problems.isEmpty, "\(problems)")
  }

  /// Words that only a web page's own lines begin with, listed here apart from the parser's cues.
  static let pageOpenings = [
    "责任编辑", "扫一扫", "打印本页", "【打印】", "【字体", "字号：", "来源：", "发布时间", "浏览次数", "分享到", "【我要纠错】",
    "上一篇", "下一篇", "版权所有", "索引号", "相关链接", "当前位置", "首页", "登录注册", "您正在浏览",
  ]

  @Test func noLineOfTheWebPageInsideAPartOrAHeading() throws {
    var found: [String] = []
    for url in Paths.corpusAnnualReports {
      let outline = try Self.outline(url)
      var lines: [Int] = []
      func walk(_ blocks: [Block]) {
        for block in blocks {
          switch block {
          case .paragraph(let paragraph): lines.append(paragraph.range.lowerBound.line)
          case .section(let section):
            lines.append(section.heading.range.lowerBound.line)
            walk(section.blocks)
          }
        }
      }
      for part in outline.parts {
        if let heading = part.heading { lines.append(heading.range.lowerBound.line) }
        walk(part.blocks)
      }
      if let title = outline.titleBlock?.title { lines.append(title.range.lowerBound.line) }
      for line in lines {
        let text = outline.source.text(ofLine: line).trimmingCharacters(in: .whitespaces)
        let words = text.drop { $0 == "\u{3000}" }
        if Self.pageOpenings.contains(where: { words.hasPrefix($0) }) || (words.count < 160 && words.hasSuffix("摄")) {
          found.append("\(url.lastPathComponent):\(line) \(words.prefix(20))")
        }
      }
    }
    #expect(found.isEmpty, "\(found)")
  }
}

/// The reports of `../shared/corpus` and `corpus-annual` set inside a web page of our own (a breadcrumb, the page's
/// title, metadata, print links above; sharing links and credits below): the outline must not change, but for the
/// page's title, which becomes the report's title.
@Suite(.enabled(if: Paths.hasCorpus, "../shared/corpus is absent: the wrapped reports are not read"))
struct WebWrappingTests {
  static let head = [
    "首页 > 政务公开 > 工作报告", "某某2024年政府工作报告", "发布时间：2024-02-01 09:30  来源：本站  浏览次数：321",
    "【字体：大 中 小】【打印本页】【关闭窗口】", "分享到：",
  ]
  static let tail = [
    "扫一扫在手机打开当前页", "【我要纠错】责任编辑：某某", "上一篇：关于做好春节期间安全生产工作的通知", "下一篇：无",
    "版权所有：某某人民政府  网站标识码：0000000000",
  ]

  static var reports: [URL] {
    let corpus = ((try? FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path)) ?? [])
      .filter { $0.hasSuffix(".txt") }.sorted().map { Paths.corpus.appendingPathComponent($0) }
    return corpus + Paths.corpusAnnualReports
  }

  @Test func aWebPageAroundAReportChangesNothingButTheTitle() throws {
    var changed: [String] = []
    for url in Self.reports {
      let text = try SourceText.decode(Array(try Data(contentsOf: url)), path: url.lastPathComponent).text
      let original = String(decoding: text.bytes, as: UTF8.self)
      let wrapped = (Self.head + [original] + Self.tail).joined(separator: "\n")
      let shift = Self.head.count
      let before = rows(Outline(parsing: text)).filter { !$0.hasSuffix(" title") }.map { row -> String in
        let parts = row.split(separator: " ")
        return "\(Int(parts[0])! + shift) \(parts[1])"
      }
      let outline = Outline(parsing: SourceText(path: url.lastPathComponent, string: wrapped))
      let after = rows(outline).filter { !$0.hasSuffix(" title") }
      if before.isEmpty { continue }  // a page with no report in it
      if before != after || outline.titleBlock?.title?.range.lowerBound.line != 2 {
        changed.append(url.lastPathComponent)
      }
    }
    #expect(changed.isEmpty, "\(changed)")
  }
}
