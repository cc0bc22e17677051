package org.prepbook.render.view;

import java.util.List;

/** The home page. */
public record HomeView(String title, String description, String intro, Journey journey, List<StageCard> stages, List<SectionCard> sections, List<Link> pages) {
}
