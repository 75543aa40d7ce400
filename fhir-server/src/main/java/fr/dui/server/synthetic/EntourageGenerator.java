package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * The entourage of a usager (GAD-5): for an elderly person a daughter or son as personne de confiance, often another
 * child to call in an emergency, a spouse helping at home, sometimes a legal protection; for a child the parents as
 * legal representatives; for a disabled adult a parent representing them, often under a tutelle or curatelle.
 */
final class EntourageGenerator {

    private EntourageGenerator() {}

    static void generate(RecordContext r) {
        List<Entourage.Relative> relatives = new ArrayList<>();
        SyntheticRandom random = r.random;
        Person p = r.person;
        FrenchNames names = FrenchNames.get();
        int childBirthYear = p.birthDate().getYear() + random.between(24, 36);
        switch (r.category().people()) {
            case PA -> {
                boolean daughter = random.chance(0.6);
                String childFamily = daughter && random.chance(0.7) ? names.family(random) : p.usualFamily();
                relatives.add(relative(
                        r,
                        relatives.size() + 1,
                        "NOK",
                        daughter ? "DAUC" : "SONC",
                        names.given(random, daughter, childBirthYear),
                        childFamily,
                        daughter,
                        null));
                if (random.chance(0.5)) {
                    boolean second = random.chance(0.5);
                    relatives.add(relative(
                            r,
                            relatives.size() + 1,
                            "ECON",
                            second ? "DAUC" : "SONC",
                            names.given(random, second, childBirthYear + 3),
                            second ? names.family(random) : p.usualFamily(),
                            second,
                            null));
                }
                if (r.category().atHome() && r.age() < 92 && random.chance(0.5)) {
                    relatives.add(relative(
                            r,
                            relatives.size() + 1,
                            "CAREGIVER",
                            p.woman() ? "HUSB" : "WIFE",
                            names.given(random, !p.woman(), p.birthDate().getYear() - 2),
                            p.usualFamily(),
                            !p.woman(),
                            null));
                }
                if (random.chance(0.15)) {
                    boolean woman = random.chance(0.6);
                    relatives.add(relative(
                            r,
                            relatives.size() + 1,
                            "GUARD",
                            null,
                            names.given(random, woman, 1975),
                            names.family(random),
                            woman,
                            random.chance(0.5) ? "TUTEUR" : "CURATEUR"));
                }
            }
            case ENF -> {
                int parentYear = p.birthDate().getYear() - random.between(24, 40);
                String fatherFamily = p.family();
                relatives.add(relative(
                        r,
                        1,
                        "GUARD",
                        "MTH",
                        names.given(random, true, parentYear),
                        random.chance(0.8) ? fatherFamily : names.family(random),
                        true,
                        null));
                if (random.chance(0.6)) {
                    relatives.add(relative(
                            r,
                            2,
                            "GUARD",
                            "FTH",
                            names.given(random, false, parentYear - 2),
                            fatherFamily,
                            false,
                            null));
                }
            }
            case PH -> {
                int parentYear = p.birthDate().getYear() - random.between(22, 38);
                boolean mother = random.chance(0.65);
                double protection = random.nextDouble();
                relatives.add(relative(
                        r,
                        1,
                        "GUARD",
                        mother ? "MTH" : "FTH",
                        names.given(random, mother, parentYear),
                        p.family(),
                        mother,
                        protection < 0.4 ? "TUTEUR" : protection < 0.7 ? "CURATEUR" : null));
                if (random.chance(0.5)) {
                    boolean sister = random.chance(0.5);
                    relatives.add(relative(
                            r,
                            2,
                            "ECON",
                            sister ? "SIS" : "BRO",
                            names.given(random, sister, p.birthDate().getYear() + 2),
                            sister && random.chance(0.5) ? names.family(random) : p.family(),
                            sister,
                            null));
                }
            }
        }
        r.entourage = new Entourage(relatives);
    }

    private static Entourage.Relative relative(
            RecordContext r,
            int n,
            String role,
            String relationType,
            String given,
            String family,
            boolean woman,
            String protection) {
        Entourage.Relative relative = new Entourage.Relative(r.id("ent" + n), role, given, family, woman);
        RelatedPerson person = profiled(new RelatedPerson(), relative.id(), "dui-entourage", r.key());
        person.addIdentifier().setSystem(Fhir.ID_ENTOURAGE).setValue(r.localId("ENT-" + n));
        person.setPatient(r.patient());
        person.addRelationship(Fhir.concept(Fhir.TRE_R260, role, roleLabel(role)));
        if (relationType != null) {
            person.addRelationship(Fhir.concept(Fhir.TRE_R216, relationType, relationLabel(relationType)));
        }
        person.addName().setFamily(family).addGiven(given);
        person.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(String.format(
                        "0%d %02d %02d %02d %02d",
                        r.random.chance(0.8) ? 6 : 4,
                        r.random.between(10, 99),
                        r.random.between(0, 99),
                        r.random.between(0, 99),
                        r.random.between(0, 99)));
        person.getPeriod().setStartElement(Fhir.day(r.entered != null ? r.entered : r.requested));
        if (protection != null) {
            person.addExtension(
                    Fhir.SD + "dui-protection-juridique",
                    Fhir.concept(Fhir.TRE_R217, protection, "TUTEUR".equals(protection) ? "Tuteur" : "Curateur"));
        }
        r.add(person);
        return relative;
    }

    static String roleLabel(String role) {
        return switch (role) {
            case "NOK" -> "personne de confiance";
            case "ECON" -> "personne à prévenir en cas d'urgence";
            case "GUARD" -> "Responsable légal";
            case "CAREGIVER" -> "Aidant";
            default -> throw new IllegalArgumentException(role);
        };
    }

    static String relationLabel(String code) {
        return switch (code) {
            case "DAUC" -> "Fille";
            case "SONC" -> "Fils";
            case "HUSB" -> "Epoux";
            case "WIFE" -> "Epouse";
            case "MTH" -> "Mère";
            case "FTH" -> "Père";
            case "SIS" -> "Soeur";
            case "BRO" -> "Frère";
            default -> throw new IllegalArgumentException(code);
        };
    }
}
