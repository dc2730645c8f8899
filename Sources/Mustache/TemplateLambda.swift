/// A Swift function used as a template value, as the spec's lambdas.
///
/// As `{{name}}` it is called with the empty string; its result is compiled as a template with
/// the default delimiters, rendered against the current context, then HTML-escaped (unless the
/// tag is `{{{name}}}` or `{{& name}}`). As `{{#name}}…{{/name}}` it is called with the
/// section's unprocessed text; its result is compiled with the delimiters in force at the
/// section tag and rendered in place, not escaped. An inverted section treats it as truthy and
/// never calls it. It is called on every use (results are not cached) and may be called from
/// several threads at once.
public struct TemplateLambda: Sendable, Equatable {
  /// Holds the function, so that equality is identity.
  private final class Box: Sendable {
    let body: @Sendable (String) -> String
    init(_ body: @escaping @Sendable (String) -> String) { self.body = body }
  }

  private let box: Box

  /// A lambda calling `body` with the section text (or `""` for an interpolation).
  public init(_ body: @escaping @Sendable (_ sectionText: String) -> String) {
    box = Box(body)
  }

  /// Calls the function.
  public func callAsFunction(_ text: String) -> String {
    box.body(text)
  }

  /// Two lambdas are equal when they are the same lambda (copies of one value).
  public static func == (lhs: TemplateLambda, rhs: TemplateLambda) -> Bool {
    lhs.box === rhs.box
  }
}
