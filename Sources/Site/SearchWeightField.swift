import FrontMatter

extension FieldReader {
  /// The `search:` field: `false` leaves the page out of search, `true` is weight 1, a number
  /// from 0 to 10 multiplies the page's scores (`search: 0.2` for an archive of old copies).
  func searchWeight(_ value: YAMLValue?, named name: String) -> Double? {
    guard let value = given(value) else { return nil }
    if let flag = value.bool { return flag ? 1 : 0 }
    if let number = value.double, (0...10).contains(number) {
      return number
    }
    let got = value.sourceText.map { "'\($0)'" } ?? value.typeDescription
    error(
      value,
      "'\(name)' must be false (leave the page out of search), true, or a weight from 0 to 10"
        + " (0.2 shows the page lower in search results), not \(got)")
    return nil
  }
}
