import Foundation
import ReportModel
import ReportOutline
import ReportText
import Testing

@testable import ReportLint

/// Recall of the lint rules: each kind of defect is planted into clean reports at a known line, and the
/// rule that owns it must report it there.
///
/// The bases are our own fictional reports (the outline fixtures and the example drafts) and, when
/// `../shared/corpus` is present, the reference reports. Each base is linted first; a planted text's
/// findings are compared with the base's (lines shifted by the edit), and only new findings count.
/// Every planted text carries one defect, written fresh here; corpus text is only read at test time.
@Suite struct RecallTests {
  @Test(arguments: RecallBase.fixtures)
  func fixtureRecall(_ base: RecallBase) throws {
    let planted = try RecallCheck.run(base)
    // Every report of ours has body paragraphs, so at least the sentence defects go in.
    #expect(!planted.isEmpty, "\(base.name): no defect could be planted")
  }

  @Test(.enabled(if: !RecallBase.corpus.isEmpty, RecallBase.corpusAbsentMessage), arguments: RecallBase.corpus)
  func corpusRecall(_ base: RecallBase) throws {
    _ = try RecallCheck.run(base)
  }

  /// Every defect kind is planted into at least one fixture report, so a change of the fixtures or the
  /// parser cannot silently leave a kind untested.
  @Test func everyDefectIsPlanted() throws {
    var planted = Set<String>()
    for base in RecallBase.fixtures {
      let source = SourceText(path: base.name, string: try base.read())
      let anchors = RecallAnchors(source: source, outline: Outline(parsing: source))
      planted.formUnion(RecallDefect.plantings(anchors).map(\.0.name))
    }
    let missing = RecallDefect.all.map(\.name).filter { !planted.contains($0) }
    #expect(missing.isEmpty, "defects planted into no fixture report: \(missing)")
  }
}

// MARK: - Bases

/// One clean report to plant defects into.
struct RecallBase: Sendable, CustomTestStringConvertible {
  var name: String
  var url: URL
  /// The position in its list, which picks the variants planted (see `RecallDefect.plantings`).
  var index = 0

  var testDescription: String { name }

  /// The text with LF line ends, as the linter reads it, so that lines and byte offsets agree.
  func read() throws -> String {
    let source = SourceText(path: name, string: try String(contentsOf: url, encoding: .utf8))
    return String(decoding: source.bytes, as: UTF8.self)
  }

  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  static let packageRoot = testsDirectory.deletingLastPathComponent()
  static let corpusDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
  static let corpusAbsentMessage: Comment = "参考语料 ../shared/corpus 不存在，跳过语料部分（the reference corpus is absent）"

  /// The outline fixtures (reports, reports2, reports3) and the example drafts: plain-text reports of our own
  /// (the UTF-8 ones).
  static let fixtures: [RecallBase] = numbered(
    texts(in: testsDirectory.appendingPathComponent("ReportOutlineTests/Fixtures/reports"), prefix: "reports/")
      + texts(in: testsDirectory.appendingPathComponent("ReportOutlineTests/Fixtures/reports2"), prefix: "reports2/")
      + texts(in: testsDirectory.appendingPathComponent("ReportOutlineTests/Fixtures/reports3"), prefix: "reports3/")
      + texts(in: packageRoot.appendingPathComponent("Examples/drafts"), prefix: "drafts/"))

  /// The reference reports, or none when `../shared/corpus` is absent.
  static let corpus: [RecallBase] = numbered(texts(in: corpusDirectory, prefix: "corpus/"))

  static func numbered(_ bases: [RecallBase]) -> [RecallBase] {
    bases.enumerated().map { k, base in
      var copy = base
      copy.index = k
      return copy
    }
  }

  static func texts(in directory: URL, prefix: String) -> [RecallBase] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
      let url = directory.appendingPathComponent($0)
      guard (try? String(contentsOf: url, encoding: .utf8)) != nil else { return nil }
      return RecallBase(name: prefix + $0, url: url)
    }
  }
}

// MARK: - Checking

enum RecallCheck {
  static let linter = Linter(rules: LintRules.all, model: TextRuleHarness.model)

  /// A finding reduced to what the comparison uses.
  struct Key: Hashable {
    var rule: String
    var line: Int
  }

