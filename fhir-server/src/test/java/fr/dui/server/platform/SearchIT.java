package fr.dui.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.SharedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleEntrySearchComponent;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

@DuiServerTest
class SearchIT {

    private static final String TAG_SYSTEM = DuiFixtures.TEST_TAG_SYSTEM;

    private final IGenericClient client;

    SearchIT(SharedServer server) {
        this.client = server.client();
    }

    @Test
    void searchPagesThroughResultsWithAnExactTotal() {
        String tag = UUID.randomUUID().toString();
        client.transaction()
                .withBundle(DuiFixtures.taggedUsagers("PAGE", tag, 25))
                .execute();

        List<Bundle> pages = pages("Patient?_tag=" + TAG_SYSTEM + "|" + tag + "&_count=10&_total=accurate");
        assertThat(pages.get(0).getTotal()).isEqualTo(25);
        assertThat(pages).hasSize(3);
        assertThat(ids(pages)).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void everyResultIsReachablePastTheLargestPage() {
        String tag = UUID.randomUUID().toString();
        int count = 260; // more than dui.fhir.max-page-size (200)
        client.transaction()
                .withBundle(DuiFixtures.taggedUsagers("NOMBREUX", tag, count))
                .execute();

        List<Bundle> pages = pages("Patient?_tag=" + TAG_SYSTEM + "|" + tag + "&_count=200&_total=accurate");
        assertThat(pages.get(0).getTotal()).isEqualTo(count);
        assertThat(ids(pages)).hasSize(count).doesNotHaveDuplicates();
    }

    /** Every page of a search, following the {@code next} links. */
    private List<Bundle> pages(String search) {
        List<Bundle> pages = new ArrayList<>();
        Bundle page = client.search().byUrl(search).returnBundle(Bundle.class).execute();
        while (page != null) {
            pages.add(page);
            page = page.getLink(Bundle.LINK_NEXT) != null
                    ? client.loadPage().next(page).execute()
                    : null;
        }
        return pages;
    }

    private static List<String> ids(List<Bundle> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p ->
                p.getEntry().forEach(e -> ids.add(e.getResource().getIdElement().getIdPart())));
        return ids;
    }

    @Test
    void includeBringsTheReferencedUsager() {
        Patient patient = CrudIT.patient("INCLUDE", "Test");
        patient.getMeta().addTag(TAG_SYSTEM, UUID.randomUUID().toString(), null);
        String patientId = client.create().resource(patient).execute().getId().getIdPart();
        String code = UUID.randomUUID().toString();
        Observation obs = DuiFixtures.gir("Patient/" + patientId, 3);
        obs.getMeta().addTag("urn:dui:test-run", code, null);
        client.create().resource(obs).execute();

        Bundle result = client.search()
                .byUrl("Observation?_tag=urn:dui:test-run|" + code + "&_include=Observation:subject")
                .returnBundle(Bundle.class)
                .execute();

        assertThat(result.getEntry()).hasSize(2);
        assertThat(result.getEntry())
                .extracting(BundleEntryComponent::getSearch)
                .extracting(BundleEntrySearchComponent::getMode)
                .containsExactlyInAnyOrder(SearchEntryMode.MATCH, SearchEntryMode.INCLUDE);
        assertThat(result.getEntry())
                .filteredOn(e -> e.getSearch().getMode() == SearchEntryMode.INCLUDE)
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(patientId);
    }

    @Test
    void textSearchFindsWordsInTheNarrative() {
        String word = "recit" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Patient patient = CrudIT.patient("NARRATIF", "Test");
        patient.getText()
                .setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Aime le jardinage, " + word + "</div>");
        String id = client.create().resource(patient).execute().getId().getIdPart();

        Bundle found = client.search()
                .byUrl("Patient?_text=" + word)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(id);
    }

    @Test
    void contentSearchFindsWordsAnywhereInTheResource() {
        String word = "mot" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Patient patient = CrudIT.patient("CONTENU", "Test");
        patient.addAddress().addLine("Résidence " + word + ", bâtiment B").setCity("Lyon");
        String id = client.create().resource(patient).execute().getId().getIdPart();

        Bundle found = client.search()
                .byUrl("Patient?_content=" + word)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(id);

        Bundle notFound = client.search()
                .byUrl("Patient?_content=" + word + "absent")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(notFound.getEntry()).isEmpty();
    }
}
