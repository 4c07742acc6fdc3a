/// The elements of the collections being read, innermost collection last.
///
/// A reader pushes each element of a collection as it reads it; a nested collection pushes above and takes its
/// own elements off before the outer one goes on. When a collection ends, `take(from:)` moves its elements into
/// an array of their final size: one allocation per collection, and no retain or release of the elements, where
/// growing an array per collection would reallocate it as it grows.
struct ScratchStack<Element> {
  /// The elements, innermost collection last.
  private(set) var storage: [Element] = []

  /// The number of elements on the stack, the base of the next collection.
  var count: Int { storage.count }

  /// Pushes an element of the innermost collection.
  mutating func push(_ element: Element) {
    storage.append(element)
  }

  /// Moves the elements from `base` up into an array and removes them from the stack.
  mutating func take(from base: Int) -> [Element] {
    let elements = Array(storage[base...])
    storage.removeSubrange(base...)
    return elements
  }
}

extension ScratchStack where Element == DataEntry {
  /// The line of the entry with key `key` among the entries from `base` up, or nil.
  func line(ofKey key: String, from base: Int) -> Int? {
    storage[base...].first { $0.key == key }?.keyRange.lowerBound.line
  }
}
