/// What `Template.render` made: the text, and the missing paths when `allowMissing` let them through.
public struct RenderResult: Sendable {
  /// The rendered text exactly: headings still as `#` lines, for the draft writer to number.
  public var text: String
  /// The missing paths rendered as `【待补充：path】`, in the order met; empty unless `allowMissing`.
  public var warnings: [MissingPath]

  public init(text: String, warnings: [MissingPath] = []) {
    self.text = text
    self.warnings = warnings
  }
}
