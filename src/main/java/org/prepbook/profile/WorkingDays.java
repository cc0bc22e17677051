package org.prepbook.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday: the days an email is read and an interview is booked. Here, beside the
 * profile, because both the packet (send days) and the starter profile (interview days) plan with it.
 * Public holidays differ by country and are not known.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The first working day on or after {@code date}: a Saturday or Sunday becomes the Monday after. */
    public static LocalDate from(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
