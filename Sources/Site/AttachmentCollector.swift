/// Gives every non-Markdown file under `content/` its place in the output: files in a page
/// bundle go beside the page and become its attachments; others keep their path. Images
/// are measured on the way (bytes and pixels). The files of a bundle left out (a draft, a
/// page dated in the future) are not published: an olympiad's answers beside its draft page
/// must not go online before the olympiad.
struct AttachmentCollector {
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// The largest file copied, in bytes (`max_file_mb`).
  let maxFileBytes: Int

  /// Fills `model.assetOutput`, `model.images` and each bundle's `attachments`; `leftOut`
  /// are the pages not published.
  func collect(_ model: SiteModel, leftOut: [Page] = []) {
    var bundleByFolder: [String: Page] = [:]
    for page in model.pages where page.isBundle {
      bundleByFolder[page.sourceFolder] = page
    }
    let hiddenFolders = Set(leftOut.filter(\.isBundle).map(\.sourceFolder))
    for asset in model.assets where !isHidden(asset, in: hiddenFolders, shown: bundleByFolder) {
      let path = model.contentRoot + "/" + asset
      let size = FileSystem.size(of: path) ?? 0
      guard size <= maxFileBytes else {
        diagnostics.error(
          SourceLayout.contentPath(asset),
          "the file is \(FileSystem.megabytes(size)) MB, more than max_file_mb"
            + " (\(maxFileBytes >> 20) MB) in site.yml allows: make it smaller (or put it on a"
            + " file host and link to it), or raise max_file_mb")
        continue
      }
      if ImageFile.isImage(asset) {
        model.images[asset] = ImageFile.read(absolutePath: path, bytes: size)
      }
      guard let (folder, page) = owningBundle(of: asset, in: bundleByFolder) else {
        model.assetOutput[asset] = asset
        continue
      }
      let inside = String(asset.dropFirst(folder.count + 1))
      let output = page.outputDirectory + inside
      model.assetOutput[asset] = output
      let name = Paths.components(of: inside).last.map(String.init) ?? inside
      page.attachments.append(
        Attachment(
          name: name, sourcePath: SourceLayout.contentPath(asset), outputPath: output, size: size))
    }
  }

  /// Whether the deepest bundle holding `asset` is one that is not published.
  private func isHidden(_ asset: String, in folders: Set<String>, shown: [String: Page]) -> Bool {
    guard !folders.isEmpty else { return false }
    var folder = asset
    while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
      folder = String(folder[..<slash])
      if shown[folder] != nil { return false }
      if folders.contains(folder) { return true }
    }
    return false
  }

  /// The deepest bundle folder holding `asset`.
  private func owningBundle(of asset: String, in bundles: [String: Page]) -> (String, Page)? {
    var folder = asset
    while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
      folder = String(folder[..<slash])
      if let page = bundles[folder] { return (folder, page) }
    }
    return nil
  }
}
