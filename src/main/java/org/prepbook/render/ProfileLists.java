package org.prepbook.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.Handbook;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;
import org.prepbook.output.Output;
import org.prepbook.route.Routes;

/**
 * The lists the profile form offers, as one JSON file beside the form: every stage, question, ask
 * and backstory prompt with its id and text. A file of its own rather than data inside the page,
 * so the page stays small for a bank of thousands of questions and the lists are fetched only by
 * a student who opens the form.
 */
public final class ProfileLists {
    private static final JsonFactory JSON = new JsonFactory();

    private ProfileLists() {
    }

    /** Writes {@link Routes#profileLists()} for {@code handbook}. */
    public static void write(Handbook handbook, Output out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeArrayFieldStart("stages");
            for (Stage s : handbook.stages()) {
                item(json, s.id(), "title", s.shortTitle(), List.of());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("questions");
            for (Question q : handbook.questions()) {
                item(json, q.id(), "text", q.text(), q.stages());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("asks");
            for (Ask a : handbook.asks()) {
                item(json, a.id(), "text", a.text(), a.stages());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("prompts");
            for (BackstoryPrompt b : handbook.backstory()) {
                item(json, b.id(), "text", b.prompt(), List.of());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        out.write(Routes.file(Routes.root().profileLists()), bytes.toByteArray());
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
