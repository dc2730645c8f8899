import Mustache

extension ContextBuilder {
  /// The whole context of a content page.
  func pageContext(_ index: Int, html: [UInt8]) -> TemplateValue {
    let page = model.pages[index]
    var context = common(
      folder: page.outputDirectory, title: page.title, description: page.summary,
      language: page.language, flag: "is_page")
    context["breadcrumbs"] = breadcrumbs(section: page.section.isEmpty ? nil : page.section)
    var value = commonPageValue(index, html: html)
    if page.kind.people { addPortfolio(page, index: index, to: &value) }
    addFacts(page.facts, to: &value)
    if page.kind.events, let date = page.date, date.dayKey >= today { value["upcoming"] = true }
    addFields(of: page, to: &value)
    context["page"] = .dictionary(value.withListFlags())
    return .dictionary(context.withListFlags())
  }

  private func commonPageValue(_ index: Int, html: [UInt8]) -> [String: TemplateValue] {
    let page = model.pages[index]
    let language = model.config.language
    var value: [String: TemplateValue] = [
      "title": .string(page.title), "kind": .string(page.kind.name),
      "kind_label": .string(kindLabel(page.kind)),
      "url": url(page.outputDirectory),
      "content": .utf8(html), "summary": .string(page.summary),
    ]
    if page.hasVideo { value["has_video"] = .bool(true) }
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

  /// The facts the built-in templates show under their own names (`lesson_type`, `level`).
  private func addFacts(_ facts: PageFacts, to value: inout [String: TemplateValue]) {
    value["lesson_type"] = facts.lessonType.map(TemplateValue.string)
    if let minutes = facts.duration {
      value["duration"] = [
        "minutes": .int(minutes), "text": .string(strings.count(minutes, "minutes")),
      ]
    }
    if !facts.goals.isEmpty { value["goals"] = .array(facts.goals.map(TemplateValue.string)) }
    value["place"] = facts.place.map(TemplateValue.string)
    value["organizer"] = facts.organizer.map(TemplateValue.string)
    value["format"] = facts.format.map(TemplateValue.string)
    value["participants"] = peopleValue(facts.participants)
    value["level"] = facts.level.map { termValue("levels", $0) }
    value["authors"] = peopleValue(facts.people)
  }

  private func addPortfolio(_ page: Page, index: Int, to value: inout [String: TemplateValue]) {
    let facts = page.facts
    value["name"] = .string(facts.name ?? page.title)
    value["position"] = facts.position.map(TemplateValue.string)
    value["school"] = facts.school.map(TemplateValue.string)
    if !facts.subjects.isEmpty {
      value["subjects"] = .array(facts.subjects.map { termValue("subjects", $0) })
    }
    value["category"] = facts.category.map(TemplateValue.string)
    if let years = facts.experience {
      value["experience"] = ["years": .int(years), "text": .string(strings.count(years, "years"))]
    }
    if let photo = facts.photo { value["photo"] = .string(photoURL(photo, of: page)) }
    value["email"] = facts.email.map(TemplateValue.string)
    if !facts.awards.isEmpty { value["awards"] = .array(facts.awards.map(TemplateValue.string)) }
    let materials = SectionBuilder.ordered(Array(page.backlinks), in: model)
    var total = 0
    // Every kind with person fields gets its group, named after its folder (`lessons`).
    for kind in model.config.schema.kinds
    where !kind.folder.isEmpty && kind.fields.contains(where: { $0.type == .person }) {
      let key = kind.folder
      let items = materials.filter { model.pages[$0].kind == kind }
      total += items.count
      if !items.isEmpty { value[key] = cards(items) }
      value[key + "_count"] = .int(items.count)
    }
    value["materials_count"] = .string(strings.count(total, "materials"))
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
      value["prev"] = ["title": .string(previous.title), "url": url(previous.outputDirectory)]
    }
    if position + 1 < section.pages.count {
      let next = model.pages[section.pages[position + 1]]
      value["next"] = ["title": .string(next.title), "url": url(next.outputDirectory)]
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
