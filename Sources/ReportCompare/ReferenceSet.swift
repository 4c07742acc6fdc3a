import ReportModel
import ReportOutline

/// What a draft is compared with: reference reports (their shapes and the profile learned from them) or a
/// structure model's profile of the draft's genre.
public struct ReferenceSet: Sendable {
  public enum Kind: Sendable, Hashable {
    /// Reference reports; `sameGenre` when only those of the draft's genre are used.
    case reports(sameGenre: Bool)
    /// A structure model's profile.
    case model
  }

  public var kind: Kind
  /// The genre the references are read as.
  public var genre: ReportGenre
  /// How many reports stand behind the numbers.
  public var reportCount: Int
  public var profile: StructureModel.GenreProfile
  /// The reference reports' shapes, sorted by name; empty for a model.
  public var shapes: [ReportShape]
  /// The median body length of the references, for the length of a typical part.
  public var medianBodyBytes: Int
  public var classifier: TopicClassifier

  /// The model's profile of `genre`.
  public init(model: StructureModel, genre: ReportGenre) {
    kind = .model
    self.genre = genre
    profile = model.profile(for: genre)
    reportCount = profile.reportCount
    shapes = []
    let sizes = model.sources.filter { $0.genre == genre }.map { Double($0.bytes) }
    medianBodyBytes = Int(StructureModel.Spread(of: sizes).median)
    classifier = model.topicClassifier
  }

  /// Reference reports for a draft of `genre`: those of the same genre when there are any, else all of them,
  /// read as one genre.
  public init(references outlines: [Outline], for genre: ReportGenre, classifier: TopicClassifier) {
    let all = outlines.map { (outline: $0, facts: ReportFacts(outline: $0)) }
    let same = all.filter { $0.facts.source.genre == genre }
    let chosen = same.isEmpty ? all : same
    kind = .reports(sameGenre: !same.isEmpty)
    self.genre = genre
    reportCount = chosen.count
    profile = StructureModel.profile(pooling: chosen.map(\.facts), as: genre, classifier: classifier)
    shapes = chosen.map { ReportShape(outline: $0.outline, facts: $0.facts, classifier: classifier) }
      .sorted { ($0.name, $0.bodyBytes) < ($1.name, $1.bodyBytes) }
    medianBodyBytes = Int(StructureModel.Spread(of: chosen.map { Double($0.facts.bodyBytes) }).median)
    self.classifier = classifier
  }

  /// In how many references `role` appears.
  public func presence(of role: PartRole) -> Int { profile.part(role)?.reportCount ?? 0 }

  /// The roles in the references' usual order.
  public var usualOrder: [PartRole] { profile.parts.sorted { $0.order < $1.order }.map(\.role) }

  /// Chinese: what the references are ("11 篇参考报告", "结构模型中的 6 篇上半年政府工作报告").
  public var description: String {
    switch kind {
    case .reports(let sameGenre):
      sameGenre ? "\(reportCount) 篇同类参考报告（\(genre.chineseName)）" : "\(reportCount) 篇参考报告"
    case .model:
      "结构模型中的 \(reportCount) 篇\(genre.chineseName)"
    }
  }
}