  /// Plants every defect that fits into `base`, one per lint, and checks each; returns the defects planted.
  ///
  /// The lints run on all cores; the expectations are recorded afterwards, in the test's own task.
  @discardableResult
  static func run(_ base: RecallBase) throws -> [String] {
    let text = try base.read()
    let source = SourceText(path: base.name, string: text)
    let outline = Outline(parsing: source)
    let baseline = linter.lint(outline)
    let anchors = RecallAnchors(source: source, outline: outline)
    let plantings = RecallDefect.plantings(anchors)
    let results = Results(count: plantings.count)
    DispatchQueue.concurrentPerform(iterations: plantings.count) { k in
      results.set(k, newFindings(base, plantings[k].1, baseline))
    }
    for (k, (defect, planting)) in plantings.enumerated() {
      check(base, defect, planting, results.get(k))
    }
    return plantings.map(\.0.name)
  }

  /// Results written from concurrent lints, one slot each.
  final class Results: @unchecked Sendable {
    private var slots: [[Finding]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ k: Int, _ value: [Finding]) { lock.withLock { slots[k] = value } }
    func get(_ k: Int) -> [Finding] { lock.withLock { slots[k] } }
  }

  /// The findings of the planted text that the base, its lines moved as the planting moved them, does not have.
  static func newFindings(_ base: RecallBase, _ planting: Planting, _ baseline: [Finding]) -> [Finding] {
    let found = linter.lint(SourceText(path: base.name, string: planting.text))
    var remaining: [Key: Int] = [:]
    for finding in baseline {
      if let line = planting.lineMap(finding.range.lowerBound.line) {
        remaining[Key(rule: finding.ruleID, line: line), default: 0] += 1
      }
    }
    var new: [Finding] = []
    for finding in found {
      let key = Key(rule: finding.ruleID, line: finding.range.lowerBound.line)
      if let n = remaining[key], n > 0 {
        remaining[key] = n - 1
      } else {
        new.append(finding)
      }
    }
    return new
  }

  static func check(_ base: RecallBase, _ defect: RecallDefect, _ planting: Planting, _ new: [Finding]) {
    let line = planting.line
    let shown = new.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column) \($0.ruleID) \($0.message)" }
    #expect(
      new.contains { $0.ruleID == defect.rule && $0.range.lowerBound.line == line },
      """
      \(base.name): planted “\(defect.name)” expecting \(defect.rule) at line \(line) \
      («\(planting.lineText)»); new findings: \(shown)
      """)
    // The planted sentences speak of a 镇 ("全镇…"): in a 乡's or a 街道's report wording.level rightly reports them.
    let unrelated = new.filter {
      $0.range.lowerBound.line == line && $0.ruleID != defect.rule && !defect.tolerated.contains($0.ruleID)
        && $0.ruleID != "wording.level"
    }
    #expect(
      unrelated.isEmpty,
      """
      \(base.name): planting “\(defect.name)” at line \(line) also raised unrelated findings there: \
      \(unrelated.map { "\($0.ruleID) \($0.message)" })
      """)
  }
}

// MARK: - Planting

/// A text with one defect planted, where the rule must report it, and where the base's lines went.
struct Planting: Sendable {
  var text: String
  var line: Int
  /// The line of the planted text a line of the base moved to; nil for removed lines.
  var lineMap: @Sendable (Int) -> Int?
  /// The planted line, for failure messages.
  var lineText: String {
    let lines = text.components(separatedBy: "\n")
    return line >= 1 && line <= lines.count ? String(lines[line - 1].prefix(60)) : ""
  }
}

/// The places of a base report where defects are planted.
struct RecallAnchors {
  let source: SourceText
  let outline: Outline
  let context: LintContext
  let lines: [String]
  /// Lines of one-line body paragraphs that end a sentence, those of the review part first.
  let bodyLines: [Int]

