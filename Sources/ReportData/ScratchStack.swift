/// The elements of the collections being read, innermost collection last.
///
/// A reader pushes each element of a collection as it reads it; a nested collection pushes above and takes its
/// own elements off before the outer one goes on. When a collection ends, `take(from:)` moves its elements into
/// an array of their final size: one allocation per collection, and no retain or release of the elements, where
/// growing an array per collection would reallocate it as it grows.
struct ScratchStack<Element> {
  private var storage: [Element] = []

  /// The number of elements on the stack, the base of the next collection.
  var count: Int { storage.count }

  /// Pushes an element of the innermost collection.
  mutating func push(_ element: Element) {
    storage.append(element)
  }

  /// The element at `index` (at least the base of a collection that has not ended).
  subscript(index: Int) -> Element {
    storage[index]
  }

  /// Moves the elements from `base` up into an array and removes them from the stack.
  mutating func take(from base: Int) -> [Element] {
    let elements = Array(storage[base...])
    storage.removeSubrange(base...)
    return elements
  }
}
