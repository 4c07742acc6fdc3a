/// Why `Template.render` failed: an error in the template or its use of the data, or missing data.
public enum RenderError: Error, Sendable, CustomStringConvertible {
  /// Rendering stopped at an error.
  case template(TemplateError)
  /// Rendering finished, and the data lacks values the template uses.
  case missingData(MissingDataError)

  public var description: String {
    switch self {
    case .template(let error): error.description
    case .missingData(let error): error.description
    }
  }
}
