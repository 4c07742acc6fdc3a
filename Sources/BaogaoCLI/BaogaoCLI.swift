/// The command-line interface as a library; `main.swift` only calls `run(arguments:)`.
public enum BaogaoCLI {
  /// Runs one invocation and returns its exit status.
  public static func run(arguments: [String]) -> ExitCode {
    .success
  }
}

/// Exit status: 0 done and clean; 1 done with findings at error severity or missing data; 2 bad usage
/// or unreadable input.
public enum ExitCode: Int32, Sendable {
  case success = 0
  case findings = 1
  case usage = 2
}
