// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "baogao",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "baogao", targets: ["baogao"]),
    .library(name: "ReportOutline", targets: ["ReportOutline"]),
    .library(name: "ReportModel", targets: ["ReportModel"]),
    .library(name: "ReportText", targets: ["ReportText"]),
    .library(name: "ReportData", targets: ["ReportData"]),
    .library(name: "ReportTemplate", targets: ["ReportTemplate"]),
    .library(name: "ReportLint", targets: ["ReportLint"]),
    .library(name: "ReportCompare", targets: ["ReportCompare"]),
    .library(name: "ReportInduce", targets: ["ReportInduce"]),
  ],
  targets: [
    .target(name: "ReportText"),
    .target(name: "ReportOutline", dependencies: ["ReportText"]),
    .target(
      name: "ReportModel", dependencies: ["ReportOutline", "ReportText"],
      resources: [.copy("Resources/default-model.json")]),
    .target(name: "ReportData", dependencies: ["ReportText"]),
    .target(name: "ReportTemplate", dependencies: ["ReportData", "ReportText"]),
    .target(
      name: "ReportLint", dependencies: ["ReportData", "ReportModel", "ReportOutline", "ReportText"],
      resources: [.copy("Resources/formulations.yaml")]),
    .target(name: "ReportInduce", dependencies: ["ReportOutline", "ReportTemplate", "ReportData", "ReportText"]),
    .target(name: "ReportCompare", dependencies: ["ReportModel", "ReportOutline", "ReportText"]),
    .target(
      name: "BaogaoCLI",
      dependencies: [
        "ReportText", "ReportOutline", "ReportModel", "ReportData", "ReportTemplate", "ReportLint", "ReportCompare",
        "ReportInduce",
      ]),
    .executableTarget(name: "baogao", dependencies: ["BaogaoCLI"]),
    .executableTarget(
      name: "baogao-bench",
      dependencies: [
        "ReportText", "ReportOutline", "ReportModel", "ReportData", "ReportTemplate", "ReportLint", "ReportInduce",
      ]),
    .testTarget(name: "ReportTextTests", dependencies: ["ReportText"]),
    .testTarget(name: "ReportOutlineTests", dependencies: ["ReportOutline", "ReportText"], exclude: ["Fixtures"]),
    .testTarget(name: "ReportDataTests", dependencies: ["ReportData", "ReportText"]),
    .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", "ReportOutline", "ReportText"]),
    .testTarget(
      name: "BaogaoCLITests",
      dependencies: [
        "BaogaoCLI", "ReportData", "ReportInduce", "ReportLint", "ReportModel", "ReportOutline", "ReportTemplate",
        "ReportText",
      ]),
    .testTarget(
      name: "ReportInduceTests",
      dependencies: ["ReportInduce", "ReportOutline", "ReportTemplate", "ReportData", "ReportText"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ReportCompareTests", dependencies: ["ReportCompare", "ReportModel", "ReportOutline", "ReportText"]),
    .testTarget(name: "ReportTemplateTests", dependencies: ["ReportTemplate", "ReportData", "ReportText"]),
    .testTarget(
      name: "ReportLintTests",
      dependencies: ["ReportLint", "ReportModel", "ReportOutline", "ReportData", "ReportText"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ReliabilityTests",
      dependencies: [
        "ReportText", "ReportData", "ReportTemplate", "ReportOutline", "ReportModel", "ReportLint", "ReportCompare",
        "ReportInduce",
      ],
      exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
