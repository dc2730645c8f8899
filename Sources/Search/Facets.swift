import Foundation

/// The facet values of a document set (kinds, subjects, grades, levels and the site's own
/// facets) and each document's codes.
struct Facets {
  /// Grades a grade mask can hold.
  static let gradeRange = 1...11

  /// Distinct kinds, in code point order; a kind's code is its index.
  let kinds: [String]
  /// Distinct subjects in alphabetical order (lower-cased, `ё` as `е`); code = index.
  let subjects: [String]
  /// Distinct grades 1…11 present, ascending.
  let grades: [Int]
  /// Distinct olympiad levels, in code point order; code = index.
  let levels: [String]
  /// The site's own facets, by name in code point order: their distinct values, in code point
  /// order; code = index.
  let named: [(name: String, values: [String])]

  init(documents: [SearchDocument]) {
    kinds = Set(documents.filter { $0.searchWeight > 0 }.map(\.kind))
      .sorted(by: Self.codePointOrder)
    let subjectSet = Set(documents.compactMap { Self.subject(of: $0) })
    subjects = subjectSet.map { (key: Self.sortKey($0), value: $0) }
      .sorted {
        $0.key != $1.key
          ? Self.codePointOrder($0.key, $1.key) : Self.codePointOrder($0.value, $1.value)
      }
      .map(\.value)
    grades = Set(documents.flatMap(\.grades)).filter { Self.gradeRange.contains($0) }.sorted()
    levels = Set(documents.compactMap { $0.level.flatMap { $0.isEmpty ? nil : $0 } })
      .sorted(by: Self.codePointOrder)
    var namedValues: [String: Set<String>] = [:]
    for document in documents {
      for (name, value) in document.facets where !value.isEmpty {
        namedValues[name, default: []].insert(value)
      }
    }
    named = namedValues.keys.sorted(by: Self.codePointOrder).map { name in
      (name, namedValues[name, default: []].sorted(by: Self.codePointOrder))
    }
  }

  /// The facet file `{"g":[…],"j":[…],"k":[…],"l":[…]}`, with `"x":{"name":[…],…}` after
  /// them when the site has facets of its own.
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
    // A page left out of search (weight 0) has kind −1, so no filter lists it.
    writer.integers(documents.map { $0.searchWeight > 0 ? kindCodes[$0.kind] ?? -1 : -1 })
    let levelCodes = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
    writer.raw(",\"l\":")
    writer.integers(documents.map { document in document.level.flatMap { levelCodes[$0] } ?? -1 })
    if !named.isEmpty { writeNamedCodes(documents, into: &writer) }
    writer.raw("}")
    return writer.bytes
  }

  private func writeNamedCodes(_ documents: [SearchDocument], into writer: inout JSONWriter) {
    writer.raw(",\"x\":{")
    for (number, facet) in named.enumerated() {
      if number > 0 { writer.raw(",") }
      let codes = Dictionary(uniqueKeysWithValues: facet.values.enumerated().map { ($1, $0) })
      writer.string(facet.name)
      writer.raw(":")
      writer.integers(documents.map { $0.facets[facet.name].flatMap { codes[$0] } ?? -1 })
    }
    writer.raw("}")
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
