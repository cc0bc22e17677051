package org.prepbook.model;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A BCP 47 language tag, well formed and in its canonical case ({@code zh-hans-cn} is
 * {@code zh-Hans-CN}), and the one home of what a tag says about layout: whether its text runs right
 * to left, and what the language is called. The handbook's pages and the packets both ask here.
 */
public record Language(String tag, Locale locale) {
    /** Scripts written right to left (ISO 15924), for a tag that names its script: {@code pa-Arab}, {@code uz-Arab}. */
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg",
            "Mand", "Samr", "Mend", "Yezi", "Aran", "Syre", "Syrj", "Syrn");
    /** Languages whose usual script runs right to left, for a tag that names no script. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa", "glk",
            "he", "iw", "ks", "lrc", "mzn", "nqo", "pnb", "prs", "ps", "sd", "syr", "ug", "ur", "yi", "ji");
    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

    /** The language of {@code text}, or empty when it is not a well-formed tag of a known language. */
    public static Optional<Language> parse(String text) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text).build();
            if (locale.getLanguage().length() == 2 && !TWO_LETTER.contains(locale.getLanguage())) {
                return Optional.empty();
            }
            return Optional.of(new Language(locale.toLanguageTag(), locale));
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** Whether text in this language runs right to left: its script's direction if it names one, else its language's usual script's. */
    public boolean rightToLeft() {
        return locale.getScript().isEmpty() ? RTL_LANGUAGES.contains(locale.getLanguage()) : RTL_SCRIPTS.contains(locale.getScript());
    }

    /**
     * The language's name in itself, as a menu of languages shows it: {@code English},
     * {@code Español}, {@code العربية} (CLDR's names, capitalised as its own language does in a menu).
     */
    public String ownName() {
        ULocale self = ULocale.forLocale(locale);
        return LocaleDisplayNames.getInstance(self, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU,
                DisplayContext.DIALECT_NAMES).localeDisplayName(self);
    }

    /** The language's name in English, for messages about the content: {@code Spanish}. */
    public String englishName() {
        return locale.getDisplayName(Locale.ENGLISH);
    }

    /** The HTML {@code dir} of text in this language: {@code rtl} or {@code ltr}. */
    public String direction() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /** The {@code dir} for {@code tag}; a tag that does not parse reads left to right. */
    public static String direction(String tag) {
        return parse(tag).map(Language::direction).orElse("ltr");
    }

    /**
     * The tag someone probably meant by {@code text}: {@code en_US} is {@code en-US}, and a language's
     * English or own name ({@code Arabic (Egypt)}, {@code Français}) is its tag.
     */
    public static Optional<String> suggest(String text) {
        String dashed = text.strip().replace('_', '-');
        if (!dashed.equals(text)) {
            Optional<Language> fixed = parse(dashed);
            if (fixed.isPresent()) {
                return Optional.of(fixed.get().tag());
            }
        }
        return Optional.ofNullable(Names.BY_NAME.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every locale Java knows, by its English and its own display name; built on the first bad tag only. */
    private static final class Names {
        static final Map<String, String> BY_NAME = byName();

        private static Map<String, String> byName() {
            Map<String, String> names = new HashMap<>();
            Locale[] locales = Locale.getAvailableLocales();
            Arrays.sort(locales, (a, b) -> a.toLanguageTag().compareTo(b.toLanguageTag()));
            for (Locale l : locales) {
                if (l.getLanguage().isEmpty()) {
                    continue;
                }
                names.putIfAbsent(l.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT), l.toLanguageTag());
                names.putIfAbsent(l.getDisplayName(l).toLowerCase(Locale.ROOT), l.toLanguageTag());
                names.putIfAbsent(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), l.getLanguage());
                names.putIfAbsent(l.getDisplayLanguage(l).toLowerCase(Locale.ROOT), l.getLanguage());
            }
            return Map.copyOf(names);
        }
    }
}
