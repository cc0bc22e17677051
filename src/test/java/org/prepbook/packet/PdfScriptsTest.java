package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.prepbook.profile.Profile;

/** Packets for names in scripts beyond Latin: the right glyphs, joined and ordered, and text that reads back as written. */
class PdfScriptsTest {
    static final String ARABIC = "ليلى عبد الرحمن";
    static final String HINDI = "अनन्या शर्मा";
    static final String HEBREW = "נועה בן דוד";
    static final String PERSIAN = "پریسا گلزاری";
    static final String CHINESE = "王小明";

    static Profile named(String name, String extra) {
        String yaml = Fixtures.text(Fixtures.EARLY).replace("name: Zoë Łukasiewicz-Ngô", "name: " + name);
        return Fixtures.profile("named.yaml", extra + yaml);
    }

    static byte[] pdf(Profile p) {
        return Fixtures.make(p, Packets.Format.PDF).get("packet.pdf");
    }

    @Test
    void dump() throws IOException {
        for (String name : List.of(ARABIC, HINDI, HEBREW, PERSIAN)) {
            byte[] pdf = pdf(named(name, ""));
            Files.write(Path.of("/tmp/script-" + name.codePointAt(0) + ".pdf"), pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                System.out.println(name + " -> " + text.substring(0, 200).replace('\n', '|'));
                System.out.println(VeraPdf.failedRules(pdf));
            }
        }
    }
}
