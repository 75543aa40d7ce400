package fr.dui.pro.coordination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The week (Monday to Sunday) shown by an agenda, in the establishments' time zone. */
record AgendaWeek(LocalDate monday, ZoneId zone) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    static AgendaWeek of(LocalDate anyDay, ZoneId zone) {
        return new AgendaWeek(anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    ZonedDateTime start() {
        return monday.atStartOfDay(zone);
    }

    ZonedDateTime end() {
        return monday.plusDays(7).atStartOfDay(zone);
    }

    LocalDate previous() {
        return monday.minusDays(7);
    }

    LocalDate next() {
        return monday.plusDays(7);
    }

    String title() {
        return "Semaine du " + TITLE.format(monday) + " au " + TITLE.format(monday.plusDays(6));
    }

    static String dayLabel(LocalDate day) {
        String label = DAY.format(day);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The FHIR search value of an instant ({@code 2025-03-10T00:00:00+01:00}). */
    static String fhir(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
