package org.prepbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prepbook.output.MemoryOutput;
import org.prepbook.render.Messages;
import org.prepbook.render.Theme;

class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages MESSAGES = Theme.of(Path.of("content"), Path.of("themes"), "default").messages();

    private static Document doc(Document.Kind kind, String url, String title, String body, String... stages) {
        return new Document(kind, url, title, "", body, List.of(stages), String.join(" · ", stages));
    }

    private static List<Document> docs() {
        return List.of(
                doc(Document.Kind.STAGE, "/stages/phone-screen/", "The phone screen",
                        "Have a salary range ready. The recruiter asks about salary early.", "phone-screen"),
                doc(Document.Kind.QUESTION, "/questions/salary-expectations/", "What are your salary expectations?",
                        "Research the range first.", "phone-screen", "hr-interview"),
                doc(Document.Kind.PAGE, "/about/", "About", "Quotes \"and\" backslashes \\ and <tags> stay text."));
    }

    private static Map<String, byte[]> write(List<Document> docs) {
        MemoryOutput out = new MemoryOutput();
        new SearchIndex(docs, List.of(), MESSAGES, "en").write(out);
        return out.files();
    }

    @Test
    void writesByteIdenticalFilesForTheSameDocuments() {
        Map<String, byte[]> first = write(docs());
        Map<String, byte[]> second = write(new ArrayList<>(docs()));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void titleOutranksBody() {
        int[] salary = new SearchIndex(docs(), List.of(), MESSAGES, "en").postings().get("salary");
        // Pairs of (id delta, score): the stage (id 0) mentions salary twice in its body, the question (id 1) once in its title.
        assertEquals(0, salary[0]);
        assertEquals(1, salary[2]);
        assertTrue(salary[3] > salary[1], "title " + salary[3] + " vs body " + salary[1]);
    }

    @Test
    void manifestNamesShardsKindsAndAVersion() throws IOException {
        JsonNode manifest = JSON.readTree(write(docs()).get("search/index.json"));
        assertEquals(3, manifest.get("docs").asInt());
        assertEquals("stage", manifest.get("kinds").get(0).get("id").asText());
        assertEquals(1, manifest.get("kinds").get(1).get("from").asInt());
        assertEquals(2, manifest.get("kinds").get(1).get("to").asInt());
        assertEquals(12, manifest.get("version").asText().length());
        assertEquals(3, manifest.get("bundles").get(0).asInt(), "three short documents share one bundle");
    }

    @Test
    void everyTermIsInTheShardItsFirstTermPointsTo() throws IOException {
        List<Document> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(doc(Document.Kind.PAGE, "/p" + i + "/", "Page " + i, "word" + i + " shared text number" + (i % 37)));
        }
        Map<String, byte[]> files = write(many);
        JsonNode shards = JSON.readTree(files.get("search/index.json")).get("shards");
        assertTrue(shards.size() > 1, "enough text for several shards");
        for (int i = 0; i < shards.size(); i++) {
            JsonNode shard = JSON.readTree(files.get("search/t/" + i + ".json"));
            String first = shards.get(i).asText();
            String next = i + 1 < shards.size() ? shards.get(i + 1).asText() : null;
            assertEquals(first, shard.fieldNames().next());
            shard.fieldNames().forEachRemaining(term -> assertTrue(term.compareTo(first) >= 0 && (next == null || term.compareTo(next) < 0), term));
        }
    }

    @Test
    void documentTextSurvivesJsonEscaping() throws IOException {
        JsonNode about = JSON.readTree(write(docs()).get("search/d/0.json")).get(2);
        assertEquals("Quotes \"and\" backslashes \\ and <tags> stay text.", about.get("x").asText());
        assertEquals("/about/", about.get("u").asText());
        assertEquals("page", about.get("k").asText());
    }

    @Test
    void termsWithTheSameHashAreCountedApartInALongDocument() {
        // "aln", "an0" and "c00" share String.hashCode(); 300 other terms make the counting table grow.
        StringBuilder body = new StringBuilder("aln an0 an0 c00 c00 c00");
        for (int i = 0; i < 300; i++) {
            body.append(" filler").append(i);
        }
        List<Document> one = List.of(doc(Document.Kind.PAGE, "/p/", "Page", body.toString()));
        Map<String, int[]> postings = new SearchIndex(one, List.of(), MESSAGES, "en").postings();
        assertEquals(304, postings.size(), "300 fillers, the three sharing a hash, and the title's word");
        assertTrue(postings.containsKey("filler0") && postings.containsKey("filler299"));
        int once = postings.get("aln")[1];
        int twice = postings.get("an0")[1];
        int thrice = postings.get("c00")[1];
        assertTrue(once < twice && twice < thrice, once + " < " + twice + " < " + thrice);
    }

    @Test
    void longPostingListsKeepTheBestScoringDocuments() {
        List<Document> many = new ArrayList<>();
        for (int i = 0; i < SearchIndex.MAX_POSTINGS + 50; i++) {
            many.add(doc(Document.Kind.PAGE, "/p" + i + "/", i == SearchIndex.MAX_POSTINGS + 20 ? "common" : "Page", "common"));
        }
        int[] common = new SearchIndex(many, List.of(), MESSAGES, "en").postings().get("common");
        assertEquals(SearchIndex.MAX_POSTINGS * 2, common.length);
        int id = 0;
        boolean titled = false;
        for (int i = 0; i < common.length; i += 2) {
            id += common[i];
            titled |= id == SearchIndex.MAX_POSTINGS + 20;
        }
        assertTrue(titled, "the one document with the word in its title is kept");
    }

    @Test
    void aChineseIndexHoldsPairsAndNoStemsAndSaysItsLanguage() throws IOException {
        List<Document> docs = List.of(doc(Document.Kind.QUESTION, "/questions/teamwork/", "团队合作的经历", "谈谈团队。"),
                doc(Document.Kind.PAGE, "/about/", "关于我们", "面试中心。"));
        Messages chinese = Theme.of(Path.of("content"), Path.of("themes"), "default").in("zh-CN").messages();
        SearchIndex index = new SearchIndex(docs, List.of(), chinese, "zh-CN");
        assertEquals(List.of("作的", "关于", "合作", "团队", "我们", "的经", "经历", "谈团", "谈谈", "队合", "面试", "于我",
                "中心", "试中").stream().sorted().toList(), List.copyOf(index.postings().keySet()));
        int[] team = index.postings().get("团队");
        assertEquals(2, team.length, "one document holds it, in its title and its body");
        MemoryOutput out = new MemoryOutput();
        index.write(out);
        JsonNode manifest = JSON.readTree(out.files().get("search/index.json"));
        assertEquals("zh-CN", manifest.get("language").asText());
        assertEquals(false, manifest.get("stem").asBoolean());
        assertEquals("“{query}”：{results}", manifest.get("text").get("for").asText(), "the client's words, placeholders kept");
    }

    @Test
    void theManifestCarriesTheDigitsThePagesUse() throws IOException {
        Messages arabic = Theme.of(Path.of("content"), Path.of("themes"), "default").in("ar").messages();
        MemoryOutput out = new MemoryOutput();
        new SearchIndex(docs(), List.of(), arabic, "ar").write(out);
        JsonNode numbers = JSON.readTree(out.files().get("search/index.json")).get("numbers");
        assertEquals("٠١٢٣٤٥٦٧٨٩", numbers.get("digits").asText());
        assertEquals("٬", numbers.get("group").asText());
        JsonNode english = JSON.readTree(write(docs()).get("search/index.json"));
        assertEquals("0123456789", english.get("numbers").get("digits").asText());
        assertEquals(",", english.get("numbers").get("group").asText());
        assertEquals(true, english.get("stem").asBoolean());
    }

    @Test
    void aBundledDocumentWeighsItsCharactersAsTheExcerptCutDoes() {
        assertEquals(3 + 1 + 2, SearchIndex.weighted("团a😀".getBytes(StandardCharsets.UTF_8)), "ideograph, letter, surrogate pair");
        String json = "{\"x\":\"مرحبا बधाई Привет İŞIK 团队 カナ 팀워크 𠀀 ﬃ é\\\"\"}";
        int chars = json.chars().map(c -> SearchIndex.weight((char) c)).sum();
        assertEquals(chars, SearchIndex.weighted(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDocumentKeepsAboutTheSameBytesOfTextInEveryScript() {
        String english = "word ".repeat(2000);
        assertEquals(english.lastIndexOf(' ', SearchIndex.TEXT_CHARS), SearchIndex.textEnd(english), "cut at a space");
        String chinese = "团队合作很重要".repeat(1000);
        assertEquals(SearchIndex.TEXT_CHARS / 3, SearchIndex.textEnd(chinese), "an ideograph counts as three letters");
        String russian = "команда ".repeat(1000);
        assertEquals(russian.lastIndexOf(' ', SearchIndex.TEXT_CHARS), SearchIndex.textEnd(russian), "Cyrillic counts as Latin");
        String rare = "𠀀".repeat(3000);
        assertTrue(Character.isHighSurrogate(rare.charAt(SearchIndex.textEnd(rare) - 1)) == false, "never half a character");
        assertEquals("short text", "short text".substring(0, SearchIndex.textEnd("short text")));
    }
}
