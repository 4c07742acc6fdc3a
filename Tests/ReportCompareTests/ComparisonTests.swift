import Foundation
import ReportModel
import ReportOutline
import Testing

@testable import ReportCompare

@Suite struct ComparisonTests {
  @Test(.enabled(if: !Reports.corpus.isEmpty, Reports.corpusAbsent))
  func eachCorpusReportAgainstTheOtherTen() throws {
    for (k, draft) in Reports.corpus.enumerated() {
      var others = Reports.corpus
      others.remove(at: k)
      let c = Reports.compare(draft, with: others)
      let name = c.draft.name
      #expect((0...100).contains(c.score), "\(name)")
      #expect(c.nearest != nil && c.similarities.count == c.referenceCount, "\(name)")
      #expect(!c.similarities.contains { $0.report == name }, "\(name) must not be its own reference")
      #expect(c.parts.contains { $0.role == .review && $0.draftPosition != nil }, "\(name)")
      print(
        "\(name): \(c.score), nearest \(c.nearest!.report) \(c.nearest!.score); \(c.differences.first?.message ?? "—")")
    }
  }

  @Test func removingTheProblemsPartReportsItMissingAndScoresLower() throws {
    let draft = Reports.example("baisha-2025-half-year.txt")
    let text = draft.source.text(0..<draft.source.bytes.count)
    let problems = try #require(draft.parts.first { $0.role == .problems })
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let kept = lines.enumerated().filter { index, _ in
      !(problems.range.lowerBound.line...problems.range.upperBound.line).contains(index + 1)
    }.map(\.element).joined(separator: "\n")
    let without = Reports.outline(kept, name: "baisha-without-problems.txt")
    #expect(!without.parts.contains { $0.role == .problems })

    let references = Reports.corpus.isEmpty ? [Reports.example("yunxi-2024-summary-plan.txt"), draft] : Reports.corpus
    for (whole, cut) in [
      (Reports.compare(draft, with: references), Reports.compare(without, with: references)),
      (Reports.compare(draft), Reports.compare(without)),
    ] {
      #expect(cut.score < whole.score)
      #expect(cut.parts.first { $0.role == .problems }?.status.contains(.missing) == true)
      #expect(cut.differences.first?.kind == .missingPart)
      #expect(cut.differences.first?.message.contains("问题与不足") == true)
    }
  }

  /// Removing any one role (all its text) never raises the score, against reports or the model.
  @Test func scoreIsMonotoneInParts() throws {
    let drafts = ["songling-2024-annual.txt", "baisha-2025-half-year.txt", "yunxi-2024-summary-plan.txt"].map(
      Reports.example)
    let references = Reports.corpus.isEmpty ? drafts : Reports.corpus
    for draft in drafts {
      let whole = Reports.compare(draft, with: references)
      let wholeModel = Reports.compare(draft)
      for role in whole.draft.roles.map(\.role) {
        var cut = whole.draft
        cut.roles.removeAll { $0.role == role }
        let refs = ReferenceSet(references: references, for: cut.genre, classifier: Reports.model.topicClassifier)
        #expect(Comparison(draft: cut, references: refs).score <= whole.score, "\(whole.draft.name) without \(role)")
        let model = ReferenceSet(model: Reports.model, genre: cut.genre)
        #expect(
          Comparison(draft: cut, references: model).score <= wholeModel.score, "\(whole.draft.name) without \(role)")
      }
    }
  }

  @Test(.enabled(if: !Reports.corpus.isEmpty, Reports.corpusAbsent))
  func aGeneratedExampleAgainstTheCorpus() throws {
    let c = Reports.compare(Reports.example("songling-2024-annual.txt"), with: Reports.corpus)
    #expect(c.score >= 40)
    #expect(c.parts.filter { $0.status.contains(.missing) }.isEmpty)
    #expect(!c.sections.isEmpty && c.sections.contains { !$0.closest.isEmpty })
  }

  @Test func noReferencesGiveNoScore() {
    let c = Reports.compare(Reports.example("songling-2024-annual.txt"), with: [])
    #expect(c.score == 0 && c.nearest == nil && c.referenceCount == 0)
  }

  @Test func sameInputSameComparison() {
    let a = Reports.compare(Reports.example("yunxi-2024-summary-plan.txt"), with: Reports.corpus)
    let b = Reports.compare(Reports.example("yunxi-2024-summary-plan.txt"), with: Reports.corpus.reversed())
    #expect(a.score == b.score && a.similarities == b.similarities && a.differences == b.differences)
    #expect(a.parts == b.parts && a.topics == b.topics && a.sections == b.sections)
  }
}