  init(source: SourceText, outline: Outline) {
    self.source = source
    self.outline = outline
    self.context = LintContext(source: source, outline: outline, model: TextRuleHarness.model)
    let text = String(decoding: source.bytes, as: UTF8.self)
    self.lines = text.components(separatedBy: "\n")
    func paragraphs(_ blocks: [Block]) -> [Paragraph] {
      blocks.flatMap { block -> [Paragraph] in
        switch block {
        case .paragraph(let paragraph): [paragraph]
        case .section(let section): paragraphs(section.blocks)
        }
      }
    }
    let review = outline.parts.filter { $0.role == .review }.flatMap { paragraphs($0.blocks) }
    let others = outline.parts.filter { $0.role != .review }.flatMap { paragraphs($0.blocks) }
    let lines = self.lines
    func oneLine(_ paragraph: Paragraph) -> Int? {
      let line = paragraph.range.lowerBound.line
      guard paragraph.range.upperBound.line == line, lines[line - 1].hasSuffix("。"),
        lines[line - 1].count >= 20
      else { return nil }
      return line
    }
    self.bodyLines = (review + others).compactMap(oneLine)
    self.reviewLines = review.compactMap(oneLine)
    self.hasNotes = outline.recoveries.contains { $0.kind == .appendix }
  }

  /// Lines of one-line body paragraphs of the review that end a sentence.
  let reviewLines: [Int]
  /// Whether the report ends with an appendix (notes, a glossary) the outline set aside.
  let hasNotes: Bool

  /// `addition` written at the end of line `line`.
  func appending(_ addition: String, toLine line: Int) -> Planting {
    var copy = lines
    copy[line - 1] += addition
    return Planting(text: copy.joined(separator: "\n"), line: line, lineMap: { $0 })
  }

  /// `prefix` written at the start of line `line`.
  func prefixing(_ prefix: String, toLine line: Int) -> Planting {
    var copy = lines
    copy[line - 1] = prefix + copy[line - 1]
    return Planting(text: copy.joined(separator: "\n"), line: line, lineMap: { $0 })
  }

  /// A new line after line `line`.
  func inserting(_ newLine: String, afterLine line: Int) -> Planting {
    var copy = lines
    copy.insert(newLine, at: line)
    return Planting(text: copy.joined(separator: "\n"), line: line + 1, lineMap: { $0 <= line ? $0 : $0 + 1 })
  }

  /// Byte ranges of the text (each inside one line) replaced; `line` is where the rule reports.
  func replacing(_ ranges: [(Range<Int>, String)], reportedAt line: Int) -> Planting {
    var bytes = source.bytes
    for (range, replacement) in ranges.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
      bytes.replaceSubrange(range, with: Array(replacement.utf8))
    }
    return Planting(text: String(decoding: bytes, as: UTF8.self), line: line, lineMap: { $0 })
  }

  /// Lines `removed` (1-based, closed) deleted; `line` is where the rule reports, in the new text.
  func removing(_ removed: ClosedRange<Int>, reportedAt line: Int) -> Planting {
    var copy = lines
    copy.removeSubrange((removed.lowerBound - 1)...(removed.upperBound - 1))
    let count = removed.count
    return Planting(
      text: copy.joined(separator: "\n"), line: line,
      lineMap: { removed.contains($0) ? nil : $0 < removed.lowerBound ? $0 : $0 - count })
  }

  /// Lines `moved` (closed) taken out and put back after line `after` (a line below them), under a new
  /// line `header` when one is given; the rule reports on the first line put back.
  func moving(_ moved: ClosedRange<Int>, after: Int, header: String? = nil) -> Planting {
    var copy = lines
    let block = Array(copy[(moved.lowerBound - 1)...(moved.upperBound - 1)])
    copy.removeSubrange((moved.lowerBound - 1)...(moved.upperBound - 1))
    let count = moved.count
    let target = after - count
    let extra = header == nil ? 0 : 1
    copy.insert(contentsOf: (header.map { [$0] } ?? []) + block, at: target)
    return Planting(
      text: copy.joined(separator: "\n"), line: target + 1,
      lineMap: { x in
        if x < moved.lowerBound { return x }
        if x > after { return x + extra }
        if moved.contains(x) { return target + 1 + extra + (x - moved.lowerBound) }
        return x - count
      })
  }

  /// The last line of a range that ends at the start of the next line, or within it.
  func lastLine(_ range: TextRange) -> Int {
    let upper = range.upperBound
    return upper.column == 1 && upper.line > range.lowerBound.line ? upper.line - 1 : upper.line
  }

  /// Numbered sibling lists written in one canonical form and numbered 1, 2, 3 …, with at least `count` items.
  func cleanLists(style: NumberingStyle, count: Int) -> [NumberedSiblings] {
    NumberedSiblings.lists(in: outline).filter { list in
      list.items.count >= count
        && list.items.enumerated().allSatisfy {
          $0.element.style == style && $0.element.marker.isCanonical && $0.element.marker.value == $0.offset + 1
        }
    }
  }

  /// The sections under each part or section that have sibling sections, in document order.
  func sectionLists() -> [[Section]] {
    var out: [[Section]] = []
    func walk(_ blocks: [Block]) {
      let sections = blocks.compactMap { block -> Section? in
        if case .section(let section) = block { section } else { nil }
      }
      if !sections.isEmpty { out.append(sections) }
      for section in sections { walk(section.blocks) }
    }
    for part in outline.parts { walk(part.blocks) }
    return out
  }

  func markerBytes(_ marker: NumberingMarker) -> Range<Int> {
    marker.range.lowerBound.offset..<marker.range.upperBound.offset
  }
}

