package org.prepbook.packet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Text in a script that PDFBox shapes itself with the font's GSUB table (of the bundled fonts,
 * Devanagari: conjuncts, the reph, the i-matra drawn before its consonant). Shaping turns the
 * characters into glyphs in visual order, some standing for several characters, and PDFBox writes
 * no Unicode for those glyphs: the text would not read back, and PDF/UA (7.21.7) fails. So:
 * <ul>
 *   <li>each shaped run is wrapped in a {@code /Span} with {@code /ActualText}, the characters in
 *   logical order, which PDF readers, screen readers and {@code pdftotext} use for copying and
 *   reading (ISO 32000-1, 14.9.4);</li>
 *   <li>every glyph of those fonts gets a {@code /ToUnicode} entry, ligatures their characters,
 *   worked out from the GSUB table once per font.</li>
 * </ul>
 * The runs are found in the document before it is drawn, shaped as PDFBox shapes them, and looked
 * up by their glyphs in the page content.
 */
final class ShapedText {
    /** A font PDFBox shapes: its GSUB worker and the characters behind each of its glyphs. */
    record Shaper(String family, int weight, String postScriptName, CmapLookup cmap, GsubWorker worker,
                          Map<Integer, String> glyphText) {
    }

    private final PacketFonts fonts;
    private final List<Shaper> shapers = new ArrayList<>();

