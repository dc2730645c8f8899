import Foundation

/// The facet values of a document set (kinds, subjects, grades) and each document's codes.
struct Facets {
  /// Grades a grade mask can hold.
  static let gradeRange = 1...11

  /// Distinct kinds, in code point order; a kind's code is its index.
  let kinds: [String]
  /// Distinct subjects in alphabetical order (lower-cased, `ё` as `е`); code = index.
  let subjects: [String]
  /// Distinct grades 1…11 present, ascending.
  let grades: [Int]
  /// The other facets by name (in code point order), each with its distinct values in code
  /// point order; a value's code is its index.
  let others: [(name: String, values: [String])]

  init(documents: [SearchDocument]) {
    kinds = Set(documents.map(\.kind)).sorted(by: Self.codePointOrder)
    let subjectSet = Set(documents.compactMap { Self.subject(of: $0) })
    subjects = subjectSet.map { (key: Self.sortKey($0), value: $0) }
      .sorted {
        $0.key != $1.key
          ? Self.codePointOrder($0.key, $1.key) : Self.codePointOrder($0.value, $1.value)
      }
      .map(\.value)
    grades = Set(documents.flatMap(\.grades)).filter { Self.gradeRange.contains($0) }.sorted()
    var values: [String: Set<String>] = [:]
    for document in documents {
      for (name, items) in document.facets where !items.isEmpty {
        values[name, default: []].formUnion(items)
      }
    }
    others = values.keys.sorted(by: Self.codePointOrder).map { name in
      (name, (values[name] ?? []).sorted(by: Self.codePointOrder))
    }
  }

  /// `"other":{"levels":[…],…},` for the entry file, or nothing when there are no other facets.
  func writeOthers(into writer: inout JSONWriter) {
    guard !others.isEmpty else { return }
    writer.key("other")
    writer.raw("{")
    for (position, facet) in others.enumerated() {
      if position > 0 { writer.raw(",") }
      writer.string(facet.name)
      writer.raw(":")
      writer.strings(facet.values)
    }
    writer.raw("},")
  }

  /// The facet file `{"g":[…],"j":[…],"k":[…]}`.
  func file(for documents: [SearchDocument]) -> [UInt8] {
    let kindCodes = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
    let subjectCodes = Dictionary(uniqueKeysWithValues: subjects.enumerated().map { ($1, $0) })
    var writer = JSONWriter(capacity: documents.count * 12 + 32)
    writer.raw("{\"g\":")
    writer.integers(documents.map { Self.gradeMask(of: $0.grades) })
    writer.raw(",\"j\":")
    writer.integers(
      documents.map { document in
        Self.subject(of: document).flatMap { subjectCodes[$0] } ?? -1
      })
    writer.raw(",\"k\":")
    writer.integers(documents.map { kindCodes[$0.kind] ?? -1 })
    if !others.isEmpty {
      // Each other facet: per document the codes of its values.
      writer.raw(",\"o\":{")
      for (position, facet) in others.enumerated() {
        if position > 0 { writer.raw(",") }
        let codes = Dictionary(uniqueKeysWithValues: facet.values.enumerated().map { ($1, $0) })
        writer.string(facet.name)
        writer.raw(":[")
        for (index, document) in documents.enumerated() {
          if index > 0 { writer.raw(",") }
          writer.integers((document.facets[facet.name] ?? []).compactMap { codes[$0] })
        }
        writer.raw("]")
      }
      writer.raw("}")
    }
    writer.raw("}")
    return writer.bytes
  }

  /// The document's subject, nil when absent or empty.
  static func subject(of document: SearchDocument) -> String? {
    guard let subject = document.subject, !subject.isEmpty else { return nil }
    return subject
  }

  /// Bit n set for every grade n in 1…11.
  static func gradeMask(of grades: [Int]) -> Int {
    grades.reduce(0) { mask, grade in gradeRange.contains(grade) ? mask | (1 << grade) : mask }
  }

  /// Whether `left` sorts before `right` by Unicode code points.
  static func codePointOrder(_ left: String, _ right: String) -> Bool {
    left.utf8.lexicographicallyPrecedes(right.utf8)
  }

  private static func sortKey(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "ё", with: "е")
  }
}
