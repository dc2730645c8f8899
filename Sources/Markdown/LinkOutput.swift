/// What the page shows for one link or image, as the link resolver decides.
public enum LinkOutput: Sendable, Equatable {
  /// The destination as written.
  case written
  /// This destination instead.
  case destination(String)
  /// For an image: this destination, drawn `width` by `height` pixels (written on `<img>`, so
  /// that the page does not jump while the image loads).
  case image(String, width: Int, height: Int)
  /// No link: a link's text (or an image's description) as ordinary text, for a link that
  /// leads nowhere.
  case text
}
