package org.prepbook.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.Handbook;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;
import org.prepbook.output.Json;
import org.prepbook.output.Output;
import org.prepbook.route.Routes;

/**
 * The lists the profile form offers, as one JSON file beside the form: every stage, question, ask
 * and backstory prompt with its id and text. A file of its own rather than data inside the page,
 * so the page stays small for a bank of thousands of questions and the lists are fetched only by
 * a student who opens the form.
 */
public final class ProfileLists {
    private ProfileLists() {
    }

    /** Writes {@link Routes#profileLists()} for {@code handbook}. */
    public static void write(Handbook handbook, Output out) {
        String json = Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("stages");
            for (Stage s : handbook.stages()) {
                item(g, s.id(), "title", s.shortTitle(), List.of());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("questions");
            for (Question q : handbook.questions()) {
                item(g, q.id(), "text", q.text(), q.stages());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("asks");
            for (Ask a : handbook.asks()) {
                item(g, a.id(), "text", a.text(), a.stages());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("prompts");
            for (BackstoryPrompt b : handbook.backstory()) {
                item(g, b.id(), "text", b.prompt(), List.of());
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        out.write(Routes.file(Routes.root().profileLists()), json.getBytes(StandardCharsets.UTF_8));
    }

    private static void item(JsonGenerator json, String id, String textKey, String text, List<String> stages) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField(textKey, text);
        if (!stages.isEmpty()) {
            json.writeArrayFieldStart("stages");
            for (String s : stages) {
                json.writeString(s);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
