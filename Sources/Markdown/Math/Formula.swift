/// One formula of a page, converted once: its MathML (or, when the TeX can't be read, the
/// TeX as code), its plain text for search, and the problem found, if any.
public struct Formula: Sendable, Equatable {
  /// The TeX as written between the delimiters.
  public let tex: String
  /// Whether it is a display formula (`$$…$$`, `\[…\]`, a ```` ```math ```` block).
  public let display: Bool
  /// `<math>…</math>`, or `<code class="math-error">TeX</code>` when the TeX has a problem.
  public let html: String
  /// The formula's text for the search index and for an image's `alt`.
  public let plainText: String
  /// What is wrong with the TeX and where (scalar offset in ``tex``); nil when all is read.
  let problem: MathError?

  /// Converts `tex`.
  public init(tex: String, display: Bool) {
    self.tex = tex
    self.display = display
    do throws(MathError) {
      let tree = try TeXParser.parse(tex)
      html = MathMLWriter.math(tree, tex: tex, display: display)
      plainText = tree.plainText
      problem = nil
    } catch {
      let tag = display ? "<pre class=\"math-error\"><code>" : "<code class=\"math-error\">"
      html = tag + MathMLWriter.escaped(tex) + (display ? "</code></pre>" : "</code>")
      plainText = tex
      problem = error
    }
  }

  /// What is wrong, when something is.
  public var problemMessage: String? { problem?.message }
}
