/// What a published site lacks when the config says nothing of its public address: reported
/// once per successful build or check, naming every output file it touches, so that a site
/// put online without `base_url` is never a silent surprise in search engines.
struct PublishingCheck {
  /// The settings in force (after `--base-url`).
  let config: SiteConfig
  /// Whether `--base-url` was given on the command line.
  let baseURLFromCommandLine: Bool

  /// The warning text when `base_url` is missing.
  static let missingBaseURL =
    "base_url is not set, so the published site lacks full addresses: sitemap.xml lists relative addresses, which search engines reject; feed.xml links its entries relatively, which feed readers cannot follow; calendar.ics cannot link its seminars to their pages; robots.txt does not name the sitemap; pages have no canonical link, and their previews in messengers and social networks no address (og:url) and no picture (og:image); and 404.html links to the domain root, so it works only for a site at the root of its domain; set base_url to the site's public address (base_url: \"https://school.example.ru/pednet/\") or build with --base-url, or write base_url: \"\" when the site is only opened from a disk"

  /// Adds the warning to `diagnostics` when `base_url` is neither in the config nor given.
  func run(into diagnostics: DiagnosticBag) {
    guard config.baseURLLocation == nil, !baseURLFromCommandLine else { return }
    diagnostics.warning(config.path, Self.missingBaseURL)
  }
}
