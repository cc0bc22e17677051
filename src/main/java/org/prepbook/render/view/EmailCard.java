package org.prepbook.render.view;

/** An email template in the list of templates. */
public record EmailCard(String href, String title, String purpose, String when) {
}
