package org.prepbook.route;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A part of the site the build generates, at {@code /<id>/}. Its id is reserved: no free page may
 * take it as a slug. Declared in navigation order; a section with a navigation label key is linked
 * from every page's main navigation.
 */
public enum Section {
    STAGES("stages", "nav.stages"),
    QUESTIONS("questions", "nav.questions"),
    ASKS("asks", "nav.asks"),
    BACKSTORY("backstory", "nav.backstory"),
    EMAILS("emails", "nav.emails"),
    SEARCH("search", null),
    /** "Make your prep profile": a form that writes a profile file in the browser. */
    PROFILE("profile", null),
    /** The theme's files; not a page, but a folder of the output all the same. */
    ASSETS("assets", null);

    // Asked once per page drawn: computed once.
    private static final List<Section> NAV = Stream.of(values()).filter(s -> s.navKey != null).toList();

    private final String id;
    private final String navKey;

    Section(String id, String navKey) {
        this.id = id;
        this.navKey = navKey;
    }

    public String id() {
        return id;
    }

    /** The key of the section's label in the theme's messages, when the main navigation links to it. */
    public Optional<String> navKey() {
        return Optional.ofNullable(navKey);
    }

    /** The sections the main navigation links to, in order. */
    public static List<Section> nav() {
        return NAV;
    }
}
