package org.prepbook.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.prepbook.model.Stage;
import org.prepbook.output.Output;

/**
 * The search index, as files a browser fetches on demand, under {@code search/}:
 * <ul>
 * <li>{@code index.json}: the first term of every term shard, the id range of each content type,
 * the stages, and a version that changes with the content (the client adds it to every other URL
 * so caches never mix two builds);</li>
 * <li>{@code t/N.json}: term shards, each a sorted run of terms with their postings, cut at about
 * {@value #SHARD_BYTES} bytes so one query costs a few KB;</li>
 * <li>{@code s/ID.json}: the documents of one stage, for the stage filter;</li>
 * <li>{@code d/N.json}: one document's title, link, labels and text, for the result and its excerpt.</li>
 * </ul>
 * Scores are BM25 over one weighted field (title ×{@value #TITLE_WEIGHT}, summary
 * ×{@value #SUMMARY_WEIGHT}), computed here, so the client only adds numbers. Every map is sorted
 * before writing: the same handbook gives byte-identical files.
 */
public final class SearchIndex {
    static final int SHARD_BYTES = 12_000;
    /** A term keeps its best postings only; past this many, more pages add bytes but not better top results. */
    static final int MAX_POSTINGS = 1000;
    static final int TITLE_WEIGHT = 8;
    static final int SUMMARY_WEIGHT = 3;
    /** Plain text kept per document for excerpts; the rest of a long page adds bytes and no matches worth showing. */
    static final int TEXT_CHARS = 4000;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Document> docs;
    private final List<Stage> stages;

    public SearchIndex(List<Document> docs, List<Stage> stages) {
        this.docs = List.copyOf(docs);
        this.stages = List.copyOf(stages);
    }

    /** Writes every index file; returns how many were written. */
    public int write(Output out) {
        Map<String, int[]> postings = postings();
        List<String> files = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<String> firstTerms = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        for (Map.Entry<String, int[]> term : postings.entrySet()) {
            if (shard.length() > SHARD_BYTES) {
                files.add("search/t/" + (firstTerms.size() - 1) + ".json");
                bodies.add(shard.append('}').toString());
                shard.setLength(0);
            }
            if (shard.length() == 0) {
                firstTerms.add(term.getKey());
                shard.append('{');
            } else {
                shard.append(',');
            }
            Json.string(shard, term.getKey()).append(":[");
            int[] list = term.getValue();
            for (int i = 0; i < list.length; i++) {
                shard.append(i == 0 ? "" : ",").append(list[i]);
            }
            shard.append(']');
        }
        if (shard.length() > 0) {
            files.add("search/t/" + (firstTerms.size() - 1) + ".json");
            bodies.add(shard.append('}').toString());
        }
        for (Stage s : stages) {
            files.add("search/s/" + s.id() + ".json");
            bodies.add(stageMembers(s.id()));
        }
        for (int i = 0; i < docs.size(); i++) {
            files.add("search/d/" + i + ".json");
            bodies.add(document(docs.get(i)));
        }
        IntStream.range(0, files.size()).parallel()
                .forEach(i -> out.write(files.get(i), bodies.get(i).getBytes(StandardCharsets.UTF_8)));
        out.write("search/index.json", manifest(firstTerms, version(bodies)).getBytes(StandardCharsets.UTF_8));
        return files.size() + 1;
    }

