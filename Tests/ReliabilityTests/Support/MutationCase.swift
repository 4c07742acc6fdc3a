import Foundation
import Testing

/// One mutation case: its id (`property/seed#n`), its input, what was done to it, and the problems found.
///
/// Set `RELIABILITY_CASE` to a case id to run that case alone; its input is then written to the temporary
/// folder (as text, U+FFFD for bytes that are not UTF-8, for the text properties; for `read` the bytes before
/// the re-encoding of odd-numbered cases) and the path printed, so the case can be replayed with the command line. `RELIABILITY_SCALE=10` runs ten times as many cases.
struct MutationCase {
  var id: String
  var input: [UInt8]
  var mutations: [String]
  var problems: [String] = []

  /// The case id to replay, from the environment; nil runs every case.
  static let replayID: String? = ProcessInfo.processInfo.environment["RELIABILITY_CASE"]

  /// How many times the usual number of cases to run, from `RELIABILITY_SCALE` (default 1): a longer hunt
  /// keeps the usual cases and adds new ones after them.
  static let scale: Int =
    ProcessInfo.processInfo.environment["RELIABILITY_SCALE"].flatMap { Int($0) }.map {
      max(1, $0)
    } ?? 1

  /// The ids of the cases of `property` on `seed`, `count` of them (times `scale`), unless another case is being
  /// replayed.
  static func numbers(_ property: String, seed: Seed, count: Int) -> [Int] {
    guard let replay = replayID else { return Array(0..<(count * scale)) }
    let prefix = "\(property)/\(seed.name)#"
    guard replay.hasPrefix(prefix), let n = Int(replay.dropFirst(prefix.count)) else { return [] }
    return [n]
  }

  /// Builds case `number` of `property` on `seed`: the seed's bytes under one to four mutations.
  init(property: String, seed: Seed, number: Int) {
    id = "\(property)/\(seed.name)#\(number)"
    var mutator = Mutator(key: id)
    input = number == 0 ? seed.bytes : mutator.mutate(seed.bytes)
    mutations = number == 0 ? ["none"] : mutator.log
    if MutationCase.replayID == id {
      let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "reliability-" + id.replacingOccurrences(of: "/", with: "_"))
      // The decoder sees the raw bytes; the other properties see them as text.
      try? Data(property == "read" ? input : Array(String(decoding: input, as: UTF8.self).utf8)).write(to: url)
      print("\(id): \(mutations.joined(separator: ", ")); input written to \(url.path)")
    }
  }

  /// The input as text: byte damage that is not UTF-8 becomes U+FFFD, as the library's `String` entry points
  /// see it (the decoder rejects such bytes before they reach them).
  var text: String { String(decoding: input, as: UTF8.self) }

  mutating func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { problems.append(message()) }
  }

  /// Prints the time summary of `properties` when the last seed of a test is done (seeds run in parallel, so
  /// the counts are those finished by then).
  static func summarize(_ properties: [String], after seed: Seed, of seeds: [Seed]) {
    guard seed.name == seeds.last?.name else { return }
    for property in properties { print(TimeBudget.shared.summary(property)) }
  }

  /// Records the problems as one issue naming the case and its mutations.
  func report(sourceLocation: SourceLocation = #_sourceLocation) {
    guard !problems.isEmpty else { return }
    let shown = problems.prefix(5).joined(separator: "\n  ")
    let more = problems.count > 5 ? "\n  … and \(problems.count - 5) more" : ""
    Issue.record(
      "\(id) [\(mutations.joined(separator: ", "))] (\(input.count) bytes; replay with RELIABILITY_CASE='\(id)'):\n  \(shown)\(more)",
      sourceLocation: sourceLocation)
  }
}

/// The time budget of one case, and the worst use of it seen per property.
///
/// A case may take 50 ms plus 2 µs per input byte per pass over the input (a debug build); a case fails only
/// beyond `failureFactor` times that, which catches a hang or a quadratic blow-up and not a busy machine.
final class TimeBudget: @unchecked Sendable {
  static let shared = TimeBudget()
  static let failureFactor = 10.0

  private let lock = NSLock()
  private var worst: [String: (ratio: Double, id: String)] = [:]
  private var totals: [String: (seconds: Double, cases: Int)] = [:]

  static func budget(bytes: Int, passes: Int) -> Double {
    Double(passes) * (0.050 + 0.000_002 * Double(bytes))
  }

  /// Runs `body`, and records in `c` a problem when it took far beyond its budget.
  static func measure<T>(_ c: inout MutationCase, property: String, passes: Int = 1, _ body: () throws -> T) rethrows
    -> T
  {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let ratio = seconds / budget(bytes: c.input.count, passes: passes)
    shared.note(property: property, ratio: ratio, seconds: seconds, id: c.id)
    if ratio > failureFactor {
      c.problems.append(
        "\(property) took \(String(format: "%.3f", seconds)) s for \(c.input.count) bytes, \(String(format: "%.1f", ratio))× its budget"
      )
    }
    return result
  }

  func note(property: String, ratio: Double, seconds: Double, id: String) {
    lock.lock()
    defer { lock.unlock() }
    if ratio > worst[property]?.ratio ?? -1 { worst[property] = (ratio, id) }
    let total = totals[property] ?? (0, 0)
    totals[property] = (total.seconds + seconds, total.cases + 1)
  }

  func summary(_ property: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    guard let w = worst[property], let t = totals[property] else { return "\(property): no cases" }
    return
      "\(property): \(t.cases) cases in \(String(format: "%.1f", t.seconds)) s; worst \(String(format: "%.2f", w.ratio))× budget (\(w.id))"
  }
}
