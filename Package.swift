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
    .target(name: "FrontMatter"),
    .target(name: "Mustache"),
    .target(name: "Markdown", dependencies: ["CMark"]),
    .target(name: "Search"),
    .target(
      name: "Site",
      dependencies: ["FrontMatter", "Mustache", "Markdown", "Search"]
    ),
    .executableTarget(name: "pednet-build", dependencies: ["Site"]),
    .testTarget(name: "FrontMatterTests", dependencies: ["FrontMatter"]),
    .testTarget(name: "MustacheTests", dependencies: ["Mustache"], exclude: ["spec"]),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], exclude: ["gfm"]),
    .testTarget(name: "SearchTests", dependencies: ["Search"], exclude: ["snowball"]),
    .testTarget(name: "SiteTests", dependencies: ["Site", "pednet-build"]),
  ]
)
