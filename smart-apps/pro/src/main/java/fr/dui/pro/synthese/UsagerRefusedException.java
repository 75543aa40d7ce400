package fr.dui.pro.synthese;

/** The DUI refused the usager's record itself (habilitations, opposition, or no such usager). */
public class UsagerRefusedException extends RuntimeException {

    public UsagerRefusedException(String frenchReason) {
        super(frenchReason == null ? "Le DUI n'ouvre pas ce dossier." : frenchReason);
    }
}
