package org.prepbook.search;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.prepbook.model.Stage;
import org.prepbook.output.Json;
import org.prepbook.output.Output;
import org.prepbook.render.Messages;

/**
 * The search index, as files a browser fetches on demand, under {@code search/}:
 * <ul>
 * <li>{@code index.json}: the index's language and whether it stems ({@link Words}), what the
 * client says about results in that language, the first
 * term of every term shard, the id range of each content type, the stages, and a version that changes with the content (the client adds it to every other URL
 * so caches never mix two builds);</li>
 * <li>{@code t/N.json}: term shards, each a sorted run of terms with their postings, cut at about
 * {@value #SHARD_BYTES} bytes so one query costs a few KB;</li>
 * <li>{@code s/ID.json}: the documents of one stage, for the stage filter;</li>
 * <li>{@code d/N.json}: a bundle of consecutive documents (the manifest lists how many in each),
 * each with its title, link, labels and text, for the result and its excerpt.</li>
 * </ul>
 * Scores are BM25 over one weighted field (title ×{@value #TITLE_WEIGHT}, summary
 * ×{@value #SUMMARY_WEIGHT}), computed here, so the client only adds numbers. Every map is sorted
 * before writing: the same handbook gives byte-identical files. One index holds one language.
 */
public final class SearchIndex {
    static final int SHARD_BYTES = 6_000;
    static final int BUNDLE_BYTES = 3_000;
    /** A term keeps its best postings only; past this many, more pages add bytes but not better top results. */
    static final int MAX_POSTINGS = 1000;
    static final int TITLE_WEIGHT = 8;
    static final int SUMMARY_WEIGHT = 3;
    /** Plain text kept per document for excerpts ({@link #textEnd}); the rest of a long page adds bytes and no matches worth showing. */
    static final int TEXT_CHARS = 4000;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Document> docs;
    private final List<Stage> stages;
    private final Map<Document.Kind, String> kindLabels;
    /** What the client says about results ({@code search.results.*}), placeholders left for it to fill. */
    private final Map<String, String> clientTexts = new TreeMap<>();
    private final String language;
    private final Words words;
    /** The digits 0 to 9 and the thousands separator of the messages' numbers, so the client's counts match the pages'. */
    private final String digits;
    private final String group;

    /**
     * @param messages the theme's, for the label of each kind of result
     * @param language the BCP 47 tag the documents are written in, which picks how words are cut and stemmed
     */
    public SearchIndex(List<Document> docs, List<Stage> stages, Messages messages, String language) {
        this.language = language;
        this.words = Words.of(language);
        this.docs = List.copyOf(docs);
        this.stages = List.copyOf(stages);
        this.kindLabels = new EnumMap<>(Document.Kind.class);
        for (Document.Kind kind : Document.Kind.values()) {
            kindLabels.put(kind, messages.text("search.kinds." + kind.id()));
        }
        StringBuilder digits = new StringBuilder();
        for (int d = 0; d <= 9; d++) {
            digits.append(messages.number(d));
        }
        this.digits = digits.toString();
        String million = messages.number(1_000_000);
        this.group = million.length() > 7 ? million.substring(1, 2) : "";
        for (String key : List.of("label", "none", "for", "showing", "all", "page", "empty")) {
            clientTexts.put(key, messages.pattern("search.results." + key));
        }
        // The count's plural forms under their CLDR names (one, few, other…), for the client to pick with the language's rules.
        clientTexts.putAll(messages.pluralPatterns("search.results"));
    }