/// One kind of defect: the rule that must report it and how to plant it.
struct RecallDefect: Sendable {
  var name: String
  var rule: String
  /// Other rules that may legitimately report on the planted line too.
  var tolerated: Set<String> = []
  var plant: @Sendable (RecallAnchors) -> Planting?

  /// A sentence appended to the first body paragraph (of the review part where there is one).
  static func sentence(_ name: String, _ rule: String, _ text: String) -> RecallDefect {
    RecallDefect(name: name, rule: rule) { a in a.bodyLines.first.map { a.appending(text, toLine: $0) } }
  }

  static let all: [RecallDefect] = structure + numbering + text + numbers + punctuation + forms

  /// Every variant of every defect that fits the base (about forty lints per base; the rules are fast
  /// enough that the whole test stays within seconds in a debug build).
  static func plantings(_ anchors: RecallAnchors) -> [(RecallDefect, Planting)] {
    all.compactMap { defect in defect.plant(anchors).map { (defect, $0) } }
  }

  // MARK: Structure

  static let structure: [RecallDefect] = [
    // The problems part removed. Only where the genre requires it (the model says so for every genre
    // today) and the problems are a part of their own, not a further role of another paragraph.
    RecallDefect(name: "missing problems part", rule: "structure.missing-part") { a in
      guard MissingPartRule.requiredRoles(a.context.model, a.context.genre).contains(.problems),
        !a.outline.parts.contains(where: { $0.alsoRoles.contains(.problems) }),
        let part = a.outline.parts.first(where: { $0.role == .problems }),
        let title = a.outline.titleBlock?.title
      else { return nil }
      let lines = part.range.lowerBound.line...a.lastLine(part.range)
      guard title.range.lowerBound.line < lines.lowerBound else { return nil }
      return a.removing(lines, reportedAt: title.range.lowerBound.line)
    },
    // The problems part moved after the plan (and the parts that go on with it). A numbered problems
    // heading then also breaks the part numbering, which the numbering rules rightly report.
    RecallDefect(
      name: "problems after plan", rule: "structure.part-order", tolerated: ["numbering.sequence", "numbering.marker"]
    ) { a in
      let parts = a.outline.parts
      guard let p = parts.firstIndex(where: { $0.role == .problems && !$0.continuesPrevious }),
        let plan = parts.indices.first(where: { $0 > p && parts[$0].role == .plan })
      else { return nil }
      var end = plan
      while end + 1 < parts.count, parts[end + 1].continuesPrevious { end += 1 }
      // The problems part alone, not followed by a part that goes on with it.
      guard p + 1 < parts.count, !parts[p + 1].continuesPrevious else { return nil }
      let moved = parts[p].range.lowerBound.line...a.lastLine(parts[p].range)
      // A problems paragraph without a heading reads as part of the plan once it stands inside the plan,
      // so it moves under a heading of its own.
      return a.moving(moved, after: a.lastLine(parts[end].range), header: parts[p].heading == nil ? "存在的困难和问题" : nil)
    },
    // The body of a titled section deleted, leaving its heading alone before the next heading.
    RecallDefect(name: "empty section", rule: "structure.empty-section") { a in
      func find(_ blocks: [Block]) -> Section? {
        for case .section(let section) in blocks {
          if !section.blocks.isEmpty, EmptySectionRule.readsAsTitle(section.heading, a.context),
            section.blocks.allSatisfy({ if case .paragraph = $0 { true } else { false } })
          {
            return section
          }
          if let inner = find(section.blocks) { return inner }
        }
        return nil
      }
      guard let review = a.outline.parts.first(where: { $0.role == .review }), let section = find(review.blocks)
      else { return nil }
      let first = section.blocks.first!.range.lowerBound.line
      let last = a.lastLine(section.blocks.last!.range)
      return a.removing(first...last, reportedAt: section.heading.range.lowerBound.line)
    },
    // A plan for the wrong year: the plan heading names the year after next (annual, summary and plan)
    // or the year before the title's (half-year). Bases whose review heading names no year give the
    // rule nothing to compare with in an annual report, and are left out.
    RecallDefect(name: "plan for the wrong year", rule: "date.period") { a in
      let bytes = a.source.bytes
      guard let plan = a.outline.parts.first(where: { $0.role == .plan && $0.heading != nil })?.heading else {
        return nil
      }
      let wrong: Int
      switch a.context.genre {
      case .annual, .summaryPlan:
        guard let review = a.outline.parts.first(where: { $0.role == .review && $0.heading != nil })?.heading,
          let year = PeriodRule.singleYear(review, bytes)
        else { return nil }
        wrong = year.value + 2
      case .halfYear:
        guard let title = a.outline.titleBlock?.title else { return nil }
        let years = PeriodRule.years(in: title.range.lowerBound.offset..<title.range.upperBound.offset, bytes)
        guard years.count == 1 else { return nil }
        wrong = years[0].value - 1
      }
      let line = plan.range.lowerBound.line
      let headingBytes = plan.range.lowerBound.offset..<plan.range.upperBound.offset
      if let year = PeriodRule.singleYear(plan, bytes) {
        return a.replacing([(year.bytes, "\(wrong)年")], reportedAt: line)
      }
      guard PeriodRule.digitRuns(in: headingBytes, bytes) == 0 else { return nil }
      // No year in the heading: write one before its words ("二、2023年下半年工作打算").
      let start = plan.marker.map { $0.range.upperBound.offset } ?? plan.range.lowerBound.offset
      return a.replacing([(start..<start, "\(wrong)年")], reportedAt: line)
    },
    // More first-level sections in the plan than the reference reports ever give (their most plus two):
    // titled sections with a sentence each, numbered on from the plan's last section. Reported on the
    // plan's heading (or first line).
    RecallDefect(name: "plan with too many sections", rule: "structure.section-count") { a in
      let profile = a.context.model.profile(for: a.context.genre)
      let parts = a.outline.parts
      guard profile.reportCount >= 2, let spread = profile.part(.plan)?.sectionCount, spread.max > 0,
        let p = parts.firstIndex(where: { $0.role == .plan && !$0.continuesPrevious })
      else { return nil }
      var group = [parts[p]]
      while p + group.count < parts.count, parts[p + group.count].continuesPrevious {
        group.append(parts[p + group.count])
      }
      let sections = group.flatMap { part in
        part.blocks.compactMap { block -> Section? in if case .section(let s) = block { s } else { nil } }
      }
      let high = Int(spread.max.rounded(.up)) + 2
      let extra = high + 1 - sections.count
      guard let last = sections.last, let marker = last.heading.marker, marker.isCanonical,
        [.hanzi, .hanziParen].contains(marker.style), extra > 0, extra <= extraTitles.count
      else { return nil }
      var added: [String] = []
      for k in 0..<extra {
        guard let written = NumberingMarkerRule.canonical(marker.style, marker.value + 1 + k) else { return nil }
        added += [written + extraTitles[k], "压实工作责任，细化工作举措，确保各项任务落到实处。"]
      }
      let after = a.lastLine(last.range)
      var copy = a.lines
      copy.insert(contentsOf: added, at: after)
      let line = group[0].heading?.range.lowerBound.line ?? group[0].range.lowerBound.line
      let count = added.count
      return Planting(
        text: copy.joined(separator: "\n"), line: line, lineMap: { $0 <= after ? $0 : $0 + count })
    },
  ]

