/* pednet-build search client: reads the index described in docs/search-index.md.
   One classic script, no libraries, works from file:// and http://. */
(function (global) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Helpers

  function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function endsWith(s, suffix) {
    return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
  }

  // The first (so the longest) entry of `list`, suffixes sorted longest first, that ends `s`
  // and starts at or after `limit`; '' when none does.
  function longestSuffix(s, list, limit) {
    for (var i = 0; i < list.length; i++) {
      var suffix = list[i];
      if (s.length - suffix.length >= limit && endsWith(s, suffix)) return suffix;
    }
    return '';
  }

  function suffixList(words) {
    return words.split(' ').sort(function (a, b) { return b.length - a.length; });
  }

  function setOf(words) {
    var set = Object.create(null);
    words.split(' ').forEach(function (w) { set[w] = true; });
    return set;
  }

  // ---------------------------------------------------------------------------
  // Snowball English (Porter2) stemmer, Snowball 3.x, after snowballstem.org/algorithms/english

  function isVowelEn(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
  }

  var EN_SPECIAL = Object.create(null);
  'skis:ski skies:sky idly:idl gently:gentl ugly:ugli early:earli only:onli singly:singl sky:sky news:news howe:howe atlas:atlas cosmos:cosmos bias:bias andes:andes'
    .split(' ').forEach(function (pair) {
      var p = pair.split(':');
      EN_SPECIAL[p[0]] = p[1];
    });
  var EN_R1_PREFIXES = 'gener commun arsen past univers later emerg organ inter'.split(' ');
  var EN_ING_KEEP = setOf('inn out cann herr earr even');
  var EN_DOUBLES = setOf('bb dd ff gg mm nn pp rr tt');
  var EN_STEP1B = suffixList('eed eedly ed edly ing ingly');
  var EN_STEP2 = Object.create(null);
  'tional:tion enci:ence anci:ance abli:able entli:ent izer:ize ization:ize ational:ate ation:ate ator:ate alism:al aliti:al alli:al fulness:ful ousli:ous ousness:ous iveness:ive iviti:ive biliti:ble bli:ble ogist:og ogi:og fulli:ful lessli:less li:'
    .split(' ').forEach(function (pair) {
      var p = pair.split(':');
      EN_STEP2[p[0]] = p[1];
    });
  var EN_STEP2_LIST = suffixList(Object.keys(EN_STEP2).join(' '));
  var EN_STEP3 = Object.create(null);
  'tional:tion ational:ate alize:al icate:ic iciti:ic ical:ic ful: ness: ative:'
    .split(' ').forEach(function (pair) {
      var p = pair.split(':');
      EN_STEP3[p[0]] = p[1];
    });
  var EN_STEP3_LIST = suffixList(Object.keys(EN_STEP3).join(' '));
  var EN_STEP4_LIST = suffixList('al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion');

  // A short syllable ends at `end`: non-vowel, vowel, non-vowel other than w x Y; or a vowel at
  // the start followed by a non-vowel; or the letters `past`.
  function endsShortSyllable(s, end) {
    var c = s[end - 1];
    if (end >= 3 && !isVowelEn(c) && c !== 'w' && c !== 'x' && c !== 'Y' &&
        isVowelEn(s[end - 2]) && !isVowelEn(s[end - 3])) return true;
    if (end === 2 && !isVowelEn(c) && isVowelEn(s[0])) return true;
    return end >= 4 && s.slice(end - 4, end) === 'past';
  }

  function hasVowelEn(s, end) {
    for (var i = 0; i < end; i++) if (isVowelEn(s[i])) return true;
    return false;
  }

  // Position after the first non-vowel that follows a vowel, searching from `from`.
  function regionStartEn(s, from) {
    var i = from;
    while (i < s.length && !isVowelEn(s[i])) i++;
    while (i < s.length && isVowelEn(s[i])) i++;
    return i < s.length ? i + 1 : s.length;
  }

  function stemEnglish(word) {
    if (hasOwn(EN_SPECIAL, word)) return EN_SPECIAL[word];
    if (word.length < 3) return word;
    var s = word.charAt(0) === "'" ? word.slice(1) : word;
    // Mark y at the start or after a vowel as the consonant Y.
    var chars = s.split('');
    var yFound = false;
    for (var i = 0; i < chars.length; i++) {
      if (chars[i] === 'y' && (i === 0 || isVowelEn(chars[i - 1]))) {
        chars[i] = 'Y';
        yFound = true;
      }
    }
    s = chars.join('');
    var p1 = -1;
    for (i = 0; i < EN_R1_PREFIXES.length; i++) {
      if (s.indexOf(EN_R1_PREFIXES[i]) === 0) p1 = EN_R1_PREFIXES[i].length;
    }
    if (p1 < 0) p1 = regionStartEn(s, 0);
    var p2 = regionStartEn(s, p1);

    // Step 0: apostrophe endings.
    if (endsWith(s, "'s'")) s = s.slice(0, -3);
    else if (endsWith(s, "'s")) s = s.slice(0, -2);
    else if (endsWith(s, "'")) s = s.slice(0, -1);

    // Step 1a.
    if (endsWith(s, 'sses')) s = s.slice(0, -2);
    else if (endsWith(s, 'ied') || endsWith(s, 'ies')) s = s.slice(0, -3) + (s.length > 4 ? 'i' : 'ie');
    else if (endsWith(s, 's') && !endsWith(s, 'us') && !endsWith(s, 'ss') && hasVowelEn(s, s.length - 2)) {
      s = s.slice(0, -1);
    }

    s = englishStep1b(s, p1);

    // Step 1c.
    var n = s.length;
    if (n > 2 && (s[n - 1] === 'y' || s[n - 1] === 'Y') && !isVowelEn(s[n - 2])) {
      s = s.slice(0, -1) + 'i';
    }

    // Step 2.
    s = englishStep(s, EN_STEP2_LIST, p1, function (t, at) {
      var found = t.slice(at);
      var before = t.charAt(at - 1);
      if (found === 'ogi') return before === 'l' ? t.slice(0, at) + 'og' : t;
      if (found === 'li') return before && 'cdeghkmnrt'.indexOf(before) >= 0 ? t.slice(0, at) : t;
      return t.slice(0, at) + EN_STEP2[found];
    });
    // Step 3.
    s = englishStep(s, EN_STEP3_LIST, p1, function (t, at) {
      var found = t.slice(at);
      if (found === 'ative') return at >= p2 ? t.slice(0, at) : t;
      return t.slice(0, at) + EN_STEP3[found];
    });
    // Step 4.
    s = englishStep(s, EN_STEP4_LIST, p2, function (t, at) {
      if (t.slice(at) === 'ion') {
        var c = t[at - 1];
        return c === 's' || c === 't' ? t.slice(0, at) : t;
      }
      return t.slice(0, at);
    });
    // Step 5.
    n = s.length;
    if (s[n - 1] === 'e') {
      if (n - 1 >= p2 || (n - 1 >= p1 && !endsShortSyllable(s, n - 1))) s = s.slice(0, -1);
    } else if (s[n - 1] === 'l') {
      if (n - 1 >= p2 && s[n - 2] === 'l') s = s.slice(0, -1);
    }
    return yFound ? s.replace(/Y/g, 'y') : s;
  }

  // Finds the longest suffix of `list`; when it starts at or after `limit`, applies `action`
  // (given the string and the suffix start). A longest suffix outside the region stops the step.
  function englishStep(s, list, limit, action) {
    var suffix = longestSuffix(s, list, 0);
    if (!suffix) return s;
    var at = s.length - suffix.length;
    return at >= limit ? action(s, at) : s;
  }

  function englishStep1b(s, p1) {
    var suffix = longestSuffix(s, EN_STEP1B, 0);
    if (!suffix) return s;
    var at = s.length - suffix.length;
    var stem = s.slice(0, at);
    if (suffix === 'eed' || suffix === 'eedly') {
      if (at >= p1 && stem !== 'proc' && stem !== 'exc' && stem !== 'succ') return stem + 'ee';
      return s;
    }
    if (suffix === 'ing') {
      if (stem.length === 2 && stem[1] === 'y' && !isVowelEn(stem[0])) return stem[0] + 'ie';
      if (EN_ING_KEEP[stem]) return s;
    }
    if (!hasVowelEn(stem, stem.length)) return s;
    var last2 = stem.slice(-2);
    if (last2 === 'at' || last2 === 'bl' || last2 === 'iz') return stem + 'e';
    if (EN_DOUBLES[last2]) {
      if (stem.length === 3 && (stem[0] === 'a' || stem[0] === 'e' || stem[0] === 'o')) return stem;
      return stem.slice(0, -1);
    }
    if (stem.length === p1 && endsShortSyllable(stem, stem.length)) return stem + 'e';
    return stem;
  }

  // ---------------------------------------------------------------------------
  // Snowball Russian stemmer, after snowballstem.org/algorithms/russian

  var RU_VOWELS = 'аеиоуыэюя';
  var RU_GERUND_1 = suffixList('в вши вшись');
  var RU_GERUND_2 = suffixList('ив ивши ившись ыв ывши ывшись');
  var RU_ADJECTIVE = suffixList('ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею');
  var RU_PARTICIPLE_1 = suffixList('ем нн вш ющ щ');
  var RU_PARTICIPLE_2 = suffixList('ивш ывш ующ');
  var RU_REFLEXIVE = suffixList('ся сь');
  var RU_VERB_1 = suffixList('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно');
  var RU_VERB_2 = suffixList('ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю');
  var RU_NOUN = suffixList('а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я');
  var RU_DERIVATIONAL = suffixList('ост ость');
  var RU_TIDY = suffixList('ейш ейше н ь');

  function isVowelRu(c) {
    return RU_VOWELS.indexOf(c) >= 0;
  }

  // Removes the longest suffix from two groups; a group-1 suffix must follow а or я inside RV.
  // Returns the shortened word, or null when no suffix applies.
  function russianGroups(s, rv, group1, group2) {
    var a = longestSuffix(s, group1, rv);
    var b = group2 ? longestSuffix(s, group2, rv) : '';
    if (!a && !b) return null;
    if (b.length >= a.length) return s.slice(0, s.length - b.length);
    var at = s.length - a.length;
    if (at - 1 >= rv && (s[at - 1] === 'а' || s[at - 1] === 'я')) return s.slice(0, at);
    return null;
  }

  function russianRemove(s, rv, list) {
    var suffix = longestSuffix(s, list, rv);
    return suffix ? s.slice(0, s.length - suffix.length) : null;
  }

  function stemRussian(word) {
    var s = word.replace(/ё/g, 'е');
    var n = s.length;
    var rv = n;
    var p2 = n;
    var i = 0;
    while (i < n && !isVowelRu(s[i])) i++;
    if (i < n) {
      rv = i + 1;
      i = rv;
      while (i < n && isVowelRu(s[i])) i++;
      if (i < n) {
        i++;
        while (i < n && !isVowelRu(s[i])) i++;
        while (i < n && isVowelRu(s[i])) i++;
        if (i < n) p2 = i + 1;
      }
    }
    // Step 1.
    var t = russianGroups(s, rv, RU_GERUND_1, RU_GERUND_2);
    if (t !== null) {
      s = t;
    } else {
      t = russianRemove(s, rv, RU_REFLEXIVE);
      if (t !== null) s = t;
      t = russianRemove(s, rv, RU_ADJECTIVE);
      if (t !== null) {
        s = t;
        t = russianGroups(s, rv, RU_PARTICIPLE_1, RU_PARTICIPLE_2);
        if (t !== null) s = t;
      } else {
        t = russianGroups(s, rv, RU_VERB_1, RU_VERB_2);
        if (t === null) t = russianRemove(s, rv, RU_NOUN);
        if (t !== null) s = t;
      }
    }
    // Step 2.
    if (s.length - 1 >= rv && s[s.length - 1] === 'и') s = s.slice(0, -1);
    // Step 3.
    var suffix = longestSuffix(s, RU_DERIVATIONAL, rv);
    if (suffix && s.length - suffix.length >= p2) s = s.slice(0, s.length - suffix.length);
    // Step 4.
    suffix = longestSuffix(s, RU_TIDY, rv);
    if (suffix === 'ь') {
      s = s.slice(0, -1);
    } else if (suffix) {
      if (suffix !== 'н') s = s.slice(0, s.length - suffix.length);
      n = s.length;
      if (n - 2 >= rv && s[n - 1] === 'н' && s[n - 2] === 'н') s = s.slice(0, -1);
    }
    return s;
  }

  // ---------------------------------------------------------------------------
  // Tokenizer (docs/search-index.md, "Tokenizer")

  var WORD_CHAR;
  var NUMBER_CHAR;
  try {
    WORD_CHAR = new RegExp('^[\\p{L}\\p{N}]$', 'u');
    NUMBER_CHAR = new RegExp('^\\p{N}$', 'u');
  } catch (e) {
    // Browsers without Unicode property escapes: Latin, Greek, Cyrillic, digits.
    WORD_CHAR = /^[0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u0373\u0376\u0377\u037b-\u037d\u0386\u0388-\u03ff\u0400-\u0481\u048a-\u052f]$/;
    NUMBER_CHAR = /^[0-9\u00b2\u00b3\u00b9\u00bc-\u00be]$/;
  }
  var KAZAKH_ONLY = 'әғқңөұүһі';

  // Words of `text` as [start, end, [[partStart, partEnd], …]] (UTF-16 offsets into `text`).
  function scanWords(text) {
    var words = [];
    var i = 0;
    var n = text.length;
    function charAt(k) {
      var code = text.charCodeAt(k);
      return code >= 0xd800 && code < 0xdc00 && k + 1 < n ? text.slice(k, k + 2) : text.charAt(k);
    }
    function runEnd(k) {
      while (k < n) {
        var c = charAt(k);
        if (!WORD_CHAR.test(c)) break;
        k += c.length;
      }
      return k;
    }
    while (i < n) {
      var c = charAt(i);
      if (!WORD_CHAR.test(c)) {
        i += c.length;
        continue;
      }
      var start = i;
      var end = runEnd(i);
      var parts = [[start, end]];
      while (end + 1 < n && text.charAt(end) === '-' && WORD_CHAR.test(charAt(end + 1))) {
        var partEnd = runEnd(end + 1);
        parts.push([end + 1, partEnd]);
        end = partEnd;
      }
      words.push([start, end, parts]);
      i = end;
    }
    return words;
  }

  function normalizeWord(word) {
    return word.toLowerCase().replace(/ё/g, 'е');
  }

  // Stems one normalized word by the rule of its letters.
  function stemWord(word) {
    var cyrillic = false;
    var latin = true;
    for (var i = 0; i < word.length; i++) {
      var c = word.charAt(i);
      var code = word.charCodeAt(i);
      if (code >= 0x400 && code <= 0x52f) {
        cyrillic = true;
        if (KAZAKH_ONLY.indexOf(c) >= 0) return word;
      }
      if (!(c >= 'a' && c <= 'z') && c !== '-') latin = false;
    }
    if (cyrillic) return stemRussian(word);
    return latin ? stemEnglish(word) : word;
  }

  // A normalized word is indexed unless it is one letter (digits are kept). Stop words are
  // indexed too; `stopwords` is accepted for callers of the old rule and not used.
  function isIndexed(word, stopwords) {
    var chars = Array.from(word);
    return chars.length > 1 || (chars.length === 1 && NUMBER_CHAR.test(chars[0]));
  }

  // The parts of each camelCase run of ASCII letters and digits in text[start, end), as
  // [start, end] spans: a capital after a small letter or digit starts a part, and so does the
  // last capital of a run of capitals before a small letter (HTMLParser → HTML, Parser).
  function camelSpans(text, start, end) {
    var spans = [];
    var re = /[A-Za-z0-9]+/g;
    re.lastIndex = start;
    var m;
    while ((m = re.exec(text)) && m.index < end) {
      var runEnd = Math.min(m.index + m[0].length, end);
      var cuts = [];
      for (var i = m.index + 1; i < runEnd; i++) {
        var p = text.charAt(i - 1);
        var c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          if ((p >= 'a' && p <= 'z') || (p >= '0' && p <= '9')) cuts.push(i);
          else if (p >= 'A' && p <= 'Z' && i + 1 < runEnd && /[a-z]/.test(text.charAt(i + 1))) cuts.push(i);
        }
      }
      if (cuts.length) {
        var from = m.index;
        cuts.concat([runEnd]).forEach(function (cut) {
          spans.push([from, cut]);
          from = cut;
        });
      }
    }
    return spans;
  }

  // Tokens of `text`: [{word, stem, start, end}] in text order; a hyphenated word gives the whole
  // word, then each part, then the parts of its camelCase identifiers (querySelectorAll →
  // queryselectorall, query, selector, all). `stopwords` is not used (stop words are indexed).
  function tokens(text, stopwords) {
    var out = [];
    scanWords(text).forEach(function (w) {
      var spans = w[2].length > 1 ? [[w[0], w[1]]].concat(w[2]) : w[2];
      spans = spans.concat(camelSpans(text, w[0], w[1]));
      spans.forEach(function (span) {
        var word = normalizeWord(text.slice(span[0], span[1]));
        if (isIndexed(word, stopwords)) {
          out.push({ word: word, stem: stemWord(word), start: span[0], end: span[1] });
        }
      });
    });
    return out;
  }

  // The stems of `text`, in order, repeats kept.
  function tokenize(text, stopwords) {
    return tokens(text, stopwords).map(function (t) { return t.stem; });
  }

  function stopSet(list) {
    var set = Object.create(null);
    (list || []).forEach(function (w) { set[w] = true; });
    return set;
  }

  // ---------------------------------------------------------------------------
  // Index and ranking

  var MAX_PREFIX_SHARDS = 3;
  var MAX_PREFIX_TERMS = 50;

  // Index of the shard that may hold `term`: the last i with shards[i] <= term, or -1.
  function shardOf(shards, term) {
    var lo = 0;
    var hi = shards.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (shards[mid] <= term) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // `load(key)` returns a promise of the data of `search/<key>.json`.
  function Engine(load) {
    this.load = load;
    this.cache = Object.create(null);
  }

  Engine.prototype.get = function (key) {
    var cache = this.cache;
    if (!cache[key]) {
      cache[key] = Promise.resolve(key).then(this.load).catch(function (error) {
        delete cache[key];
        throw error;
      });
    }
    return cache[key];
  };

  Engine.prototype.entry = function () {
    return this.get('index').then(function (entry) {
      if (!entry.stopSet) entry.stopSet = stopSet(entry.stopwords);
      return entry;
    });
  };

  Engine.prototype.shardFor = function (entry, term) {
    var i = shardOf(entry.shards, term);
    return i < 0 ? Promise.resolve({}) : this.get('t/' + i);
  };

  // Terms (other than `except`) that start with `prefix`, most postings first, or [] when the
  // prefix range covers more than MAX_PREFIX_SHARDS shards.
  Engine.prototype.expand = function (entry, prefix, except) {
    var first = Math.max(0, shardOf(entry.shards, prefix));
    var last = shardOf(entry.shards, prefix + '\uffff');
    if (last < 0 || last - first + 1 > MAX_PREFIX_SHARDS) return Promise.resolve([]);
    var loads = [];
    for (var i = first; i <= last; i++) loads.push(this.get('t/' + i));
    return Promise.all(loads).then(function (shards) {
      var found = [];
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (term !== except && term.indexOf(prefix) === 0) found.push([term, shard[term].length]);
        });
      });
      found.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
      return found.slice(0, MAX_PREFIX_TERMS).map(function (f) { return f[0]; });
    });
  };

  // Query groups: one per distinct stem, the last word's group widened by prefix terms. A stop
  // word's group is marked `stop`: it adds to the score but is not required to match.
  Engine.prototype.groups = function (entry, query, prefix) {
    var self = this;
    var list = tokens(query, entry.stopSet);
    var groups = [];
    var seen = Object.create(null);
    list.forEach(function (t) {
      if (!seen[t.stem]) {
        seen[t.stem] = true;
        var group = [t.stem];
        group.word = t.word;
        if (entry.stopSet[t.word] === true) group.stop = true;
        groups.push(group);
      }
    });
    return this.titleForms(entry, groups).then(function () {
      return self.widenLast(entry, query, prefix, groups, seen);
    });
  };

  var TITLE_FORM_LETTERS = 5;

  // The stemmer cuts one word differently in different forms («вертикали» → вертикал,
  // «вертикальный» → вертикальн): a stem of five letters or more also matches, in titles only,
  // the terms that start with it. They usually sit in the stem's own shard.
  Engine.prototype.titleForms = function (entry, groups) {
    var self = this;
    return Promise.all(groups.map(function (group) {
      var stem = group[0];
      if (group.stop || Array.from(stem).length < TITLE_FORM_LETTERS) return null;
      return self.expand(entry, stem, stem).then(function (more) {
        group.titleOnly = Object.create(null);
        more.forEach(function (term) {
          if (group.indexOf(term) < 0) {
            group.push(term);
            group.titleOnly[term] = true;
          }
        });
      });
    }));
  };

  // Widens the last word, when it ends the query, into the terms it starts (while typing).
  Engine.prototype.widenLast = function (entry, query, prefix, groups, seen) {
    var self = this;
    var words = scanWords(query);
    var last = words[words.length - 1];
    if (!prefix || !last || last[1] !== query.length) return Promise.resolve(groups);
    var parts = last[2];
    var lastPart = parts[parts.length - 1];
    var word = normalizeWord(query.slice(lastPart[0], lastPart[1]));
    // A stop word is never widened: «all» must not become «allow…».
    if (Array.from(word).length < 2 || entry.stopSet[word] === true) return Promise.resolve(groups);
    var stem = isIndexed(word, entry.stopSet) ? stemWord(word) : '';
    return self.expand(entry, word, stem).then(function (more) {
      if (!more.length) return groups;
      var group = groups.filter(function (g) { return g[0] === stem; })[0];
      if (!group) groups.push((group = []));
      more.forEach(function (term) {
        if (group.titleOnly && group.titleOnly[term]) delete group.titleOnly[term];
        else if (!seen[term] && group.indexOf(term) < 0) group.push(term);
      });
      return groups.filter(function (g) { return g.length; });
    });
  };

  // Whether `a` becomes `b` by at most one edit (insert, delete, replace, swap of neighbours).
  function withinOneEdit(a, b) {
    if (a === b) return true;
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  var TYPO_MIN_LETTERS = 5;
  var TYPO_FEW_RESULTS = 3;
  var TYPO_MAX_TERMS = 5;

  // Terms one edit from `stem` (a query word that found nothing), most postings first. Only the
  // shards of the stem's first two letters are read (at most MAX_PREFIX_SHARDS), so a typo in
  // the first two letters is not corrected; the whole dictionary is never downloaded.
  Engine.prototype.corrections = function (entry, stem) {
    var head = stem.slice(0, 2);
    var first = Math.max(0, shardOf(entry.shards, head));
    var last = shardOf(entry.shards, head + '\uffff');
    if (last < 0 || last - first + 1 > MAX_PREFIX_SHARDS) return Promise.resolve([]);
    var loads = [];
    for (var i = first; i <= last; i++) loads.push(this.get('t/' + i));
    return Promise.all(loads).then(function (shards) {
      var found = [];
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (term !== stem && withinOneEdit(stem, term)) found.push([term, shard[term].length]);
        });
      });
      found.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
      return found.slice(0, TYPO_MAX_TERMS).map(function (f) { return f[0]; });
    });
  };

  // When exact and stemmed matches find fewer than TYPO_FEW_RESULTS pages, each word of five
  // letters or more that matched nothing is replaced by the terms one edit away.
  Engine.prototype.correct = function (entry, groups, postings, results) {
    if (results.length >= TYPO_FEW_RESULTS) return Promise.resolve(null);
    var self = this;
    var k = 0;
    var misses = [];
    groups.forEach(function (group) {
      var empty = true;
      group.forEach(function () { if (postings[k++].length) empty = false; });
      if (empty && !group.stop && Array.from(group.word || '').length >= TYPO_MIN_LETTERS) misses.push(group);
    });
    if (!misses.length) return Promise.resolve(null);
    return Promise.all(misses.map(function (g) { return self.corrections(entry, g[0]); })).then(function (lists) {
      var changed = false;
      var fixed = groups.map(function (group) {
        var at = misses.indexOf(group);
        if (at < 0 || !lists[at].length) return group;
        changed = true;
        var copy = lists[at].slice();
        copy.word = group.word;
        copy.corrected = true;
        return copy;
      });
      return changed ? fixed : null;
    });
  };

  // Runs a query. options: {prefix: widen the last word, kind, subject, grade}.
  // Resolves to {terms: [stem…], results: [[docId, matchedTerms, titleTerms, score], …]}.
  Engine.prototype.search = function (query, options) {
    var self = this;
    options = options || {};
    var fields = options.fields || {};
    var filtered = !!(options.kind || options.subject || options.grade || options.level ||
      Object.keys(fields).some(function (name) { return fields[name]; }));
    return this.entry().then(function (entry) {
      return self.groups(entry, query, options.prefix).then(function (groups) {
        var terms = [].concat.apply([], groups);
        var postings = terms.map(function (term) {
          return self.shardFor(entry, term).then(function (shard) {
            return hasOwn(shard, term) ? shard[term] : [];
          });
        });
        return Promise.all([
          Promise.all(postings),
          filtered ? self.get('f') : null
        ]).then(function (loaded) {
          var results = rank(groups, loaded[0], entry.count, !groups.length && filtered);
          return self.correct(entry, groups, loaded[0], results).then(function (fixed) {
            if (!fixed) return [loaded, results, terms, null];
            var fixedTerms = [].concat.apply([], fixed);
            return Promise.all(fixedTerms.map(function (term) {
              return self.shardFor(entry, term).then(function (shard) {
                return hasOwn(shard, term) ? shard[term] : [];
              });
            })).then(function (lists) {
              var corrected = fixed.filter(function (g) { return g.corrected; }).map(function (g) { return g[0]; });
              return [loaded, rank(fixed, lists, entry.count, false), fixedTerms, corrected];
            });
          });
        }).then(function (done) {
          var loaded = done[0];
          var results = done[1];
          terms = done[2];
          if (filtered) results = results.filter(facetFilter(entry, loaded[1], options));
          // A page left out of search (kind code −1) is never listed, not even by a filter.
          if (filtered) results = results.filter(function (doc) { return loaded[1].k[doc[0]] !== -1; });
          var found = { terms: terms, results: results };
          if (done[3]) found.corrected = done[3];
          return found;
        });
      });
    });
  };

  // Ranks documents: more query groups matched, then more groups in the title, then score.
  // A posting's inTitle is the number of terms of the page's title (0: not in the title); a
  // title with fewer words the query does not name ranks first among equals.
  function rank(groups, postings, count, everything) {
    var docs = new Map();
    var titleSize = new Map();
    var k = 0;
    groups.forEach(function (group) {
      var best = new Map();
      group.forEach(function (term) {
        var list = postings[k++];
        var titleOnly = group.titleOnly && group.titleOnly[term];
        var id = 0;
        for (var i = 0; i + 2 < list.length; i += 3) {
          id += list[i];
          if (titleOnly && !list[i + 2]) continue;
          if (list[i + 2]) titleSize.set(id, list[i + 2]);
          var seen = best.get(id);
          if (!seen) {
            best.set(id, [list[i + 1], list[i + 2] ? 1 : 0]);
          } else {
            if (list[i + 1] > seen[0]) seen[0] = list[i + 1];
            if (list[i + 2]) seen[1] = 1;
          }
        }
      });
      var counts = group.stop ? 0 : 1;
      best.forEach(function (v, id) {
        var doc = docs.get(id);
        if (!doc) docs.set(id, (doc = [id, 0, 0, 0]));
        doc[1] += counts;
        doc[2] += v[1] ? counts : 0;
        doc[3] += v[0];
      });
    });
    if (everything) for (var id = 0; id < count; id++) docs.set(id, [id, 0, 0, 0]);
    // A page that matches only stop words is listed only when the query has nothing else.
    var needsWord = groups.some(function (g) { return !g.stop; });
    var found = Array.from(docs.values());
    if (needsWord && !everything) found = found.filter(function (doc) { return doc[1] > 0; });
    function titleRest(doc) {
      return doc[2] ? (titleSize.get(doc[0]) || 1) - doc[2] : 0;
    }
    return found.sort(function (a, b) {
      return b[1] - a[1] || b[2] - a[2] || titleRest(a) - titleRest(b) || b[3] - a[3] || a[0] - b[0];
    });
  }

  function facetFilter(entry, f, options) {
    var facets = entry.facets || {};
    var kind = options.kind ? (facets.kind || []).indexOf(options.kind) : null;
    var subject = options.subject ? (facets.subject || []).indexOf(options.subject) : null;
    var grade = options.grade ? Number(options.grade) : 0;
    var level = options.level ? (facets.level || []).indexOf(options.level) : null;
    // The site's own facets (a master class's format): value codes per document in f.x[name].
    var fields = options.fields || {};
    var named = Object.keys(fields).filter(function (name) { return fields[name]; }).map(function (name) {
      return [((f.x || {})[name] || []), (facets[name] || []).indexOf(fields[name])];
    });
    return function (doc) {
      var id = doc[0];
      if (kind !== null && f.k[id] !== kind) return false;
      if (subject !== null && f.j[id] !== subject) return false;
      if (level !== null && (f.l || [])[id] !== level) return false;
      if (named.some(function (n) { return n[0][id] !== n[1]; })) return false;
      return !grade || (f.g[id] & (1 << grade)) !== 0;
    };
  }

  Engine.prototype.documents = function (ids) {
    var self = this;
    return this.entry().then(function (entry) {
      return Promise.all(ids.map(function (id) {
        var chunk = Math.floor(id / entry.chunk);
        return self.get('d/' + chunk).then(function (docs) { return docs[id - chunk * entry.chunk]; });
      }));
    });
  };

  // Splits `text` into [[text, marked], …]: a word is marked when its stem is in `terms`.
  function highlight(text, terms, stopwords) {
    var set = Object.create(null);
    terms.forEach(function (t) { set[t] = true; });
    var ranges = [];
    function marked(start, end) {
      var word = normalizeWord(text.slice(start, end));
      return isIndexed(word, stopwords) && set[stemWord(word)] === true;
    }
    scanWords(text).forEach(function (w) {
      if (w[2].length > 1 && marked(w[0], w[1])) ranges.push([w[0], w[1]]);
      else w[2].forEach(function (p) { if (marked(p[0], p[1])) ranges.push(p); });
    });
    var out = [];
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] > at) out.push([text.slice(at, r[0]), false]);
      out.push([text.slice(r[0], r[1]), true]);
      at = r[1];
    });
    if (at < text.length) out.push([text.slice(at), false]);
    return out;
  }

  // Whether the filter of facet `name` is worth showing: it has values to choose from (the kind
  // filter needs two kinds, one kind filters nothing).
  function facetShown(name, values) {
    return (values || []).length > (name === 'kind' ? 1 : 0);
  }

  // The part of `text` around its first word whose stem is in `terms`, at most `width`
  // characters, cut at spaces and marked with … where text was left out; `text` itself when it
  // is short enough or no word matches.
  function snippetAround(text, terms, width) {
    if (text.length <= width) return text;
    var pieces = highlight(text, terms, null);
    var at = 0;
    for (var i = 0; i < pieces.length && !pieces[i][1]; i++) at += pieces[i][0].length;
    if (i === pieces.length) at = 0;
    var start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, start + width);
    if (end < text.length) {
      var last = text.lastIndexOf(' ', end);
      end = last > at ? last : end;
    }
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  // CLDR plural category, reduced to the keys one / few / many.
  function pluralKey(n, lang) {
    var category = '';
    try {
      category = new Intl.PluralRules(lang).select(n);
    } catch (e) {
      var m10 = n % 10;
      var m100 = n % 100;
      category = m10 === 1 && m100 !== 11 ? 'one' : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 'few' : 'many';
    }
    return category === 'one' || category === 'few' ? category : 'many';
  }

  function fillCount(template, n) {
    return /\{(count|n)\}/.test(template) ? template.replace(/\{(count|n)\}/g, String(n)) : n + ' ' + template;
  }

  // ---------------------------------------------------------------------------
  // Loading through <script> (works from file://)

  function scriptLoader(root) {
    var waiting = Object.create(null);
    global.pednetSearchLoaded = function (key, data) {
      var w = waiting[key];
      if (w) {
        delete waiting[key];
        w.resolve(data);
      }
    };
    return function (key) {
      return new Promise(function (resolve, reject) {
        waiting[key] = { resolve: resolve };
        var script = document.createElement('script');
        var done = function (ok) {
          if (script.parentNode) script.parentNode.removeChild(script);
          if (waiting[key]) {
            delete waiting[key];
            reject(new Error('search index file not loaded: ' + key + (ok ? ' (no data)' : '')));
          }
        };
        script.onload = function () { done(true); };
        script.onerror = function () { done(false); };
        script.src = root + 'search/' + key + '.js';
        document.head.appendChild(script);
      });
    };
  }

  // ---------------------------------------------------------------------------
  // The search page

  var PAGE_SIZE = 10;
  var SNIPPET_WIDTH = 160;

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function appendHighlighted(parent, text, terms, stopwords) {
    highlight(text, terms, stopwords).forEach(function (piece) {
      parent.appendChild(piece[1] ? element('mark', '', piece[0]) : document.createTextNode(piece[0]));
    });
  }

  function formatDate(iso, lang) {
    try {
      return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(iso + 'T00:00:00Z'));
    } catch (e) {
      return iso;
    }
  }

  function linkTo(root, url) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return /^https?:/i.test(url) ? url : '#';
    return root + url.replace(/^\/+/, '');
  }

  function initPage(box) {
    var data = box.dataset;
    var root = data.root || '';
    var lang = document.documentElement.lang || data.lang || 'ru';
    var input = box.querySelector('input[name="q"]');
    var form = input && input.form;
    var status = box.querySelector('.search-status');
    var list = box.querySelector('.search-results');
    var more = box.querySelector('.search-more');
    var filters = box.querySelector('.search-filters');
    var selects = {
      kind: box.querySelector('select[name="kind"]'),
      subject: box.querySelector('select[name="subject"]'),
      grade: box.querySelector('select[name="grade"]'),
      level: box.querySelector('select[name="level"]')
    };
    // The site's own facets: one select each, marked data-facet, named after the facet.
    var fieldNames = [];
    Array.prototype.forEach.call(box.querySelectorAll('select[data-facet]'), function (select) {
      if (selects[select.name]) return;
      selects[select.name] = select;
      fieldNames.push(select.name);
    });
    if (!input || !status || !list) return;
    var engine = new Engine(scriptLoader(root));
    var state = { seq: 0, results: [], terms: [], shown: 0, timer: 0 };
    var stopwords = null;

    function kindLabel(kind) {
      return data['kind' + kind.charAt(0).toUpperCase() + kind.slice(1)] || kind;
    }
    function gradeLabel(grades) {
      if (!Array.isArray(grades)) grades = [grades];
      var text = grades.length > 1 ? data.gradesText || data.gradeText : data.gradeText;
      var list = grades.length > 1 && grades[grades.length - 1] - grades[0] === grades.length - 1
        ? grades[0] + '–' + grades[grades.length - 1] : grades.join(', ');
      return text ? text.replace('{grades}', list) : list;
    }
    function options() {
      return {
        kind: selects.kind ? selects.kind.value : '',
        subject: selects.subject ? selects.subject.value : '',
        grade: selects.grade ? selects.grade.value : '',
        level: selects.level ? selects.level.value : '',
        fields: fieldNames.reduce(function (fields, name) {
          fields[name] = selects[name].value;
          return fields;
        }, {})
      };
    }
    function setStatus(text) {
      status.textContent = text;
    }

    function updateUrl() {
      var params = [];
      var o = options();
      if (input.value) params.push('q=' + encodeURIComponent(input.value));
      ['kind', 'subject', 'grade', 'level'].forEach(function (k) {
        if (o[k]) params.push(k + '=' + encodeURIComponent(o[k]));
      });
      fieldNames.forEach(function (k) {
        if (o.fields[k]) params.push(encodeURIComponent(k) + '=' + encodeURIComponent(o.fields[k]));
      });
      try {
        history.replaceState(null, '', location.pathname + (params.length ? '?' + params.join('&') : ''));
      } catch (e) {
        // Some browsers refuse replaceState on file:// pages; the search still works.
      }
    }

    function clearResults() {
      state.results = [];
      state.shown = 0;
      list.textContent = '';
      if (more) more.hidden = true;
    }

    // One meaning of a query everywhere (typing, Enter, the header box, ?q=): the last word is
    // a prefix in all of them.
    function run() {
      clearTimeout(state.timer);
      var seq = ++state.seq;
      updateUrl();
      var o = options();
      if (!input.value.trim() && !o.kind && !o.subject && !o.grade && !o.level) {
        clearResults();
        setStatus('');
        return Promise.resolve();
      }
      o.prefix = true;
      return engine.search(input.value.normalize ? input.value.normalize('NFC') : input.value, o)
        .then(function (found) {
          if (seq !== state.seq) return;
          clearResults();
          state.results = found.results;
          state.terms = found.terms;
          var n = found.results.length;
          var text = n ? fillCount(data['found' + pluralKey(n, lang).replace(/^./, function (c) { return c.toUpperCase(); })] || '{count}', n) : data.nothing || '';
          // Results found through a typo correction say so.
          if (n && found.corrected && data.corrected) text = data.corrected + ' ' + text;
          setStatus(text);
          return showMore(false);
        })
        .catch(failed);
    }

    function failed(error) {
      setStatus(data.error || 'Search index not available.');
      if (global.console) console.error(error);
    }

    function showMore(moveFocus) {
      var seq = state.seq;
      var slice = state.results.slice(state.shown, state.shown + PAGE_SIZE);
      if (!slice.length) return Promise.resolve();
      return engine.documents(slice.map(function (r) { return r[0]; })).then(function (docs) {
        if (seq !== state.seq) return;
        var first = null;
        docs.forEach(function (doc) {
          if (!doc) return;
          var item = renderResult(doc);
          if (!first) first = item.querySelector('a');
          list.appendChild(item);
        });
        state.shown += slice.length;
        if (more) more.hidden = state.shown >= state.results.length;
        if (moveFocus && first) first.focus();
      }).catch(failed);
    }

    function renderResult(doc) {
      var item = element('li', 'search-result');
      var link = element('a', 'search-result-title');
      link.href = linkTo(root, doc.u || '');
      appendHighlighted(link, doc.t || doc.u || '', state.terms, stopwords);
      item.appendChild(element('h2', '')).appendChild(link);
      var meta = element('p', 'search-result-meta');
      var bits = [];
      if (doc.k) bits.push(element('span', 'search-result-kind', kindLabel(doc.k)));
      if (doc.d) {
        var time = element('time', '', formatDate(doc.d, lang));
        time.setAttribute('datetime', doc.d);
        bits.push(time);
      }
      if (doc.j) bits.push(element('span', 'search-result-subject', doc.j));
      if (doc.g && doc.g.length) bits.push(element('span', 'search-result-grades', gradeLabel(doc.g)));
      bits.forEach(function (bit, i) {
        if (i) meta.appendChild(document.createTextNode(' · '));
        meta.appendChild(bit);
      });
      item.appendChild(meta);
      if (doc.s) {
        var snippet = element('p', 'search-result-snippet');
        appendHighlighted(snippet, snippetAround(doc.s, state.terms, SNIPPET_WIDTH), state.terms, stopwords);
        item.appendChild(snippet);
      }
      return item;
    }

    // A filter is shown only when its facet has values to choose from (a kind filter needs
    // two kinds); the filter row is hidden when no filter is left.
    function holderOf(select) {
      return select.parentNode && select.parentNode.tagName === 'LABEL' ? select.parentNode : select;
    }
    function fillSelect(select, values, label) {
      if (!select) return;
      var useful = facetShown(select.name, values);
      holderOf(select).hidden = !useful;
      if (!useful) return;
      values.forEach(function (v) {
        var option = element('option', '', label(v));
        option.value = String(v);
        select.appendChild(option);
      });
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a.search-result-title'));
    }

    function clearAll() {
      input.value = '';
      Object.keys(selects).forEach(function (k) { if (selects[k]) selects[k].value = ''; });
      run();
      input.focus();
    }

    input.addEventListener('input', function () {
      clearTimeout(state.timer);
      state.timer = setTimeout(function () { run(); }, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        var all = links();
        if (all.length) {
          event.preventDefault();
          all[0].focus();
        }
      } else if (event.key === 'Escape') {
        event.preventDefault();
        clearAll();
      }
    });
    list.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var next = at + (event.key === 'ArrowDown' ? 1 : -1);
        if (next < 0) input.focus();
        else if (next < all.length) all[next].focus();
        else if (more && !more.hidden) more.focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        clearAll();
      }
    });
    if (more) {
      more.addEventListener('click', function () { showMore(true); });
      more.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowUp') {
          var all = links();
          if (all.length) {
            event.preventDefault();
            all[all.length - 1].focus();
          }
        }
      });
    }
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        run();
      });
    }
    Object.keys(selects).forEach(function (k) {
      if (selects[k]) selects[k].addEventListener('change', function () { run(); });
    });

    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    engine.entry().then(function (entry) {
      stopwords = entry.stopSet;
      var facets = entry.facets || {};
      fillSelect(selects.kind, facets.kind || [], kindLabel);
      fillSelect(selects.subject, facets.subject || [], String);
      fillSelect(selects.grade, facets.grade || [], gradeLabel);
      fillSelect(selects.level, facets.level || [], String);
      fieldNames.forEach(function (name) { fillSelect(selects[name], facets[name] || [], String); });
      Object.keys(selects).forEach(function (k) {
        if (selects[k] && params.get(k)) selects[k].value = params.get(k);
      });
      var shown = Object.keys(selects).some(function (k) {
        return selects[k] && !holderOf(selects[k]).hidden;
      });
      if (filters) filters.hidden = !shown;
      if (input.value || Object.keys(selects).some(function (k) { return params.get(k); })) run();
    }).catch(failed);
  }

  var api = {
    stemEnglish: stemEnglish,
    stemRussian: stemRussian,
    stemWord: stemWord,
    scanWords: scanWords,
    tokens: tokens,
    tokenize: tokenize,
    stopSet: stopSet,
    shardOf: shardOf,
    Engine: Engine,
    highlight: highlight,
    withinOneEdit: withinOneEdit,
    facetShown: facetShown,
    snippetAround: snippetAround,
    pluralKey: pluralKey,
    fillCount: fillCount
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  } else if (typeof document !== 'undefined') {
    var start = function () {
      var box = document.getElementById('search');
      // The script may be included twice (layout and page): set the page up once.
      if (box && !box.hasAttribute('data-ready')) {
        box.setAttribute('data-ready', '');
        initPage(box);
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }
})(typeof window !== 'undefined' ? window : this);
