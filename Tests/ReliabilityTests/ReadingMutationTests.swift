import ReportText
import Testing

/// Decoding raw bytes: every mutated or re-encoded input gives a UTF-8 text with LF line ends, or a `ReadError`
/// located at a byte of the input.
@Suite struct ReadingMutationTests {
  static let casesPerSeed = 24

  @Test(arguments: Seeds.reports + Seeds.data + Seeds.templates)
  func decodingGivesTextOrALocatedError(_ seed: Seed) {
    for number in MutationCase.numbers("read", seed: seed, count: Self.casesPerSeed) {
      var c = MutationCase(property: "read", seed: seed, number: number)
      // Half the cases go through another encoding, damaged or not.
      var mutator = Mutator(key: c.id + "/encoding")
      // What decoding must give back when it succeeds on a re-encoded text.
      var original: [UInt8]?
      if number % 2 == 1 {
        original = SourceText(path: "input.txt", string: c.text).bytes
        c.input = mutator.reencode(c.input)
        c.mutations += mutator.log
      }
      let damaged = c.mutations.contains { $0.contains("+lone") || $0.contains("+oddByte") }
      let input = c.input
      let result = TimeBudget.measure(&c, property: "read") {
        Result { () throws(ReadError) in
          try SourceText.decode(input, path: "input.txt")
        }
      }
      switch result {
      case .success(let decoded):
        let bytes = decoded.text.bytes
        c.check(String(validating: bytes, as: UTF8.self) != nil, "decoded text is not valid UTF-8")
        c.check(!bytes.contains(0x0D), "decoded text keeps a CR")
        c.check(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "decoded text keeps the byte-order mark")
        c.check(!damaged, "UTF-16 with a lone surrogate or an odd byte count decoded as \(decoded.encoding)")
        if let original, !damaged {
          c.check(bytes == original, "decoding the \(decoded.encoding) text does not give the text back")
        }
      case .failure(let error):
        switch error.kind {
        case .unreadable: c.problems.append("decoding bytes gave \(error.kind)")
        case .binary, .invalidEncoding:
          if let location = error.location {
            c.check(
              location.offset >= 0 && location.offset < input.count && location.line >= 1 && location.column >= 1,
              "error location \(location)@\(location.offset) outside the \(input.count) input bytes")
          } else {
            c.problems.append("\(error.kind) without a location")
          }
        }
        c.check(!error.message.isEmpty && !error.description.isEmpty, "empty message")
      }
      c.report()
    }
    MutationCase.summarize(["read"], after: seed, of: Seeds.reports + Seeds.data + Seeds.templates)
  }
}
