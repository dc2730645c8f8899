import Foundation
import Text

/// A video from a known host (YouTube, RuTube, VK Video) shown on the page as a light
/// embed: a plain link to the video's page that the theme's script turns into a player only
/// when the reader clicks, so that no request reaches the host before that.
struct VideoEmbed: Sendable, Equatable {
  /// The host's name as readers know it (`YouTube`).
  let host: String
  /// The video's own page, the link readers follow without scripts or offline.
  let page: String
  /// The address of the player the script puts in an `<iframe>` on click.
  let player: String
  /// The link's text.
  var title: String

  /// The embed for a video address (a watch page, a short link or a player address), or nil
  /// when `address` is not a video of a known host.
  static func from(_ address: String, title: String = "") -> VideoEmbed? {
    guard let url = URLComponents(string: address.trimmingCharacters(in: .whitespaces)),
      let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
      var host = url.host?.lowercased()
    else { return nil }
    if host.hasPrefix("www.") { host.removeFirst(4) }
    if host.hasPrefix("m.") { host.removeFirst(2) }
    let parts = url.path.split(separator: "/").map(String.init)
    let query = Dictionary(
      (url.queryItems ?? []).map { ($0.name, $0.value ?? "") },
      uniquingKeysWith: { first, _ in first })
    let found: VideoEmbed?
    switch host {
    case "youtube.com", "youtu.be", "youtube-nocookie.com":
      found = youTube(host: host, parts: parts, query: query)
    case "rutube.ru":
      found = ruTube(parts: parts)
    case "vk.com", "vk.ru", "vkvideo.ru":
      found = vk(host: host == "vkvideo.ru" ? host : "vk.com", parts: parts, query: query)
    default:
      found = nil
    }
    guard var embed = found else { return nil }
    embed.title = title.isEmpty ? address : title
    return embed
  }

  private static func youTube(host: String, parts: [String], query: [String: String])
    -> VideoEmbed?
  {
    var id: String?
    if host == "youtu.be" {
      id = parts.first
    } else if parts.first == "watch" {
      id = query["v"]
    } else if parts.count >= 2, ["embed", "shorts", "live", "v"].contains(parts[0]) {
      id = parts[1]
    }
    guard let id, id.utf8.count == 11,
      id.utf8.allSatisfy({
        ASCII.isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
      })
    else { return nil }
    var player = "https://www.youtube-nocookie.com/embed/\(id)?autoplay=1"
    var page = "https://www.youtube.com/watch?v=\(id)"
    if let start = seconds(query["t"] ?? query["start"]) {
      player += "&start=\(start)"
      page += "&t=\(start)s"
    }
    return VideoEmbed(host: "YouTube", page: page, player: player, title: "")
  }

  private static func ruTube(parts: [String]) -> VideoEmbed? {
    var id: String?
    if parts.count >= 2, parts[0] == "video" || parts[0] == "shorts" {
      id = parts[1]
    } else if parts.count >= 3, parts[0] == "play", parts[1] == "embed" {
      id = parts[2]
    }
    guard let id, id.utf8.count >= 16, id.utf8.allSatisfy(ASCII.isAlphanumeric) else { return nil }
    return VideoEmbed(
      host: "RuTube", page: "https://rutube.ru/video/\(id)/",
      player: "https://rutube.ru/play/embed/\(id)?autoplay=1", title: "")
  }

  private static func vk(host: String, parts: [String], query: [String: String]) -> VideoEmbed? {
    var owner: String?
    var video: String?
    if parts.first == "video_ext.php" {
      owner = query["oid"]
      video = query["id"]
    } else if let name = query["z"].flatMap({ $0.split(separator: "/").first.map(String.init) })
      ?? parts.last,
      name.hasPrefix("video"), !name.hasPrefix("video_"),
      let underscore = name.firstIndex(of: "_")
    {
      owner = String(name[name.index(name.startIndex, offsetBy: 5)..<underscore])
      video = String(name[name.index(after: underscore)...])
    }
    guard let owner, let video, !owner.isEmpty, !video.isEmpty,
      Int(owner) != nil, video.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return nil }
    var player = "https://\(host)/video_ext.php?oid=\(owner)&id=\(video)"
    if let hash = query["hash"], hash.utf8.allSatisfy(ASCII.isAlphanumeric) {
      player += "&hash=\(hash)"
    }
    return VideoEmbed(
      host: "VK Video", page: "https://\(host)/video\(owner)_\(video)",
      player: player + "&autoplay=1", title: "")
  }

  /// `90`, `90s` or `1m30s` as seconds.
  private static func seconds(_ text: String?) -> Int? {
    guard let text, !text.isEmpty else { return nil }
    if let plain = Int(text) { return plain }
    var total = 0
    var number = 0
    for character in text {
      if let digit = character.wholeNumberValue {
        number = number * 10 + digit
      } else if let unit = ["h": 3600, "m": 60, "s": 1][String(character)] {
        total += number * unit
        number = 0
      } else {
        return nil
      }
    }
    return total > 0 ? total : nil
  }

  /// Writes the embed: a link in a box the theme's script turns into a click-to-load player.
  func write(_ output: inout HTMLOutput) {
    output.newline()
    output.raw("<div class=\"video-embed\" data-video-host=\"")
    output.text(host)
    output.raw("\" data-video-player=\"")
    output.url(player)
    output.raw("\"><a class=\"video-embed-link\" href=\"")
    output.url(page)
    output.raw("\">")
    output.text(title)
    output.raw("</a> <span class=\"video-embed-host\">(")
    output.text(host)
    output.raw(")</span></div>\n")
  }
}
