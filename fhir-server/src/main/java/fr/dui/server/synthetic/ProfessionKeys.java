package fr.dui.server.synthetic;

/** Profession keys of the habilitation matrix the generator staffs establishments with. */
final class ProfessionKeys {

    static final String MEDECIN = "TRE_A02|G15_10";
    static final String PHARMACIEN = "TRE_A02|G15_21";
    static final String INFIRMIER = "TRE_A02|G15_60";
    static final String KINE = "TRE_A02|G15_70";
    static final String ORTHOPHONISTE = "TRE_A02|G15_91";
    static final String ERGOTHERAPEUTE = "TRE_A02|G15_94";
    static final String PSYCHOMOTRICIEN = "TRE_A02|G15_96";
    static final String AIDE_SOIGNANT = "TRE_R85|313";
    static final String AES = "TRE_R85|328";
    static final String EDUCATEUR = "TRE_R85|326";
    static final String MONITEUR_EDUCATEUR = "TRE_R85|324";
    static final String EDUCATEUR_TECHNIQUE = "TRE_R85|327";
    static final String PSYCHOLOGUE = "TRE_R95|93";
    static final String ASSISTANT_SOCIAL = "TRE_R94|41";
    static final String SECRETAIRE = "TRE_R85|331";
    static final String DIRECTEUR = "TRE_R85|359";
    static final String RESPONSABLE_SECTEUR = "TRE_R85|333";
    static final String AIDE_DOMICILE_QUALIFIE = "TRE_R85|371";
    static final String AIDE_DOMICILE = "TRE_R85|372";
    static final String ANIMATEUR = "TRE_R85|368";
    static final String SURVEILLANT_NUIT = "TRE_R85|367";

    private ProfessionKeys() {}

    /** Health professions, identified by an RPPS-based idNatPs (TRE_A02). */
    static boolean health(String profession) {
        return profession.startsWith("TRE_A02|");
    }

    /** Share of women in the profession (orders of magnitude of French statistics). */
    static double womenShare(String profession) {
        return switch (profession) {
            case MEDECIN, PHARMACIEN, DIRECTEUR -> 0.55;
            case KINE, EDUCATEUR_TECHNIQUE, SURVEILLANT_NUIT -> 0.45;
            default -> 0.85;
        };
    }
}
