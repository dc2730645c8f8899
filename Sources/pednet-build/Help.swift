/// The text of `pednet-build --help` and the version.
enum Help {
  /// The version printed by `--version`.
  static let version = "pednet-build 0.1.0"

  /// The usage text.
  static let text = """
    pednet-build: builds the website of a teachers' network from Markdown files.

    USAGE
      pednet-build [build] [--source DIR] [--config FILE] [--output DIR] [--drafts] [--base-url URL] [--quiet]
      pednet-build check   [--source DIR] [--config FILE] [--drafts]
      pednet-build new KIND TITLE [--source DIR] [--config FILE]
      pednet-build schema  [--source DIR] [--config FILE]
      pednet-build serve   [--source DIR] [--port N]
      pednet-build --help | --version

    COMMANDS
      build   Build the site from DIR/content into DIR/public (the default command).
      check   Check every page and link, write nothing; exit 1 when there are errors.
      new     Create a page: KIND is portfolio, lesson, seminar, olympiad, page or a kind of site.yml.
      schema  Print the kinds, their fields and the vocabularies (built-in and site.yml's).
      serve   Build, serve the site at http://127.0.0.1:N/ and rebuild when files change.

    OPTIONS
      --source DIR     The site's folder, holding content/ (default: the current folder).
      --config FILE    The settings file (default: DIR/site.yml when present, else built-in defaults).
      --output DIR     Where to write the site (default: DIR/public).
      --drafts         Also build pages with 'draft: true' and pages dated in the future.
      --base-url URL   The site's public address, for the sitemap, feed and calendar.
      --quiet          Print only problems.
      --port N         Port for 'serve' (default: 1313).

    EXIT STATUS
      0 success, 1 errors in the content, 2 wrong usage.

    Diagnostics look like 'content/lessons/drobi.md:4:8: error: message'.
    """
}
