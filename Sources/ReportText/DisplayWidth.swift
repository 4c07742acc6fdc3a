/// The number of terminal cells `scalar` takes, as in `wcwidth`.
///
/// - 2 for East Asian Wide and Fullwidth characters: CJK ideographs, CJK punctuation (U+3000–U+303E, so the
///   ideographic space "　" is 2), full-width forms (U+FF01–U+FF60, U+FFE0–U+FFE6), Hangul, kana, and emoji with
///   emoji presentation;
/// - 0 for combining marks, zero-width and format characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, …), Hangul
///   medial and final jamo, and control characters (tabs included: renderers expand them themselves);
/// - 1 for everything else.
public func displayWidth(_ scalar: Unicode.Scalar) -> Int {
  let v = scalar.value
  if v < 0x7F { return v >= 0x20 ? 1 : 0 }
  if v < 0xA0 { return 0 }
  if v < 0x300 { return 1 }
  if isWide(v) {
    // Ideographic tone marks and kana voicing marks inside the wide blocks are combining.
    if v >= 0x302A && v <= 0x302F || v == 0x3099 || v == 0x309A { return 0 }
    return 2
  }
  if v >= 0x1160 && v <= 0x11FF { return 0 }
  switch v {
  case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF: return 0
  default: break
  }
  switch scalar.properties.generalCategory {
  case .nonspacingMark, .enclosingMark, .format: return 0
  default: break
  }
  if v >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }
  if v >= 0x2300 && v <= 0x2BFF && scalar.properties.isEmojiPresentation { return 2 }
  return 1
}

/// The number of terminal cells `text` takes: the sum of `displayWidth(_:)` over its Unicode scalars.
///
/// "一、回顾" is 8 cells, "GDP" 3. Tabs count 0; expand them first where they matter.
public func displayWidth(_ text: some StringProtocol) -> Int {
  var width = 0
  for scalar in text.unicodeScalars { width += displayWidth(scalar) }
  return width
}

/// The number of terminal cells the UTF-8 `bytes` take; ill-formed bytes count 1 each.
public func displayWidth(utf8 bytes: some Collection<UInt8>) -> Int {
  let width = bytes.withContiguousStorageIfAvailable { displayWidth(utf8Buffer: $0) }
  return width ?? Array(bytes).withUnsafeBufferPointer { displayWidth(utf8Buffer: $0) }
}

func displayWidth(utf8Buffer buffer: UnsafeBufferPointer<UInt8>) -> Int {
  var width = 0
  var i = 0
  while i < buffer.count {
    let (scalar, length) = UTF8Bytes.decode(buffer, at: i)
    width += displayWidth(scalar)
    i += length
  }
  return width
}

/// Whether code point `v` is East Asian Wide or Fullwidth (excluding emoji, which are tested by property).
@inline(__always)
private func isWide(_ v: UInt32) -> Bool {
  switch v {
  case 0x1100...0x115F,  // Hangul leading jamo
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,  // kana, bopomofo, Hangul compatibility jamo, kanbun, CJK strokes, enclosed CJK, compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4DC0...0x4DFF,  // Yijing hexagram symbols
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul jamo extended-A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // full-width forms
    0xFFE0...0xFFE6,  // full-width signs
    0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08,  // Tangut, Khitan
    0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK extensions B and later
    return true
  default:
    return false
  }
}