  /// Section titles for the plan sections planted by "plan with too many sections".
  static let extraTitles = [
    "抓实安全生产", "抓好森林防火", "守牢耕地红线", "做优营商环境", "做强村级集体经济", "办好民生实事", "推进移风易俗", "加强应急管理",
    "深化平安建设", "抓好作风建设", "推进数字乡村", "加强人才培育", "做好退役军人服务", "推进全民健身",
  ]

  // MARK: Numbering

  static let numbering: [RecallDefect] = [
    RecallDefect(name: "skipped number 一、二、四、", rule: "numbering.sequence") { a in
      renumber(a, third: 4)
    },
    RecallDefect(name: "repeated number 一、二、二、", rule: "numbering.sequence") { a in
      renumber(a, third: 2)
    },
    // The last of three or more 一、 sections written "3、" (or "4、" …), only where that section holds
    // paragraphs alone. Under a part heading, or over （一） subsections, the parser nests the "3、" line
    // under the heading before it and the subsections close it: numbering.sequence ("应为第1个"),
    // numbering.level and structure.empty-section then report on the same line (false findings, not
    // asserted here).
    RecallDefect(
      name: "marker “3、” among 一、二、", rule: "numbering.marker"
    ) { a in
      for list in a.sectionLists() {
        let markers = list.compactMap(\.heading.marker)
        guard list.count >= 3, markers.count == list.count,
          markers.enumerated().allSatisfy({
            $0.element.style == .hanzi && $0.element.isCanonical && $0.element.value == $0.offset + 1
          }),
          let last = list.last, !last.blocks.isEmpty,
          last.blocks.allSatisfy({ if case .paragraph = $0 { true } else { false } })
        else { continue }
        let marker = markers.last!
        return a.replacing([(a.markerBytes(marker), "\(marker.value)、")], reportedAt: marker.range.lowerBound.line)
      }
      return nil
    },
    RecallDefect(name: "marker “（二）、”", rule: "numbering.marker") { a in
      guard let list = a.cleanLists(style: .hanziParen, count: 2).first else { return nil }
      let item = list.items[1]
      return a.replacing([(a.markerBytes(item.marker), "（二）、")], reportedAt: item.marker.range.lowerBound.line)
    },
    RecallDefect(name: "marker “二.”", rule: "numbering.marker") { a in
      guard let list = a.cleanLists(style: .hanzi, count: 2).first else { return nil }
      let item = list.items[1]
      return a.replacing([(a.markerBytes(item.marker), "二.")], reportedAt: item.marker.range.lowerBound.line)
    },
    // The （一） level under a 一、 heading renumbered as 1．, skipping a level; only a list whose items
    // have no numbered subsections, so that the levels below stay as they were.
    RecallDefect(name: "skipped level 一、 → 1．", rule: "numbering.level") { a in
      func find(_ blocks: [Block], parent: Heading?) -> [NumberingMarker]? {
        let sections = blocks.compactMap { block -> Section? in
          if case .section(let section) = block { section } else { nil }
        }
        let markers = sections.compactMap(\.heading.marker)
        if parent?.numberingLevelStyle == .hanzi, sections.count >= 2, markers.count == sections.count,
          markers.enumerated().allSatisfy({
            $0.element.style == .hanziParen && $0.element.isCanonical && $0.element.value == $0.offset + 1
          }),
          sections.allSatisfy({ $0.blocks.allSatisfy { if case .paragraph = $0 { true } else { false } } })
        {
          return markers
        }
        for section in sections {
          if let found = find(section.blocks, parent: section.heading) { return found }
        }
        return nil
      }
      for part in a.outline.parts {
        if let markers = find(part.blocks, parent: part.heading) {
          let edits = markers.map { (a.markerBytes($0), "\($0.value)．") }
          return a.replacing(edits, reportedAt: markers[0].range.lowerBound.line)
        }
      }
      return nil
    },
  ]

