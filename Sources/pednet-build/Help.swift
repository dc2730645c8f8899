import Site

/// The text of `pednet-build --help` and the version.
enum Help {
  /// The version printed by `--version`.
  static let version = "pednet-build " + PublishingHost.programVersion

  /// The usage text.
  static let text = """
    pednet-build: builds the website of a teachers' network from Markdown files.

    USAGE
      pednet-build [build] [--source DIR] [--config FILE] [--output DIR] [--drafts] [--base-url URL] [--quiet]
                     [--changed FILE]
      pednet-build check   [--source DIR] [--config FILE] [--drafts]
      pednet-build new KIND TITLE [--source DIR] [--config FILE]
      pednet-build schema  [--source DIR] [--config FILE]
      pednet-build init DIR [--host github|gitlab|ftp]
      pednet-build serve   [--source DIR] [--port N]
      pednet-build --help | --version

    COMMANDS
      build   Build the site from DIR/content into DIR/public (the default command).
      check   Check every page and link, write nothing; exit 1 when there are errors.
      new     Create a page: KIND is portfolio, lesson, seminar, olympiad, page or a kind
              of the site's 'kinds:' in site.yml; its fields are written with comments.
      schema  Print the kinds of page, their fields and the vocabularies the site has
              (the built-in ones with site.yml's 'kinds:' and 'vocabularies:'), as YAML.
      init    Make a starter site in DIR (settings, home page, a page of each kind, .gitignore)
              and, with --host, its publishing recipe: a GitHub Pages workflow, a GitLab Pages
              job or an FTP/SFTP upload script. Existing files are kept.
      serve   Build, serve the site at http://127.0.0.1:N/ and rebuild when files change;
              drafts and future-dated pages are shown, each marked as such.

    OPTIONS
      --source DIR     The site's folder, holding content/ (default: the current folder).
      --config FILE    The settings file (default: DIR/site.yml when present, else built-in defaults).
      --output DIR     Where to write the site (default: DIR/public).
      --drafts         Also build pages with 'draft: true' and pages dated in the future.
      --base-url URL   The site's public address, for the sitemap, feed and calendar.
      --quiet          Print only problems.
      --changed FILE   Write the output files this build changed, one a line: 'M path'
                       (changed), 'A path' (new), 'D path' (removed), for upload scripts.
      --port N         Port for 'serve' (default: 1313).
      --host NAME      Where 'init' sets up publishing: github, gitlab or ftp.

    EXIT STATUS
      0 success, 1 errors in the content, 2 wrong usage.

    Diagnostics look like 'content/lessons/drobi.md:4:8: error: message'.
    """
}
