package org.prepbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void findsEveryDoubleBraceAndNamesOnlyPlainVariables() {
        List<Placeholders.Use> uses = Placeholders.find("Hi {{ recipient.name }}, {{candidate.nmae}} {{#target.role}} {{{target.company}}}");
        assertEquals(List.of("{{ recipient.name }}", "{{candidate.nmae}}", "{{#target.role}}", "{{{target.company}}}"),
                uses.stream().map(Placeholders.Use::written).toList());
        assertEquals(List.of(Optional.of(EmailVariable.RECIPIENT_NAME), Optional.empty(), Optional.empty(), Optional.empty()),
                uses.stream().map(Placeholders.Use::variable).toList());
        assertEquals(List.of(3, 25), uses.stream().limit(2).map(Placeholders.Use::start).toList());
    }

    @Test
    void listsVariablesOnceInOrderOfFirstUse() {
        assertEquals(List.of(EmailVariable.TARGET_ROLE, EmailVariable.CANDIDATE_NAME),
                Placeholders.variables("{{target.role}} by {{candidate.name}}, for the {{ target.role }}"));
    }

    @Test
    void replacesVariablesAndLeavesAnythingElseAsWritten() {
        assertEquals("Role: $1 \\ {{#target.role}} {{nope}}",
                Placeholders.replace("Role: {{target.role}} {{#target.role}} {{nope}}", v -> "$1 \\"));
    }

    @Test
    void contentFormatDocumentsExactlyTheVariablesThereAre() throws Exception {
        String doc = Files.readString(Path.of("docs/content-format.md"));
        String table = doc.substring(doc.indexOf("| variable |"), doc.indexOf("\n\n", doc.indexOf("| variable |")));
        Matcher m = Pattern.compile("`([a-z_]+\\.[a-z_]+)`").matcher(table);
        List<String> documented = m.results().map(r -> r.group(1)).toList();
        assertEquals(EmailVariable.keys(), documented);
    }
}
