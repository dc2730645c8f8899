// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "pednet-build",
  products: [
    .executable(name: "pednet-build", targets: ["pednet-build"]),
    .library(name: "Site", targets: ["Site"]),
  ],
  targets: [
    .systemLibrary(
      name: "CMark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .target(name: "Text"),
    .target(name: "FrontMatter", dependencies: ["Text"]),
    .target(name: "Mustache", dependencies: ["Text"]),
    .target(name: "Markdown", dependencies: ["Text", "CMark"]),
    .target(name: "Search", dependencies: ["Text"]),
    .target(
      name: "Site",
      dependencies: ["Text", "FrontMatter", "Mustache", "Markdown", "Search"]
    ),
    .executableTarget(name: "pednet-build", dependencies: ["Site"]),
    .testTarget(name: "TextTests", dependencies: ["Text"]),
    .testTarget(name: "FrontMatterTests", dependencies: ["FrontMatter"]),
    .testTarget(name: "MustacheTests", dependencies: ["Text", "Mustache"], exclude: ["spec"]),
    .testTarget(name: "MarkdownTests", dependencies: ["Text", "Markdown"], exclude: ["gfm"]),
    .testTarget(name: "SearchTests", dependencies: ["Text", "Search"], exclude: ["snowball"]),
    .testTarget(name: "SiteTests", dependencies: ["Text", "Site", "pednet-build"]),
  ]
)
