import ReportTemplate
import Testing

/// Inputs built to break the engine: deep nesting, long chains, huge loops, binary junk. None may crash or hang.
@Suite struct HostileInputTests {
  @Test func longOperatorChainsAreBounded() {
    let sum = "{{ " + Array(repeating: "1", count: 10_000).joined(separator: " + ") + " }}"
    #expect(templateError(sum)?.kind == .nestingTooDeep(limit: 64))
    let filters = "{{ 1" + String(repeating: " | int", count: 10_000) + " }}"
    #expect(templateError(filters)?.kind == .nestingTooDeep(limit: 64))
    #expect(text("{{ " + Array(repeating: "1", count: 60).joined(separator: " + ") + " }}") == "60")
  }

  /// Files `p1`…`p<files>`, each nesting ifs and fors `levels` deep around an include of the next.
  static func nested(files: Int, levels: Int) -> [String: String] {
    var parts: [String: String] = [:]
    for file in 1...files {
      var body = file == files ? "底" : "{% include \"p\(file + 1)\" %}"
      for level in 0..<levels {
        body = level % 2 == 0 ? "{% if 1 %}\(body){% endif %}" : "{% for x in [1] %}\(body){% endfor %}"
      }
      parts["p\(file)"] = body
    }
    return parts
  }

  @Test func nestingAcrossIncludesIsBounded() {
    // 16 files × 100 blocks would recurse 1,600 deep: an error, not a crashed thread.
    let error = templateError("{% include \"p1\" %}", parts: Self.nested(files: 16, levels: 99))
    #expect(error?.kind == .nestingTooDeep(limit: 200))
    #expect(error?.includeStack.count == 2)
    #expect(text("{% include \"p1\" %}", parts: Self.nested(files: 2, levels: 98)) == "底")
  }

  @Test func manyLinesAndLongLines() throws {
    let line = String(repeating: "镇", count: 100_000) + "{{ 名 }}\n"
    let template = String(repeating: line, count: 20)
    let result = try render(template, ["名": "甲"])
    #expect(result.text.unicodeScalars.count == 20 * 100_002)
  }

  @Test func junkBytesAreTextOrLocatedErrors() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("{}%#-\"' \n\t镇abc|()[].,=<>!~+*/0123456789".unicodeScalars)
    for _ in 0..<300 {
      let length = Int.random(in: 0..<80, using: &generator)
      var scalars = String.UnicodeScalarView()
      for _ in 0..<length { scalars.append(alphabet.randomElement(using: &generator)!) }
      let template = String(scalars)
      do {
        _ = try render(template, ["a": "1", "b": ["x"]], allowMissing: true)
      } catch let error as TemplateError {
        #expect(error.range.lowerBound.line >= 1, "\(template)")
      } catch RenderError.template(let error) {
        #expect(error.range.lowerBound.line >= 1, "\(template)")
      } catch {
        Issue.record("\(template): \(error)")
      }
    }
  }
}