    /** Writes every index file; returns how many were written. */
    public int write(Output out) {
        List<String> files = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        List<String> firstTerms = new ArrayList<>();
        ShardWriter shards = new ShardWriter();
        for (Map.Entry<String, int[]> term : postings().entrySet()) {
            if (shards.add(term.getKey(), term.getValue())) {
                firstTerms.add(term.getKey());
            }
            if (shards.length() > SHARD_BYTES) {
                files.add("search/t/" + (firstTerms.size() - 1) + ".json");
                bodies.add(shards.close());
            }
        }
        if (shards.length() > 0) {
            files.add("search/t/" + (firstTerms.size() - 1) + ".json");
            bodies.add(shards.close());
        }
        Map<String, List<Integer>> members = stageMembers();
        for (Stage s : stages) {
            files.add("search/s/" + s.id() + ".json");
            bodies.add(deltas(members.getOrDefault(s.id(), List.of())));
        }
        List<Integer> bundleSizes = new ArrayList<>();
        for (List<byte[]> bundle : bundles()) {
            files.add("search/d/" + bundleSizes.size() + ".json");
            bodies.add(Json.array(bundle));
            bundleSizes.add(bundle.size());
        }
        // Each file is checksummed and written by the same task; the version hashes the
        // checksums. CRC32C, not SHA-256, per file: the JIT the build runs with (C1) has an intrinsic
        // for the one and not the other, which made hashing 3 % of the build's CPU. A cache-busting
        // token needs no cryptographic strength; the length goes in too.
        byte[][] digests = new byte[files.size()][];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            byte[] bytes = bodies.get(i);
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            digests[i] = ByteBuffer.allocate(Long.BYTES * 2).putLong(crc.getValue()).putLong(bytes.length).array();
            out.write(files.get(i), bytes);
        });
        out.write("search/index.json", manifest(firstTerms, bundleSizes, version(digests)).getBytes(StandardCharsets.UTF_8));
        return files.size() + 1;
    }

    /** The term shard being written: one JSON object of terms and their postings, {@code {"term":[delta,score,...],...}}. */
    private static final class ShardWriter {
        private StringWriter text;
        private JsonGenerator out;

        /** Adds a term; true when it is the first of a new shard. */
        boolean add(String term, int[] postings) {
            boolean first = out == null;
            try {
                if (first) {
                    text = new StringWriter();
                    out = Json.open(text);
                    out.writeStartObject();
                }
                out.writeFieldName(term);
                out.writeArray(postings, 0, postings.length);
            } catch (IOException e) {
                throw new UncheckedIOException("a StringWriter does not fail", e);
            }
            return first;
        }

        /** Characters written to the current shard, 0 when none is open. */
        int length() {
            return out == null ? 0 : Json.length(text, out);
        }

        byte[] close() {
            try (JsonGenerator done = out) {
                done.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException("a StringWriter does not fail", e);
            }
            out = null;
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Term to postings: pairs of (document id minus the previous id, score), in id order. Ids are
     * delta-coded because small numbers are what keeps a shard small before and after gzip.
     */
    Map<String, int[]> postings() {
        List<Bag> bags = docs.parallelStream().map(d -> Bag.of(d, words)).toList();
        // Number the terms once, so the rest works on int arrays rather than a map per posting. The
        // numbers depend on which thread came first, but nothing written does: the result is sorted by term.
        Map<String, Integer> ids = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        int[][] termIds = new int[bags.size()][];
        IntStream.range(0, bags.size()).parallel().forEach(d -> {
            String[] terms = bags.get(d).terms();
            termIds[d] = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                // get first: most terms are known by then, and a hit there takes no lock, where
                // computeIfAbsent locks the bin (half this step's time on the 10,000-page site).
                Integer id = ids.get(terms[i]);
                termIds[d][i] = id != null ? id : ids.computeIfAbsent(terms[i], t -> next.getAndIncrement());
            }
        });
        String[] terms = new String[ids.size()];
        ids.forEach((term, id) -> terms[id] = term);
        double total = 0;
        int[] frequency = new int[terms.length];
        for (int d = 0; d < termIds.length; d++) {
            total += bags.get(d).length();
            for (int id : termIds[d]) {
                frequency[id]++;
            }
        }
        int n = bags.size();
        double[] idf = new double[terms.length];
        int[][] docsOf = new int[terms.length][];
        float[][] scoresOf = new float[terms.length][];
        for (int t = 0; t < terms.length; t++) {
            idf[t] = Math.log(1 + (n - frequency[t] + 0.5) / (frequency[t] + 0.5));
            docsOf[t] = new int[frequency[t]];
            scoresOf[t] = new float[frequency[t]];
        }
        double average = Math.max(1, total / Math.max(1, n));
        int[] filled = new int[terms.length];
        for (int d = 0; d < n; d++) {
            Bag bag = bags.get(d);
            double norm = K1 * (1 - B + B * bag.length() / average);
            for (int i = 0; i < termIds[d].length; i++) {
                int t = termIds[d][i];
                double tf = bag.weights()[i];
                docsOf[t][filled[t]] = d;
                scoresOf[t][filled[t]++] = (float) (idf[t] * tf * (K1 + 1) / (tf + norm));
            }
        }
        int[][] flat = new int[terms.length][];
        IntStream.range(0, terms.length).parallel().forEach(t -> flat[t] = flatten(docsOf[t], scoresOf[t]));
        // In term order, as a TreeMap would give them, without its tree: the terms are distinct.
        String[] sorted = terms.clone();
        Arrays.parallelSort(sorted);
        Map<String, int[]> postings = new LinkedHashMap<>(terms.length * 2);
        for (String term : sorted) {
            postings.put(term, flat[ids.get(term)]);
        }
        return postings;
    }

    /**
     * Delta-coded (id, score) pairs in id order, only the best {@value #MAX_POSTINGS} if there are
     * more. Scores become whole tenths, which gzip well; the cut uses the exact ones, so a term found
     * in nearly every page (where all round to the same small number) still keeps its best pages.
     */
    private static int[] flatten(int[] docIds, float[] scores) {
        int[] kept = docIds.length > MAX_POSTINGS ? best(scores) : IntStream.range(0, docIds.length).toArray();
        int[] flat = new int[kept.length * 2];
        int previous = 0;
        for (int i = 0; i < kept.length; i++) {
            flat[2 * i] = docIds[kept[i]] - previous;
            flat[2 * i + 1] = Math.max(1, Math.round(10 * scores[kept[i]]));
            previous = docIds[kept[i]];
        }
        return flat;
    }

    /**
     * The positions of the {@value #MAX_POSTINGS} best scores, in position order; ties go to the lower
     * position. One long per posting sorts without boxing: a positive float's bits order like the
     * float, so MAX_VALUE minus them puts the best first.
     */
    private static int[] best(float[] scores) {
        long[] order = new long[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(scores[i])) << 32) | i;
        }
        Arrays.sort(order);
        int[] kept = new int[MAX_POSTINGS];
        for (int i = 0; i < MAX_POSTINGS; i++) {
            kept[i] = (int) order[i];
        }
        Arrays.sort(kept);
        return kept;
    }

    /** One document's distinct terms with their field-weighted counts, and its weighted length. */
    private record Bag(String[] terms, int[] weights, int length) {
        static Bag of(Document d, Words words) {
            Counter counts = new Counter();
            counts.add(words, d.title(), TITLE_WEIGHT);
            counts.add(words, d.summary(), SUMMARY_WEIGHT);
            counts.add(words, d.body(), 1);
            return new Bag(Arrays.copyOf(counts.terms, counts.size), Arrays.copyOf(counts.weights, counts.size), counts.length);
        }
    }

    /**
     * Counts terms straight from the buffer they are cut into: a hash table over the characters, so a
     * term costs a string once per document rather than once per occurrence. Terms stay in the order
     * first met.
     */
    private static final class Counter implements Words.Sink {
        String[] terms = new String[64];
        int[] weights = new int[64];
        private int[] hashes = new int[64];
        /** Open addressing: a term's index plus one, 0 for a free slot. */
        private int[] slots = new int[128];
        int size;
        int length;
        private int weight;

        void add(Words words, String text, int weight) {
            this.weight = weight;
            words.terms(text, this);
        }

        @Override
        public void accept(char[] chars, int n) {
            length += weight;
            int hash = 0;
            for (int i = 0; i < n; i++) {
                hash = 31 * hash + chars[i];
            }
            int mask = slots.length - 1;
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                int entry = slots[slot] - 1;
                if (entry < 0) {
                    slots[slot] = insert(new String(chars, 0, n), hash) + 1;
                    if (2 * size > slots.length) {
                        grow();
                    }
                    return;
                }
                if (hashes[entry] == hash && same(terms[entry], chars, n)) {
                    weights[entry] += weight;
                    return;
                }
            }
        }

        private int insert(String term, int hash) {
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, 2 * size);
                weights = Arrays.copyOf(weights, 2 * size);
                hashes = Arrays.copyOf(hashes, 2 * size);
            }
            terms[size] = term;
            weights[size] = weight;
            hashes[size] = hash;
            return size++;
        }

        /** Twice the slots, every term placed again. */
        private void grow() {
            slots = new int[2 * slots.length];
            int mask = slots.length - 1;
            for (int entry = 0; entry < size; entry++) {
                int slot = mix(hashes[entry]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry + 1;
            }
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }

        private static boolean same(String term, char[] chars, int n) {
            if (term.length() != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (term.charAt(i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The ids of each stage's documents, in id order, from one pass over the documents. */
    private Map<String, List<Integer>> stageMembers() {
        Map<String, List<Integer>> members = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            for (String stage : docs.get(id).stages()) {
                members.computeIfAbsent(stage, k -> new ArrayList<>()).add(id);
            }
        }
        return members;
    }

    /** Ids in increasing order as a JSON array of the differences between neighbours, the first from 0. */
    private static byte[] deltas(List<Integer> ids) {
        return Json.bytes(g -> {
            g.writeStartArray();
            int previous = 0;
            for (int id : ids) {
                g.writeNumber(id - previous);
                previous = id;
            }
            g.writeEndArray();
        });
    }

    /**
     * Documents in id order, packed into bundles of at most about {@value #BUNDLE_BYTES} bytes: a
     * 10,000-page site gets 6,900 files rather than one per document (11,500) to create, upload and
     * cache, and a bundle this size still costs a result only a KB or two.
     */
    private List<List<byte[]>> bundles() {
        List<List<byte[]>> bundles = new ArrayList<>();
        List<byte[]> bundle = new ArrayList<>();
        int bytes = 0;
        byte[][] json = docs.parallelStream().map(SearchIndex::document).toArray(byte[][]::new);
        int[] lengths = Arrays.stream(json).parallel().mapToInt(SearchIndex::weighted).toArray();
        for (int i = 0; i < json.length; i++) {
            byte[] doc = json[i];
            int length = lengths[i];
            if (!bundle.isEmpty() && bytes + length > BUNDLE_BYTES) {
                bundles.add(bundle);
                bundle = new ArrayList<>();
                bytes = 0;
            }
            bundle.add(doc);
            bytes += length;
        }
        if (!bundle.isEmpty()) {
            bundles.add(bundle);
        }
        return bundles;
    }

    private static byte[] document(Document d) {
        String text = (d.summary() + " " + d.body()).strip();
        int end = textEnd(text);
        String excerpt = end < text.length() ? text.substring(0, end) + " …" : text;
        return Json.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("k", d.kind().id());
            g.writeStringField("u", d.url());
            g.writeStringField("t", d.title());
            g.writeStringField("w", d.where());
            g.writeStringField("x", excerpt);
            g.writeEndObject();
        });
    }

    /**
     * Where a document's kept text ends: after about {@value #TEXT_CHARS} characters, at a space if
     * one is near. An ideograph, a kana or a Hangul syllable counts as three: it carries about what
     * three Latin letters do, and takes three bytes, so a Chinese page keeps as much to search
     * excerpts in and costs a reader about the same bytes as an English one.
     */
    static int textEnd(String text) {
        int weight = 0;
        for (int i = 0; i < text.length(); i++) {
            weight += weight(text.charAt(i));
            if (weight > TEXT_CHARS) {
                int space = text.lastIndexOf(' ', i);
                int end = space > 0 && space > i - 200 ? space : i;
                return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
            }
        }
        return text.length();
    }

    /** 3 for an ideograph, a kana or a Hangul syllable, 1 for anything else: see {@link #textEnd}. */
    static int weight(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
                || (c >= 0xF900 && c <= 0xFAFF) ? 3 : 1;
    }

    /**
     * A document's length for bundling, in characters weighted as {@link #textEnd} weighs them, so a
     * bundle's bytes hardly depend on the script; read from its UTF-8, where only a three-byte
     * sequence can be a character that weighs 3, and a four-byte one is two characters (a surrogate pair).
     */
    static int weighted(byte[] doc) {
        int length = 0;
        for (int i = 0; i < doc.length; ) {
            int b = doc[i] & 0xFF;
            if (b < 0xE0) {
                length++;
                i += b < 0x80 ? 1 : 2;
            } else if (b < 0xF0) {
                length += weight((char) ((b & 0x0F) << 12 | (doc[i + 1] & 0x3F) << 6 | doc[i + 2] & 0x3F));
                i += 3;
            } else {
                length += 2;
                i += 4;
            }
        }
        return length;
    }

    private String manifest(List<String> firstTerms, List<Integer> bundleSizes, String version) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("version", version);
            g.writeStringField("language", language);
            g.writeBooleanField("stem", words.english());
            g.writeObjectFieldStart("numbers");
            g.writeStringField("digits", digits);
            g.writeStringField("group", group);
            g.writeEndObject();
            g.writeObjectFieldStart("text");
            for (Map.Entry<String, String> text : clientTexts.entrySet()) {
                g.writeStringField(text.getKey(), text.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("docs", docs.size());
            g.writeArrayFieldStart("bundles");
            for (int size : bundleSizes) {
                g.writeNumber(size);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("shards");
            for (String term : firstTerms) {
                g.writeString(term);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("kinds");
            int from = 0;
            for (Document.Kind kind : Document.Kind.values()) {
                int to = from;
                while (to < docs.size() && docs.get(to).kind() == kind) {
                    to++;
                }
                g.writeStartObject();
                g.writeStringField("id", kind.id());
                g.writeStringField("label", kindLabels.get(kind));
                g.writeNumberField("from", from);
                g.writeNumberField("to", to);
                g.writeEndObject();
                from = to;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stages");
            for (Stage stage : stages) {
                g.writeStartObject();
                g.writeStringField("id", stage.id());
                g.writeStringField("label", stage.shortTitle());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }) + "\n";
    }

    /**
     * A short hash of every other file (of their checksums, in order), so a changed build never meets
     * a stale shard from a cache.
     */
    private static String version(byte[][] digests) {
        MessageDigest sha = sha256();
        for (byte[] digest : digests) {
            sha.update(digest);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : Arrays.copyOf(sha.digest(), 6)) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
