package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import fr.dui.server.synthetic.OgPlan.EstablishmentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;

/** The OG, its establishments and the partner bodies its usagers deal with (département, MDPH, CAF). */
final class OrganizationsGenerator {

    static final String COUNCIL = "conseil-departemental";
    static final String MDPH = "mdph";
    static final String CAF = "caf";

    private static final Map<String, String> OF_DEPARTEMENT = Map.of(
            "69", "du Rhône",
            "71", "de Saône-et-Loire",
            "13", "des Bouches-du-Rhône",
            "31", "de la Haute-Garonne",
            "59", "du Nord",
            "33", "de la Gironde",
            "44", "de la Loire-Atlantique");

    private OrganizationsGenerator() {}

    static List<Resource> generate(OgPlan og) {
        String key = og.ids().key();
        List<Resource> resources = new ArrayList<>();
        Organization gestionnaire = profiled(new Organization(), og.ids().og(), "dui-organisation-gestionnaire", key);
        gestionnaire
                .addIdentifier()
                .setType(new CodeableConcept(new Coding(Fhir.FR_CORE_0203, "IDNST", null)))
                .setSystem(Fhir.ID_NAT_ST)
                .setValue(og.idNatSt());
        gestionnaire.setName(og.name());
        gestionnaire
                .addAddress()
                .addLine("1 place de la République")
                .setCity(og.seat().name())
                .setPostalCode(og.seat().postalCode())
                .setCountry("France");
        resources.add(gestionnaire);

        String of = OF_DEPARTEMENT.getOrDefault(og.departement(), "(" + og.departement() + ")");
        resources.add(partner(og, COUNCIL, "Conseil départemental " + of));
        resources.add(partner(og, MDPH, "Maison départementale des personnes handicapées " + of));
        resources.add(partner(og, CAF, "Caisse d'allocations familiales " + of));

        for (EstablishmentPlan e : og.establishments()) {
            resources.add(establishment(og, e));
        }
        return resources;
    }

    private static Organization partner(OgPlan og, String what, String name) {
        Organization partner = profiled(
                new Organization(),
                og.ids().partner(what),
                "dui-organisation-partenaire",
                og.ids().key());
        partner.setName(name);
        return partner;
    }

    private static Organization establishment(OgPlan og, EstablishmentPlan e) {
        Organization org = profiled(
                new Organization(), e.id(), "dui-etablissement", og.ids().key());
        org.addIdentifier()
                .setSystem(Fhir.FINESS)
                .setType(new CodeableConcept(new Coding(Fhir.FR_CORE_0203, "FINEG", null)))
                .setValue(e.finess());
        if (!e.category().atHome()) {
            org.addExtension(
                    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-organization-number-of-theorical-accomadation-space",
                    new IntegerType(e.size().capacity()));
        }
        org.addType(Fhir.concept(
                Fhir.TRE_R66, e.category().finessCode(), e.category().finessLabel()));
        org.setName(e.name());
        org.setPartOf(Fhir.ref("Organization", og.ids().og()));
        org.addAddress()
                .setCity(e.commune().name())
                .setPostalCode(e.commune().postalCode())
                .setCountry("France");
        return org;
    }
}
