package org.prepbook.packet;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 profile, run in process on a PDF's bytes (the library the veraPDF apps use). */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Each failed rule ("7.18.5-1: ...") with how many checks failed it; empty when the PDF conforms. */
    static Map<String, Integer> failedRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            List<TestAssertion> assertions = result.getTestAssertions();
            for (TestAssertion a : assertions) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage(), 1, Integer::sum);
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("not compliant, no failed assertion listed", 1);
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}
