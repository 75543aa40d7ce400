package fr.dui.pro.entourage;

import fr.dui.pro.coordination.Codes;
import java.util.List;

/** The roles (JDV J384, TRE_R260) and the family links (TRE_R216) an entourage member is entered with. */
final class EntourageCodes {

    static final String ROLE_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass";
    static final String LINK_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode";
    static final String IDENTIFIER_SYSTEM = "https://dui-libre.fr/fhir/sid/entourage";
    static final String PROFILE = "https://dui-libre.fr/fhir/StructureDefinition/dui-entourage";

    static final List<Codes.Code> ROLES = List.of(
            new Codes.Code("NOK", "personne de confiance"),
            new Codes.Code("ECON", "personne à prévenir en cas d'urgence"),
            new Codes.Code("GUARD", "Responsable légal"),
            new Codes.Code("CAREGIVER", "Aidant"));

    static final List<Codes.Code> LINKS = List.of(
            new Codes.Code("DAUC", "Fille"),
            new Codes.Code("SONC", "Fils"),
            new Codes.Code("SIGOTHR", "Conjoint"),
            new Codes.Code("HUSB", "Epoux"),
            new Codes.Code("WIFE", "Epouse"),
            new Codes.Code("DOMPART", "Concubin(e) ou partenaire PACS"),
            new Codes.Code("BRO", "Frère"),
            new Codes.Code("SIS", "Soeur"),
            new Codes.Code("GRNDDAU", "Petite-fille"),
            new Codes.Code("GRNDSO", "Petit-fils"),
            new Codes.Code("NEPHEW", "Neveu"),
            new Codes.Code("NIECE", "Nièce"),
            new Codes.Code("FAMMEMB", "Autre membre de la famille"),
            new Codes.Code("NBOR", "Voisin(e)"),
            new Codes.Code("FRND", "Autre proche"));

    private EntourageCodes() {}
}