  /// The third marker of the first clean list of three or more renumbered to `third`.
  static func renumber(_ a: RecallAnchors, third: Int) -> Planting? {
    for style in [NumberingStyle.hanzi, .hanziParen] {
      guard let list = a.cleanLists(style: style, count: 3).first,
        let written = NumberingMarkerRule.canonical(style, third)
      else { continue }
      let item = list.items[2]
      return a.replacing([(a.markerBytes(item.marker), written)], reportedAt: item.marker.range.lowerBound.line)
    }
    return nil
  }

  // MARK: Placeholders, artifacts, wording

  static let text: [RecallDefect] = [
    sentence("placeholder XX", "placeholder.unfilled", "全年新建村级便民服务点XX个，群众办事更加方便。"),
    sentence("placeholder ××", "placeholder.unfilled", "××村完成农村改厕任务，村容村貌明显改观。"),
    sentence("placeholder ○○", "placeholder.unfilled", "○○村被评为县级文明村。"),
    sentence("placeholder 【待补充】", "placeholder.unfilled", "村级集体经济收入达到【待补充：全年数据】。"),
    sentence("placeholder {{…}}", "placeholder.unfilled", "新签约招商项目{{ 项目数 }}个。"),
    sentence("placeholder ＿＿", "placeholder.unfilled", "全镇共培育家庭农场＿＿家。"),
    RecallDefect(name: "artifact ##paidbegin##", rule: "artifact.noise") { a in
      a.bodyLines.first.map { a.prefixing("##paidbegin##", toLine: $0) }
    },
    RecallDefect(name: "artifact [bookmark: …]", rule: "artifact.noise") { a in
      a.bodyLines.first.map { a.prefixing("[bookmark: _GoBack]", toLine: $0) }
    },
    // A note mark where the report has no notes.
    RecallDefect(name: "artifact note mark [2]", rule: "artifact.noise") { a in
      a.hasNotes ? nil : a.bodyLines.first.map { a.appending("持续开展河道清理专项行动[2]，河面保洁实现常态化。", toLine: $0) }
    },
    RecallDefect(name: "artifact note mark ［2］", rule: "artifact.noise") { a in
      a.hasNotes ? nil : a.bodyLines.first.map { a.appending("深入推进秸秆综合利用［2］，田间焚烧得到遏制。", toLine: $0) }
    },
    RecallDefect(name: "artifact advertising line", rule: "artifact.noise") { a in
      a.bodyLines.first.map { a.inserting("【范文网】更多精彩范文请关注微信公众号下载", afterLine: $0) }
    },
    sentence("confusable 截止 before a time point", "wording.confusable", "截止目前，全镇村级档案已全部完成数字化整理。"),
    sentence("confusable 其它", "wording.confusable", "同步抓好其它各项工作。"),
    sentence("confusable 布署", "wording.confusable", "认真布署防汛防台各项工作。"),
    sentence("confusable 交待", "wording.confusable", "向群众交待清楚各项惠民政策。"),
    sentence("confusable 情况反应", "wording.confusable", "建立健全村情民意情况反应机制。"),
    sentence("formulation 思想精神为指导", "wording.formulation", "坚持以习近平新时代中国特色社会主义思想精神为指导，扎实推进各项工作。"),
    sentence("formulation 二十大会议精神", "wording.formulation", "认真学习贯彻党的二十大会议精神。"),
    sentence("formulation 不忘初心，牢记使命", "wording.formulation", "始终坚持不忘初心，牢记使命。"),
  ]

