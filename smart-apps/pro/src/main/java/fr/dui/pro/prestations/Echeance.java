package fr.dui.pro.prestations;

import fr.dui.pro.fhir.Texts;
import java.time.LocalDate;

/**
 * GAD-2: when a benefit's end date calls for an alert, with the same rule and words as the fiche de synthèse: expired
 * (danger), or ending within {@link #NOTICE_DAYS} days (attention).
 */
public final class Echeance {

    /** A benefit ending within this many days is announced (the fiche de synthèse uses the same). */
    public static final int NOTICE_DAYS = 90;

    /** {@code niveau}: {@code danger}, {@code attention} or {@code ok}. */
    public record Alerte(String niveau, String texte) {}

    private Echeance() {}

    public static Alerte of(LocalDate end, LocalDate today) {
        if (end == null) {
            return new Alerte("ok", "Sans échéance");
        }
        if (end.isBefore(today)) {
            return new Alerte("danger", "Droits expirés depuis le " + Texts.day(end));
        }
        if (!end.isAfter(today.plusDays(NOTICE_DAYS))) {
            return new Alerte("attention", "Droits à renouveler avant le " + Texts.day(end));
        }
        return new Alerte("ok", "Valable jusqu'au " + Texts.day(end));
    }
}
