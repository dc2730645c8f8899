import Mustache

extension ContextBuilder {
  /// The whole context of a content page.
  func pageContext(_ index: Int, html: [UInt8]) -> TemplateValue {
    let page = model.pages[index]
    var context = common(
      folder: page.outputDirectory, title: shown(page.title, page), description: page.summary,
      language: page.language, flag: "is_page")
    context["breadcrumbs"] = breadcrumbs(section: page.section.isEmpty ? nil : page.section)
    var value = commonPageValue(index, html: html)
    let kind = model.config.schema.schema(of: page.kind)
    for field in kind.fields where field.builtIn {
      if let shown = builtInFieldValue(field, of: page) { value[field.name] = shown }
    }
    if kind.people {
      addMaterials(of: index, to: &value)
    } else {
      value[kind.events ? "participants" : "authors"] = peopleValue(page.facts.people)
    }
    if kind.events, let date = page.date {
      value[date.dayKey >= today ? "upcoming" : "held"] = true
      value["calendar_file"] = .string(Calendar.eventFileName)
      value["start_time"] = DateText.time(date).map(TemplateValue.string)
    }
    addSchemaFields(page, to: &value)
    if let image = previewImage(of: page) { context["og_image"] = .string(image) }
    context["page"] = .dictionary(value.withListFlags())
    return .dictionary(context.withListFlags())
  }

  private func commonPageValue(_ index: Int, html: [UInt8]) -> [String: TemplateValue] {
    let page = model.pages[index]
    let language = model.config.language
    var value: [String: TemplateValue] = [
      "title": .string(shown(page.title, page)), "kind": .string(page.kind.rawValue),
      "kind_label": .string(kindLabel(page.kind)),
      "url": url(page.outputDirectory),
      "content": .utf8(html), "summary": .string(page.summary),
    ]
    if page.hasVideo { value["has_video"] = .bool(true) }
    switch page.unpublished {
    case .draft: value["unpublished"] = .string(strings["unpublished_draft"])
    case .future(let date):
      let day = DateText.text(date, language: language)
      value["unpublished"] = .string(
        strings["unpublished_future"].replacingOccurrences(of: "{date}", with: day))
    case nil: break
    }
    let shared = sharedCardValues(of: index)
    value["date"] = shared["date"]
    value["updated"] = dateValue(page.updated, language: language)
    if page.outline.count >= 3 {
      let outline = page.outline
      value["toc"] = .array(
        outline.map { ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)] })
    }
    value["tags"] = shared["tags"]
    value["subject"] = shared["subject"]
    value["grades"] = shared["grades"]
    if !page.attachments.isEmpty {
      value["attachments"] = .array(page.attachments.map(attachmentValue))
    }
    addNeighbours(of: index, to: &value)
    let backlinks = SectionBuilder.ordered(Array(page.backlinks), in: model)
    if !backlinks.isEmpty { value["backlinks"] = cards(backlinks) }
    return value
  }

  /// The values a page shows just as its card does (date, tags, subject, grades), taken
  /// from the card made once.
  private func sharedCardValues(of index: Int) -> [String: TemplateValue] {
    guard case .dictionary(let card) = card(index) else { return [:] }
    return card
  }

  /// A portfolio's materials: one group per kind that is not people, in the home page's
  /// order (`materials`, and `lessons`, `lessons_count`… by folder), the rest as backlinks.
  private func addMaterials(of index: Int, to value: inout [String: TemplateValue]) {
    let page = model.pages[index]
    let schema = model.config.schema
    let materials = SectionBuilder.ordered(Array(page.backlinks), in: model)
    let groups = schema.homeFolders.compactMap { folder in
      schema.kinds.first { $0.folder == folder && !$0.people }
    }
    var total = 0
    var shown: [TemplateValue] = []
    for kind in groups {
      let items = materials.filter { model.pages[$0].kind.rawValue == kind.name }
      total += items.count
      value[kind.folder + "_count"] = .int(items.count)
      guard !items.isEmpty else { continue }
      value[kind.folder] = cards(items)
      let heading =
        strings.texts["teacher_" + kind.folder] ?? kind.plural.text(in: model.config.language)
        ?? kind.name
      shown.append(
        ["heading": .string(heading), "count": .int(items.count), "cards": cards(items)])
    }
    value["materials"] = shown.isEmpty ? nil : .array(shown)
    value["materials_count"] = .string(strings.count(total, "materials"))
    // The materials are listed above by kind: «Ссылаются на эту страницу» keeps the rest.
    let grouped = Set(groups.map(\.name))
    let others = materials.filter { !grouped.contains(model.pages[$0].kind.rawValue) }
    value["backlinks"] = others.isEmpty ? nil : cards(others)
    value["network_map"] = portfolioNetwork(index)
  }

  /// The absolute address of the picture a messenger shows beside a shared link: the
  /// portfolio's photo or the page's first image; nil without `base_url` (previews need
  /// absolute addresses).
  private func previewImage(of page: Page) -> String? {
    let base = model.config.baseURL
    guard !base.isEmpty else { return nil }
    let photo =
      model.config.schema.isPeople(page.kind)
      ? page.facts.photo.map { photoURL($0, of: page) } : nil
    guard let image = photo ?? page.firstImage.map(LinkTarget.percentEncoded) else { return nil }
    return LinkTarget.isExternal(image) ? image : base + image
  }

  func photoURL(_ photo: String, of page: Page) -> String {
    if LinkTarget.isExternal(photo) { return photo }
    let path = LinkTarget.normalize(photo, from: page.sourceFolder) ?? photo
    return model.assetOutput[path].map(LinkTarget.percentEncoded) ?? photo
  }

  private func attachmentValue(_ attachment: Attachment) -> TemplateValue {
    let ext = attachment.name.split(separator: ".").last.map { $0.uppercased() } ?? ""
    return [
      "name": .string(attachment.name),
      "url": .string(LinkTarget.percentEncoded(attachment.outputPath)),
      "type": .string(ext),
      "size": .string(FileSizeText.text(attachment.size, language: model.config.language)),
    ]
  }

  private func addNeighbours(of index: Int, to value: inout [String: TemplateValue]) {
    let page = model.pages[index]
    let position = sectionPositions[index]
    guard position >= 0, let section = model.sections.first(where: { $0.name == page.section })
    else { return }
    if position > 0 {
      let previous = model.pages[section.pages[position - 1]]
      value["prev"] = [
        "title": .string(shown(previous.title, previous)), "url": url(previous.outputDirectory),
      ]
    }
    if position + 1 < section.pages.count {
      let next = model.pages[section.pages[position + 1]]
      value["next"] = [
        "title": .string(shown(next.title, next)), "url": url(next.outputDirectory),
      ]
    }
  }
}

/// File sizes in words: «850 байт», «12 КБ», «1,4 МБ».
enum FileSizeText {
  /// The size in the site's language.
  static func text(_ bytes: Int, language: String) -> String {
    let units = language == "en" ? ["bytes", "KB", "MB", "GB"] : ["байт", "КБ", "МБ", "ГБ"]
    var size = Double(bytes)
    var unit = 0
    while size >= 1024 && unit < units.count - 1 {
      size /= 1024
      unit += 1
    }
    if unit == 0 { return "\(bytes) \(units[0])" }
    let rounded = (size * 10).rounded() / 10
    var text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    if language != "en" { text = text.replacingOccurrences(of: ".", with: ",") }
    return "\(text) \(units[unit])"
  }
}
