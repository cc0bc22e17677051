package org.prepbook.render.view;

/**
 * One language of the language switcher: the same page in that language (or its home page, when the
 * page is not translated), labelled with the language's own name; {@code lang} is its tag, and
 * {@code current} marks the language being shown.
 */
public record LanguageLink(String href, String label, String lang, boolean current) {
}
