package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import fr.dui.server.synthetic.Communes.Commune;
import fr.dui.server.synthetic.OgPlan.EstablishmentPlan;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/** A usager's identity (age plausible for the category, French names, birth commune, INS) and its Patient. */
final class PersonGenerator {

    static final String RELIABILITY = Fhir.FR_CORE + "StructureDefinition/fr-core-identity-reliability";
    private static final List<String> STREETS = List.of(
            "rue de la République",
            "avenue Jean Jaurès",
            "rue Victor Hugo",
            "chemin des Vignes",
            "allée des Cerisiers",
            "rue Pasteur",
            "place de l'Église",
            "rue du Moulin",
            "impasse des Lilas",
            "boulevard Gambetta",
            "rue des Écoles",
            "route de la Gare");
    private static final List<String[]> VALIDATION_MODES = List.of(
            new String[] {"CN", "Carte nationale d'identité"},
            new String[] {"PA", "Passeport"},
            new String[] {"CN", "Carte nationale d'identité"},
            new String[] {"CS", "Carte de séjour"});

    private final InsRegistry insRegistry;

    PersonGenerator(InsRegistry insRegistry) {
        this.insRegistry = insRegistry;
    }

    /** The identity of usager {@code u} of the establishment; {@code qualifiedShare}: chance of a qualified INS. */
    Person person(OgPlan og, EstablishmentPlan e, int u, SyntheticRandom random, double qualifiedShare) {
        Category category = e.category();
        boolean woman = random.chance(category.womenShare());
        int age = age(category, random);
        LocalDate birthDate = og.referenceDate().minusYears(age).minusDays(random.between(1, 364));
        FrenchNames names = FrenchNames.get();
        String given = names.given(random, woman, birthDate.getYear());
        String second = names.given(random, woman, birthDate.getYear());
        String family = names.family(random);
        String usual = woman && age >= 25 && random.chance(0.6) ? names.family(random) : family;
        Commune birthPlace = Communes.get().birthPlace(random, og.departement());
        Commune home = category.atHome() || category == Category.IME || category == Category.ESAT
                ? random.pick(Communes.get().of(og.departement()))
                : e.commune();
        String line = category.atHome() || category == Category.IME || category == Category.ESAT
                ? random.between(1, 120) + " " + random.pick(STREETS)
                : e.name() + ", chambre " + (100 + u);
        String ins = random.chance(qualifiedShare)
                ? insRegistry.issue(woman, birthDate, birthPlace.insee(), random.between(1, 999))
                : null;
        return new Person(
                u,
                og.ids().usager(e.index(), u),
                "3" + e.finess() + "/" + String.format("%06d", u),
                woman,
                given,
                second.equals(given) ? "" : second,
                family,
                usual,
                birthDate,
                birthPlace,
                line,
                home,
                ins);
    }

    /** Ages: around the usual mean of the category, within its bounds. */
    static int age(Category category, SyntheticRandom random) {
        double mean = switch (category) {
            case EHPAD -> 87;
            case RESIDENCE_AUTONOMIE -> 82;
            case SSIAD -> 83;
            case SAAD -> 81;
            case MAS -> 42;
            case ESAT -> 38;
            case IME -> 13;
        };
        double spread = (category.maxAge() - category.minAge()) / 4.0;
        int age = (int) Math.round(random.gaussian(mean, spread));
        return Math.max(category.minAge(), Math.min(category.maxAge(), age));
    }

    Patient patient(OgPlan og, Person p, LocalDate identityDate, SyntheticRandom random) {
        Patient patient = profiled(
                new Patient(),
                p.id(),
                p.qualified() ? "dui-usager-ins" : "dui-usager",
                og.ids().key());
        Extension reliability = patient.addExtension().setUrl(RELIABILITY);
        String[] mode = random.pick(VALIDATION_MODES);
        if (p.qualified()) {
            reliability.addExtension("identityStatus", coding("fr-core-cs-v2-0445", "VALI", "Identité validée"));
            reliability.addExtension(
                    "methodCollection", coding("fr-core-cs-method-collection", "INSI", "Téléservice INSI"));
            reliability.addExtension("dateCollection", Fhir.date(identityDate));
            reliability.addExtension("validationMode", coding("fr-core-cs-mode-validation-identity", mode[0], mode[1]));
            reliability.addExtension("validationDate", Fhir.date(identityDate));
        } else {
            reliability.addExtension("identityStatus", coding("fr-core-cs-v2-0445", "PROV", "Identité provisoire"));
        }
        Extension birthPlace =
                patient.addExtension().setUrl("http://hl7.org/fhir/StructureDefinition/patient-birthPlace");
        Address place = new Address().setCity(p.birthPlace().name());
        place.addExtension(
                Fhir.FR_CORE + "StructureDefinition/fr-core-address-insee-code",
                new Coding(Fhir.TRE_R13, p.birthPlace().insee(), p.birthPlace().name()));
        birthPlace.setValue(place);
        patient.addIdentifier()
                .setType(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v2-0203", "PI", "Patient internal identifier")))
                .setSystem(Fhir.ID_USAGER)
                .setValue(p.localId());
        if (p.qualified()) {
            patient.addIdentifier()
                    .setUse(Identifier.IdentifierUse.OFFICIAL)
                    .setType(new CodeableConcept(new Coding(Fhir.FR_CORE_0203, "INS-NIR-TEST", null)))
                    .setSystem("urn:oid:1.2.250.1.213.1.4.10")
                    .setValue(p.ins());
        }
        HumanName official = patient.addName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(p.family())
                .addGiven(p.given());
        official.addExtension(
                Fhir.FR_CORE + "StructureDefinition/fr-core-patient-birth-list-given-name",
                new StringType(p.otherGivens().isEmpty() ? p.given() : p.given() + " " + p.otherGivens()));
        patient.addName()
                .setUse(HumanName.NameUse.USUAL)
                .setFamily(p.usualFamily())
                .addGiven(p.given());
        patient.setGender(p.woman() ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
        patient.setBirthDateElement(Fhir.date(p.birthDate()));
        patient.addAddress()
                .addLine(p.addressLine())
                .setCity(p.home().name())
                .setPostalCode(p.home().postalCode());
        return patient;
    }

    private static Coding coding(String frCoreSystem, String code, String display) {
        return new Coding(Fhir.FR_CORE + "CodeSystem/" + frCoreSystem, code, display);
    }
}
