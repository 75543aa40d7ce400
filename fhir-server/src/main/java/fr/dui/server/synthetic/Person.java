package fr.dui.server.synthetic;

import fr.dui.server.synthetic.Communes.Commune;
import java.time.LocalDate;
import java.time.Period;

/**
 * Who a generated usager is, before any resource: identity traits and where they live.
 *
 * @param index the usager's number in the establishment (1, 2...)
 * @param localId the local identifier, {@code 3 + FINESS / number} (TDDUI convention)
 * @param usualFamily the nom d'usage (a married woman's husband's name), or the birth name
 * @param ins the INS on the INSi test system, or null for an identity that is not qualified
 */
record Person(
        int index,
        String id,
        String localId,
        boolean woman,
        String given,
        String otherGivens,
        String family,
        String usualFamily,
        LocalDate birthDate,
        Commune birthPlace,
        String addressLine,
        Commune home,
        String ins) {

    int ageAt(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    String displayName() {
        return given + " " + usualFamily;
    }

    boolean qualified() {
        return ins != null;
    }
}
