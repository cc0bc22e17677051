package org.prepbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Writes N varied, valid profiles for the packet benchmark ({@code .ci/bench-packets}): names in
 * Latin with diacritics and in Chinese, two or three interviews, a changing share of prepared
 * answers. Seeded, so every run benchmarks the same cohort.
 *
 * <p>Usage: {@code java -cp target/test-classes org.prepbook.bench.GenerateProfiles DIR COUNT}
 */
public final class GenerateProfiles {
    private static final List<String> NAMES = List.of("Zoë Łukasiewicz-Ngô", "王小明", "Siobhán Ó Dálaigh", "José Müller",
            "Ngozi Adébáyọ̀", "李静 (Jing Li)", "Åsa Þórsdóttir", "Mateus Gonçalves");
    private static final List<String> COMPANIES = List.of("Harbourline Freight", "Quillstone Health", "Brightfield Energy",
            "Northwind Libraries", "Calder & Finch");
    private static final List<String> QUESTIONS = List.of("tell-me-about-yourself", "why-this-company", "greatest-strength",
            "salary-expectations", "tell-me-about-a-time", "most-successful-project", "a-failure", "time-you-led",
            "why-should-we-hire-you", "what-do-you-know-about-us", "handling-pressure", "conflict-with-colleague");
    private static final List<String[]> PLANS = List.of(
            new String[] {"phone-screen", "hiring-manager"},
            new String[] {"phone-screen", "hr-interview", "team-loop"},
            new String[] {"hr-interview", "hiring-manager", "senior-leader"});

    private GenerateProfiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(String.format("student-%04d.yaml", i)), profile(i, random));
        }
        System.out.println("wrote " + count + " profiles into " + dir);
    }

    static String profile(int i, Random random) {
        String name = NAMES.get(i % NAMES.size()) + " " + i;
        String company = COMPANIES.get(random.nextInt(COMPANIES.size()));
        String[] plan = PLANS.get(random.nextInt(PLANS.size()));
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 9, 0).plusDays(random.nextInt(10)).plusHours(random.nextInt(8));
        StringBuilder y = new StringBuilder();
        y.append("candidate:\n  name: \"").append(name).append("\"\n  email: student").append(i).append("@example.org\n")
                .append("  phone: \"+1 555 01").append(String.format("%02d", i % 100)).append("\"\n");
        y.append("target:\n  role: Graduate Analyst\n  company: \"").append(company).append("\"\n  industry: services\n");
        y.append("time_zone: Europe/Berlin\ninterviews:\n");
        for (String stage : plan) {
            y.append("  - stage: ").append(stage).append("\n    at: ").append(at).append("\n    minutes: 45\n")
                    .append("    format: video\n    interviewers:\n      - name: Interviewer ").append(stage).append(" A\n")
                    .append("        title: Manager\n        email: a.").append(stage).append("@example.com\n");
            at = at.plusDays(5 + random.nextInt(5));
        }
        y.append("decision_date: ").append(at.toLocalDate().plusDays(3)).append("\n");
        y.append("strengths:\n  - name: clear writing\n    evidence: Edited the student paper for two years.\n");
        y.append("stories:\n  - title: The late shipment\n    situation: A supplier missed a delivery before an event.\n")
                .append("    task: Keep the event on schedule.\n    action: I found a second supplier and re-planned the set-up.\n")
                .append("    result: The event opened on time.\n    questions: [tell-me-about-a-time, handling-pressure]\n");
        y.append("answers:\n");
        for (String q : QUESTIONS) {
            if (random.nextInt(3) > 0) {
                y.append("  - question: ").append(q).append("\n    answer: |\n      My answer to this, with **one** concrete")
                        .append(" example from my studies and what I learned from it, said in under two minutes.\n");
            }
        }
        y.append("backstory:\n  - prompt: paying-for-school\n    answer: Worked evenings in a café for three years.\n");
        y.append("concerns:\n  - concern: Little industry experience.\n    counter: Two internships and a client project.\n");
        y.append("asks: [next-steps, resume-appeal, decision-timing]\n");
        y.append("research:\n  - Opened a new office this year.\nsalary:\n  range: 40,000–45,000\n  basis: published salary surveys\n");
        return y.toString();
    }
}
