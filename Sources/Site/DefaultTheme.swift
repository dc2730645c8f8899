import Foundation

/// The default theme, built into the binary so a site needs only `content/`.
public enum DefaultTheme {
  /// Every file of the theme by path relative to the theme folder (`templates/base.mustache`).
  public static let files: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    for entry in encodedFiles {
      files[entry.path] = Data(base64Encoded: entry.base64).map { [UInt8]($0) } ?? []
    }
    return files
  }()
}
