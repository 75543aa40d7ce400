package fr.dui.server.bench.population;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;

/**
 * One thing professionals do all day, as the HTTP request the DUI receives for it. Each call of {@link #request}
 * picks its usager (or word) with the caller's random generator, so concurrent users do not all read the same record.
 *
 * @param name French, for the report
 * @param write whether it stores something (reported apart: writes are validated, reads are not)
 */
record Scenario(String name, boolean write, BiFunction<SplittableRandom, String, HttpRequest> requests) {

    private static final String DUI = "https://dui-libre.fr/fhir/";
    private static final String OBSERVATION_CATEGORY = DUI + "CodeSystem/dui-categorie-observation";
    private static final String OBSERVATION_CODE = DUI + "CodeSystem/dui-observation-code";
    private static final String COMMUNICATION_CATEGORY = DUI + "CodeSystem/dui-categorie-communication";
    private static final String VITAL_SIGNS = "http://terminology.hl7.org/CodeSystem/observation-category|vital-signs";
    private static final String WAITING_LIST = DUI + "CodeSystem/dui-demande-type|liste-attente";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** The request of one iteration, with this bearer token (none if null: the baseline asks for none). */
    HttpRequest request(SplittableRandom random, String token) {
        return requests.apply(random, token);
    }

    /** The scenarios of the benchmark, over the population of {@code index}, on the FHIR base {@code fhir}. */
    static List<Scenario> all(String fhir, PopulationIndex index) {
        FhirContext context = FhirContext.forR4Cached();
        return List.of(
                new Scenario(
                        "fiche de synthèse",
                        false,
                        (random, token) -> batch(
                                fhir,
                                token,
                                context.newJsonParser()
                                        .encodeResourceToString(synthese(
                                                pick(random, index.usagers()), pick(random, index.professionals()))))),
                new Scenario(
                        "transmission écrite",
                        true,
                        (random, token) -> post(
                                fhir + "/Observation",
                                token,
                                context.newJsonParser().encodeResourceToString(transmission(random, index)))),
                new Scenario(
                        "fil de l'équipe",
                        false,
                        (random, token) -> batch(
                                fhir,
                                token,
                                context.newJsonParser()
                                        .encodeResourceToString(feed(pick(random, index.professionals()))))),
                new Scenario(
                        "liste d'attente de l'OG",
                        false,
                        (random, token) -> get(
                                fhir + "/Task?code=" + enc(WAITING_LIST) + "&status=in-progress,accepted"
                                        + "&_sort=-modified&_count=50&_include=Task:patient&_include=Task:focus",
                                token)),
                new Scenario(
                        "recherche plein texte",
                        false,
                        (random, token) -> get(
                                fhir + "/Observation?_content=" + enc(pick(random, index.words())) + "&_count=20",
                                token)));
    }

    /**
     * The batch DUI Pro sends to render the fiche de synthèse ({@code fr.dui.pro.synthese.SyntheseQuery}): one read
     * and eleven searches, with their includes.
     */
    static Bundle synthese(String patientId, String professionalRoleId) {
        String patient = enc("Patient/" + patientId);
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        for (String url : List.of(
                "Patient/" + enc(patientId),
                "RelatedPerson?patient=" + patient + "&_count=50",
                "CareTeam?subject=" + patient
                        + "&status=active&_include=CareTeam:participant&_include:iterate=PractitionerRole:practitioner",
                "Encounter?subject=" + patient
                        + "&status=in-progress&_include=Encounter:service-provider&_sort=-date&_count=5",
                "Observation?subject=" + patient + "&code=" + enc(OBSERVATION_CODE + "|gir")
                        + "&_sort=-date&_count=1&_include=Observation:performer"
                        + "&_include:iterate=PractitionerRole:practitioner",
                "CarePlan?subject=" + patient
                        + "&status=active&_include=CarePlan:goal&_include=CarePlan:activity-reference&_count=5",
                "Coverage?beneficiary=" + patient + "&status=active&_count=50",
                "AllergyIntolerance?patient=" + patient + "&_count=50",
                "Observation?subject=" + patient + "&category=" + enc(OBSERVATION_CATEGORY + "|transmission")
                        + "&_sort=-date&_count=50",
                "Communication?subject=" + patient + "&recipient=" + enc("PractitionerRole/" + professionalRoleId)
                        + "&category=" + enc(COMMUNICATION_CATEGORY + "|information-professionnel") + "&_count=500",
                "Observation?subject=" + patient + "&category=" + enc(VITAL_SIGNS) + "&_sort=-date&_count=60",
                "Observation?subject=" + patient + "&category=" + enc(OBSERVATION_CATEGORY + "|observation-medicale")
                        + "&_sort=-date&_count=20")) {
            batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(url);
        }
        return batch;
    }

    /**
     * The batch of DUI Pro's team feed ({@code fr.dui.pro.transmissions.FeedReader}): the transmissions of the last
     * shift with the usagers and authors they name, and the professional's read receipts since it began. The
     * population's transmissions are in the past weeks: the window is the last thirty days, the feed a page of 200.
     */
    static Bundle feed(String professionalRoleId) {
        OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String start = enc(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(end.minusDays(30)));
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry()
                .getRequest()
                .setMethod(Bundle.HTTPVerb.GET)
                .setUrl("Observation?category=" + enc(OBSERVATION_CATEGORY + "|transmission") + "&date=ge" + start
                        + "&date=lt" + enc(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(end))
                        + "&_sort=-date&_count=200&_include=Observation:subject&_include=Observation:performer"
                        + "&_include:iterate=PractitionerRole:practitioner");
        batch.addEntry()
                .getRequest()
                .setMethod(Bundle.HTTPVerb.GET)
                .setUrl("Communication?recipient=" + enc("PractitionerRole/" + professionalRoleId) + "&category="
                        + enc(COMMUNICATION_CATEGORY + "|information-professionnel") + "&received=ge" + start
                        + "&_count=1000");
        return batch;
    }

    /** A new transmission: one of the population's, written again now by the same professional. */
    static Observation transmission(SplittableRandom random, PopulationIndex index) {
        Observation copy = pick(random, index.transmissions()).copy();
        copy.setId((String) null);
        copy.getMeta().setVersionId(null).setLastUpdated(null);
        copy.setEffective(new DateTimeType(new Date()));
        return copy;
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest get(String url, String token) {
        return authorized(HttpRequest.newBuilder(URI.create(url)), token).GET().build();
    }

    private static HttpRequest post(String url, String token, String json) {
        return authorized(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", "application/fhir+json; charset=utf-8")
                .header("Prefer", "return=minimal")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpRequest batch(String url, String token, String json) {
        return authorized(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", "application/fhir+json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String token) {
        builder.timeout(TIMEOUT).header("Accept", "application/fhir+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
