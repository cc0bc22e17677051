package org.prepbook.render.view;

/** One box of the journey diagram, with its coordinates precomputed so the template only draws. */
public record JourneyStep(String href, int number, String label, String title, int x, int y, int width, int height, int textX, int textY, boolean arrow, int arrowX1, int arrowY1, int arrowX2, int arrowY2) {
}
