import Mustache

/// Renders `template` (named `t`, beside `partials`) against `context`, partials not strict.
func render(
  _ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:]
) throws -> String {
  var templates = partials
  templates["t"] = template
  return try TemplateSet(templates: templates).render("t", context: context)
}

/// The error of compiling `template` as file `t.mustache` with strict partials, if any.
/// Partials get the file name `<name>.mustache`.
func compileError(_ template: String, partials: [String: String] = [:]) -> TemplateError? {
  var sources: [String: (text: String, file: String)] = ["t": (template, "t.mustache")]
  for (name, text) in partials { sources[name] = (text, name + ".mustache") }
  do {
    _ = try TemplateSet(sources: sources)
    return nil
  } catch let error as TemplateError {
    return error
  } catch {
    return TemplateError(file: "?", line: 0, column: 0, message: "\(error)")
  }
}

/// The error of rendering `template` (named `t`, beside `partials`), if any.
func renderError(
  _ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:]
) -> TemplateError? {
  do {
    _ = try render(template, context, partials: partials)
    return nil
  } catch let error as TemplateError {
    return error
  } catch {
    return TemplateError(file: "?", line: 0, column: 0, message: "\(error)")
  }
}
