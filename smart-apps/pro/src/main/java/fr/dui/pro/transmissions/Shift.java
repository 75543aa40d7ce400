package fr.dui.pro.transmissions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/** The team's shifts: matin 7 h – 14 h, après-midi 14 h – 21 h, nuit 21 h – 7 h (the night belongs to its evening). */
public enum Shift {
    MATIN("matin", "Matin", 7, 14),
    APRES_MIDI("apres-midi", "Après-midi", 14, 21),
    NUIT("nuit", "Nuit", 21, 7);

    private final String slug;
    private final String label;
    private final int startHour;
    private final int endHour;

    Shift(String slug, String label, int startHour, int endHour) {
        this.slug = slug;
        this.label = label;
        this.startHour = startHour;
        this.endHour = endHour;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<Shift> ofSlug(String slug) {
        for (Shift s : values()) {
            if (s.slug.equals(slug)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** One shift on one day: its bounds and its neighbours. */
    public record Window(LocalDate day, Shift shift, ZoneId zone) {

        /** The shift under way at this moment (a night after midnight belongs to the previous day). */
        public static Window at(ZonedDateTime now) {
            LocalTime time = now.toLocalTime();
            LocalDate day = now.toLocalDate();
            if (time.getHour() < MATIN.startHour) {
                return new Window(day.minusDays(1), NUIT, now.getZone());
            }
            Shift shift =
                    time.getHour() < APRES_MIDI.startHour ? MATIN : time.getHour() < NUIT.startHour ? APRES_MIDI : NUIT;
            return new Window(day, shift, now.getZone());
        }

        public ZonedDateTime start() {
            return day.atTime(shift.startHour, 0).atZone(zone);
        }

        public ZonedDateTime end() {
            LocalDate endDay = shift == NUIT ? day.plusDays(1) : day;
            return endDay.atTime(shift.endHour, 0).atZone(zone);
        }

        public Window previous() {
            return switch (shift) {
                case MATIN -> new Window(day.minusDays(1), NUIT, zone);
                case APRES_MIDI -> new Window(day, MATIN, zone);
                case NUIT -> new Window(day, APRES_MIDI, zone);
            };
        }

        public Window next() {
            return switch (shift) {
                case MATIN -> new Window(day, APRES_MIDI, zone);
                case APRES_MIDI -> new Window(day, NUIT, zone);
                case NUIT -> new Window(day.plusDays(1), MATIN, zone);
            };
        }

        public boolean contains(ZonedDateTime time) {
            return !time.isBefore(start()) && time.isBefore(end());
        }

        /** « Matin du samedi 28 novembre 2026 » */
        public String label() {
            return shift.label + " du "
                    + day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH));
        }
    }
}
