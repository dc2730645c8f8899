/// Gives every non-Markdown file under `content/` its place in the output: files in a page
/// bundle go beside the page and become its attachments; others keep their path. Images
/// are measured on the way (bytes and pixels).
struct AttachmentCollector {
  /// Fills `model.assetOutput`, `model.images` and each bundle's `attachments`.
  func collect(_ model: SiteModel) {
    var bundleByFolder: [String: Page] = [:]
    for page in model.pages where page.isBundle {
      bundleByFolder[page.sourceFolder] = page
    }
    for asset in model.assets {
      let path = model.contentRoot + "/" + asset
      let size = FileSystem.size(of: path) ?? 0
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
        Attachment(name: name, sourcePath: "content/" + asset, outputPath: output, size: size))
    }
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
