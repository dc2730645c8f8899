import Foundation
import XCTest

@testable import Site

/// Random sequences of edits to a site, each followed by a build in place: after every step
/// the output must be byte for byte what a clean build into an empty folder makes.
final class IncrementalBuildTests: XCTestCase {
  private var site: URL!
  private var random = SplitMix(seed: 1)
  private var added: [String] = []
  private var counter = 0

  override func setUpWithError() throws {
    site = try TestSupport.copy("full")
    BuildKey.recentWindow = 0
  }

  override func tearDownWithError() throws {
    BuildKey.recentWindow = 0.5
    try? FileManager.default.removeItem(at: site)
  }

  func testRandomEditsGiveTheSameSiteAsACleanBuild() throws {
    for seed in [UInt64(11), 29, 47] {
      random = SplitMix(seed: seed)
      for step in 0..<12 {
        let edit = try applyRandomEdit()
        try checkAgainstCleanBuild("seed \(seed) step \(step): \(edit)")
      }
    }
  }

  func testABuildWithNothingChangedDoesNothingAndSaysSo() throws {
    let first = build()
    XCTAssertTrue(first.succeeded)
    let second = build()
    XCTAssertTrue(second.upToDate)
    XCTAssertEqual(second.pageCount, first.pageCount)
    XCTAssertEqual(second.changes?.unchangedCount, first.fileCount)
    XCTAssertEqual(second.diagnostics, first.diagnostics.filter { $0.severity == .warning })
    try FileManager.default.removeItem(at: site.appendingPathComponent("public/index.html"))
    let repaired = build()
    XCTAssertFalse(repaired.upToDate, "a file removed from the output is noticed")
    XCTAssertEqual(repaired.changes?.written, ["index.html"])
  }

  private func build(output: String? = nil, usesCache: Bool = true) -> BuildReport {
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    options.outputDirectory = output
    options.usesCache = usesCache
    return SiteBuilder.build(options)
  }

  private func checkAgainstCleanBuild(_ step: String) throws {
    let incremental = build()
    XCTAssertTrue(incremental.succeeded, "\(step): \(incremental.diagnostics)")
    let clean = FileManager.default.temporaryDirectory.appendingPathComponent(
      "clean-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: clean) }
    XCTAssertTrue(build(output: clean.path, usesCache: false).succeeded, step)
    let output = site.appendingPathComponent("public").path
    let (inPlace, fresh) = (tree(output), tree(clean.path))
    let differing = Set(inPlace.keys).union(fresh.keys).filter { inPlace[$0] != fresh[$0] }
    XCTAssertEqual(differing.sorted(), [], step)
    let hidden = try FileManager.default.contentsOfDirectory(atPath: output).filter {
      $0.hasPrefix(".")
    }
    XCTAssertEqual(hidden, [".pednet-build"], step)
  }

  private func tree(_ folder: String) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for file in DirectoryWalker.files(under: folder) ?? [] {
      files[file] = FileSystem.read(folder + "/" + file)
    }
    return files
  }

  /// One edit chosen at random; returns what it did.
  private func applyRandomEdit() throws -> String {
    let edits: [(String, () throws -> Void)] = [
      ("body", { try self.edit(self.anyPage()) { $0 + "\n\nСлово \(self.next()).\n" } }),
      ("title", { try self.setField("title", "Заголовок \(self.next())", in: self.anyPage()) }),
      ("tags", { try self.setField("tags", "[\(self.tags())]", in: self.anyLesson()) }),
      (
        "author",
        {
          try self.setField(
            "author", self.pick(["petrova-olga", "sidorov-ivan"]), in: self.anyLesson())
        }
      ),
      ("new", { try self.addLesson() }),
      ("rename", { try self.renameAdded() }),
      ("delete", { try self.deleteAdded() }),
      ("theme", { try self.write("layouts/404.mustache", "<p>нет страницы \(self.next())</p>\n") }),
      (
        "static",
        { try self.write("static/files/note-\(self.random.next() % 3).txt", "\(self.next())") }
      ),
      ("config", { try self.setField("paginate", self.pick(["1", "2", "3"]), in: "site.yml") }),
      ("output file edited", { try self.write("public/index.html", "changed by hand") }),
      (
        "output file removed",
        { try? FileManager.default.removeItem(at: self.url("public/sitemap.xml")) }
      ),
      ("manifest damaged", { try self.write("public/.pednet-build", "garbage \(self.next())") }),
      ("link", { try self.addLink(from: self.anyPage()) }),
      ("slug", { try self.setField("slug", "slozhenie-\(self.next())", in: self.addition) }),
      ("cache damaged", { try self.damageCache() }),
      ("cache removed", { try? FileManager.default.removeItem(at: self.url(".pednet-cache")) }),
      ("nothing", {}),
    ]
    let (name, apply) = edits[Int(random.next() % UInt64(edits.count))]
    try apply()
    return name
  }

