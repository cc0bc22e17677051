package org.prepbook.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.prepbook.content.ContentLoader;
import org.prepbook.model.Handbook;
import org.prepbook.model.SiteConfig;
import org.prepbook.profile.Profile;
import org.prepbook.profile.ProfileParser;
import org.prepbook.render.Theme;

/** The shipped handbook, theme and example profiles, loaded once for all packet tests. */
public final class Fixtures {
    public static final Handbook HANDBOOK = ContentLoader.load(Path.of("content"));
    public static final Theme THEME = Theme.of(Path.of("content"), Path.of("themes"), "default");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final Path EARLY = Path.of("examples/profiles/early-career.yaml");
    public static final Path SENIOR = Path.of("examples/profiles/senior.yaml");

    private Fixtures() {
    }

    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Profile profile(String name, String yaml) {
        return new ProfileParser(HANDBOOK).parse(Path.of(name), yaml);
    }

    public static Map<String, byte[]> make(Profile profile, Packets.Format... formats) {
        return make(profile, java.util.Optional.empty(), formats);
    }

    public static Map<String, byte[]> make(Profile profile, PdfPacket.Paper paper, Packets.Format... formats) {
        return make(profile, java.util.Optional.of(paper), formats);
    }

    /** The packet of {@code profile} from the shipped handbook as if its {@code site.yaml} said {@code language}. */
    public static Map<String, byte[]> makeIn(String language, Profile profile, Packets.Format... formats) {
        SiteConfig s = HANDBOOK.site();
        Handbook handbook = new Handbook(new SiteConfig(s.title(), s.organisation(), s.baseUrl(), language, s.theme(),
                s.description(), s.intro(), s.allowHtml(), s.categories(), s.origin(), s.brokenLinks(), s.languages()),
                HANDBOOK.stages(), HANDBOOK.questions(), HANDBOOK.asks(), HANDBOOK.backstory(), HANDBOOK.emails(), HANDBOOK.pages());
        EnumSet<Packets.Format> set = EnumSet.noneOf(Packets.Format.class);
        set.addAll(java.util.List.of(formats));
        return new Packets(handbook, THEME.in(language), set, java.util.Optional.empty()).make(profile, TODAY);
    }

    /** {@code paper} empty: the profile's or the locale's, as when {@code --paper} is not given. */
    public static Map<String, byte[]> make(Profile profile, java.util.Optional<PdfPacket.Paper> paper, Packets.Format... formats) {
        EnumSet<Packets.Format> set = EnumSet.noneOf(Packets.Format.class);
        set.addAll(java.util.List.of(formats));
        return new Packets(HANDBOOK, THEME, set, paper).make(profile, TODAY);
    }
}
