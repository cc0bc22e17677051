package org.prepbook.packet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.prepbook.diagnostics.Problem;
import org.prepbook.model.Origin;
import org.prepbook.profile.Profile;

/**
 * Finds the profile values that hold characters no packet font can draw, which openhtmltopdf would
 * print as {@code #} without a word. Each is a warning that names the field as it is written in the
 * profile ({@code candidate.name}, {@code interviews[1].interviewers[0].name}) and the characters.
 *
 * <p>The profile is walked through its record components, so a field added to {@link Profile} is
 * checked without a change here. Each distinct code point costs one cached cmap lookup
 * ({@link PacketFonts#canDraw}), not a render.
 */
final class GlyphCheck {
    /** Components that hold no text the packet prints. */
    private static final Set<String> SKIPPED = Set.of("source", "slug", "where", "timeZone", "origin", "field");

    private final PacketFonts fonts;

    GlyphCheck(PacketFonts fonts) {
        this.fonts = fonts;
    }

    /** One warning per field with characters that would print as {@code #}; empty when every glyph is there. */
    List<Problem> warnings(Profile profile) {
        List<Problem> out = new ArrayList<>();
        walk(profile, "", profile, out);
        return out;
    }

    private void walk(Profile profile, String path, Object value, List<Problem> out) {
        if (value instanceof String text) {
            check(profile, path, text, Optional.empty(), out);
        } else if (value instanceof Profile.Located located) {
            check(profile, path, located.text(), Optional.of(located.origin()), out);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(profile, path, v, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(profile, path + "[" + i + "]", list.get(i), out);
            }
        } else if (value instanceof Map<?, ?> map) {
            // Answers by id: the profile writes them as a list of {<id key>: id, answer: ...}.
            map.forEach((id, v) -> walk(profile, path + "[" + id + "]", v, out));
        } else if (value instanceof Record record) {
            // Interviews are kept in date order; the one written third says where it is itself.
            String here = record instanceof Profile.Interview iv ? iv.field() : path;
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (!SKIPPED.contains(c.getName())) {
                    walk(profile, join(here, yamlKey(c.getName())), read(c, record), out);
                }
            }
        }
    }

    private void check(Profile profile, String path, String text, Optional<Origin> origin, List<Problem> out) {
        Set<Integer> missing = new TreeSet<>();
        text.codePoints().filter(cp -> cp >= 0x80 && !fonts.canDraw(cp)).forEach(missing::add);
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder chars = new StringBuilder();
        for (int cp : missing) {
            chars.append(chars.isEmpty() ? "" : ", ").append('\'').appendCodePoint(cp).append("' (U+")
                    .append(String.format(Locale.ROOT, "%04X", cp)).append(')');
        }
        Origin at = origin.orElseGet(() -> nearest(profile, path));
        out.add(new Problem(at.path(), at.line(), at.column(),
                "warning: no font of the PDF packet can draw " + chars + " in " + path + "; the PDF prints # instead",
                "the HTML packet shows them; for the PDF, add a font that has them to the theme's packet/fonts/"
                        + " (see its README.md)"));
    }

    /** Where the closest enclosing mapping of {@code path} was written: the profile keeps those. */
    private static Origin nearest(Profile profile, String path) {
        String p = path;
        while (!p.isEmpty()) {
            Origin o = profile.where().get(p);
            if (o != null) {
                return o;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return profile.where().getOrDefault("", new Origin(profile.source(), 1, 1));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** {@code betterAnswers} is written {@code better_answers} in the profile. */
    private static String yamlKey(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
