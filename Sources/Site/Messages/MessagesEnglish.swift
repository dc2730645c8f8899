/// The English templates of the messages: the text the code writes, with `{0}`, `{1}` where
/// its words vary. Ids: C for the summary lines, E0 for front matter, E1 for fields, E2 for
/// links and pictures, E3 for files and settings, E9 for endings appended to others.
enum MessagesEnglish {
  /// Every template: the first ones here, then those written beside their translations
  /// (``MessageTopics``).
  static let entries: [(id: String, text: String)] =
    core + MessageTopics.all.map { ($0.id, $0.en) }

  /// The first templates, in the order of their ids.
  static let core: [(id: String, text: String)] = [
    // The summary lines of build and check.
    (
      "C001",
      "built {0|page|pages} into {1}: {2|file|files} changed, {3} removed, {4} unchanged ({5})"
    ),
    (
      "C002",
      "nothing changed since the last build: {0|page|pages} in {1}, {2|file|files} left as they were"
    ),
    (
      "C003",
      "build failed: {0|error|errors}, {1|warning|warnings}; the previous output was left as it was"
    ),
    ("C004", "{0|error|errors}, {1|warning|warnings} in {2|page|pages}"),
    (
      "C005",
      "{0|page|pages} left out of the site (pednet-build serve and build --drafts show them):"
    ),
    ("C006", "{0}: a draft (draft: true); to publish it, remove that line or write draft: false"),
    (
      "C007",
      "{0}: dated {1}, which is after today; it appears on the site from that day on (check the year if it should be there now)"
    ),
    ("C008", "{0|broken link|broken links} shown as text (broken_links: warning in site.yml)"),
    ("C009", "{0|broken link|broken links} would be shown as text (broken_links: warning)"),
    (
      "C010",
      "the page will be at {0} once built; it is a draft (draft: true): 'pednet-build serve' shows it, 'build' leaves it out until you remove that line"
    ),
    // Front matter (YAML).
    ("E001", "unclosed front matter: add a line '---' after the last field"),
    ("E002", "unclosed double quote: add '\"' at the end of the value"),
    ("E003", "unclosed single quote: add \"'\" at the end of the value"),
    ("E004", "unclosed bracket '[': add ']' after the last item"),
    ("E005", "unclosed brace '{': add '}' after the last entry"),
    ("E006", "tabs are not allowed for indentation: use spaces"),
    ("E007", "mapping values are not allowed here: quote the value if it contains ': '"),
    (
      "E008",
      "mapping values are not allowed here: align this key with the key above, or quote the value if it contains ': '"
    ),
    ("E009", "expected 'key: value' here: add ': ' after the key"),
    ("E010", "expected 'key: value' here: add a space after ':'"),
    ("E011", "duplicate key '{0}' (first defined on line {1})"),
    ("E012", "'{0}' cannot start a value: put the value in quotes"),
    (
      "E013",
      "bad indentation: expected this line at column {0}, in line with the key '{1}' on line {2}"
    ),
    (
      "E014",
      "a list cannot start on the same line as its key: put each '- item' on its own line below the key"
    ),
    (
      "E015",
      "expected 'key: value' here, found a list item: put the list under a key ending in ':'"
    ),
    ("E016", "front matter must be a map of 'key: value' lines, found {0}"),
    ("E017", "invalid date '{0}': {1}; fix it, or quote the value if it is not a date"),
    (
      "E018",
      "unexpected text after the closing quote: quote the whole value, or write ' #' before a comment"
    ),
    (
      "E019",
      "the escape '{0}' stands for an invisible control character, which a page cannot show (and which breaks the feed and the calendar): remove it"
    ),
    // Fields.
    ("E101", "unknown field '{0}' is ignored"),
    ("E102", "'{0}' must be text, not {1}"),
    (
      "E103",
      "in '{0}' the text from ' #' on was read as a YAML comment and left out: kept «{1}», left out «{2}»; if it belongs to the value, put the whole value in quotes: {3}"
    ),
    (
      "E104",
      "'{0}' is a number, so the words after it are left out: read '{1}' as {2}; write only the number: {3}"
    ),
    ("E105", "'{0}' must be a whole number from {1} to {2}, not {3}"),
    ("E106", "'{0}' must be true or false, not {1}"),
    (
      "E107",
      "'{0}' is written '{1}'; it was read as {2}, but write dates year-month-day so that every tool reads them: {3}"
    ),
    ("E108", "'{0}' must be a date written YYYY-MM-DD (2024-03-15), not {1}"),
    ("E109", "'{0}' is not a real date: {1} (check the month and the day)"),
    ("E110", "'{0}' must be a list such as [a, b], not a map"),
    (
      "E111",
      "'{0}' is one text with commas; it was read as {1} items, but write it as a list in square brackets: {2}"
    ),
    ("E112", "'{0}' must be one of {1}, not '{2}'"),
    ("E113", "the page has no title: add 'title: …' to its front matter"),
    ("E114", "a seminar needs 'date:' (YYYY-MM-DD): add the day it takes place"),
    ("E115", "a page of the kind '{0}' needs '{1}:' ({2}): add it to the front matter"),
    ("E116", "a page of the kind '{0}' needs '{1}:': add it to the front matter"),
    ("E118", "'{0}' in '{1}' is not the id of any portfolio"),
    (
      "E119",
      "the page has {0} tags; only the first {1} are kept (max_tags in site.yml): a few tags that readers search by help more than many"
    ),
    ("E120", "'{0}' must be an address such as name@school.ru, not '{1}'"),
    (
      "E415",
      "the facet '{0}' of the field '{1}' must be a folder name of small Latin letters, digits and hyphens, such as 'formats': add 'taxonomy: NAME'"
    ),
    (
      "E416",
      "the facet '{0}' of the field '{1}' would put its pages in the folder of the kind '{2}': give the field another 'taxonomy:'"
    ),
    (
      "E417",
      "the facet '{0}' of the field '{1}' would take the folder '{2}/' of the site's own pages: give the field another 'taxonomy:'"
    ),
    ("E418", "'new_page' of the kind '{0}' must be a map with 'fields: |' and 'body: |'"),
    // Links and pictures.
    ("E201", "the link '{0}' points to a page that does not exist ({1})"),
    ("E202", "the link '{0}' points to a file that does not exist ({1})"),
    ("E203", "the anchor '#{0}' does not exist in {1}"),
    (
      "E204",
      "the image '{0}' has no description: write what it shows between the brackets, ![like this]({1}), for readers who can't see it"
    ),
    ("E205", "the link '{0}' points outside the 'content' folder"),
    (
      "E206",
      "the image content/{0} is {1} KB, more than {2} KB (max_image_kb in site.yml): pages with it open slowly on school and mobile connections; save it smaller (about 1600 pixels across is enough for a page) or raise max_image_kb"
    ),
    // Files and settings.
    (
      "E301",
      "base_url is not set, so the published site lacks full addresses: sitemap.xml lists relative addresses, which search engines reject; feed.xml links its entries relatively, which feed readers cannot follow; calendar.ics cannot link its seminars to their pages; robots.txt does not name the sitemap; pages have no canonical link, and their previews in messengers and social networks no address (og:url) and no picture (og:image); and 404.html links to the domain root, so it works only for a site at the root of its domain; set base_url to the site's public address (base_url: \"https://school.example.ru/pednet/\") or build with --base-url, or write base_url: \"\" when the site is only opened from a disk"
    ),
    ("E302", "the config file does not exist"),
    ("E303", "the config file is not UTF-8 text: re-save it as UTF-8"),
    (
      "E304",
      "'{0}' is a file, not a folder: the build would replace it; give --output a folder such as 'public'"
    ),
    (
      "E305",
      "the output folder '{0}' is not empty and was not made by pednet-build: empty it, or choose another folder"
    ),
    (
      "E306",
      "{0} more problems in this file are not shown ({1} errors, {2} warnings): fix the ones above and build again"
    ),
    // Endings that the code appends to other messages.
    ("E901", "; did you mean '{0}'?"),
    ("E902", "; check the file name (or the page is a draft)"),
    ("E903", " and is shown as text"),
    ("E904", ", so the link is shown as text"),
    ("E905", "; its headings are {0}"),
  ]
}
