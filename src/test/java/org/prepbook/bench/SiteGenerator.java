package org.prepbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic content folder of about 10,000 pages for benchmarks. Its text is drawn from a
 * vocabulary of {@value #VOCABULARY} words with Zipf-distributed frequencies (exponent
 * {@value #ZIPF}), the shape real prose has: a few hundred common words make up most of the text,
 * while thousands of rare ones appear on only a handful of pages. The first ranks are real English
 * function and interview words, so queries like "salary" behave as on a real handbook; the long
 * tail is pronounceable made-up words. Seeded: every run writes the same files. With the language
 * {@code zh}, the words are Chinese (real interview words first, then made-up pairs and triples of
 * common characters) and sentences are written without spaces, as Chinese is.
 *
 * <p>Usage: {@code SiteGenerator <folder> [pages] [language: en or zh]}
 */
public final class SiteGenerator {
    static final int VOCABULARY = 24_000;
    static final double ZIPF = 1.05;
    static final String[] STAGES = {"preparation", "phone-screen", "hr-interview", "hiring-manager", "team-loop",
        "senior-leader", "follow-up"};
    private static final String[] CATEGORIES = {"motivation", "research", "experience", "behavioural", "closing"};
    private static final String COMMON = "the of and to a in is you that it for your on with as be this are or at by"
            + " from have an they not but what can will all their we more about if one when there so do out up how"
            + " them some time which would other into than then its also our most these just like make only after"
            + " work people job interview interviewer question answer company role team manager recruiter salary offer"
            + " hiring process candidate skills experience example story phone screen email thank follow research"
            + " meeting call week day first next stage goal result project learn ask tell show prepare practice"
            + " strength weakness culture fit decision reference negotiate career résumé application position"
            + " feedback leader colleague customer problem solution challenge plan schedule deadline budget"
            + " interviewing interviews prepared asked questions answers companies offers negotiating teams";

    /** The first ranks of the Chinese vocabulary: interview words (salary, interview, team…) among common ones. */
    private static final String COMMON_ZH = "的 是 在 和 了 你 我们 这个 一个 工作 面试 面试官 问题 回答 公司 职位 团队 经理 招聘"
            + " 薪资 录用 流程 候选人 技能 经验 例子 故事 电话 邮件 感谢 跟进 调研 会议 时间 目标 结果 项目 学习 准备"
            + " 练习 优势 缺点 文化 决定 谈判 职业 简历 申请 反馈 领导 同事 客户 挑战 计划 安排 预算 团队合作";

    private final Random random = new Random(20261125L);
    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    private final String language;
    /** What goes between words: a space, or nothing for Chinese. */
    private final String space;

    SiteGenerator() {
        this("en");
    }

    SiteGenerator(String language) {
        this.language = language;
        this.space = language.equals("zh") ? "" : " ";
        String[] common = (language.equals("zh") ? COMMON_ZH : COMMON).split(" ");
        System.arraycopy(common, 0, words, 0, common.length);
        String[] onsets = {"b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
            "pl", "pr", "qu", "r", "s", "sh", "sk", "sl", "st", "t", "th", "tr", "v", "w", "z"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "ou"};
        String[] codas = {"", "", "n", "r", "l", "s", "t", "nd", "rk", "st", "m", "x", "ng"};
        java.util.Set<String> seen = new java.util.HashSet<>(Arrays.asList(common));
        for (int i = common.length; i < VOCABULARY; ) {
            StringBuilder w = new StringBuilder();
            if (language.equals("zh")) {
                // Two or three of the 2,500 ideographs from U+4E00 on, most of them common characters.
                for (int c = 0, n = 2 + random.nextInt(2); c < n; c++) {
                    w.appendCodePoint(0x4E00 + random.nextInt(2500));
                }
                if (seen.add(w.toString())) {
                    words[i++] = w.toString();
                }
                continue;
            }
            int syllables = 1 + random.nextInt(3) + (random.nextInt(4) == 0 ? 1 : 0);
            for (int s = 0; s < syllables; s++) {
                w.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
            }
            w.append(codas[random.nextInt(codas.length)]);
            if (seen.add(w.toString())) {
                words[i++] = w.toString();
            }
        }
        double sum = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            sum += 1 / Math.pow(r + 1, ZIPF);
            cumulative[r] = sum;
        }
        for (int r = 0; r < VOCABULARY; r++) {
            cumulative[r] /= sum;
        }
    }

    /** The word of the given frequency rank (0 is the most common), to pick benchmark queries by rarity. */
    String wordAt(int rank) {
        return words[rank];
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SiteGenerator <folder> [pages]");
            System.exit(2);
        }
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int written = new SiteGenerator(args.length > 2 ? args[2] : "en").write(Path.of(args[0]), pages);
        System.out.println("Wrote a content folder for " + written + " pages into " + args[0]);
    }

    /**
     * Writes the content folder; returns the number of pages its build will have. Questions take
     * 60 % of the pages, free pages most of the rest, email templates 4 %; asks and backstory
     * prompts live on one page each but are search documents of their own.
     */
    int write(Path root, int pages) throws IOException {
        int questions = pages * 60 / 100;
        int emails = pages * 4 / 100;
        int fixed = 1 + 1 + STAGES.length + 1 + STAGES.length + 1 + 1 + 1 + 1;
        int free = pages - questions - emails - fixed;
        Files.createDirectories(root);
        write(root.resolve("site.yaml"), siteYaml());
        for (int i = 0; i < STAGES.length; i++) {
            write(root.resolve("stages/" + STAGES[i] + ".md"), stage(i));
        }
        for (int file = 0; file * 200 < questions; file++) {
            StringBuilder yaml = new StringBuilder();
            for (int q = file * 200; q < Math.min(questions, (file + 1) * 200); q++) {
                yaml.append(question(q));
            }
            write(root.resolve("questions/q" + file + ".yaml"), yaml.toString());
        }
        StringBuilder asks = new StringBuilder();
        for (int a = 0; a < pages / 8; a++) {
            asks.append("- id: ask-").append(a).append("\n  text: ").append(quoted(sentence(7, 16), "?"))
                    .append("\n  why: ").append(quoted(sentences(2), "")).append("\n  stages: ").append(stages())
                    .append("\n  when: ").append(new String[] {"early", "anytime", "closing"}[random.nextInt(3)]).append("\n\n");
        }
        write(root.resolve("asks/generated.yaml"), asks.toString());
        StringBuilder prompts = new StringBuilder();
        for (int b = 0; b < pages / 40; b++) {
            prompts.append("- id: prompt-").append(b).append("\n  prompt: ").append(quoted(sentence(8, 18), "?"))
                    .append("\n  theme: ").append(quoted(capital(word()), "")).append("\n  why: ")
                    .append(quoted(sentences(2), "")).append("\n\n");
        }
        write(root.resolve("backstory/generated.yaml"), prompts.toString());
        for (int e = 0; e < emails; e++) {
            write(root.resolve("emails/email-" + e + ".md"), email(e));
        }
        for (int p = 0; p < free; p++) {
            write(root.resolve("pages/page-" + p + ".md"), page());
        }
        return pages;
    }

    private String siteYaml() {
        StringBuilder s = new StringBuilder("title: Generated Handbook\norganisation: Benchmark Career Center\n"
                + "base_url: https://career.example.edu/handbook/\nlanguage: " + language + "\ntheme: default\n"
                + "description: A generated handbook for benchmarks.\nintro: |\n  " + paragraph() + "\ncategories:\n");
        for (String c : CATEGORIES) {
            s.append("  - id: ").append(c).append("\n    title: ").append(capital(c)).append("\n");
        }
        return s.toString();
    }

    private String stage(int i) {
        String title = capital(STAGES[i].replace('-', ' '));
        return "---\nid: " + STAGES[i] + "\ntitle: The " + title.toLowerCase() + " stage\nshort_title: " + title
                + "\norder: " + (i + 1) + "\ngoal: " + quoted(sentences(2), "") + "\nwho: " + quoted(sentence(6, 14), ".")
                + "\nlength: About " + (20 + 10 * i) + " minutes\nmistakes:\n" + items(5) + "tips:\n" + items(5) + "---\n"
                + body(6);
    }

    private String question(int q) {
        return "- id: question-" + q + "\n  text: " + quoted(sentence(6, 15), "?") + "\n  category: "
                + CATEGORIES[random.nextInt(CATEGORIES.length)] + "\n  stages: " + stages() + "\n  intent: "
                + quoted(sentence(10, 22), ".") + "\n  guidance: |\n" + indent(paragraph() + "\n\n" + paragraph(), "    ")
                + "\n  pitfalls:\n" + items(1 + random.nextInt(3)).replace("  - ", "    - ") + "\n";
    }

    private String email(int e) {
        return "---\nid: email-" + e + "\ntitle: " + quoted(capital(sentence(3, 7)), "") + "\nwhen:\n  anchor: interview\n"
                + "  days: " + random.nextInt(5) + "\n  description: " + quoted(sentence(6, 12), ".") + "\nsubject: "
                + quoted("About " + sentence(3, 6) + ", {{recipient.name}}", "") + "\npurpose: " + quoted(sentence(8, 16), ".")
                + "\n---\nDear {{recipient.name}},\n\n" + paragraph() + "\n\n" + paragraph() + "\n\n{{candidate.name}}\n";
    }

    private String page() {
        return "---\ntitle: " + quoted(capital(sentence(3, 8)), "") + "\ndescription: " + quoted(sentence(8, 18), ".")
                + "\nnav: false\n---\n" + body(2 + random.nextInt(6));
    }

    private String body(int sections) {
        StringBuilder md = new StringBuilder(paragraph()).append("\n\n");
        for (int s = 0; s < sections; s++) {
            md.append("## ").append(capital(sentence(2, 6))).append("\n\n").append(paragraph()).append("\n\n");
            if (random.nextInt(3) == 0) {
                md.append(items(3).replace("  - ", "- ")).append("\n");
            }
        }
        return md.toString();
    }

    private String items(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("  - ").append(quoted(sentence(5, 12), "")).append("\n");
        }
        return s.toString();
    }

    private String stages() {
        List<String> picked = new ArrayList<>();
        for (String s : STAGES) {
            if (random.nextInt(3) == 0) {
                picked.add(s);
            }
        }
        if (picked.isEmpty()) {
            picked.add(STAGES[random.nextInt(STAGES.length)]);
        }
        return "[" + String.join(", ", picked) + "]";
    }

    private String paragraph() {
        return sentences(3 + random.nextInt(5));
    }

    private String sentences(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(capital(sentence(6, 20))).append(space.isEmpty() ? "。" : ".");
        }
        return s.toString();
    }

    private String sentence(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : space).append(word());
        }
        return s.toString();
    }

    private String word() {
        int rank = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(VOCABULARY - 1, rank < 0 ? -rank - 1 : rank)];
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String quoted(String text, String end) {
        return "\"" + capital(text).replace("\\", "\\\\").replace("\"", "\\\"") + end + "\"";
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n\n", "\n\n" + prefix);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
