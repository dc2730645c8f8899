/// Coordinates as the SVG of the map and the charts write them.
enum SVGNumber {
  /// At most one decimal, no trailing `.0` (`12`, `12.5`, `-0.5`).
  static func text(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let whole = tenths / 10
    let rest = abs(tenths % 10)
    if rest == 0 { return String(whole) }
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(rest)"
  }
}
