/// How `Template.render` treats missing data.
public struct RenderOptions: Sendable, Hashable {
  /// Whether to render `【待补充：path】` in place of missing data and return the list as warnings, rather than
  /// throw `MissingDataError` at the end.
  public var allowMissing: Bool
  /// The most bytes a render may write; past it the render stops with an error at the loop or output that
  /// crossed it (default 50 MB).
  public var outputLimit: Int
  /// The most loop iterations a render may run, all loops together (default 10,000,000): nested loops over large
  /// lists stop with an error instead of running for hours.
  public var iterationLimit: Int

  public static let defaultOutputLimit = 50_000_000
  public static let defaultIterationLimit = 10_000_000

  public init(
    allowMissing: Bool = false, outputLimit: Int = defaultOutputLimit, iterationLimit: Int = defaultIterationLimit
  ) {
    self.allowMissing = allowMissing
    self.outputLimit = outputLimit
    self.iterationLimit = iterationLimit
  }
}