  // MARK: Numbers

  static let numbers: [RecallDefect] = [
    // The same measure with two values, on two body paragraphs of the review: reported at the later one.
    RecallDefect(name: "inconsistent measure", rule: "number.inconsistent") { a in
      guard a.reviewLines.count >= 2 else { return nil }
      let (first, second) = (a.reviewLines[0], a.reviewLines[a.reviewLines.count - 1])
      let (early, late) = first < second ? (first, second) : (second, first)
      var copy = a.lines
      copy[early - 1] += "全镇共有护林瞭望点17个。"
      copy[late - 1] += "护林瞭望点21个全部投入使用。"
      return Planting(text: copy.joined(separator: "\n"), line: late, lineMap: { $0 })
    },
    sentence("parts exceed total", "number.parts-exceed-total", "全镇共有河道保洁员120人，其中专职保洁员90人、兼职保洁员45人。"),
    sentence("rate above 100%", "number.rate-range", "农村生活污水处理率达到103%。"),
    sentence("range 10-20%", "number.range-format", "力争村级集体经济收入增长10-20%。"),
    sentence("range 3-5万元", "number.range-format", "每村安排奖补资金3-5万元。"),
    sentence("range 2021-2025年", "number.range-format", "认真落实本镇2021-2025年农村公路建设规划。"),
  ]

  // MARK: Punctuation

  static let punctuation: [RecallDefect] = [
    sentence("half-width comma", "punctuation.width", "持续深化移风易俗,推动形成文明乡风。"),
    sentence("straight quotes", "punctuation.quotes", "深入开展\"美丽庭院\"创建活动。"),
    sentence("repeated 。。", "punctuation.repeat", "全面完成年度目标任务。。"),
    sentence("、等", "punctuation.deng", "排查整治交通、消防、等安全隐患。"),
  ]
}
