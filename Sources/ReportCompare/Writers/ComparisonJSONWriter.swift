import ReportModel
import ReportText

/// Comparisons as JSON for scripts: everything a comparison holds, keys in English camelCase (as the lint JSON
/// writer), always in the order below, so that the same input gives the same bytes.
///
/// The top level is the same for one draft and for several:
///
/// ```json
/// {
///   "schemaVersion": 1,
///   "comparisons": [
///     {
///       "draft": {"file": "a.txt", "genre": "annual", "genreName": "政府工作报告", "bodyBytes": 20480},
///       "references": {"kind": "reports", "sameGenre": true, "count": 11, "description": "11 篇参考报告"},
///       "score": 72,
///       "nearest": {"report": "b.txt", "score": 80},
///       "similarities": [{"report": "b.txt", "score": 80}],
///       "parts": [
///         {"role": "review", "name": "工作回顾", "draftPosition": 2, "usualPosition": 2, "draftLine": 8,
///          "draftSections": 4, "draftShare": 0.5512, "referencePresence": 11,
///          "sectionRange": {"min": 3, "median": 4, "max": 7},
///          "shareRange": {"min": 0.4, "median": 0.52, "max": 0.6}, "status": ["share-high"]}
///       ],
///       "sections": [
///         {"role": "review", "title": "…", "line": 9, "topic": "economy", "topicName": "经济发展与项目",
///          "referenceCount": 10, "closest": [{"report": "b.txt", "title": "…"}]}
///       ],
///       "topics": [{"role": "review", "topic": "economy", "draftSections": 2, "referenceCount": 10}],
///       "numbering": [
///         {"depth": 1, "draftStyles": ["（一）"], "referenceStyles": [{"style": "（一）", "count": 10}]}
///       ],
///       "differences": [{"kind": "share", "role": "review", "message": "…", "weight": 43.2}]
///     }
///   ],
///   "summary": [
///     {"draft": "a.txt", "genre": "annual", "score": 72, "nearest": {"report": "b.txt", "score": 80},
///      "missing": [], "reviewShare": 0.5512, "problemsShare": 0.061, "planShare": 0.31, "differenceCount": 3,
///      "firstDifference": "…"}
///   ]
/// }
/// ```
///
/// - `comparisons` and `summary` have one entry per draft, in the order given.
/// - `references.kind` is `reports` or `model`; `sameGenre` is true when only references of the draft's genre
///   were used (null for a model); `count` is the number of reports behind the numbers.
/// - `nearest` is null and `similarities` empty when the draft was compared with a model.
/// - `role` is one of `preamble`, `review`, `thanks`, `problems`, `plan`, `guidance`, `targets`, `closing`;
///   `topic` one of `economy`, `rural`, `environment`, `livelihood`, `safety`, `government`, `other`;
///   `genre` one of `annual`, `half-year`, `summary-plan`.
/// - Part fields about the draft (`draftPosition`, `draftLine`, `draftSections`, `draftShare`) are null when
///   the draft lacks the part; `usualPosition`, `sectionRange` and `shareRange` are null when no reference has
///   it. Positions and lines are 1-based.
/// - `status` holds `missing`, `extra`, `out-of-order`, `few-sections`, `many-sections`, `share-low`,
///   `share-high`; `differences[].kind` is `missing-part`, `part-order`, `share`, `sections`, `topic`,
///   `extra-part` or `numbering`, most important (highest `weight`) first; `role` is null for numbering.
/// - Shares are fractions of the body (0…1) rounded to 4 decimals; weights are rounded to 2 decimals.
/// - Numbering `depth` 0 is the part headings; styles are the markers (“一、”, “（一）”) or `lead`, `dash`,
///   `plain`, `runIn`, `markdown1`….
public enum ComparisonJSONWriter {
  public static let schemaVersion = 1

  public static func render(_ comparisons: [Comparison]) -> String {
    JSONValue.object([
      ("schemaVersion", .int(schemaVersion)), ("comparisons", .array(comparisons.map(json))),
      ("summary", .array(comparisons.map { json($0.summaryRow) })),
    ]).serialized() + "\n"
  }

