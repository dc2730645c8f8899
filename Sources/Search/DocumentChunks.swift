import Text

/// Document chunk files: the metadata the result list shows, `chunkSize` documents a file.
enum DocumentChunks {
  /// Documents per chunk file.
  static let chunkSize = 4

  /// JSON of every chunk, in document order.
  static func files(for documents: [SearchDocument]) -> [[UInt8]] {
    let chunkCount = (documents.count + chunkSize - 1) / chunkSize
    return Parallel.map(count: chunkCount) { chunk in
      let lower = chunk * chunkSize
      let upper = min(documents.count, lower + chunkSize)
      var writer = JSONWriter(capacity: 16 * 1024)
      writer.byte(0x5B)
      for index in lower..<upper {
        if index > lower { writer.byte(0x2C) }
        write(documents[index], to: &writer)
      }
      writer.byte(0x5D)
      return writer.bytes
    }
  }

  /// `{"d":…,"g":[…],"j":…,"k":…,"s":…,"t":…,"tags":[…],"u":…}`, keys sorted, optional keys
  /// absent when empty.
  static func write(_ document: SearchDocument, to writer: inout JSONWriter) {
    writer.byte(0x7B)
    if let date = document.date, !date.isEmpty {
      writer.key("d")
      writer.string(date)
      writer.byte(0x2C)
    }
    let grades = Array(Set(document.grades)).sorted()
    if !grades.isEmpty {
      writer.key("g")
      writer.integers(grades)
      writer.byte(0x2C)
    }
    if let subject = Facets.subject(of: document) {
      writer.key("j")
      writer.string(subject)
      writer.byte(0x2C)
    }
    writer.key("k")
    writer.string(document.kind)
    writer.byte(0x2C)
    writer.key("s")
    writer.string(Summary.shortened(document.summary))
    writer.byte(0x2C)
    writer.key("t")
    writer.string(document.title)
    writer.byte(0x2C)
    if !document.tags.isEmpty {
      writer.key("tags")
      writer.strings(document.tags)
      writer.byte(0x2C)
    }
    writer.key("u")
    writer.string(document.url)
    writer.byte(0x7D)
  }
}
