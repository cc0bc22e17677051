/*
 * prepbook search client. Plain JavaScript, no build step. The Java build writes the index as small
 * files under search/ (see SearchIndex.java); this script fetches only the files a query needs:
 * search/index.json once (the first term of each shard), the term shards that can hold the typed
 * words, then the small bundle of documents holding each result shown. Nothing is fetched before
 * the search box is focused or the search page is opened.
 */
(function () {
  'use strict';

  // The site may be served from any sub-path: find its root from this script's own URL.
  var root = new URL('../', document.currentScript.src).href;

  // Tokenising and stemming: the same rules as Words.java and Folding.java, which built the index;
  // WordsTest and SearchBrowserTest hold the two sides to each other. Stop words and the stemmer are
  // English: they apply only when the manifest says the index stems.
  var STOP = new Set(('a an and are as at be but by do for if in into is it its of on or so that the their them ' +
    'they this to was we were will with you your').split(' '));

  // Letters typed without their stroke or dot on most keyboards, and Arabic-script variants (Folding.PLAIN).
  var PLAIN = new Map([[0x142, 'l'], [0x131, 'i'], [0xDF, 'ss'], [0xF8, 'o'], [0x111, 'd'], [0x127, 'h'], [0xE6, 'ae'],
    [0x153, 'oe'], [0xFE, 'th'], [0xF0, 'd'], [0x167, 't'], [0x3C2, '\u03C3'], [0x649, '\u064A'], [0x6CC, '\u064A'],
    [0x6A9, '\u0643'], [0x629, '\u0647']]);
  var WORD_CHAR = /^[\p{L}\p{Nd}\p{M}]$/u;

  function between(c, ranges) {
    for (var i = 0; i < ranges.length; i += 2) if (c >= ranges[i] && c <= ranges[i + 1]) return true;
    return false;
  }

  // Scripts without spaces between words, cut into pairs of characters (Folding.paired).
  var PAIRED = [0x0E00, 0x0EFF, 0x1000, 0x109F, 0x1100, 0x11FF, 0x1780, 0x17FF, 0x3040, 0x30FF, 0x3130, 0x318F,
    0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA960, 0xA97F, 0xAC00, 0xD7FF, 0xF900, 0xFAFF, 0x20000, 0x3FFFF];
  // Accents, points and joiners dropped without ending a word (Folding.dropped).
  var DROPPED = [0x0300, 0x036F, 0x0483, 0x0489, 0x0591, 0x05BD, 0x05BF, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5,
    0x05C7, 0x05C7, 0x0610, 0x061A, 0x064B, 0x065F, 0x0670, 0x0670, 0x0640, 0x0640, 0x06D6, 0x06DC, 0x06DF, 0x06E4,
    0x06E7, 0x06E8, 0x06EA, 0x06ED, 0x00AD, 0x00AD, 0x200C, 0x200D, 0x2060, 0x2060, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF,
    0x20D0, 0x20FF, 0xFE00, 0xFE0F, 0xFE20, 0xFE2F, 0xE0100, 0xE01EF];

  var folds = new Map();

  // One character beyond ASCII, folded: letters, or ' ' where a word ends, or nothing.
  function fold(cp) {
    var out = folds.get(cp);
    if (out !== undefined) return out;
    var one = String.fromCodePoint(cp);
    var parts = cp === 0x419 || cp === 0x439 ? one : one.normalize('NFKD');
    out = '';
    for (var part of parts) {
      for (var ch of part.toLowerCase()) {
        var c = ch.codePointAt(0);
        if (PLAIN.has(c)) out += PLAIN.get(c);
        else if (between(c, DROPPED)) continue;
        else out += WORD_CHAR.test(ch) ? ch : ' ';
      }
    }
    folds.set(cp, out);
    return out;
  }

  // Folded words, and overlapping pairs of characters for the paired scripts (a lone one stays whole).
  function words(text) {
    var out = [], word = '', run = [];
    function end() {
      if (word.length > 1) out.push(word);
      word = '';
      if (run.length === 1) out.push(run[0]);
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    }
    for (var ch of text) {
      var c = ch.codePointAt(0);
      if (c < 0x80) {
        var letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? ch : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : '';
        if (letter) { if (run.length) end(); word += letter; } else end();
      } else if (between(c, PAIRED)) {
        if (word) end();
        run.push(ch);
      } else {
        for (var f of fold(c)) {
          if (f === ' ') end();
          else if (between(f.codePointAt(0), PAIRED)) { if (word) end(); run.push(f); }
          else { if (run.length) end(); word += f; }
        }
      }
    }
    end();
    return out;
  }

  // The index's terms for a text, as Words.terms builds them.
  function terms(text, english) {
    var all = words(text);
    return english ? all.filter(function (w) { return !STOP.has(w); }).map(stem) : all;
  }

  function undouble(w) {
    var n = w.length;
    return n >= 3 && w[n - 1] === w[n - 2] && 'bdfgkmnprt'.indexOf(w[n - 1]) >= 0 ? w.slice(0, -1) : w;
  }

  function stem(word) {
    var w = word;
    if (w.length <= 3) return w;
    if (/ies$/.test(w) && w.length > 4) w = w.slice(0, -3) + 'y';
    else if (/(sses|ches|shes|xes)$/.test(w)) w = w.slice(0, -2);
    else if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
    if (/ing$/.test(w) && w.length >= 6) w = undouble(w.slice(0, -3));
    else if (/ed$/.test(w) && w.length >= 5) w = undouble(w.slice(0, -2));
    if (/e$/.test(w) && !/ee$/.test(w) && w.length >= 4) w = w.slice(0, -1);
    return w;
  }

  // Fetching: each file once per page view; the manifest's version keeps caches from mixing builds.
  var manifest = null;
  var files = new Map();

  function fetchJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error('search: ' + url + ' answered ' + r.status);
      return r.json();
    });
  }

  function load() {
    if (!manifest) manifest = fetchJson(root + 'search/index.json');
    return manifest;
  }

  function file(m, path) {
    if (!files.has(path)) files.set(path, fetchJson(root + 'search/' + path + '?v=' + m.version));
    return files.get(path);
  }

  // The last shard whose first term is <= term: the only shard that can hold it.
  function shardOf(m, term) {
    var lo = 0, hi = m.shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (m.shards[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // Shards for terms from `from` to `to`, at most `limit` of them starting at `from`'s own: a very
  // short prefix such as "c" would otherwise pull in a large part of the index.
  function shardRange(m, from, to, limit) {
    var first = shardOf(m, from), last = Math.min(shardOf(m, to), first + limit - 1), out = [];
    for (var i = first; i <= last; i++) out.push(i);
    return out;
  }

  // Damerau-Levenshtein distance, giving up once it must exceed `max`.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur.push(d);
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  // One query word: its stem, and whether it may match as a prefix (the word being typed) or with typos.
  // A pair of characters of a paired script, and whether it continues the pair before it.
  function isPair(w) {
    var chars = Array.from(w);
    return chars.length === 2 && between(chars[0].codePointAt(0), PAIRED) && between(chars[1].codePointAt(0), PAIRED);
  }

  function continues(previous, w) {
    return previous !== undefined && w !== undefined && isPair(previous) && isPair(w) && Array.from(previous)[1] === Array.from(w)[0];
  }

  // A query's run of pairs (团队合作: 团队 队合 合作) is looked up by every other pair and the last
  // (团队 合作), which still cover every character: each pair looked up costs a shard.
  function sparse(all) {
    var out = [], inRun = 0;
    all.forEach(function (w, i) {
      inRun = continues(all[i - 1], w) ? inRun + 1 : 0;
      var last = !continues(w, all[i + 1]);
      if (inRun % 2 === 0 || last) out.push(w);
    });
    return out;
  }

  function plan(m, query) {
    var all = sparse(words(query));
    var typing = !/\s$/.test(query);
    return all.filter(function (w, i) { return !m.stem || !STOP.has(w) || (typing && i === all.length - 1); })
      .map(function (w, i, kept) {
        return { word: w, stem: m.stem ? stem(w) : w, prefix: typing && i === kept.length - 1, typos: w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0 };
      });
  }

  // The shard that can hold the word, and for the word being typed also the next one, which may hold
  // more of the longer words it is the start of.
  function shardsFor(m, t) {
    return t.prefix ? shardRange(m, t.stem, t.stem + '\uffff', 2) : [shardOf(m, t.stem)];
  }

  // A typo moves a word's place among the sorted terms a little, so when its own shard has nothing
  // close to it, the neighbouring shards are worth a look, if they still hold words that begin with
  // the same two letters. A second round trip, paid only by words that were not found.
  function neighbours(m, t) {
    var own = shardOf(m, t.stem), two = t.stem.slice(0, 2), ids = [];
    if (own > 0 && m.shards[own].lastIndexOf(two, 0) === 0) ids.push(own - 1);
    if (own + 1 < m.shards.length && m.shards[own + 1].lastIndexOf(two, 0) === 0) ids.push(own + 1);
    return ids;
  }

  function fetchShards(m, ids, into) {
    var missing = ids.filter(function (id, i) { return !into.has(id) && ids.indexOf(id) === i; });
    return Promise.all(missing.map(function (id) { return file(m, 't/' + id + '.json'); })).then(function (loaded) {
      missing.forEach(function (id, i) { into.set(id, loaded[i]); });
      return into;
    });
  }

  // Terms of the loaded shards that a query word stands for, each with how much a match counts.
  function expand(t, shards) {
    var found = new Map();
    shards.forEach(function (shard) {
      for (var term in shard) {
        var weight = 0;
        if (term === t.stem) weight = 1;
        else if (t.prefix && term.lastIndexOf(t.stem, 0) === 0) weight = 0.6 + 0.3 * t.stem.length / term.length;
        else if (t.typos && term[0] === t.stem[0] && distance(t.stem, term, t.typos) <= t.typos) weight = 0.45;
        if (weight > (found.get(term) || 0)) found.set(term, weight);
      }
    });
    return found;
  }

  function decode(list) {
    var out = [], id = 0;
    for (var i = 0; i < list.length; i += 2) {
      id += list[i];
      out.push(id, list[i + 1]);
    }
    return out;
  }

  /**
   * Ranked [{id, score}] for a query, filtered by content type and stage, with the index terms that
   * matched (for highlighting). A document's score is the sum over query words of its best match,
   * scaled by the square of the share of words it matched.
   */
  function search(query, filters) {
    filters = filters || {};
    return load().then(function (m) {
      var words = plan(m, query);
      if (!words.length) return { manifest: m, results: [], terms: new Set() };
      var stage = filters.stage && m.stages.some(function (s) { return s.id === filters.stage; });
      var shards = new Map();
      var wanted = [].concat.apply([], words.map(function (t) { return shardsFor(m, t); }));
      return Promise.all([fetchShards(m, wanted, shards), stage ? file(m, 's/' + filters.stage + '.json') : null])
        .then(function (loaded) {
          var lost = words.filter(function (t) { return t.typos && expand(t, [shards.get(shardOf(m, t.stem))]).size === 0; });
          var more = [].concat.apply([], lost.map(function (t) { return neighbours(m, t); }));
          return fetchShards(m, more, shards).then(function () { return rank(m, words, shards, loaded[1], filters); });
        });
    });
  }

  function rank(m, words, shards, stageList, filters) {
    var started = performance.now();
    var inStage = null;
    if (stageList) {
      inStage = new Set();
      stageList.reduce(function (id, delta) { inStage.add(id + delta); return id + delta; }, 0);
    }
    var kind = m.kinds.filter(function (k) { return k.id === filters.type; })[0];
    var total = new Map(), matched = new Map(), hits = new Set();
    words.forEach(function (t) {
      var best = new Map();
      var mine = shardsFor(m, t).concat(neighbours(m, t)).filter(function (id) { return shards.has(id); });
      expand(t, mine.map(function (id) { return shards.get(id); })).forEach(function (weight, term) {
        var postings = decode(shards.get(shardOf(m, term))[term]);
        for (var i = 0; i < postings.length; i += 2) {
          var id = postings[i];
          if (kind && (id < kind.from || id >= kind.to)) continue;
          if (inStage && !inStage.has(id)) continue;
          var s = postings[i + 1] * weight;
          if (s > (best.get(id) || 0)) best.set(id, s);
          hits.add(term);
        }
      });
      best.forEach(function (s, id) {
        total.set(id, (total.get(id) || 0) + s);
        matched.set(id, (matched.get(id) || 0) + 1);
      });
    });
    var results = [];
    total.forEach(function (s, id) {
      var share = matched.get(id) / words.length;
      results.push({ id: id, score: s * share * share });
    });
    results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    performance.measure('prepbook-search-rank', { start: started, end: performance.now() });
    return { manifest: m, results: results, terms: hits };
  }

  // Documents come in bundles of consecutive ids; the manifest says how many each holds.
  function documents(found, count) {
    var m = found.manifest;
    if (!m.starts) {
      m.starts = [];
      m.bundles.reduce(function (start, size) { m.starts.push(start); return start + size; }, 0);
    }
    return Promise.all(found.results.slice(0, count).map(function (r) {
      var lo = 0, hi = m.starts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (m.starts[mid] <= r.id) lo = mid; else hi = mid - 1;
      }
      return file(m, 'd/' + lo + '.json').then(function (bundle) { return bundle[r.id - m.starts[lo]]; });
    }));
  }

  function kindLabel(m, id) {
    var k = m.kinds.filter(function (k) { return k.id === id; })[0];
    return k ? k.label : id;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  // Where the matched terms are in a text: whole words, or for the paired scripts, each pair that
  // matched (marking a whole Chinese clause for one word would mark nothing useful).
  function marks(text, hits, english) {
    var re = /[\p{L}\p{Nd}\p{M}]+/gu, spans = [], match;
    while ((match = re.exec(text))) {
      var at = match.index, chars = Array.from(match[0]), from = 0;
      while (from < chars.length) {
        var paired = between(chars[from].codePointAt(0), PAIRED), to = from;
        while (to < chars.length && between(chars[to].codePointAt(0), PAIRED) === paired) to++;
        var start = at + chars.slice(0, from).join('').length, piece = chars.slice(from, to);
        if (!paired) {
          if (terms(piece.join(''), english).some(function (t) { return hits.has(t); })) spans.push([start, start + piece.join('').length]);
        } else {
          for (var i = 0; i < piece.length; i++) {
            var pair = piece.length === 1 ? piece[0] : piece[i] + (piece[i + 1] || '');
            if ((piece.length === 1 || i + 1 < piece.length) && hits.has(pair)) {
              var s0 = start + piece.slice(0, i).join('').length, s1 = s0 + pair.length;
              if (spans.length && spans[spans.length - 1][1] >= s0) spans[spans.length - 1][1] = s1; else spans.push([s0, s1]);
            }
          }
        }
        from = to;
      }
    }
    return spans;
  }

  // About 200 characters around the first matching word, matching words marked. DOM nodes, never
  // innerHTML: the text is content, and content is not trusted to be markup.
  function excerpt(text, hits, english) {
    var spans = marks(text, hits, english);
    // Cut at spaces where the text has them near; Chinese and Japanese have none to cut at.
    var start = spans.length ? Math.max(0, spans[0][0] - 60) : 0;
    var space = text.indexOf(' ', start);
    if (start > 0 && space >= 0 && space < (spans.length ? spans[0][0] : start + 60)) start = space + 1;
    var end = Math.min(text.length, start + 200);
    space = text.lastIndexOf(' ', end);
    if (end < text.length && space > start + 100) end = space;
    var p = el('span', 'search-excerpt'), at = start;
    if (start > 0) p.appendChild(document.createTextNode('… '));
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > end) return;
      p.appendChild(document.createTextNode(text.slice(at, s[0])));
      p.appendChild(el('mark', null, text.slice(s[0], s[1])));
      at = s[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
    return p;
  }

  function describe(m, doc) {
    return kindLabel(m, doc.k) + (doc.w ? ' · ' + doc.w : '');
  }

  function href(doc) {
    return root + doc.u.slice(1);
  }

  // A message of the theme's (search.results.* in messages/*.yaml, written into the manifest), its
  // {placeholders} filled in, numbers in the index's language.
  function say(m, key, values) {
    return m.text[key].replace(/\{(\w+)\}/g, function (all, name) {
      var v = values && values[name];
      return typeof v === 'number' ? number(m, v) : v === undefined ? all : v;
    });
  }

  // A whole number in the digits and grouping the build wrote the pages' numbers with (the
  // browser's own idea of a language's digits may differ from Java's).
  function number(m, n) {
    var s = String(n), out = '';
    for (var i = 0; i < s.length; i++) {
      if (i > 0 && (s.length - i) % 3 === 0) out += m.numbers.group;
      out += m.numbers.digits[s.charCodeAt(i) - 48];
    }
    return out;
  }

  // The count's plural form by the language's rules (CLDR's, as the build uses): Arabic has six,
  // Chinese one; a form the theme does not write falls back to 'other'.
  var plurals = null;
  function countText(m, n) {
    if (n === 0) return say(m, 'none');
    if (!plurals) plurals = new Intl.PluralRules(m.language);
    var form = plurals.select(n);
    return say(m, m.text[form] === undefined ? 'other' : form, { count: n });
  }

  function debounce(fn, ms) {
    var timer;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  // The header box: a WAI-ARIA combobox whose listbox shows the first results as the user types.
  function combobox(form) {
    var input = form.querySelector('input[name="q"]');
    var list = el('ul', 'search-list');
    var status = el('p', 'visually-hidden');
    var options = [], active = -1, sequence = 0;
    list.id = input.id + '-list';
    status.id = input.id + '-status';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    status.setAttribute('role', 'status');
    form.appendChild(list);
    form.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    function open(show) {
      list.hidden = !show;
      input.setAttribute('aria-expanded', String(show));
      if (!show) select(-1);
    }

    function select(i) {
      if (options[active]) options[active].setAttribute('aria-selected', 'false');
      active = i;
      if (options[i]) {
        options[i].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', options[i].id);
        options[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function option(i, url, title, label, extra) {
      var li = el('li', 'search-option');
      li.dir = 'auto';
      li.id = list.id + '-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = url;
      li.appendChild(el('span', 'search-title', title));
      if (label) li.appendChild(el('span', 'search-kind', label));
      if (extra) li.appendChild(extra);
      li.addEventListener('mousedown', function (e) { e.preventDefault(); });
      li.addEventListener('click', function () { location.href = url; });
      return li;
    }

    var run = debounce(function () {
      var query = input.value, mine = ++sequence, started = performance.now();
      if (!words(query).length) { open(false); status.textContent = ''; return; }
      search(query).then(function (found) {
        return documents(found, 5).then(function (docs) {
          if (mine !== sequence) return;
          list.textContent = '';
          list.setAttribute('aria-label', say(found.manifest, 'label'));
          options = docs.map(function (doc, i) {
            return option(i, href(doc), doc.t, describe(found.manifest, doc), excerpt(doc.x, found.terms, found.manifest.stem));
          });
          options.push(option(docs.length, root + 'search/?q=' + encodeURIComponent(query),
            found.results.length > docs.length ? say(found.manifest, 'all', { count: found.results.length }) : say(found.manifest, 'page'), '', null));
          options.forEach(function (o) { list.appendChild(o); });
          active = -1;
          open(true);
          status.textContent = countText(found.manifest, found.results.length);
          list.dataset.query = query;
          performance.measure('prepbook-search-keystroke', { start: started, end: performance.now() });
        });
      }).catch(function (e) { status.textContent = form.dataset.unavailable; throw e; });
    }, 80);

    input.addEventListener('focus', load, { once: true });
    input.addEventListener('input', run);
    input.addEventListener('blur', function () { open(false); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (list.hidden) { if (options.length) open(true); return; }
        e.preventDefault();
        // Positions cycle through the options and back to the input itself (-1).
        var step = e.key === 'ArrowDown' ? 1 : -1, positions = options.length + 1;
        select((active + 1 + step + positions) % positions - 1);
      } else if (e.key === 'Enter' && !list.hidden && options[active]) {
        e.preventDefault();
        location.href = options[active].dataset.href;
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); open(false); } else { input.value = ''; }
      }
    });
    return input;
  }

  // The search page: the same search, all results, with filters and a shareable URL.
  function page(form) {
    var input = form.querySelector('input[name="q"]');
    var type = form.querySelector('select[name="type"]');
    var stage = form.querySelector('select[name="stage"]');
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var params = new URLSearchParams(location.search);
    var sequence = 0;
    input.value = params.get('q') || '';
    type.value = params.get('type') || '';
    stage.value = params.get('stage') || '';

    function run() {
      var query = input.value, mine = ++sequence;
      var state = new URLSearchParams();
      if (query) state.set('q', query);
      if (type.value) state.set('type', type.value);
      if (stage.value) state.set('stage', stage.value);
      history.replaceState(null, '', '?' + state.toString());
      if (!words(query).length) {
        results.textContent = '';
        load().then(function (m) { if (mine === sequence) status.textContent = say(m, 'empty'); });
        return;
      }
      search(query, { type: type.value, stage: stage.value }).then(function (found) {
        return documents(found, 50).then(function (docs) {
          if (mine !== sequence) return;
          results.textContent = '';
          docs.forEach(function (doc) {
            var li = el('li', 'search-result');
            li.dir = 'auto';
            var a = el('a', null, doc.t);
            a.href = href(doc);
            li.appendChild(a);
            li.appendChild(el('span', 'search-kind', describe(found.manifest, doc)));
            li.appendChild(excerpt(doc.x, found.terms, found.manifest.stem));
            results.appendChild(li);
          });
          var n = found.results.length;
          results.dataset.query = query + '|' + type.value + '|' + stage.value;
          status.textContent = say(found.manifest, n > docs.length ? 'showing' : 'for',
            { results: countText(found.manifest, n), query: query, shown: docs.length });
        });
      }).catch(function (e) { status.textContent = form.dataset.unavailable; throw e; });
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
    input.addEventListener('input', debounce(run, 120));
    type.addEventListener('change', run);
    stage.addEventListener('change', run);
    run();
  }

  var box = document.querySelector('form[data-search-box]');
  var input = box ? combobox(box) : null;
  var searchPage = document.querySelector('form[data-search-page]');
  if (searchPage) page(searchPage);

  document.addEventListener('keydown', function (e) {
    var target = e.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && input) {
      e.preventDefault();
      input.focus();
    }
  });

  // For the browser tests and the benchmark.
  window.prepbookSearch = { stem: stem, words: words, terms: terms, marks: marks, sparse: sparse, search: search };
})();