    ShapedText(PacketFonts fonts) {
        this.fonts = fonts;
        for (PacketFonts.Loaded f : fonts.fonts()) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
                GsubData gsub = ttf.getGsubData();
                if (gsub == GsubData.NO_DATA_FOUND) {
                    continue;
                }
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                GsubWorker worker = new GsubWorkerFactory().getGsubWorker(cmap, gsub);
                // PDFBox answers every script it does not shape with its do-nothing worker, which is not public.
                if (!worker.getClass().getSimpleName().equals("DefaultGsubWorker")) {
                    shapers.add(new Shaper(f.font().family(), f.font().weight(), ttf.getName(), cmap, worker,
                            glyphText(ttf, cmap, gsub)));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + f.font().file(), e);
            }
        }
    }

    /** Which glyph stands for which characters: each character's own glyph, then ligatures built up feature by feature. */
    private static Map<Integer, String> glyphText(TrueTypeFont ttf, CmapLookup cmap, GsubData gsub) throws IOException {
        Map<Integer, String> text = new HashMap<>();
        for (int cp = 0x20; cp <= 0xFFFF; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                text.putIfAbsent(gid, new String(Character.toChars(cp)));
            }
        }
        // A ligature's parts may be ligatures of an earlier feature (a half form in a conjunct): go until nothing is new.
        for (boolean grew = true; grew; ) {
            grew = false;
            for (String name : gsub.getSupportedFeatures()) {
                ScriptFeature feature = gsub.getFeature(name);
                for (List<Integer> parts : feature.getAllGlyphIdsForSubstitution()) {
                    Integer result = feature.getReplacementForGlyphs(parts);
                    if (result == null || text.containsKey(result)) {
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int part : parts) {
                        String t = text.get(part);
                        if (t == null) {
                            sb = null;
                            break;
                        }
                        sb.append(t);
                    }
                    if (sb != null) {
                        text.put(result, sb.toString());
                        grew = true;
                    }
                }
            }
        }
        return text;
    }

    /** The runs that fonts of this kind will draw, by font and glyphs; empty when the packet has none. */
    Map<Shaper, Map<String, String>> runs(Document doc) {
        Map<Shaper, Map<String, String>> out = new IdentityHashMap<>();
        if (!shapers.isEmpty()) {
            collect(doc.getDocumentElement(), out);
        }
        return out;
    }

    private void collect(Node node, Map<Shaper, Map<String, String>> out) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            String text = node.getNodeValue();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String family = cp < 0x80 ? null : fonts.familyOf(cp);
                if (family == null || shapers.stream().noneMatch(s -> s.family().equals(family))) {
                    i += Character.charCount(cp);
                    continue;
                }
                int end = i;
                while (end < text.length() && family.equals(fonts.familyOf(text.codePointAt(end)))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String run = text.substring(i, end);
                for (Shaper s : shapers) {
                    if (s.family().equals(family)) {
                        out.computeIfAbsent(s, k -> new HashMap<>()).put(key(shape(s, run)), run);
                    }
                }
                i = end;
            }
        }
        for (Node kid = node.getFirstChild(); kid != null; kid = kid.getNextSibling()) {
            collect(kid, out);
        }
    }

    /** The glyphs PDFBox draws for {@code run}, as it does in {@code PDPageContentStream.showText}. */
    private static List<Integer> shape(Shaper s, String run) {
        List<Integer> gids = new ArrayList<>();
        for (char c : run.toCharArray()) {
            gids.add(s.cmap().getGlyphId(c));
        }
        synchronized (s.worker()) {
            return s.worker().applyTransforms(gids);
        }
    }

    private static String key(List<Integer> gids) {
        StringBuilder sb = new StringBuilder(gids.size() * 4);
        for (int g : gids) {
            sb.append(String.format(Locale.ROOT, "%04x", g));
        }
        return sb.toString();
    }

    /**
     * Wraps each shaped run of the pages in an {@code /ActualText} span. Returns the glyphs used per
     * shaped font, for {@link #writeToUnicode} once the fonts are subset.
     */
    Map<String, Set<Integer>> markRuns(PDDocument pdf, Map<Shaper, Map<String, String>> runs) throws IOException {
        Map<String, Set<Integer>> used = new TreeMap<>();
        if (runs.isEmpty()) {
            return used;
        }
        for (PDPage page : pdf.getPages()) {
            PDResources res = page.getResources();
            Map<String, Shaper> byResource = new HashMap<>();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                for (Shaper s : runs.keySet()) {
                    if (font instanceof PDType0Font && font.getName() != null && font.getName().endsWith(s.postScriptName())) {
                        byResource.put(name.getName(), s);
                    }
                }
            }
            if (!byResource.isEmpty()) {
                rewrite(pdf, page, byResource, runs, used);
            }
        }
        return used;
    }

    private static void rewrite(PDDocument pdf, PDPage page, Map<String, Shaper> byResource,
                                Map<Shaper, Map<String, String>> runs, Map<String, Set<Integer>> used) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> out = new ArrayList<>(tokens.size() + 64);
        List<Object> operands = new ArrayList<>();
        Shaper current = null;
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            String name = op.getName();
            if (name.equals("Tf") && !operands.isEmpty() && operands.get(0) instanceof COSName font) {
                current = byResource.get(font.getName());
            }
            String actual = null;
            if (current != null && (name.equals("Tj") || name.equals("TJ"))) {
                byte[] bytes = glyphBytes(operands);
                List<Integer> gids = new ArrayList<>();
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    gids.add(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff));
                }
                used.computeIfAbsent(current.postScriptName(), k -> new TreeSet<>()).addAll(gids);
                actual = runs.get(current).get(key(gids));
            }
            if (actual != null) {
                COSDictionary props = new COSDictionary();
                props.setItem(COSName.ACTUAL_TEXT, new COSString(actual));
                out.add(COSName.getPDFName("Span"));
                out.add(props);
                out.add(Operator.getOperator("BDC"));
            }
            out.addAll(operands);
            out.add(op);
            if (actual != null) {
                out.add(Operator.getOperator("EMC"));
            }
            operands.clear();
        }
        out.addAll(operands);
        PDStream stream = new PDStream(pdf);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
    }

    private static byte[] glyphBytes(List<Object> operands) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (Object o : operands) {
            if (o instanceof COSString s) {
                b.writeBytes(s.getBytes());
            } else if (o instanceof COSArray a) {
                for (COSBase item : a) {
                    if (item instanceof COSString s) {
                        b.writeBytes(s.getBytes());
                    }
                }
            }
        }
        return b.toByteArray();
    }

    /**
     * Replaces the {@code /ToUnicode} map of each shaped font with one that covers every glyph used,
     * ligatures included. Must run after the fonts are subset (on save), which writes PDFBox's own map.
     */
    void writeToUnicode(PDDocument pdf, Map<String, Set<Integer>> used) throws IOException {
        Set<COSDictionary> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : pdf.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                if (!(font instanceof PDType0Font) || font.getName() == null || !done.add(font.getCOSObject())) {
                    continue;
                }
                for (Shaper s : shapers) {
                    if (font.getName().endsWith("+" + s.postScriptName()) && used.containsKey(s.postScriptName())) {
                        byte[] cmap = toUnicode(used.get(s.postScriptName()), s, font);
                        font.getCOSObject().setItem(COSName.TO_UNICODE,
                                new PDStream(pdf, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE));
                    }
                }
            }
        }
    }

    private static byte[] toUnicode(Set<Integer> gids, Shaper s, PDFont font) throws IOException {
        Map<Integer, String> entries = new TreeMap<>();
        for (int gid : gids) {
            String text = s.glyphText().get(gid);
            if (text == null) {
                text = font.toUnicode(gid);
            }
            if (text != null && !text.isEmpty()) {
                entries.put(gid, text);
            }
        }
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> list = new ArrayList<>(entries.entrySet());
        for (int i = 0; i < list.size(); i += 100) {
            List<Map.Entry<Integer, String>> block = list.subList(i, Math.min(list.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    cmap.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
