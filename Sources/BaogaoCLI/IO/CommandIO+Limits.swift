import ReportTemplate

/// The bounds every command keeps to, with defaults and environment variables that change them:
///
/// | variable | default | what |
/// |---|---|---|
/// | `BAOGAO_MAX_INPUT_MB` | 100 | the largest input file (or standard input) read |
/// | `BAOGAO_MAX_OUTPUT_MB` | 50 | the most text one render (`generate`) writes |
/// | `BAOGAO_MAX_ITERATIONS` | 10000000 | the most loop iterations one render runs |
///
/// Data nesting (64 levels), include depth (16) and expression nesting (64) are fixed in the parsers.
public struct Limits: Sendable, Hashable {
  public var inputBytes: Int
  public var outputBytes: Int
  public var iterations: Int

  public static let defaults = Limits(
    inputBytes: 100 << 20, outputBytes: RenderOptions.defaultOutputLimit,
    iterations: RenderOptions.defaultIterationLimit)

  public init(inputBytes: Int, outputBytes: Int, iterations: Int) {
    self.inputBytes = inputBytes
    self.outputBytes = outputBytes
    self.iterations = iterations
  }
}

extension CommandIO {
  /// The limits, from the defaults and the environment; a variable that is not a positive whole number is a usage
  /// error naming it.
  public func limits() throws(CommandError) -> Limits {
    var limits = Limits.defaults
    func read(_ name: String, scale: Int) throws(CommandError) -> Int? {
      guard let text = environment[name] else { return nil }
      guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value > 0, value <= Int.max / scale else {
        throw CommandError("环境变量 \(name) 应是正整数，现在是“\(text)”。")
      }
      return value * scale
    }
    if let value = try read("BAOGAO_MAX_INPUT_MB", scale: 1 << 20) { limits.inputBytes = value }
    if let value = try read("BAOGAO_MAX_OUTPUT_MB", scale: 1_000_000) { limits.outputBytes = value }
    if let value = try read("BAOGAO_MAX_ITERATIONS", scale: 1) { limits.iterations = value }
    return limits
  }

  /// Render options with these limits.
  public func renderOptions(allowMissing: Bool) throws(CommandError) -> RenderOptions {
    let limits = try limits()
    return RenderOptions(allowMissing: allowMissing, outputLimit: limits.outputBytes, iterationLimit: limits.iterations)
  }
}
