package org.prepbook.render.view;

import java.util.List;

/** The interview journey as two SVG layouts: a row for wide screens, a column for narrow ones. */
public record Journey(int wideWidth, int wideHeight, List<JourneyStep> wide, int narrowWidth, int narrowHeight, List<JourneyStep> narrow) {
}
