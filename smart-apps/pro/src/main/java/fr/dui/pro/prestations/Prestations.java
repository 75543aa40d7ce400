package fr.dui.pro.prestations;

import fr.dui.pro.coordination.Codes;
import java.util.List;

/** The usager's social benefits (GAD-2), the ones ending soonest first, and the payers one may choose. */
public record Prestations(String usager, List<Ligne> lignes, String refus, List<Codes.Code> payeurs) {

    public record Ligne(
            String type, String payeur, String dossier, String debut, String fin, String niveau, String echeance) {}
}
