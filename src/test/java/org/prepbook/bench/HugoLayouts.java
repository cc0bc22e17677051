package org.prepbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Hugo layouts that draw the pages {@link HugoSite} exports the way prepbook's default theme draws
 * them: the same frame (head with description, canonical and sharing tags, header with the site
 * title, menu button and section navigation, breadcrumbs, footer), the same parts on each kind of
 * page (the bank as pages of 100 compact lines with jump links by category, through Hugo's own
 * paginator; on each stage page its on-page contents and the first 20 of its questions and
 * questions to ask; ids shown where a profile needs them), and links made relative by Hugo as
 * prepbook makes them relative. Markup follows prepbook's templates closely, so that both tools
 * write pages of about the same size; the search box and script in prepbook's header are left
 * out, since Hugo has no search.
 */
final class HugoLayouts {
    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
            {{ $description := .Description | default site.Params.description }}<meta name="description" content="{{ $description }}">
            {{ if ne .Kind "404" }}{{ $url := printf "%s%s" site.Params.canonical (strings.TrimPrefix "/" .RelPermalink) }}<link rel="canonical" href="{{ $url }}">
            <meta property="og:url" content="{{ $url }}">
            {{ else }}<meta name="robots" content="noindex">
            {{ end }}<meta property="og:type" content="{{ if .IsHome }}website{{ else }}article{{ end }}">
            <meta property="og:site_name" content="{{ site.Title }}">
            <meta property="og:title" content="{{ .Title }}">
            <meta property="og:description" content="{{ $description }}">
            <meta name="twitter:card" content="summary">
            <meta name="twitter:title" content="{{ .Title }}">
            <meta name="twitter:description" content="{{ $description }}">
            <meta name="color-scheme" content="light dark">
            <link rel="stylesheet" href="/assets/style.css">
            <link rel="stylesheet" href="/assets/print.css" media="print">
            <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
            <script src="/assets/page.js" defer></script>
            <noscript><style>.menu-button { display: none !important; } .site-nav { display: block !important; }</style></noscript>
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to main content</a>
            <header class="site-header">
              <div class="wrap header-inner">
                <a class="brand" href="/">{{ site.Title }}</a>
                <button class="menu-button" type="button" aria-expanded="false" aria-controls="site-nav" data-menu-button>Menu</button>
                <nav class="site-nav" id="site-nav" aria-label="Main">
                  <ul>
                    {{ $url := .RelPermalink }}{{ range slice (slice "/stages/" "Stages") (slice "/questions/" "Questions") (slice "/asks/" "Questions to ask") (slice "/backstory/" "Backstory") (slice "/emails/" "Emails") }}<li><a href="{{ index . 0 }}"{{ if in $url (index . 0) }} aria-current="page"{{ end }}>{{ index . 1 }}</a></li>
                    {{ end }}
                  </ul>
                </nav>
              </div>
            </header>
            {{ if not .IsHome }}
            <nav class="breadcrumbs wrap" aria-label="Breadcrumb">
              <ol>
                <li><a href="/">Home</a></li>
                {{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                {{ end }}{{ end }}<li><span aria-current="page">{{ .Title }}</span></li>
              </ol>
            </nav>
            {{ end }}
            <main id="main" class="wrap" tabindex="-1">
            {{ block "main" . }}{{ end }}
            </main>
            <footer class="site-footer">
              <div class="wrap">
                {{ partialCached "footer-links.html" . }}
                <p>{{ site.Title }} · {{ site.Params.organisation }}</p>
              </div>
            </footer>
            </body>
            </html>
            """;

    /**
     * The free pages marked for navigation. Cached, as a Hugo author would: looking them up on
     * every page costs Hugo a filter over all pages each time. (prepbook marks the current one;
     * the generated content marks none, so the output is the same.)
     */
    private static final String FOOTER_LINKS = """
            {{ with where site.RegularPages "Params.nav" true }}
            <nav aria-label="About this handbook">
              <ul>
                {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                {{ end }}
              </ul>
            </nav>
            {{ end }}
            """;

    private static final String HOME = """
            {{ define "main" }}
            <div class="hero">
              <h1>{{ .Title }}</h1>
              {{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}
            </div>
            <div class="prose intro">{{ .Content }}</div>
            <section aria-labelledby="journey-title">
              <h2 id="journey-title">The interview journey</h2>
              <p>Each stage has one goal: to earn the next. Select a stage to see what it is for and how to prepare.</p>
              {{ partial "journey.html" . }}
            </section>
            <section aria-labelledby="sections-title">
              <h2 id="sections-title">In this handbook</h2>
              <ul class="cards">
                <li class="card"><h3><a href="/stages/">The interview journey</a></h3><p>{{ len (where site.RegularPages "Section" "stages") }} stages, from preparation to follow-up.</p></li>
                <li class="card"><h3><a href="/questions/">Question bank</a></h3><p>{{ len (where site.RegularPages "Section" "questions") }} questions with what the interviewer really wants to know.</p></li>
                <li class="card"><h3><a href="/asks/">Questions to ask</a></h3><p>{{ len site.Data.asks }} questions that show interest and get you real information.</p></li>
                <li class="card"><h3><a href="/backstory/">Your backstory</a></h3><p>{{ len site.Data.backstory }} prompts to find the stories that show your drive.</p></li>
                <li class="card"><h3><a href="/emails/">Email templates</a></h3><p>{{ len (where site.RegularPages "Section" "emails") }} thank-you and follow-up emails to personalise.</p></li>
              </ul>
            </section>
            {{ with where site.RegularPages "Params.nav" true }}
            <section aria-labelledby="guides-title">
              <h2 id="guides-title">Guides</h2>
              <ul class="link-list">
                {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                {{ end }}
              </ul>
            </section>
            {{ end }}
            {{ end }}
            """;

    /** The stage overview, a list where prepbook draws an SVG diagram: the same links, fewer bytes. */
    private static final String JOURNEY = """
            <ol class="journey">
              {{ range (site.GetPage "/stages").Pages.ByWeight }}<li><a href="{{ .RelPermalink }}"><span>{{ .Weight }}</span> {{ .Title }}</a></li>
              {{ end }}
            </ol>
            """;

    private static final String SINGLE = """
            {{ define "main" }}
            {{ $toc := ge (len (findRE "<h2 id=" .Content)) 3 }}
            <article class="guide{{ if $toc }} with-toc{{ end }}">
              <header class="page-head">
              <h1>{{ .Title }}</h1>
              {{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}
              </header>
              {{ if $toc }}{{ partial "contents.html" (dict "toc" .TableOfContents "more" slice) }}{{ end }}
              <div class="page-body">
              <div class="prose">{{ .Content }}</div>
              {{ $guides := partialCached "guides.html" . }}{{ $here := .RelPermalink }}{{ $at := -1 }}
              {{ range $i, $g := $guides }}{{ if eq $g.RelPermalink $here }}{{ $at = $i }}{{ end }}{{ end }}
              {{ if and (ge $at 0) (gt (len $guides) 1) }}
              <nav class="pager" aria-label="Guides">
                {{ if gt $at 0 }}{{ with index $guides (sub $at 1) }}<a class="prev" href="{{ .RelPermalink }}" rel="prev"><span>Previous guide</span> {{ .Title }}</a>{{ end }}{{ end }}
                {{ if lt $at (sub (len $guides) 1) }}{{ with index $guides (add $at 1) }}<a class="next" href="{{ .RelPermalink }}" rel="next"><span>Next guide</span> {{ .Title }}</a>{{ end }}{{ end }}
              </nav>
              {{ end }}
              </div>
            </article>
            {{ end }}
            """;

    /** The guides (free pages in the navigation), found once for all pages, as prepbook finds them once. */
    private static final String GUIDES = """
            {{ return (where site.RegularPages "Params.nav" true).ByWeight }}
            """;

    /** On-page contents: Hugo's own list of the body's headings, then the sections the layout adds. */
    private static final String CONTENTS = """
            <nav class="toc" aria-labelledby="toc-title" data-toc>
              <details>
                <summary id="toc-title">On this page</summary>
                {{ .toc }}
                {{ with .more }}<ol>{{ range . }}<li><a href="#{{ .id }}">{{ .text }}</a></li>{{ end }}</ol>{{ end }}
              </details>
            </nav>
            """;

    private static final String LIST = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p class="lead">{{ .Description }}</p>
            <ul class="cards">
              {{ range .Pages }}<li class="card"><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Description }}</p>{{ with .Params.when }}<p class="meta">When: {{ . }}</p>{{ end }}{{ with .Params.length }}<p class="meta">Typical length: {{ . }}</p>{{ end }}</li>
              {{ end }}
            </ul>
            {{ end }}
            """;

    private static final String STAGE = """
            {{ define "main" }}
            {{ $id := .File.ContentBaseName }}
            {{ $questions := index site.Taxonomies.stage $id }}{{ $asks := where site.Data.asks "stages" "intersect" (slice $id) }}
            {{ $more := slice (dict "id" "mistakes" "text" "Common mistakes") (dict "id" "tips" "text" "Tips") }}
            {{ if $questions }}{{ $more = $more | append (dict "id" "likely-questions" "text" "Questions likely at this stage") }}{{ end }}
            {{ if $asks }}{{ $more = $more | append (dict "id" "asks-here" "text" "Questions to ask at this stage") }}{{ end }}
            <article class="stage with-toc">
              <header class="page-head">
              <p class="eyebrow">Stage {{ .Weight }} of {{ len .CurrentSection.Pages }}</p>
              <h1>{{ .Title }}</h1>
              <dl class="facts">
                <div><dt>Goal</dt><dd>{{ .Description }}</dd></div>
                <div><dt>Who you meet</dt><dd>{{ .Params.who }}</dd></div>
                <div><dt>Typical length</dt><dd>{{ .Params.length }}</dd></div>
              </dl>
              </header>
              {{ partial "contents.html" (dict "toc" .TableOfContents "more" $more) }}
              <div class="page-body">
              <div class="prose">{{ .Content }}</div>
              <div class="two-col">
                <section class="panel panel-warn" aria-labelledby="mistakes">
                  <h2 id="mistakes">Common mistakes</h2>
                  <ul>{{ range .Params.mistakes }}<li>{{ . }}</li>{{ end }}</ul>
                </section>
                <section class="panel panel-tip" aria-labelledby="tips">
                  <h2 id="tips">Tips</h2>
                  <ul>{{ range .Params.tips }}<li>{{ . }}</li>{{ end }}</ul>
                </section>
              </div>
              {{ with $questions }}
              <section aria-labelledby="likely-questions">
                <h2 id="likely-questions">Questions likely at this stage</h2>
                <ul class="question-list">
                  {{ range first 20 .Pages }}<li class="question-summary"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p><span class="label">What they want to know:</span> {{ .Description }}</p></li>
                  {{ end }}
                </ul>
                <p><a href="/questions/stage/{{ $id }}/">These questions with full guidance</a></p>
              </section>
              {{ end }}
              {{ with $asks }}
              <section aria-labelledby="asks-here">
                <h2 id="asks-here">Questions to ask at this stage</h2>
                <ul class="ask-list">
                  {{ range first 20 . }}{{ $when := .when }}<li><p class="ask-text">{{ .text }}</p><p><span class="label">{{ range where site.Data.timings "key" $when }}{{ .label }}{{ end }}.</span> {{ .why }}</p></li>
                  {{ end }}
                </ul>
                <p><a href="/asks/">All the questions to ask</a></p>
              </section>
              {{ end }}
              <nav class="pager" aria-label="Stages">
                {{/* Hugo's NextInSection is the page before this one in weight order, PrevInSection the one after. */}}
                {{ with .NextInSection }}<a class="prev" href="{{ .RelPermalink }}" rel="prev"><span>Previous stage</span> {{ .Params.short }}</a>{{ end }}
                {{ with .PrevInSection }}<a class="next" href="{{ .RelPermalink }}" rel="next"><span>Next stage</span> {{ .Params.short }}</a>{{ end }}
              </nav>
              </div>
            </article>
            {{ end }}
            """;

    private static final String STAGES = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p class="lead">A hiring process moves through these stages. At each one, your aim is to reach the next.</p>
            {{ partial "journey.html" . }}
            <ol class="stage-list">
              {{ range .Pages.ByWeight }}<li class="card"><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Description }}</p><p class="meta">Typical length: {{ .Params.length }}</p></li>
              {{ end }}
            </ol>
            {{ end }}
            """;

    private static final String QUESTION = """
            {{ define "main" }}
            {{ $category := .Params.category }}
            <article class="question question-page">
              <p class="eyebrow">{{ range where site.Data.categories "id" $category }}{{ .title }}{{ end }}</p>
              <h1>{{ .Title }}</h1>
              {{ partial "item-id.html" .File.ContentBaseName }}
              <section aria-labelledby="intent">
                <h2 id="intent">What the interviewer really wants to know</h2>
                <p>{{ .Description }}</p>
              </section>
              <section aria-labelledby="how">
                <h2 id="how">How to answer</h2>
                <div class="prose">{{ .Content }}</div>
              </section>
              {{ with .Params.pitfalls }}
              <section aria-labelledby="avoid">
                <h2 id="avoid">What to avoid</h2>
                <ul class="pitfalls">{{ range . }}<li>{{ . }}</li>{{ end }}</ul>
              </section>
              {{ end }}
              <p class="meta">Likely at: {{ partial "stage-tags.html" .Params.stage }}</p>
              <p><a href="/questions/">Back to the question bank</a></p>
            </article>
            {{ end }}
            """;

    /** Stage tags in the handbook's stage order, as prepbook lists them. */
    private static final String STAGE_TAGS = """
            {{ $ids := . }}{{ range site.Data.stages }}{{ if in $ids .id }}<a class="tag" href="/stages/{{ .id }}/">{{ .short }}</a> {{ end }}{{ end }}""";

    /**
     * One page of the question bank, all of it or one stage's share, through Hugo's paginator: compact
     * lines in category order (the questions' weights), jump links to the page where each category
     * starts, the numbered pages.
     */
    private static final String BANK = """
            {{ $all := .all }}{{ $pager := .pager }}{{ $current := .stage }}
            <h1>{{ .page.Title }}{{ if gt $pager.PageNumber 1 }}, page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}{{ end }}</h1>
            <p class="lead">{{ .page.Description }}</p>
            <nav class="filters" aria-label="Filter questions by stage">
              <ul>
                <li><a href="/questions/"{{ if not $current }} aria-current="page"{{ end }}>All stages</a></li>
                {{ range site.Data.stages }}<li><a href="/questions/stage/{{ .id }}/"{{ if eq .id $current }} aria-current="page"{{ end }}>{{ .short }}</a></li>
                {{ end }}
              </ul>
            </nav>
            <p class="meta">{{ len $all }} questions</p>
            {{ partialCached "bank-jumps.html" (dict "all" $all "pager" $pager) $current }}
            {{ $open := "" }}
            {{ range $pager.Pages }}{{ $category := .Params.category }}{{ if ne $category $open }}{{ if $open }}</ul></section>{{ end }}{{ range where site.Data.categories "id" $category }}
            <section class="bank-group" aria-labelledby="cat-{{ .id }}">
              <h2 id="cat-{{ .id }}">{{ .title }}</h2>
              {{ with .description }}<p>{{ . }}</p>{{ end }}
              <ul class="bank-list">{{ end }}{{ $open = $category }}{{ end }}
                <li class="question-line" id="{{ .File.ContentBaseName }}"><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="stages">{{ partial "stage-tags.html" .Params.stage }}</span></li>{{ end }}
            {{ if $open }}</ul></section>{{ end }}
            {{ if gt $pager.TotalPages 1 }}
            <nav class="page-numbers" aria-label="Pages of the question bank">
              <ul>
                {{ with $pager.Prev }}<li><a href="{{ .URL }}" rel="prev">Previous page</a></li>{{ end }}
                {{ range $pager.Pagers }}<li><a href="{{ .URL }}"{{ if eq .PageNumber $pager.PageNumber }} aria-current="page"{{ end }}>{{ .PageNumber }}</a></li>
                {{ end }}
                {{ with $pager.Next }}<li><a href="{{ .URL }}" rel="next">Next page</a></li>{{ end }}
              </ul>
            </nav>
            {{ end }}
            """;

    /**
     * The bank's jump links, the same on every page of one list: cached per list (the stage, or all),
     * as a Hugo author would, and as prepbook computes them once per list. Counting each category's
     * questions on every page was two thirds of Hugo's template time (--templateMetrics).
     */
    private static final String BANK_JUMPS = """
            <nav class="jump" aria-labelledby="jump-title">
              <h2 id="jump-title" class="jump-title">Categories</h2>
              <ul>
                {{ $all := .all }}{{ $pager := .pager }}{{ $before := 0 }}{{ range site.Data.categories }}{{ $n := len (where $all "Params.category" .id) }}{{ if $n }}<li><a href="{{ (index $pager.Pagers (div $before 100)).URL }}#cat-{{ .id }}">{{ .title }} ({{ $n }})</a></li>
                {{ end }}{{ $before = add $before $n }}{{ end }}
              </ul>
            </nav>
            """;

    /** An item's id, which a profile names. */
    private static final String ITEM_ID = """
            <p class="item-id"><span class="label">Id:</span> <code>{{ . }}</code> <button type="button" class="copy-button" data-copy="{{ . }}" data-copied="Copied." hidden>Copy the id</button> <span class="copy-status" role="status"></span></p>
            """;

    private static final String QUESTIONS = """
            {{ define "main" }}{{ partial "bank.html" (dict "page" . "all" .RegularPages "pager" (.Paginate .RegularPages.ByWeight) "stage" "") }}{{ end }}
            """;

    private static final String TERM = """
            {{ define "main" }}{{ partial "bank.html" (dict "page" . "all" .Pages "pager" (.Paginate .Pages.ByWeight) "stage" .Params.stageid) }}{{ end }}
            """;

    private static final String EMAIL = """
            {{ define "main" }}
            <article class="email-template">
              <h1>{{ .Title }}</h1>
              <p class="lead">{{ .Description }}</p>
              <p><span class="label">When to send:</span> {{ .Params.when }}</p>
              <figure class="email">
                <figcaption>Template</figcaption>
                <p class="email-subject"><span class="label">Subject:</span> {{ .Params.subject | markdownify }}</p>
                <div class="email-body prose">{{ .Content }}</div>
                <p class="email-copy"><button type="button" class="copy-button" data-copy-from="email-text" data-copied="Copied, with each placeholder in brackets." hidden>Copy this email</button> <span class="copy-status" role="status"></span></p>
                <template id="email-text">Subject: {{ .Params.subject }}

            {{ .Plain }}</template>
              </figure>
              {{ with uniq (findRE `\\{\\{[a-z.]+\\}\\}` (printf "%s\\n%s" .Params.subject .RawContent)) }}
              <section aria-labelledby="placeholders">
                <h2 id="placeholders">What gets filled in</h2>
                <p>Highlighted words are placeholders. A prep packet fills them in from your profile.</p>
                <dl class="placeholders">
                  {{ range . }}<div><dt><mark class="placeholder">{{ . }}</mark></dt><dd><code>{{ strings.Trim . "{}" }}</code></dd></div>
                  {{ end }}
                </dl>
              </section>
              {{ end }}
            </article>
            {{ end }}
            """;

    /** One page of the questions to ask, a slice of the data file (written in page order), grouped by moment. */
    private static final String ASKS = """
            {{ define "main" }}
            {{ $page := .Params.asksPage }}{{ $pages := .Params.asksPages }}{{ $per := .Params.asksPerPage }}
            {{ $here := first $per (after (mul (sub $page 1) $per) site.Data.asks) }}
            <h1>{{ .Title }}</h1>
            <p class="lead">An interview runs both ways. These {{ len site.Data.asks }} questions get you real information and show the interviewer how you think.</p>
            {{ range site.Data.timings }}{{ $timing := . }}{{ with where $here "when" .key }}
            <section>
              <h2>{{ $timing.label }}</h2>
              <ul class="ask-list">
                {{ range . }}<li id="{{ .id }}"><p class="ask-text">{{ .text }}</p><p>{{ .why }}</p><p class="meta">Fits: {{ partial "stage-tags.html" .stages }}</p>{{ partial "item-id.html" .id }}</li>
                {{ end }}
              </ul>
            </section>
            {{ end }}{{ end }}
            {{ if gt $pages 1 }}
            <nav class="page-numbers" aria-label="Pages of questions to ask">
              <ul>
                {{ if gt $page 1 }}<li><a href="{{ if eq $page 2 }}/asks/{{ else }}/asks/page/{{ sub $page 1 }}/{{ end }}" rel="prev">Previous page</a></li>{{ end }}
                {{ range seq $pages }}<li><a href="{{ if eq . 1 }}/asks/{{ else }}/asks/page/{{ . }}/{{ end }}"{{ if eq . $page }} aria-current="page"{{ end }}>{{ . }}</a></li>
                {{ end }}
                {{ if lt $page $pages }}<li><a href="/asks/page/{{ add $page 1 }}/" rel="next">Next page</a></li>{{ end }}
              </ul>
            </nav>
            {{ end }}
            {{ end }}
            """;

    private static final String BACKSTORY = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p class="lead">Most candidates never mention the effort behind their achievements. Answer these prompts for yourself, then weave one or two answers into the stories you tell about your results.</p>
            <ol class="worksheet">
              {{ range site.Data.backstory }}<li id="{{ .id }}" class="card">
                <p class="eyebrow">{{ .theme }}</p>
                <h2 class="prompt">{{ .prompt }}</h2>
                <p>{{ .why }}</p>
                {{ partial "item-id.html" .id }}
                <div class="answer-space" aria-hidden="true"></div>
              </li>
              {{ end }}
            </ol>
            {{ end }}
            """;

    private static final String SEARCH = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <form class="search-page-form" action="/search/" role="search" aria-label="Search with filters">
              <p class="search-fields"><label for="search-q">Search for</label> <input id="search-q" type="search" name="q"> <button type="submit">Search</button></p>
              <p class="search-filters"><label for="search-stage">Stage</label>
                <select id="search-stage" name="stage"><option value="">All stages</option>
                  {{ range site.Data.stages }}<option value="{{ .id }}">{{ .short }}</option>
                  {{ end }}
                </select>
              </p>
            </form>
            {{ end }}
            """;

    private static final String NOT_FOUND = """
            {{ define "main" }}
            <h1>Page not found</h1>
            <p>This page does not exist. Try the <a href="/">home page</a> or the <a href="/questions/">question bank</a>.</p>
            {{ end }}
            """;

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("_default/baseof.html", BASEOF),
            Map.entry("index.html", HOME),
            Map.entry("404.html", NOT_FOUND),
            Map.entry("_default/single.html", SINGLE),
            Map.entry("_default/list.html", LIST),
            Map.entry("_default/term.html", TERM),
            Map.entry("_default/asks.html", ASKS),
            Map.entry("_default/backstory.html", BACKSTORY),
            Map.entry("_default/search.html", SEARCH),
            Map.entry("stages/single.html", STAGE),
            Map.entry("stages/list.html", STAGES),
            Map.entry("questions/single.html", QUESTION),
            Map.entry("questions/list.html", QUESTIONS),
            Map.entry("emails/single.html", EMAIL),
            Map.entry("partials/journey.html", JOURNEY),
            Map.entry("partials/footer-links.html", FOOTER_LINKS),
            Map.entry("partials/bank-jumps.html", BANK_JUMPS),
            Map.entry("partials/bank.html", BANK),
            Map.entry("partials/item-id.html", ITEM_ID),
            Map.entry("partials/guides.html", GUIDES),
            Map.entry("partials/contents.html", CONTENTS),
            Map.entry("partials/stage-tags.html", STAGE_TAGS));

    private HugoLayouts() {
    }

    /** Writes every layout under {@code layouts}. */
    static void write(Path layouts) throws IOException {
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            Path target = layouts.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
    }
}