  static func json(_ c: Comparison) -> JSONValue {
    let sameGenre: JSONValue
    if case .reports(let same) = c.referenceKind { sameGenre = .bool(same) } else { sameGenre = .null }
    return .object([
      (
        "draft",
        .object([
          ("file", .string(c.draft.name)), ("genre", .string(c.draft.genre.rawValue)),
          ("genreName", .string(c.draft.genre.chineseName)), ("bodyBytes", .int(c.draft.bodyBytes)),
        ])
      ),
      (
        "references",
        .object([
          ("kind", .string(c.hasReferenceReports ? "reports" : "model")), ("sameGenre", sameGenre),
          ("count", .int(c.referenceCount)), ("description", .string(c.referenceDescription)),
        ])
      ),
      ("score", .int(c.score)),
      ("nearest", c.nearest.map(json) ?? .null),
      ("similarities", .array(c.similarities.map(json))),
      ("parts", .array(c.parts.map(json))),
      ("sections", .array(c.sections.map(json))),
      (
        "topics",
        .array(
          c.topics.map { row in
            .object([
              ("role", .string(row.role.rawValue)), ("topic", .string(row.topic.rawValue)),
              ("draftSections", .int(row.draftSections)), ("referenceCount", .int(row.referenceCount)),
            ])
          })
      ),
      (
        "numbering",
        .array(
          c.numbering.map { row in
            .object([
              ("depth", .int(row.depth)), ("draftStyles", .array(row.draftStyles.map(JSONValue.string))),
              (
                "referenceStyles",
                .array(
                  row.referenceStyles.map { .object([("style", .string($0.style)), ("count", .int($0.count))]) })
              ),
            ])
          })
      ),
      (
        "differences",
        .array(
          c.differences.map { d in
            .object([
              ("kind", .string(d.kind.rawValue)), ("role", d.role.map { .string($0.rawValue) } ?? .null),
              ("message", .string(d.message)), ("weight", .double(rounded(d.weight, 2))),
            ])
          })
      ),
    ])
  }

  static func json(_ score: Comparison.ReferenceScore) -> JSONValue {
    .object([("report", .string(score.report)), ("score", .int(score.score))])
  }

  static func json(_ part: Comparison.PartRow) -> JSONValue {
    .object([
      ("role", .string(part.role.rawValue)), ("name", .string(part.role.chineseName)),
      ("draftPosition", int(part.draftPosition)), ("usualPosition", int(part.usualPosition)),
      ("draftLine", int(part.draftLine)), ("draftSections", int(part.draftSections)),
      ("draftShare", share(part.draftShare)), ("referencePresence", .int(part.referencePresence)),
      ("sectionRange", spread(part.sectionRange, digits: 2)), ("shareRange", spread(part.shareRange, digits: 4)),
      ("status", .array(part.status.map { .string($0.rawValue) })),
    ])
  }

  static func json(_ section: Comparison.SectionMatch) -> JSONValue {
    .object([
      ("role", .string(section.role.rawValue)), ("title", .string(section.title)), ("line", .int(section.line)),
      ("topic", .string(section.topic.rawValue)), ("topicName", .string(section.topic.chineseName)),
      ("referenceCount", .int(section.referenceCount)),
      (
        "closest",
        .array(section.closest.map { .object([("report", .string($0.report)), ("title", .string($0.title))]) })
      ),
    ])
  }

  static func json(_ row: Comparison.SummaryRow) -> JSONValue {
    .object([
      ("draft", .string(row.draft)), ("genre", .string(row.genre.rawValue)), ("score", .int(row.score)),
      ("nearest", row.nearest.map(json) ?? .null), ("missing", .array(row.missing.map { .string($0.rawValue) })),
      ("reviewShare", share(row.reviewShare)), ("problemsShare", share(row.problemsShare)),
      ("planShare", share(row.planShare)), ("differenceCount", .int(row.differenceCount)),
      ("firstDifference", row.firstDifference.map(JSONValue.string) ?? .null),
    ])
  }

  static func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

  static func share(_ value: Double?) -> JSONValue { value.map { .double(rounded($0, 4)) } ?? .null }

  static func spread(_ spread: StructureModel.Spread?, digits: Int) -> JSONValue {
    guard let spread else { return .null }
    return .object([
      ("min", .double(rounded(spread.min, digits))), ("median", .double(rounded(spread.median, digits))),
      ("max", .double(rounded(spread.max, digits))),
    ])
  }

  /// `value` rounded to `digits` decimals.
  static func rounded(_ value: Double, _ digits: Int) -> Double {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return (value * scale).rounded() / scale
  }
}
