import Foundation
import FrontMatter

/// The machine-readable extras: `sitemap.xml`, the Atom feed, `calendar.ics`, `robots.txt`.
struct Feeds {
  /// The site.
  let model: SiteModel
  /// Page HTML by index (the feed carries it).
  let html: (Int) -> [UInt8]

  /// An absolute URL when `base_url` is set (a server then exists, so folders are written
  /// bare), else the root-relative link.
  func absolute(_ folder: String) -> String {
    model.config.baseURL.isEmpty ? model.config.href(folder) : model.config.baseURL + folder
  }

  /// `sitemap.xml` with every page and list.
  func sitemap(folders: [String]) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    var lastModified: [String: String] = [:]
    for page in model.pages {
      if let date = page.updated ?? page.date { lastModified[page.outputDirectory] = date.isoDay }
    }
    for folder in folders.sorted() {
      xml += "  <url><loc>\(XML.escape(absolute(folder)))</loc>"
      if let day = lastModified[folder] { xml += "<lastmod>\(day)</lastmod>" }
      xml += "</url>\n"
    }
    return xml + "</urlset>\n"
  }

  /// The Atom feed of the newest materials: the site's (`folder` empty) or a section's, at
  /// `folder` + `feed.xml`, titled `title`.
  func atom(newest: [Int], folder: String = "", title: String? = nil) -> String {
    let config = model.config
    let items = newest.prefix(config.feedItems)
    let updated = items.compactMap { model.pages[$0].updated ?? model.pages[$0].date }.max()
    var xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(config.language)\">\n"
    xml += "  <title>\(XML.escape(title ?? config.title))</title>\n"
    if !config.description.isEmpty && folder.isEmpty {
      xml += "  <subtitle>\(XML.escape(config.description))</subtitle>\n"
    }
    xml += "  <id>\(XML.escape(identifier(folder)))</id>\n"
    xml += "  <link href=\"\(XML.escape(absolute(folder)))\"/>\n"
    xml += "  <link rel=\"self\" href=\"\(XML.escape(config.baseURL + folder + "feed.xml"))\"/>\n"
    xml += "  <updated>\(timestamp(updated))</updated>\n"
    xml += "  <generator>pednet-build</generator>\n"
    for index in items {
      let page = model.pages[index]
      xml += "  <entry>\n    <title>\(XML.escape(page.title))</title>\n"
      xml += "    <id>\(XML.escape(identifier(page.outputDirectory)))</id>\n"
      xml += "    <link href=\"\(XML.escape(absolute(page.outputDirectory)))\"/>\n"
      xml += "    <updated>\(timestamp(page.updated ?? page.date))</updated>\n"
      if let date = page.date { xml += "    <published>\(timestamp(date))</published>\n" }
      let isEvent = model.config.schema.isEvent(page.kind)
      for person in page.facts.people where !isEvent {
        xml += "    <author><name>\(XML.escape(person.name))</name></author>\n"
      }
      if page.facts.people.isEmpty || isEvent {
        xml += "    <author><name>\(XML.escape(config.title))</name></author>\n"
      }
      for tag in page.tags { xml += "    <category term=\"\(XML.escape(tag))\"/>\n" }
      if !page.summary.isEmpty { xml += "    <summary>\(XML.escape(page.summary))</summary>\n" }
      xml +=
        "    <content type=\"html\">\(XML.escape(String(decoding: html(index), as: UTF8.self)))</content>\n  </entry>\n"
    }
    return xml + "</feed>\n"
  }

  /// `robots.txt` allowing everything and naming the sitemap.
  func robots() -> String {
    var text = "User-agent: *\nAllow: /\n"
    if !model.config.baseURL.isEmpty { text += "Sitemap: \(model.config.baseURL)sitemap.xml\n" }
    return text
  }

  private func identifier(_ folder: String) -> String {
    model.config.baseURL.isEmpty
      ? "tag:pednet-build,2024:/\(folder)" : model.config.baseURL + folder
  }

  private func timestamp(_ date: YAMLDate?) -> String {
    guard let date else { return "2000-01-01T00:00:00Z" }
    let time = String(format: "%02d:%02d:%02d", date.hour ?? 0, date.minute ?? 0, date.second ?? 0)
    guard let offset = date.timeZoneOffsetMinutes, offset != 0 else {
      return "\(date.isoDay)T\(time)Z"
    }
    let sign = offset < 0 ? "-" : "+"
    return "\(date.isoDay)T\(time)\(sign)"
      + String(format: "%02d:%02d", abs(offset) / 60, abs(offset) % 60)
  }
}

/// XML text escaping.
enum XML {
  /// `&`, `<`, `>`, `"` and `'` escaped; control characters other than tab and line ends
  /// and the noncharacters U+FFFE and U+FFFF (which XML forbids: one makes the whole feed
  /// unreadable) left out.
  static func escape(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.contains(where: needsWork) else { return text }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 16)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "&"): output += "&amp;".utf8
      case UInt8(ascii: "<"): output += "&lt;".utf8
      case UInt8(ascii: ">"): output += "&gt;".utf8
      case UInt8(ascii: "\""): output += "&quot;".utf8
      case UInt8(ascii: "'"): output += "&apos;".utf8
      case 0x09, 0x0A, 0x0D: output.append(byte)
      case ..<0x20: continue
      case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
        index += 2
      default: output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Whether a byte is escaped or left out.
  private static func needsWork(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      return true
    case 0x09, 0x0A, 0x0D: return false
    default: return byte < 0x20 || byte == 0xEF
    }
  }
}
