/// The messages written beside their translations, one file per topic: the English template
/// the code writes (with `{0}` where its words vary, numbered in the order they appear), then
/// the Russian and the Kazakh text.
struct CatalogueEntry: Sendable {
  /// The id printed after the message (`E0123`).
  let id: String
  /// The English template, as the code writes it.
  let en: String
  /// The Russian text.
  let ru: String
  /// The Kazakh text.
  let kk: String

  init(_ id: String, _ en: String, _ ru: String, _ kk: String) {
    self.id = id
    self.en = en
    self.ru = ru
    self.kk = kk
  }
}

/// Every topic's messages.
enum MessageTopics {
  /// The messages of every topic, in the order of the topics.
  static let all: [CatalogueEntry] =
    MessagesFrontMatter.entries + MessagesFields.entries + MessagesSchema.entries
    + MessagesFiles.entries + MessagesMarkdown.entries + MessagesTemplates.entries
    + MessagesCommands.entries
}
