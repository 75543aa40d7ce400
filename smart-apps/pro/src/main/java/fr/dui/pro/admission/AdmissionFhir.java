package fr.dui.pro.admission;

import fr.dui.pro.fhir.Systems;

/** The codes and URLs of the guide's admission model (demande d'admission, liste d'attente, séjour, événement). */
final class AdmissionFhir {

    static final String SD = Systems.DUI + "StructureDefinition/";
    static final String CS = Systems.DUI + "CodeSystem/";
    static final String REQUEST_TYPE = CS + "dui-demande-type";
    static final String RECEPTION_KINDS = CS + "dui-temporalite-accueil";
    static final String EVENT_TYPE = CS + "dui-type-evenement";
    static final String ORIGIN = CS + "dui-origine-demande";
    static final String ORIGIN_EXTENSION = SD + "dui-origine-demande";
    static final String ID_USAGER = "https://identifiant-medicosocial-localusager.esante.gouv.fr";
    static final String ID_SEJOUR = "https://identifiant-medicosocial-sejour.esante.gouv.fr";
    static final String FINESS = "https://finess.esante.gouv.fr";
    static final String FR_CORE = "https://hl7.fr/ig/fhir/core/";
    static final String IDENTITY_STATUS = FR_CORE + "CodeSystem/fr-core-cs-v2-0445";
    static final String VALIDATION_MODE = FR_CORE + "CodeSystem/fr-core-cs-mode-validation-identity";
    static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String WAITING_LIST_TOKEN = REQUEST_TYPE + "|liste-attente";

    /** The receptions a demande may ask for (dui-vs-temporalite-accueil). */
    static final String[][] ACCUEILS = {
        {"hebergement-permanent", "Hébergement permanent"},
        {"hebergement-temporaire", "Hébergement temporaire"},
        {"accueil-de-jour", "Accueil de jour"},
        {"accueil-de-nuit", "Accueil de nuit"},
        {"accueil-sequentiel", "Accueil séquentiel"},
        {"accompagnement-a-domicile", "Accompagnement à domicile"}
    };

    /** The origins a demande may have (dui-origine-demande). */
    static final String[][] ORIGINES = {
        {"usager", "Usager"},
        {"famille", "Famille ou entourage"},
        {"hopital", "Établissement de santé"},
        {"medecin-traitant", "Médecin traitant"},
        {"services-sociaux", "Services sociaux"},
        {"viatrajectoire", "ViaTrajectoire"},
        {"mdph-orientation", "Orientation MDPH"},
        {"autre-essms", "Autre ESSMS"},
        {"autre", "Autre"}
    };

    static String origine(String code) {
        for (String[] o : ORIGINES) {
            if (o[0].equals(code)) {
                return o[1];
            }
        }
        return null;
    }

    /** The label of an origin: its display, else the label of its code. */
    static String origine(org.hl7.fhir.r4.model.CodeableConcept concept) {
        for (org.hl7.fhir.r4.model.Coding c : concept.getCoding()) {
            if (c.hasDisplay()) {
                return c.getDisplay();
            }
            String label = origine(c.getCode());
            if (label != null) {
                return label;
            }
        }
        return fr.dui.pro.fhir.Texts.of(concept);
    }

    /** « GIR 3 » for a GIR code of dui-vs-gir, whatever its system; empty if not one. */
    static String gir(org.hl7.fhir.r4.model.CodeableConcept concept) {
        for (org.hl7.fhir.r4.model.Coding c : concept.getCoding()) {
            for (int gir = 1; gir <= 6; gir++) {
                if (Systems.girCode(gir).equals(c.getCode())) {
                    return "GIR " + gir;
                }
            }
        }
        return "";
    }

    /** The token that searches GIR n (parameter gir of dui-sp-liste-attente-gir). */
    static String girToken(int gir) {
        return Systems.CISIS + "|" + Systems.girCode(gir);
    }

    static String accueil(String code) {
        for (String[] a : ACCUEILS) {
            if (a[0].equals(code)) {
                return a[1];
            }
        }
        return null;
    }

    private AdmissionFhir() {}
}
