package org.prepbook.profile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.prepbook.content.ContentLoader;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;

/**
 * Any profile text gives a profile or a {@link ContentException}, never another exception. Ids are
 * checked against the handbook this project ships, which the example profiles fit. Seeds are under
 * {@code ProfileParserFuzzTestInputs/parse/}; {@code .ci/fuzz profile MINUTES} fuzzes.
 */
class ProfileParserFuzzTest {
    private static final ProfileParser PARSER =
            new ProfileParser(ContentLoader.load(Path.of("content")));

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        try {
            PARSER.parse(Path.of("fuzz.yaml"), new String(input, StandardCharsets.UTF_8));
        } catch (ContentException e) {
            for (Problem p : e.problems()) {
                p.format();
            }
        }
    }
}
