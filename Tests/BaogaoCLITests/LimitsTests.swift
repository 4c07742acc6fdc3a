import BaogaoCLI
import Foundation
import ReportData
import ReportTemplate
import Testing

@Suite struct LimitsTests {
  @Test func defaultsAndEnvironment() throws {
    let directory = try TemporaryDirectory()
    let (io, _, _) = CommandIO.capturing(in: directory.url)
    #expect(try io.limits() == Limits.defaults)
    #expect(Limits.defaults.inputBytes == 100 << 20)
    let (set, _, _) = CommandIO.capturing(
      in: directory.url,
      environment: ["BAOGAO_MAX_INPUT_MB": "2", "BAOGAO_MAX_OUTPUT_MB": "3", "BAOGAO_MAX_ITERATIONS": "40"])
    #expect(try set.limits() == Limits(inputBytes: 2 << 20, outputBytes: 3_000_000, iterations: 40))
    let (bad, _, _) = CommandIO.capturing(in: directory.url, environment: ["BAOGAO_MAX_INPUT_MB": "很多"])
    #expect(throws: CommandError.self) { try bad.limits() }
  }

  @Test func inputsOverTheLimitAreRefusedWithTheReason() throws {
    let directory = try TemporaryDirectory()
    try directory.write(String(repeating: "全镇完成地区生产总值17.1亿元。\n", count: 60_000), to: "大.txt")
    let (io, _, _) = CommandIO.capturing(
      standardInput: "各位代表：\n", in: directory.url, environment: ["BAOGAO_MAX_INPUT_MB": "1"])
    #expect {
      try io.readInput("大.txt")
    } throws: { error in
      let message = (error as! CommandError).message
      return message.contains("上限 1 MB") && message.contains("BAOGAO_MAX_INPUT_MB")
    }
    #expect(try io.readInput("-").bytes.count > 0)
  }

  /// A loop over a large list, nested, stops at the iteration limit with an error at the loop; a loop that
  /// writes too much stops at the output limit.
  @Test func renderLimitsStopRunawayLoops() throws {
    let items = (0..<200).map { "  - 第\($0)项" }.joined(separator: "\n")
    let data = try DataDocument(parsing: "列表:\n\(items)\n", path: "data.yaml")
    let nested = try Template(path: "t.tpl", string: "{% for a in 列表 %}{% for b in 列表 %}{% endfor %}{% endfor %}")
    #expect {
      try nested.render(data: data, options: RenderOptions(iterationLimit: 10_000))
    } throws: { error in
      guard case .template(let error) = error as! RenderError else { return false }
      return error.kind == .tooManyIterations(limit: 10_000) && error.rendered().contains("10000")
    }
    // Within the default limits the same template renders.
    #expect(try nested.render(data: data).text.isEmpty)
    let wide = try Template(path: "t.tpl", string: "{% for a in 列表 %}{{ a }}{{ a }}{{ a }}{% endfor %}")
    #expect {
      try wide.render(data: data, options: RenderOptions(outputLimit: 1_000))
    } throws: { error in
      guard case .template(let error) = error as! RenderError else { return false }
      return error.kind == .outputTooLarge(limit: 1_000)
    }
  }
}
