package org.prepbook.model;

import java.util.List;

/** Everything a content folder defines, validated and cross-referenced. Lists are in display order. */
public record Handbook(SiteConfig site, List<Stage> stages, List<Question> questions, List<Ask> asks,
                       List<BackstoryPrompt> backstory, List<EmailTemplate> emails, List<Page> pages) {
}
