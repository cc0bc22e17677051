package org.prepbook.render.view;

import java.util.List;

/** The list of all stages at {@code /stages/}. */
public record StagesView(String title, Journey journey, List<StageCard> stages) {
}
