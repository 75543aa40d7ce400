package fr.dui.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.profiles.ClasspathFhirPackage;
import fr.dui.profiles.DuiPackages;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** The examples of the DUI guide: read from the profiles jar, loaded into the server with their own ids. */
public final class ExampleData {

    private ExampleData() {}

    /** Every example of the guide, parsed. */
    public static List<Resource> all(FhirContext fhir) {
        ClasspathFhirPackage guide = DuiPackages.guide();
        List<Resource> examples = new ArrayList<>();
        for (String file : guide.examples()) {
            examples.add((Resource) fhir.newJsonParser().parseResource(guide.read(file)));
        }
        return examples;
    }

    /** The JSON text of one example, by its file name stem ({@code Patient-usager-jeanne-dupont}). */
    public static String json(String typeAndId) {
        return DuiPackages.guide().read("example/" + typeAndId + ".json");
    }

    /** A copy of one example without its id, to store as a new resource ({@code Encounter-sejour-jeanne-ehpad}). */
    public static <T extends Resource> T copy(FhirContext fhir, Class<T> type, String typeAndId) {
        T copy = type.cast(fhir.newJsonParser().parseResource(json(typeAndId)));
        copy.setId((String) null);
        return copy;
    }

    /**
     * The examples a client may store: all but the AuditEvent ones (the audit trail is written by the server alone;
     * its example shows the shape of the server's events).
     */
    public static List<Resource> storable(List<Resource> examples) {
        return examples.stream().filter(e -> !"AuditEvent".equals(e.fhirType())).toList();
    }

    /** Loads every storable example in one transaction (PUT with their ids: loading twice changes nothing). */
    public static Bundle load(IGenericClient client, List<Resource> examples) {
        return client.transaction().withBundle(transaction(examples)).execute();
    }

    /** The transaction that stores every storable example with its own id (PUT). */
    public static Bundle transaction(List<Resource> examples) {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Resource example : storable(examples)) {
            transaction
                    .addEntry()
                    .setResource(example)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(example.fhirType() + "/" + example.getIdPart());
        }
        return transaction;
    }
}
