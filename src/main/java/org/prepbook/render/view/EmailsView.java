package org.prepbook.render.view;

import java.util.List;

/** The list of email templates. */
public record EmailsView(String title, List<EmailCard> emails) {
}
