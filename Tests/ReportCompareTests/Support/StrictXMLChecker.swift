/// A strict well-formedness check of our own for the HTML the compare writer produces, read as XML.
///
/// It accepts an optional `<!DOCTYPE html>` at the start, then exactly one root element; tags must balance and
/// nest; names are ASCII letters, digits, `-` and `:`; every attribute value is quoted and appears once per
/// element; text and attribute values hold no `<`, and `&` only as `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`;
/// comments, CDATA and processing instructions are refused (the writer emits none); characters XML forbids
/// are refused. It returns the problems found (empty when well-formed), each with its byte offset.
struct StrictXMLChecker {
  struct Problem: CustomStringConvertible {
    var offset: Int
    var message: String
    var description: String { "@\(offset): \(message)" }
  }

  /// The elements seen, by name, for tests that count them.
  private(set) var elementCounts: [String: Int] = [:]
  private(set) var problems: [Problem] = []
  private let bytes: [UInt8]
  private var i = 0

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  static func check(_ text: String) -> StrictXMLChecker {
    var checker = StrictXMLChecker(text)
    checker.run()
    return checker
  }

  private mutating func fail(_ message: String) {
    problems.append(Problem(offset: i, message: message))
  }

  private mutating func run() {
    let doctype = Array("<!DOCTYPE html>".utf8)
    if bytes.starts(with: doctype) { i = doctype.count }
    var stack: [String] = []
    var roots = 0
    while i < bytes.count, problems.count < 20 {
      if bytes[i] == UInt8(ascii: "<") {
        if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") {
          i += 2
          let name = readName()
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
            fail("end tag </\(name)> not closed by >")
            return
          }
          i += 1
          if let open = stack.popLast() {
            if open != name { fail("</\(name)> closes <\(open)>") }
          } else {
            fail("</\(name)> with no open element")
          }
        } else if i + 1 < bytes.count, [UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[i + 1]) {
          fail("comment, CDATA, doctype or processing instruction where none is allowed")
          return
        } else {
          i += 1
          let name = readName()
          if name.isEmpty {
            fail("stray < in text")
            return
          }
          if stack.isEmpty {
            roots += 1
            if roots > 1 { fail("more than one root element") }
          }
          elementCounts[name, default: 0] += 1
          guard let selfClosing = readAttributes(of: name) else { return }
          if !selfClosing { stack.append(name) }
        }
      } else {
        readText(inside: stack.last)
      }
    }
    if let open = stack.last { fail("<\(open)> never closed (open: \(stack.joined(separator: " > ")))") }
    if roots == 0 { fail("no root element") }
  }

  private mutating func readName() -> String {
    let start = i
    while i < bytes.count {
      let b = bytes[i]
      let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      let isOther = (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
      if isLetter || (i > start && isOther) { i += 1 } else { break }
    }
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }

  private mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
  }

  /// Reads the attributes up to `>` or `/>`; nil after a problem.
  private mutating func readAttributes(of element: String) -> Bool? {
    var seen: Set<String> = []
    while true {
      let hadSpace = i < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i])
      skipSpace()
      guard i < bytes.count else {
        fail("<\(element) not closed")
        return nil
      }
      if bytes[i] == UInt8(ascii: ">") {
        i += 1
        return false
      }
      if bytes[i] == UInt8(ascii: "/") {
        guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") else {
          fail("/ not followed by > in <\(element)>")
          return nil
        }
        i += 2
        return true
      }
      guard hadSpace else {
        fail("attribute of <\(element)> not preceded by space")
        return nil
      }
      let name = readName()
      guard !name.isEmpty else {
        fail("bad attribute name in <\(element)>")
        return nil
      }
      if !seen.insert(name).inserted { fail("attribute \(name) twice in <\(element)>") }
      guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
        fail("attribute \(name) of <\(element)> without a value")
        return nil
      }
      i += 1
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
        fail("attribute \(name) of <\(element)> not quoted")
        return nil
      }
      let quote = bytes[i]
      i += 1
      while i < bytes.count, bytes[i] != quote {
        if bytes[i] == UInt8(ascii: "<") {
          fail("< in the value of \(name)")
          return nil
        }
        if bytes[i] == UInt8(ascii: "&") { readEntity() } else { readCharacter() }
      }
      guard i < bytes.count else {
        fail("value of \(name) not closed")
        return nil
      }
      i += 1
    }
  }

  private mutating func readText(inside element: String?) {
    let start = i
    while i < bytes.count, bytes[i] != UInt8(ascii: "<") {
      if bytes[i] == UInt8(ascii: "&") { readEntity() } else { readCharacter() }
    }
    if element == nil, !bytes[start..<i].allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
      fail("text outside the root element")
    }
  }

  private static let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.utf8) }

  private mutating func readEntity() {
    for entity in Self.entities where bytes[i...].starts(with: entity) {
      i += entity.count
      return
    }
    fail("& that is not one of &amp; &lt; &gt; &quot; &#39;")
    i += 1
  }

  /// One byte of text; refuses the control characters XML 1.0 forbids.
  private mutating func readCharacter() {
    let b = bytes[i]
    if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { fail("control character \(b)") }
    i += 1
  }
}
