import Site

/// The version (the help is ``HelpText``, in the chosen language).
enum Help {
  /// The version printed by `--version`.
  static let version = "pednet-build " + PublishingHost.programVersion
}
