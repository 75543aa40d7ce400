package fr.dui.server.support;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/** Professionals for the tests: a Practitioner with an RPPS-like idNatPs and one active role in an establishment. */
public final class Professionals {

    private Professionals() {}

    /** Creates the professional and their role; returns {@code PractitionerRole/<id>}. */
    public static String create(IGenericClient client, String establishment, Coding profession) {
        String practitioner = practitioner(client, randomIdNat(), profession.getDisplay());
        return role(client, practitioner, establishment, profession);
    }

    /** An RPPS-like idNatPs (8 + 11 digits) no other test uses. */
    public static String randomIdNat() {
        return "8" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
    }

    /** Creates a professional known by this idNatPs; returns {@code Practitioner/<id>}. */
    public static String practitioner(IGenericClient client, String idNat, String given) {
        Practitioner practitioner = new Practitioner();
        practitioner.getMeta().addProfile("https://dui-libre.fr/fhir/StructureDefinition/dui-professionnel");
        practitioner.addIdentifier(new Identifier()
                .setType(new CodeableConcept(
                        new Coding("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203", "IDNPS", null)))
                .setSystem("urn:oid:1.2.250.1.71.4.2.1")
                .setValue(idNat));
        practitioner.addName(new HumanName().setFamily("TEST").addGiven(given));
        return "Practitioner/"
                + client.create().resource(practitioner).execute().getId().getIdPart();
    }

    /** Creates an active role of the professional in an establishment; returns {@code PractitionerRole/<id>}. */
    public static String role(IGenericClient client, String practitioner, String establishment, Coding profession) {
        PractitionerRole role = new PractitionerRole();
        role.getMeta().addProfile("https://dui-libre.fr/fhir/StructureDefinition/dui-role-professionnel");
        role.setActive(true);
        role.setPractitioner(new Reference(practitioner));
        role.setOrganization(new Reference("Organization/" + establishment));
        role.addCode(new CodeableConcept(profession));
        return "PractitionerRole/"
                + client.create().resource(role).execute().getId().getIdPart();
    }
}
