/// The exit status of a `baogao` run.
///
/// The same three values hold for every subcommand:
/// - `success` (0): done, and nothing at error severity was found;
/// - `findings` (1): done, but there are findings at error severity (`lint`) or missing data
///   (`generate`);
/// - `usage` (2): bad usage or unreadable input; nothing was done.
public enum ExitCode: Int32, Sendable, CaseIterable {
  case success = 0
  case findings = 1
  case usage = 2
}
