package org.prepbook.packet;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What PDF/UA-1 asks of the packet beyond what openhtmltopdf's tagging does on its own.
 *
 * <p>ISO 14289-1, 7.18.5 wants every link annotation to carry an alternate description in
 * {@code /Contents}; openhtmltopdf writes none. Its structure tree holds one {@code Link} element
 * per piece of an {@code <a href>}, in document order, each pointing at its annotation, so the
 * descriptions are the links' own words, read from the document before it is drawn.
 */
final class PdfAccessibility {
    private PdfAccessibility() {
    }

    /** The words of every {@code <a href>}, in document order: what a reader hears for each link. */
    static List<String> linkTexts(Document doc) {
        NodeList links = doc.getElementsByTagName("a");
        List<String> out = new ArrayList<>(links.getLength());
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            if (a.hasAttribute("href")) {
                String title = a.getAttribute("title").strip();
                out.add(title.isEmpty() ? a.getTextContent().strip().replaceAll("\\s+", " ") : title);
            }
        }
        return out;
    }

    /**
     * Gives each link annotation that has no {@code /Contents} the words of its link. A link drawn in
     * pieces (its text, then the contents page's dot leader and page number) has one {@code Link}
     * element per piece, all to the same place: pieces in a row with one target, on one page and
     * touching, are one link.
     */
    static void describeLinks(PDDocument pdf, List<String> texts) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        int next = -1;
        String lastTarget = null;
        PDRectangle lastRect = null;
        Deque<Object> stack = new ArrayDeque<>();
        pushKids(stack, root);
        while (!stack.isEmpty()) {
            if (!(stack.pop() instanceof PDStructureElement element)) {
                continue;
            }
            if ("Link".equals(element.getStructureType())) {
                for (Object k : element.getKids()) {
                    if (k instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotationLink link) {
                        String target = target(link) + " on " + System.identityHashCode(element.getCOSObject().getDictionaryObject(COSName.PG));
                        PDRectangle rect = link.getRectangle();
                        if (!target.equals(lastTarget) || lastRect == null || !touching(lastRect, rect)) {
                            next++;
                        }
                        lastTarget = target;
                        lastRect = rect;
                        if (link.getContents() == null && next < texts.size()) {
                            link.setContents(texts.get(next));
                        }
                    }
                }
            }
            pushKids(stack, element);
        }
    }

    /** Pieces of one link sit side by side on a line, or on lines one under the other. */
    private static boolean touching(PDRectangle a, PDRectangle b) {
        float slack = 2f;
        return a.getLowerLeftY() <= b.getUpperRightY() + slack && b.getLowerLeftY() <= a.getUpperRightY() + slack;
    }

    /** Where a link leads, as a comparable key: the page and position of a jump, or a URI. */
    private static String target(PDAnnotationLink link) {
        try {
            PDDestination dest = link.getDestination();
            if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
                dest = goTo.getDestination();
            }
            if (dest instanceof PDPageXYZDestination xyz) {
                return "page " + System.identityHashCode(xyz.getPage() == null ? null : xyz.getPage().getCOSObject())
                        + " " + xyz.getTop() + " " + xyz.getLeft();
            }
            if (link.getAction() instanceof PDActionURI uri) {
                return "uri " + uri.getURI();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Kids go on the stack last first, so they come off in document order. */
    private static void pushKids(Deque<Object> stack, PDStructureNode node) {
        List<Object> kids = node.getKids();
        for (int i = kids.size() - 1; i >= 0; i--) {
            stack.push(kids.get(i));
        }
    }
}
