package org.prepbook.render;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prepbook.model.Ask;

/**
 * How the long lists are split into pages: the one place that knows a list's page size and order,
 * asked by the pages that draw a list and by search, which links to an item on its page.
 */
public final class Paging {
    /**
     * Questions per page of the bank. A compact line is about half a kilobyte, so a page stays far
     * below what a phone should load however large the bank grows; 10,000 questions make 100 pages.
     */
    public static final int QUESTIONS_PER_PAGE = 100;
    /** Questions to ask per page: each shows its reason in full, about 0.6 KB, so a page stays under 150 KB. */
    public static final int ASKS_PER_PAGE = 200;

    private Paging() {
    }

    /** The number of pages {@code count} items fill, at least one (an empty list still has its page). */
    public static int pages(int count, int perPage) {
        return Math.max(1, (count + perPage - 1) / perPage);
    }

    /** The page (from 1) of the item at {@code index} (from 0). */
    public static int pageOf(int index, int perPage) {
        return 1 + index / perPage;
    }

    /** Questions to ask in the order their pages list them: by moment of the conversation, then as written. */
    public static List<Ask> asks(List<Ask> asks) {
        return asks.stream().sorted(Comparator.comparing(Ask::when)).toList();
    }

    /** The page each question to ask is on, by id. */
    public static Map<String, Integer> askPages(List<Ask> asks) {
        List<Ask> ordered = asks(asks);
        Map<String, Integer> pages = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            pages.put(ordered.get(i).id(), pageOf(i, ASKS_PER_PAGE));
        }
        return pages;
    }
}
