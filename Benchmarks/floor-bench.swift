// The floor under any generator built on libcmark, on this machine and this corpus: read every
// Markdown file of a source folder, skip its front matter, convert the body with libcmark's own
// HTML renderer and write it to `<output>/<path without .md>/index.html`, on all cores. No
// templates, lists, links, typography or search: only the work no such generator can avoid.
//
// Build and run from the repository root:
//   swiftc -O -parse-as-library -I Sources/CMark Benchmarks/floor-bench.swift -lcmark \
//     -o /tmp/floor-bench
//   /tmp/floor-bench SOURCE_DIR OUTPUT_DIR
// Prints one line: files, seconds, the CPU seconds of the process and the bytes written.
import CMark
import Dispatch
import Foundation

/// The floor benchmark.
@main
struct FloorBench {
  static func main() {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
      FileHandle.standardError.write(Data("usage: floor-bench SOURCE_DIR OUTPUT_DIR\n".utf8))
      exit(2)
    }
    let content = arguments[1] + "/content"
    let output = arguments[2]
    let files = markdownFiles(under: content)
    let written = UnsafeMutableBufferPointer<Int>.allocate(capacity: files.count)
    defer { written.deallocate() }
    let start = DispatchTime.now().uptimeNanoseconds
    for section in Set(files.map { output + "/" + (($0 as NSString).deletingLastPathComponent) }) {
      try? FileManager.default.createDirectory(atPath: section, withIntermediateDirectories: true)
    }
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      written[index] = convert(content + "/" + files[index], to: outputPath(files[index], output))
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    print(
      "floor: \(files.count) files, \(String(format: "%.3f", seconds)) s, "
        + "\(String(format: "%.2f", cpu)) CPU s, \(written.reduce(0, +)) bytes of HTML")
  }

  /// Paths of the `.md` files under `root`, relative to it.
  static func markdownFiles(under root: String) -> [String] {
    let walker = FileManager.default.enumerator(atPath: root)
    var files: [String] = []
    while let path = walker?.nextObject() as? String {
      if path.hasSuffix(".md") { files.append(path) }
    }
    return files
  }

  /// `lessons/x.md` → `OUTPUT/lessons/x/index.html`.
  static func outputPath(_ file: String, _ output: String) -> String {
    output + "/" + file.dropLast(3) + "/index.html"
  }

  /// Reads, converts and writes one file; the number of bytes written.
  static func convert(_ source: String, to target: String) -> Int {
    guard let data = FileManager.default.contents(atPath: source) else { return 0 }
    let body = bodyOffset(in: data)
    let html = data.withUnsafeBytes { raw -> [UInt8] in
      let start = raw.baseAddress!.assumingMemoryBound(to: CChar.self) + body
      guard let rendered = cmark_markdown_to_html(start, raw.count - body, CMARK_OPT_DEFAULT)
      else { return [] }
      defer { free(rendered) }
      return Array(UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)))
    }
    let folder = (target as NSString).deletingLastPathComponent
    mkdir(folder, 0o755)
    let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return 0 }
    defer { close(descriptor) }
    return html.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
  }

  /// Where the body starts: after the second `---` line when the file opens with one.
  static func bodyOffset(in data: Data) -> Int {
    data.withUnsafeBytes { bytes -> Int in
      guard bytes.starts(with: "---".utf8) else { return 0 }
      var lineStart = 0
      while let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
        var line = bytes[lineStart..<newline]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        if lineStart > 0 && line.elementsEqual("---".utf8) { return newline + 1 }
        lineStart = newline + 1
      }
      return 0
    }
  }
}
