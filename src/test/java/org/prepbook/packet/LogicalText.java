package org.prepbook.packet;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text extraction, reading {@code /ActualText} spans as PDF readers do (ISO 32000-1,
 * 14.9.4): the span's text stands for its glyphs. PDFBox's own stripper ignores them.
 */
final class LogicalText extends PDFTextStripper {
    private String actual;
    /** Marked content nests: only the end of the span that carried the text ends it. */
    private int depth;
    private int actualDepth = -1;
    private boolean emitted;

    LogicalText() {
        // PDFTextStripper skips marked content; these are the operators PDFMarkedContentExtractor adds.
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    static String of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new LogicalText().getText(doc);
        }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        depth++;
        if (properties != null && properties.getString(COSName.ACTUAL_TEXT) != null) {
            actual = properties.getString(COSName.ACTUAL_TEXT);
            actualDepth = depth;
            emitted = false;
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (depth == actualDepth) {
            actual = null;
            actualDepth = -1;
        }
        depth--;
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (actual == null) {
            super.processTextPosition(text);
        } else if (!emitted) {
            emitted = true;
            super.processTextPosition(new TextPosition(0, text.getPageWidth(), text.getPageHeight(), text.getTextMatrix(),
                    text.getEndX(), text.getEndY(), text.getHeight(), text.getIndividualWidths()[0], text.getWidthOfSpace(),
                    actual, text.getCharacterCodes(), text.getFont(), text.getFontSize(), (int) text.getFontSizeInPt()));
        }
    }
}
