package fr.dui.pro.synthese;

import fr.dui.pro.web.DuiRefusalException;

/** The DUI refused the usager's record itself (habilitations, opposition, or no such usager). */
public class UsagerRefusedException extends DuiRefusalException {

    public UsagerRefusedException(String frenchReason) {
        super("Dossier non accessible", frenchReason == null ? "Le DUI n'ouvre pas ce dossier." : frenchReason);
    }
}
