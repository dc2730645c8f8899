import Foundation

/// One example of a spec file in the CommonMark format (see gfm/LICENSE).
struct SpecExample {
  /// The tag after `example` (`table`, `autolink`, …), empty for none.
  var tag: String
  /// The `##` section the example is in.
  var section: String
  /// The example's line in the file.
  var line: Int
  /// The Markdown (tabs restored).
  var markdown: String
  /// The expected HTML.
  var html: String

  /// The examples of `gfm/<name>`.
  static func load(_ name: String) throws -> [SpecExample] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("gfm").appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    let fence = String(repeating: "`", count: 32)
    var examples: [SpecExample] = []
    var section = ""
    var current: SpecExample?
    var inHTML = false
    for (number, line) in text.components(separatedBy: "\n").enumerated() {
      if var example = current {
        if line == fence {
          examples.append(example)
          current = nil
        } else if !inHTML && line == "." {
          inHTML = true
        } else if inHTML {
          example.html += line + "\n"
          current = example
        } else {
          example.markdown += line.replacingOccurrences(of: "→", with: "\t") + "\n"
          current = example
        }
      } else if line.hasPrefix(fence + " example") {
        let tag = line.dropFirst(fence.count + " example".count).trimmingCharacters(
          in: .whitespaces)
        current = SpecExample(tag: tag, section: section, line: number + 1, markdown: "", html: "")
        inHTML = false
      } else if line.hasPrefix("## ") {
        section = String(line.dropFirst(3))
      }
    }
    return examples
  }

  /// HTML with the white space between tags removed and the ends trimmed: the only
  /// normalisation the comparisons allow (cmark-gfm's own suite compares exactly).
  static func normalized(_ html: String) -> String {
    var result = ""
    var pendingSpace = ""
    for character in html {
      if character.isWhitespace {
        pendingSpace.append(character)
        continue
      }
      if !pendingSpace.isEmpty {
        if !(result.last == ">" && character == "<") && !result.isEmpty { result += pendingSpace }
        pendingSpace = ""
      }
      result.append(character)
    }
    return result
  }
}
