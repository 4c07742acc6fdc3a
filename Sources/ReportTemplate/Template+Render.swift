import ReportData
import ReportText

extension Template {
  /// Renders the template with the data of a parsed data file.
  ///
  /// Missing data does not stop rendering: every missing path is recorded with its place in the template (see
  /// `MissingDataError`). At the end, without `allowMissing`, any missing path makes the call throw
  /// `.missingData`; with it, the text holds `【待补充：path】` where the values were missing, and the paths are
  /// returned as warnings.
  ///
  /// - Throws: `RenderError.template` at the first error that stops rendering (a text that is not a number in
  ///   arithmetic, a list printed directly, …), located in the template and, for data values, in the data;
  ///   `RenderError.missingData` as above.
  public func render(data: DataDocument, options: RenderOptions = RenderOptions()) throws(RenderError) -> RenderResult {
    try render(root: data.root, dataSource: data.source, options: options)
  }

  /// Renders the template with a data tree that did not come from a file (data locations have no path).
  public func render(data: DataNode, options: RenderOptions = RenderOptions()) throws(RenderError) -> RenderResult {
    try render(root: data, dataSource: nil, options: options)
  }

  private func render(root: DataNode, dataSource: SourceText?, options: RenderOptions) throws(RenderError)
    -> RenderResult
  {
    var renderer = Renderer(
      units: units, unitIndex: unitIndex, root: root, dataSource: dataSource, allowsMissing: options.allowMissing)
    renderer.outputLimit = options.outputLimit
    renderer.iterationLimit = options.iterationLimit
    do {
      try renderer.render(units[0].nodes)
    } catch {
      throw .template(error)
    }
    if !renderer.missing.isEmpty && !options.allowMissing {
      var sources: [String: SourceText] = [:]
      for unit in units { sources[unit.path] = unit.source }
      throw .missingData(MissingDataError(missing: renderer.missing, sources: sources))
    }
    return RenderResult(text: String(decoding: renderer.out, as: UTF8.self), warnings: renderer.missing)
  }
}
