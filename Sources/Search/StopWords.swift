/// Russian and English function words, listed in the index's entry file: they are indexed,
/// but the client never widens one into a prefix and does not require it to match.
///
/// Written lower-case with `ё` already mapped to `е`, as the tokenizer compares them.
enum StopWords {
  /// Prepositions, conjunctions, pronouns, particles and auxiliaries of Russian.
  static let russian: [String] = [
    // prepositions
    "в", "во", "без", "безо", "до", "для", "за", "из", "изо", "к", "ко", "на", "над", "надо",
    "о", "об", "обо", "от", "ото", "по", "под", "подо", "при", "про", "с", "со", "у", "через",
    "перед", "передо", "между", "около", "возле", "после", "среди", "ради", "кроме", "вместо",
    "сквозь", "вне", "из-за", "из-под",
    // conjunctions
    "и", "а", "но", "да", "или", "либо", "ни", "что", "чтобы", "чтоб", "если", "когда", "как",
    "так", "также", "тоже", "зато", "однако", "хотя", "хоть", "потому", "поэтому", "ибо", "пока",
    "будто", "словно", "причем", "притом", "затем", "тогда", "то",
    // personal and reflexive pronouns
    "я", "меня", "мне", "мной", "мною", "ты", "тебя", "тебе", "тобой", "тобою", "он", "его",
    "него", "ему", "нему", "им", "ним", "нем", "она", "ее", "нее", "ей", "ней", "ею", "нею",
    "оно", "мы", "нас", "нам", "нами", "вы", "вас", "вам", "вами", "они", "их", "них", "ими",
    "ними", "себя", "себе", "собой", "собою",
    // possessive, demonstrative, interrogative and other pronouns
    "мой", "моя", "мое", "мои", "твой", "твоя", "твое", "твои", "свой", "своя", "свое", "свои",
    "своего", "своей", "своих", "наш", "наша", "наше", "наши", "ваш", "ваша", "ваше", "ваши",
    "этот", "эта", "это", "эти", "этого", "этой", "этом", "этому", "этим", "этих", "эту", "тот",
    "та", "те", "того", "той", "том", "тому", "тем", "тех", "ту", "кто", "кого", "кому", "кем",
    "ком", "чего", "чему", "чем", "весь", "вся", "все", "всех", "всем", "всего", "всей", "всю",
    "всеми", "сам", "сама", "само", "сами", "самим", "такой", "такая", "такое", "такие",
    "какой", "какая", "какое", "какие", "который", "которая", "которое", "которые",
    "которого", "которой", "котором", "которых", "которым", "чей", "кто-то", "что-то",
    "какой-то", "кое-что", "кое-кто",
    // particles
    "не", "же", "ж", "ли", "бы", "б", "вот", "вон", "ведь", "уж", "уже", "еще", "даже", "лишь",
    "только", "именно", "разве", "неужели", "ну", "нибудь", "ка", "все-таки",
    // adverbs of place, time and manner used as function words
    "где", "куда", "откуда", "здесь", "тут", "там", "туда", "сюда", "теперь", "сейчас",
    "потом", "зачем", "почему", "очень", "слишком", "почти", "совсем", "где-то", "как-то",
    "когда-то",
    // auxiliaries
    "быть", "был", "была", "было", "были", "будет", "будут", "буду", "будем", "будете",
    "будешь", "есть",
  ]

  /// Prepositions, conjunctions, pronouns, determiners and auxiliaries of English.
  static let english: [String] = [
    // articles, determiners, prepositions
    "a", "an", "the", "about", "above", "across", "after", "against", "along", "among", "at",
    "before", "behind", "below", "beside", "between", "beyond", "by", "down", "during",
    "except", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out",
    "outside", "over", "per", "since", "through", "throughout", "to", "toward", "towards",
    "under", "until", "up", "upon", "via", "with", "within", "without",
    // conjunctions
    "and", "as", "because", "but", "either", "if", "neither", "nor", "or", "so", "than",
    "that", "though", "unless", "whether", "while", "yet", "also",
    // pronouns
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "this",
    "these", "those", "what", "which", "who", "whom", "whose", "each", "every", "both", "any",
    "some", "such", "other", "another", "same", "own",
    // adverbs and particles used as function words
    "all", "few", "more", "most", "no", "not", "only", "very", "too", "just", "then", "there",
    "here", "when", "where", "why", "how", "again", "further", "once", "now",
    // auxiliaries and modals
    "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
    "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must",
    // parts of contractions (the apostrophe splits words)
    "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "couldn",
    "shouldn", "hasn", "haven", "hadn", "ll", "ve", "re",
  ]

  /// Both lists, without repeats, in code point order.
  static let all: [String] = {
    let unique = Set(russian + english)
    return unique.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }()

  /// The UTF-8 bytes of every stop word, for lookups on raw words.
  static let byteSet: Set<[UInt8]> = Set(all.map { Array($0.utf8) })
}
