import ReportLint
import ReportModel
import ReportOutline
import ReportText

/// `baogao lint` with and without `--fix`: every rule on the default model. Never crashes; every finding's range
/// and every fix's edit lies inside the text it was found in; the output formats are valid UTF-8; fixing the fixed
/// text changes nothing (`Linter.fixing` is idempotent).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  let source =
    (try? SourceText.decode(bytes, path: "fuzz.txt").text)
    ?? SourceText(path: "fuzz.txt", string: String(decoding: bytes, as: UTF8.self))
  let findings = linter.lintHonoringComments(source)
  check(findings, in: source)
  for format in LintOutputFormat.allCases {
    checkUTF8(format.write([LintedFile(source: source, findings: findings)]))
  }

  let (fixed, remaining) = linter.fixing(source)
  checkUTF8(String(decoding: fixed.bytes, as: UTF8.self))
  require(String(validating: fixed.bytes, as: UTF8.self) != nil, "fixed text is not valid UTF-8")
  check(remaining, in: fixed)
  let again = linter.fixing(fixed)
  if again.text.bytes != fixed.bytes {
    fatalError(
      "fixing is not idempotent:\n--- fixed once\n\(String(decoding: fixed.bytes, as: UTF8.self))\n--- fixed twice\n"
        + String(decoding: again.text.bytes, as: UTF8.self))
  }
  return 0
}

let linter = Linter(rules: LintRules.all, model: try! StructureModel.loadDefault())

func check(_ findings: [Finding], in source: SourceText) {
  for finding in findings {
    let range = finding.range
    require(range.lowerBound.offset >= 0 && range.lowerBound.offset <= range.upperBound.offset, "bad range")
    require(range.upperBound.offset <= source.bytes.count, "finding past the end of the text: \(finding)")
    require(range.upperBound.line <= source.lineStarts.count, "finding line out of range: \(finding)")
    for edit in finding.fix?.edits ?? [] {
      require(
        edit.range.lowerBound >= 0 && edit.range.upperBound <= source.bytes.count, "edit outside the text: \(finding)")
    }
  }
}

func checkUTF8(_ string: String) {
  require(String(validating: Array(string.utf8), as: UTF8.self) != nil, "output is not valid UTF-8")
}

/// `precondition` that keeps its message in release builds, so libFuzzer's log says which property failed.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}
