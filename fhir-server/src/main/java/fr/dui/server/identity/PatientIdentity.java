package fr.dui.server.identity;

import fr.dui.terminology.IdentifierSystems;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/** What identity vigilance reads in a Patient: INS, identity status, traits. */
record PatientIdentity(
        List<Identifier> ins,
        Optional<String> status,
        Optional<String> methodCollection,
        Optional<java.util.Date> dateCollection,
        Traits traits) {

    static final String RELIABILITY = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";
    static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
    static final String BIRTH_LIST_GIVEN_NAME =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name";
    static final String INSEE_CODE = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code";

    /** The INS traits: the data the INSi teleservice returns and a qualified identity must keep as returned. */
    record Traits(
            String birthName,
            String firstGiven,
            String birthGivenNames,
            String birthDate,
            String gender,
            String birthPlace) {}

    static PatientIdentity of(Patient patient) {
        List<Identifier> ins = patient.getIdentifier().stream()
                .filter(id -> IdentifierSystems.INS_NIR.equals(id.getSystem())
                        || IdentifierSystems.INS_NIA.equals(id.getSystem())
                        || IdentifierSystems.INS_NIR_TEST.equals(id.getSystem()))
                .toList();
        Extension reliability = patient.getExtensionByUrl(RELIABILITY);
        return new PatientIdentity(
                ins,
                code(reliability, "identityStatus"),
                code(reliability, "methodCollection"),
                Optional.ofNullable(reliability)
                        .map(r -> r.getExtensionByUrl("dateCollection"))
                        .filter(e -> e.getValue() instanceof DateType)
                        .map(e -> ((DateType) e.getValue()).getValue()),
                traits(patient));
    }

    boolean qualified() {
        return status.filter("VALI"::equals).isPresent() && !ins.isEmpty();
    }

    Optional<String> insValue() {
        return ins.stream().map(Identifier::getValue).filter(Objects::nonNull).findFirst();
    }

    private static Optional<String> code(Extension reliability, String part) {
        return Optional.ofNullable(reliability)
                .map(r -> r.getExtensionByUrl(part))
                .filter(e -> e.getValue() instanceof Coding)
                .map(e -> ((Coding) e.getValue()).getCode());
    }

    private static Traits traits(Patient patient) {
        HumanName official = patient.getName().stream()
                .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst()
                .orElse(new HumanName());
        Extension birthList = official.getExtensionByUrl(BIRTH_LIST_GIVEN_NAME);
        Extension birthPlace = patient.getExtensionByUrl(BIRTH_PLACE);
        String insee = null;
        if (birthPlace != null && birthPlace.getValue() instanceof Address address) {
            Extension code = address.getExtensionByUrl(INSEE_CODE);
            insee = code != null && code.getValue() instanceof Coding c ? c.getCode() : null;
        }
        return new Traits(
                official.getFamily(),
                official.getGiven().isEmpty()
                        ? null
                        : official.getGiven().get(0).getValue(),
                birthList == null ? null : birthList.getValue().primitiveValue(),
                patient.getBirthDateElement().getValueAsString(),
                patient.getGender() == null ? null : patient.getGender().toCode(),
                insee);
    }
}
