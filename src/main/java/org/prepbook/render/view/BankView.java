package org.prepbook.render.view;

import java.util.List;

/** The question bank, whole or filtered by stage. */
public record BankView(String title, String intro, int count, List<Link> filters, List<CategoryGroup> groups) {
}
