import Foundation

extension StructureModel {
  /// The model as JSON: keys sorted, two-space indentation, a final newline.
  ///
  /// The bytes depend only on the model, so a model learned twice from the same reports is written
  /// identically and can be committed and compared.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }

  /// Reads a model written by `jsonData()`.
  ///
  /// Throws `StructureModelError` when the data is not a model or has a newer format version.
  public init(jsonData data: Data) throws {
    let model: StructureModel
    do {
      model = try JSONDecoder().decode(StructureModel.self, from: data)
    } catch {
      throw StructureModelError.invalidJSON(String(describing: error))
    }
    guard model.version <= StructureModel.currentVersion else {
      throw StructureModelError.unsupportedVersion(model.version)
    }
    self = model
  }

  /// The model learned from the reference corpus that ships with the package, read once.
  public static func loadDefault() throws -> StructureModel {
    try defaultModel.get()
  }

  /// The shipped default model as JSON bytes.
  public static func defaultModelData() throws -> Data {
    guard let url = Bundle.module.url(forResource: "default-model", withExtension: "json") else {
      throw StructureModelError.missingDefaultModel
    }
    return try Data(contentsOf: url)
  }

  private static let defaultModel: Result<StructureModel, StructureModelError> = {
    do {
      return .success(try StructureModel(jsonData: defaultModelData()))
    } catch let error as StructureModelError {
      return .failure(error)
    } catch {
      return .failure(.missingDefaultModel)
    }
  }()
}

/// Why a model could not be read.
public enum StructureModelError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The JSON is not a structure model; the decoder's explanation.
  case invalidJSON(String)
  /// The model was written by a newer version of baogao.
  case unsupportedVersion(Int)
  /// The default model is missing from the package's resources.
  case missingDefaultModel

  public var description: String {
    switch self {
    case .invalidJSON(let reason): "不是有效的结构模型：\(reason)"
    case .unsupportedVersion(let version):
      "结构模型版本 \(version) 高于本程序支持的版本 \(StructureModel.currentVersion)"
    case .missingDefaultModel: "缺少内置的默认结构模型（default-model.json）"
    }
  }
}
