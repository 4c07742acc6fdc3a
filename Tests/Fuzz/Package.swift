// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses for baogao's entry points; not part of `swift test` or `.ci/run`. Build and run them with
// `run.sh` (see README.md).

func harness(_ name: String, _ libraries: [String]) -> Target {
  .executableTarget(
    name: name,
    dependencies: ["FuzzEntry"] + (libraries + ["ReportText"]).map { .product(name: $0, package: "baogao") })
}

let package = Package(
  name: "baogao-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "baogao", path: "../..")],
  targets: [
    .target(name: "FuzzEntry"),
    harness("FuzzData", ["ReportData"]),
    harness("FuzzTemplate", ["ReportTemplate", "ReportData"]),
    harness("FuzzOutline", ["ReportOutline"]),
    harness("FuzzLint", ["ReportLint", "ReportModel", "ReportOutline"]),
    harness("FuzzCompare", ["ReportCompare", "ReportModel", "ReportOutline"]),
    harness("FuzzInduce", ["ReportInduce", "ReportTemplate", "ReportData", "ReportOutline"]),
  ],
  swiftLanguageModes: [.v6]
)
