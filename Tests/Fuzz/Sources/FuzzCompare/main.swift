import ReportCompare
import ReportModel
import ReportOutline
import ReportText

/// `baogao compare` against the default model: the draft's shape, the comparison with the model's profile for
/// its genre, and all four writers. Never crashes; outputs are valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  let source =
    (try? SourceText.decode(bytes, path: "fuzz.txt").text)
    ?? SourceText(path: "fuzz.txt", string: String(decoding: bytes, as: UTF8.self))
  let outline = Outline(parsing: source)
  let shape = ReportShape(outline: outline, classifier: classifier)
  var comparisons: [Comparison] = []
  // As the CLI: the model's profile only when the model has reports of the draft's genre.
  let set = ReferenceSet(model: model, genre: shape.genre)
  if set.reportCount > 0 { comparisons.append(Comparison(draft: shape, references: set)) }
  // The same text as the only reference, as `--ref` with a copy of the draft does.
  comparisons.append(
    Comparison(
      draft: shape, references: ReferenceSet(references: [outline], for: shape.genre, classifier: classifier)))
  _ = comparisons.map(\.summaryRow)
  checkUTF8(ComparisonTextWriter.render(comparisons))
  checkUTF8(ComparisonMarkdownWriter.render(comparisons))
  checkUTF8(ComparisonJSONWriter.render(comparisons))
  checkUTF8(ComparisonHTMLWriter.render(comparisons))
  return 0
}

let model = try! StructureModel.loadDefault()
let classifier = model.topicClassifier

func checkUTF8(_ string: String) {
  require(String(validating: Array(string.utf8), as: UTF8.self) != nil, "output is not valid UTF-8")
}

/// `precondition` that keeps its message in release builds, so libFuzzer's log says which property failed.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}