    /**
     * Term to postings: pairs of (document id minus the previous id, score), in id order. Ids are
     * delta-coded because small numbers are what keeps a shard small before and after gzip.
     */
    Map<String, int[]> postings() {
        List<Map<String, Double>> weighted = docs.parallelStream().map(SearchIndex::weightedCounts).toList();
        double[] lengths = weighted.stream().mapToDouble(m -> m.values().stream().mapToDouble(Double::doubleValue).sum()).toArray();
        double average = Math.max(1, Arrays.stream(lengths).average().orElse(1));
        Map<String, List<int[]>> byTerm = new HashMap<>();
        for (int id = 0; id < weighted.size(); id++) {
            for (Map.Entry<String, Double> e : weighted.get(id).entrySet()) {
                byTerm.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(new int[] {id, 0});
            }
        }
        int n = docs.size();
        Map<String, int[]> postings = new TreeMap<>();
        for (Map.Entry<String, List<int[]>> e : byTerm.entrySet()) {
            List<int[]> list = e.getValue();
            double idf = Math.log(1 + (n - list.size() + 0.5) / (list.size() + 0.5));
            for (int[] p : list) {
                double tf = weighted.get(p[0]).get(e.getKey());
                double bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[p[0]] / average));
                p[1] = Math.max(1, (int) Math.round(bm25 * 10));
            }
            if (list.size() > MAX_POSTINGS) {
                list.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
                list = new ArrayList<>(list.subList(0, MAX_POSTINGS));
                list.sort((a, b) -> Integer.compare(a[0], b[0]));
            }
            int[] flat = new int[list.size() * 2];
            int previous = 0;
            for (int i = 0; i < list.size(); i++) {
                flat[2 * i] = list.get(i)[0] - previous;
                flat[2 * i + 1] = list.get(i)[1];
                previous = list.get(i)[0];
            }
            postings.put(e.getKey(), flat);
        }
        return postings;
    }

    private static Map<String, Double> weightedCounts(Document d) {
        Map<String, Double> counts = new HashMap<>();
        Words.terms(d.title()).forEach(t -> counts.merge(t, (double) TITLE_WEIGHT, Double::sum));
        Words.terms(d.summary()).forEach(t -> counts.merge(t, (double) SUMMARY_WEIGHT, Double::sum));
        Words.terms(d.body()).forEach(t -> counts.merge(t, 1.0, Double::sum));
        return counts;
    }

    private String stageMembers(String stageId) {
        StringBuilder out = new StringBuilder("[");
        int previous = 0;
        for (int id = 0; id < docs.size(); id++) {
            if (docs.get(id).stages().contains(stageId)) {
                out.append(out.length() == 1 ? "" : ",").append(id - previous);
                previous = id;
            }
        }
        return out.append(']').toString();
    }

    private static String document(Document d) {
        StringBuilder out = new StringBuilder("{\"k\":");
        Json.string(out, d.kind().id()).append(",\"u\":");
        Json.string(out, d.url()).append(",\"t\":");
        Json.string(out, d.title()).append(",\"w\":");
        Json.string(out, d.where()).append(",\"x\":");
        String text = (d.summary() + " " + d.body()).strip();
        if (text.length() > TEXT_CHARS) {
            int cut = text.lastIndexOf(' ', TEXT_CHARS);
            text = text.substring(0, cut > 0 ? cut : TEXT_CHARS) + " …";
        }
        return Json.string(out, text).append('}').toString();
    }

    private String manifest(List<String> firstTerms, String version) {
        StringBuilder out = new StringBuilder("{\"version\":");
        Json.string(out, version).append(",\"docs\":").append(docs.size()).append(",\"shards\":[");
        for (int i = 0; i < firstTerms.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), firstTerms.get(i));
        }
        out.append("],\"kinds\":[");
        int from = 0;
        boolean first = true;
        for (Document.Kind kind : Document.Kind.values()) {
            int to = from;
            while (to < docs.size() && docs.get(to).kind() == kind) {
                to++;
            }
            out.append(first ? "" : ",").append("{\"id\":");
            Json.string(out, kind.id()).append(",\"label\":");
            Json.string(out, kind.label()).append(",\"from\":").append(from).append(",\"to\":").append(to).append('}');
            first = false;
            from = to;
        }
        out.append("],\"stages\":[");
        for (int i = 0; i < stages.size(); i++) {
            out.append(i == 0 ? "" : ",").append("{\"id\":");
            Json.string(out, stages.get(i).id()).append(",\"label\":");
            Json.string(out, stages.get(i).shortTitle()).append('}');
        }
        return out.append("]}\n").toString();
    }

    /** A short hash of every other file, so a changed build never meets a stale shard from a cache. */
    private static String version(List<String> bodies) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            bodies.forEach(b -> sha.update(b.getBytes(StandardCharsets.UTF_8)));
            StringBuilder hex = new StringBuilder();
            for (byte b : Arrays.copyOf(sha.digest(), 6)) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
