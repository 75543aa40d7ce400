package fr.dui.server.synthetic;

import fr.dui.server.identity.InsNumber;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes INS of the INSi test system (NIR shape: sex, year and month of birth, INSEE code of the birth commune, order
 * number, key modulo 97) and never gives the same one twice in a population: the order number moves on when the
 * traits collide. The set of issued numbers (15 characters per usager) is the one part of the state that grows with
 * the population.
 */
final class InsRegistry {

    private final Set<String> issued = new HashSet<>();

    String issue(boolean woman, LocalDate birthDate, String inseeCode, int order) {
        String prefix = (woman ? "2" : "1")
                + String.format("%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue())
                + inseeCode;
        for (int attempt = 0; attempt < 999; attempt++) {
            String number = prefix + String.format("%03d", 1 + Math.floorMod(order + attempt, 999));
            String ins = number
                    + String.format("%02d", InsNumber.expectedKey(number + "00").orElseThrow());
            if (issued.add(ins)) {
                return ins;
            }
        }
        throw new IllegalStateException("No INS left for " + prefix);
    }
}
