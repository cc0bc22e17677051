package org.prepbook.render.view;

/**
 * One box of the journey diagram, with its coordinates precomputed so the template only draws. The
 * box's visible text is its link's whole name: a separate label would not match what a reader sees
 * (WCAG 2.5.3, label in name). The step's number is written in the language's digits.
 */
public record JourneyStep(String href, String number, String label, int x, int y, int width, int height, int textX, int textY, boolean arrow, int arrowX1, int arrowY1, int arrowX2, int arrowY2) {
}