  private func url(_ relative: String) -> URL { site.appendingPathComponent(relative) }

  /// The lesson other pages' `link` edits point at (its `slug` edits move it).
  private let addition = "content/lessons/slozhenie-drobey.md"

  /// Appends a link to ``addition`` to the page at `relative`.
  private func addLink(from relative: String) throws {
    let target =
      relative.hasPrefix("content/lessons/")
      ? "slozhenie-drobey.md"
      : relative.hasPrefix("content/olympiads/")
        ? "../lessons/slozhenie-drobey.md" : "lessons/slozhenie-drobey.md"
    try edit(relative) { $0 + "\n\n[Сложение дробей](\(target))\n" }
  }

  /// Changes one byte of the cache's values or its index, or cuts the values short.
  private func damageCache() throws {
    let name = pick(["data", "index"])
    let file = url(".pednet-cache/" + name)
    guard var bytes = FileSystem.read(file.path), !bytes.isEmpty else { return }
    if random.next() % 3 == 0 {
      bytes.removeLast(bytes.count / 2)
    } else {
      bytes[Int(random.next() % UInt64(bytes.count))] ^= 0x5A
    }
    XCTAssertTrue(FileSystem.write(bytes, to: file.path))
  }

  private func next() -> Int {
    counter += 1
    return counter
  }

  private func pick(_ choices: [String]) -> String {
    choices[Int(random.next() % UInt64(choices.count))]
  }

  private func tags() -> String {
    ["дроби", "ФГОС", "проценты", "игра"].filter { _ in random.next() % 2 == 0 }.joined(
      separator: ", ")
  }

  private func anyLesson() -> String {
    pick(["content/lessons/slozhenie-drobey.md", "content/lessons/umnozhenie-drobey.md"] + added)
  }

  private func anyPage() -> String {
    pick([anyLesson(), "content/about.md", "content/olympiads/shkolnyy-etap.md"])
  }

  private func write(_ relative: String, _ text: String) throws {
    let target = url(relative)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: target, atomically: false, encoding: .utf8)
  }

  private func edit(_ relative: String, _ change: (String) -> String) throws {
    try write(relative, change(try String(contentsOf: url(relative), encoding: .utf8)))
  }

  /// Sets `name: value` in the front matter (or the config), adding the line when missing.
  private func setField(_ name: String, _ value: String, in relative: String) throws {
    try edit(relative) { text in
      var lines = text.components(separatedBy: "\n")
      if let index = lines.firstIndex(where: { $0.hasPrefix(name + ":") }) {
        lines[index] = "\(name): \(value)"
      } else {
        lines.insert("\(name): \(value)", at: relative.hasSuffix(".md") ? 1 : 0)
      }
      return lines.joined(separator: "\n")
    }
  }

  private func addLesson() throws {
    let name = "content/lessons/novyy-\(next()).md"
    added.append(name)
    try write(
      name,
      "---\ntitle: Новый урок \(counter)\ndate: 2024-04-0\(1 + counter % 9)\nauthor: petrova-olga\nsubject: математика\ngrade: \(5 + counter % 3)\ntags: [\(tags())]\n---\nТекст урока \(counter).\n"
    )
  }

  private func renameAdded() throws {
    guard let old = added.popLast() else { return try addLesson() }
    let new = "content/lessons/pereimenovan-\(next()).md"
    try FileManager.default.moveItem(at: url(old), to: url(new))
    added.append(new)
  }

  private func deleteAdded() throws {
    guard let old = added.popLast() else { return }
    try FileManager.default.removeItem(at: url(old))
  }
}

/// A small seeded generator, so a failing sequence can be replayed.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
