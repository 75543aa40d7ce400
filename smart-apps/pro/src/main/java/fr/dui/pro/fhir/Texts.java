package fr.dui.pro.fhir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;

/** How FHIR values read in French on the pages. */
public final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM HH'h'mm", Locale.FRENCH);

    private Texts() {}

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String day(Date date, ZoneId zone) {
        return date == null ? "" : day(date.toInstant().atZone(zone).toLocalDate());
    }

    public static String dayTime(Date date, ZoneId zone) {
        return date == null ? "" : DAY_TIME.format(date.toInstant().atZone(zone));
    }

    public static String shortDayTime(ZonedDateTime time) {
        return time == null ? "" : SHORT.format(time);
    }

    /** The text of a concept, else the display of its first coding, else its first code. */
    public static String of(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) {
            return "";
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode())
                .filter(t -> t != null && !t.isBlank())
                .findFirst()
                .orElse("");
    }

    public static String of(Coding coding) {
        return coding == null ? "" : coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
    }

    /** « Jeanne DUPONT », « Dr Claire MARTIN »: the usual name if any, else the official one, else the first. */
    public static String name(List<HumanName> names) {
        HumanName name = names.stream()
                .filter(n -> n.getUse() == HumanName.NameUse.USUAL)
                .findFirst()
                .or(() -> names.stream()
                        .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                        .findFirst())
                .or(() -> names.stream().findFirst())
                .orElse(null);
        if (name == null) {
            return "(sans nom)";
        }
        if (name.hasText()) {
            return name.getText();
        }
        String prefix = name.getPrefix().stream().map(p -> p.getValue()).collect(Collectors.joining(" "));
        String given = name.getGiven().stream().map(g -> g.getValue()).collect(Collectors.joining(" "));
        String family = name.hasFamily() ? name.getFamily().toUpperCase(Locale.FRENCH) : "";
        return String.join(
                        " ",
                        List.of(prefix, given, family).stream()
                                .filter(s -> !s.isBlank())
                                .toList())
                .trim();
    }
}
