/// How `Template.render` treats missing data.
public struct RenderOptions: Sendable, Hashable {
  /// Whether to render `【待补充：path】` in place of missing data and return the list as warnings, rather than
  /// throw `MissingDataError` at the end.
  public var allowMissing: Bool

  public init(allowMissing: Bool = false) {
    self.allowMissing = allowMissing
  }
}
