import ReportOutline
import ReportText
import Testing

/// Parsing a damaged report: never a crash, every range inside the text, and every non-blank line in exactly one
/// leaf of the outline (or dropped with a recovery that says so).
@Suite struct OutlineMutationTests {
  static let casesPerSeed = 20

  @Test(arguments: Seeds.reports)
  func everyLineIsCoveredOnce(_ seed: Seed) {
    for number in MutationCase.numbers("outline", seed: seed, count: Self.casesPerSeed) {
      var c = MutationCase(property: "outline", seed: seed, number: number)
      // Every third case is read as Markdown.
      let path = number % 3 == 2 ? "input.md" : "input.txt"
      let source = SourceText(path: path, string: c.text)
      let outline = TimeBudget.measure(&c, property: "outline") { Outline(parsing: source) }
      Self.checkRanges(outline, &c)
      c.problems += OutlineCoverage.problems(outline)
      c.report()
    }
    MutationCase.summarize(["outline"], after: seed, of: Seeds.reports)
  }

  static func checkRanges(_ outline: Outline, _ c: inout MutationCase) {
    let source = outline.source
    if let block = outline.titleBlock {
      c.checkRange(block.range, in: source, "title block")
      for span in [block.title, block.subtitle, block.speaker].compactMap({ $0 }) {
        c.checkRange(span.range, in: source, "title line")
      }
    }
    func walk(_ blocks: [Block]) {
      for block in blocks {
        c.checkRange(block.range, in: source, "block")
        switch block {
        case .paragraph(let paragraph):
          if let runIn = paragraph.runIn { c.checkRange(runIn.range, in: source, "run-in") }
          if let enumeration = paragraph.enumeration { c.checkRange(enumeration.range, in: source, "enumeration") }
        case .section(let section):
          c.checkRange(section.heading.range, in: source, "heading")
          if let marker = section.heading.marker { c.checkRange(marker.range, in: source, "marker") }
          walk(section.blocks)
        }
      }
    }
    for part in outline.parts {
      c.checkRange(part.range, in: source, "part \(part.role)")
      if let heading = part.heading { c.checkRange(heading.range, in: source, "part heading") }
      walk(part.blocks)
    }
    for recovery in outline.recoveries { c.checkRange(recovery.range, in: source, "recovery \(recovery.kind)") }
  }
}
