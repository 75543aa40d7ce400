package fr.dui.pro.coordination;

import java.util.List;
import java.util.Optional;

/**
 * The codes the agenda writes, as the guide's code systems define them (dui-type-evenement, dui-motif-absence,
 * dui-type-presence): their French displays are the code systems' own.
 */
public final class Codes {

    public record Code(String code, String display) {}

    /** The types of events a professional enters (dui-type-evenement, without the admission ones). */
    public static final List<Code> EVENT_TYPES = List.of(
            new Code("soins", "Soins"),
            new Code("toilette", "Toilette"),
            new Code("repas", "Repas"),
            new Code("atelier", "Atelier"),
            new Code("activite-collective", "Activité collective"),
            new Code("sortie", "Sortie"),
            new Code("rendez-vous-medical", "Rendez-vous médical"),
            new Code("visite-proches", "Visite de proches"),
            new Code("intervention-domicile", "Intervention à domicile"),
            new Code("entretien", "Entretien"),
            new Code("transport", "Transport"),
            new Code("reunion-equipe", "Réunion d'équipe"),
            new Code("autre", "Autre événement"));

    /** The reasons of an absence (dui-motif-absence). */
    public static final List<Code> ABSENCE_REASONS = List.of(
            new Code("hospitalisation", "Hospitalisation"),
            new Code("consultation-exterieure", "Consultation extérieure"),
            new Code("sejour-famille", "Séjour en famille"),
            new Code("vacances", "Vacances"),
            new Code("convenance-personnelle", "Convenance personnelle"),
            new Code("maladie", "Maladie"),
            new Code("fugue", "Fugue"),
            new Code("sortie-non-autorisee", "Sortie non autorisée"),
            new Code("autre", "Autre"));

    /** Absence, or absence planned in advance (dui-type-presence). */
    public static final List<Code> ABSENCE_KINDS =
            List.of(new Code("absence", "Absence"), new Code("absence-prevue", "Absence prévue"));

    private Codes() {}

    /**
     * Marks the form field as wrong when a value was chosen that is not one of {@code codes} (a forged or stale form);
     * an empty value is left to the field's own {@code @NotBlank}.
     */
    public static void rejectUnknown(
            org.springframework.validation.BindingResult errors,
            String field,
            List<Code> codes,
            String value,
            String errorCode,
            String message) {
        if (value != null && !value.isBlank() && find(codes, value).isEmpty()) {
            errors.rejectValue(field, errorCode, message);
        }
    }

    public static Optional<Code> find(List<Code> codes, String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
