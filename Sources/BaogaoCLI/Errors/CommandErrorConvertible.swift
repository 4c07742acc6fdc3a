/// An error from a library target that knows how it is reported on the command line.
///
/// Library errors (`DataError`, template errors, …) keep what and where apart and know nothing of
/// exit codes. Conform them in this target, in `Errors/<Type>+CommandError.swift`, and throw them
/// from commands as they are; the top level prints and maps them.
///
/// ```swift
/// extension DataError: CommandErrorConvertible {
///   public var commandError: CommandError {
///     CommandError(kind.message, path: path, location: range.lowerBound)
///   }
/// }
/// ```
public protocol CommandErrorConvertible: Error {
  /// The error as the command line reports it.
  var commandError: CommandError { get }
}

extension CommandError: CommandErrorConvertible {
  public var commandError: CommandError { self }
}

extension UsageError: CommandErrorConvertible {
  public var commandError: CommandError { CommandError(message, exitCode: .usage) }
}
