import Foundation
import ReportModel
import ReportOutline

/// The similarity of a draft's structure to one reference report, or to a model's profile: a number in 0…1,
/// shown as 0–100.
///
/// The reference is read as a list of roles, each with a weight of presence (1 for a report that has the role;
/// for a model, the share of its reports that have it), a number of sections, topics with weights, and a
/// length in bytes; and the usual order of its roles.
///
///     similarity = (Σ w(r) · p(r) · has(r) · q(r) + 2 · order) / (Σ w(r) · p(r) + 2)
///
/// - w(r): 3 for the review and the plan, 2 for the problems, 1 for any other role;
/// - p(r): the weight of presence; has(r): 1 when the draft has the role, else 0;
/// - q(r) = 0.4 + 0.2 · sections + 0.2 · topics + 0.2 · length, each 0…1 and each read from the draft's part
///   of that role alone: sections = min/max of the two section counts (1 when both are 0); topics = the
///   weighted share of the reference's topics of that role that the draft's sections of the role also cover
///   (1 when the reference has none); length = √(min/max) of the two lengths in bytes;
/// - order: of the pairs of roles in the reference's order (a model: roles at least half its reports have),
///   the share that the draft has both and in the same order (1 when there are no pairs).
///
/// Every term of the draft's side belongs to one role, so removing a part (a role with all its text) sets its
/// terms to 0 and leaves the others as they were, and can only remove pairs from the order count: the
/// similarity never rises. Text shares are reported but not scored, because removing one part raises the shares
/// of all others. With reference reports the score is the mean over the references, and the nearest reference
/// is the one with the highest similarity (then the first by name).
public enum Similarity {
  /// The weight of a role.
  public static func weight(_ role: PartRole) -> Double {
    switch role {
    case .review, .plan: 3
    case .problems: 2
    default: 1
    }
  }

  static let orderWeight = 2.0

  /// One side of the comparison, reduced to what the similarity reads.
  struct Target {
    struct Role {
      var role: PartRole
      var presence: Double
      var sections: Double
      var topics: [ReportTopic: Double]
      var bytes: Double
    }
    var roles: [Role]
    var order: [PartRole]
  }

  static func target(of shape: ReportShape) -> Target {
    Target(
      roles: shape.roles.map { r in
        Target.Role(
          role: r.role, presence: 1, sections: Double(r.sectionCount),
          topics: Dictionary(uniqueKeysWithValues: shape.topics(of: r.role).map { ($0, 1.0) }), bytes: Double(r.bytes))
      }, order: shape.roles.map(\.role))
  }

  static func target(of references: ReferenceSet) -> Target {
    let profile = references.profile
    let roles = profile.parts.sorted { $0.order < $1.order }.map { part in
      var topics: [ReportTopic: Double] = [:]
      for t in part.topics where part.reportCount > 0 {
        topics[t.topic] = Double(t.reportCount) / Double(part.reportCount)
      }
      return Target.Role(
        role: part.role, presence: part.reportShare, sections: part.sectionCount.median, topics: topics,
        bytes: part.textShare.median * Double(references.medianBodyBytes))
    }
    return Target(roles: roles, order: roles.filter { $0.presence >= 0.5 }.map(\.role))
  }

  /// The similarity of `draft` to `target`, 0…1.
  static func similarity(_ draft: ReportShape, _ target: Target) -> Double {
    var total = orderWeight
    var got = orderWeight * order(draft, target.order)
    for r in target.roles where r.presence > 0 {
      let w = weight(r.role) * r.presence
      total += w
      guard let mine = draft.role(r.role) else { continue }
      got += w * quality(draft, mine, r)
    }
    return total > 0 ? min(1, max(0, got / total)) : 0
  }

  /// q(r) of the formula.
  static func quality(_ draft: ReportShape, _ mine: ReportShape.RoleShape, _ r: Target.Role) -> Double {
    let count = Double(mine.sectionCount)
    let sections = max(count, r.sections) == 0 ? 1 : min(count, r.sections) / max(count, r.sections)
    let weightSum = r.topics.values.reduce(0, +)
    let covered = draft.topics(of: r.role)
    let topics = weightSum == 0 ? 1 : r.topics.filter { covered.contains($0.key) }.values.reduce(0, +) / weightSum
    let bytes = Double(mine.bytes)
    let length = max(bytes, r.bytes) == 0 ? 1 : (min(bytes, r.bytes) / max(bytes, r.bytes)).squareRoot()
    return 0.4 + 0.2 * sections + 0.2 * topics + 0.2 * length
  }

  /// The share of the ordered pairs of `order` that the draft has both of, in that order.
  static func order(_ draft: ReportShape, _ order: [PartRole]) -> Double {
    var pairs = 0
    var kept = 0
    for (i, a) in order.enumerated() {
      for b in order[(i + 1)...] where a != b {
        pairs += 1
        if let pa = draft.position(of: a), let pb = draft.position(of: b), pa < pb { kept += 1 }
      }
    }
    return pairs == 0 ? 1 : Double(kept) / Double(pairs)
  }

  /// 0…1 as the 0–100 shown to users.
  public static func percent(_ value: Double) -> Int { Int((value * 100).rounded()) }
}
