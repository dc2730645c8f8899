/// What the page shows for one link or image, as the link resolver decides.
public enum LinkOutput: Sendable, Equatable {
  /// The destination as written.
  case written
  /// This destination instead.
  case destination(String)
  /// No link: a link's text (or an image's description) as ordinary text, for a link that
  /// leads nowhere.
  case text
}
