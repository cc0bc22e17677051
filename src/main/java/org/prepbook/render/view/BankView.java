package org.prepbook.render.view;

import java.util.List;

/**
 * One page of the question bank, whole or filtered by stage. {@code categories} jump to where each
 * category starts, on this page or another; {@code pager} is empty when the bank fits on one page.
 */
public record BankView(String title, String intro, int count, List<Link> filters, List<Link> categories,
                       List<CategoryGroup> groups, List<Pager> pager) {
}
