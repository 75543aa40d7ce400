package fr.dui.pro.aggir;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.springframework.stereotype.Component;

/**
 * ACC-1: reads the usager and their last AGGIR grid (to start from it) in one round trip, and writes a filled grid
 * as the guide models it: a QuestionnaireResponse of dui-aggir (profile dui-evaluation) with the GIR the national
 * algorithm gives, and the GIR Observation (profile dui-gir) derived from it, in one transaction.
 */
@Component
class AggirWriter {

    static final String EVALUATION_PROFILE = Systems.DUI + "StructureDefinition/dui-evaluation";
    static final String GIR_PROFILE = Systems.DUI + "StructureDefinition/dui-gir";

    private final DuiFhir fhir;
    private final ProSettings settings;
    private final Clock clock;
    private final DroitsReader droits;

    AggirWriter(DuiFhir fhir, ProSettings settings, Clock clock, DroitsReader droits) {
        this.fhir = fhir;
        this.settings = settings;
        this.clock = clock;
        this.droits = droits;
    }

    /**
     * The usager's name, the answers and date of their last grid (empty if none or not readable), and whether the
     * professional's habilitations let them record an evaluation (accompagnement, read with {@code $mes-droits} in
     * the same batch).
     */
    record Precedente(String usager, Map<String, Modalite> reponses, String date, String gir, boolean evalue) {}

    Precedente precedente(SmartContext smart) {
        BatchBuilder batch = new BatchBuilder();
        int patient = batch.get("Patient/" + enc(smart.patient()));
        int last = batch.get("QuestionnaireResponse?subject=" + enc("Patient/" + smart.patient()) + "&questionnaire="
                + enc(AggirGrid.QUESTIONNAIRE) + "&_sort=-authored&_count=1");
        int rights = droits.demander(batch, smart.patient());
        BatchAnswer a = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(batch.build()).execute());
        String name =
                a.read(patient, Patient.class).map(p -> Texts.name(p.getName())).orElse("");
        boolean evaluates = droits.lire(a, rights).peut(Droits.ACCOMPAGNEMENT, "c");
        List<QuestionnaireResponse> grids = a.matches(last, QuestionnaireResponse.class);
        Map<String, Modalite> answers = new HashMap<>();
        if (grids.isEmpty()) {
            return new Precedente(name, answers, null, null, evaluates);
        }
        QuestionnaireResponse grid = grids.get(0);
        String[] gir = {null};
        collect(grid.getItem(), answers, gir);
        return new Precedente(name, answers, Texts.day(grid.getAuthored(), settings.zone()), gir[0], evaluates);
    }

    private static void collect(
            List<QuestionnaireResponseItemComponent> items, Map<String, Modalite> answers, String[] gir) {
        for (QuestionnaireResponseItemComponent item : items) {
            for (var answer : item.getAnswer()) {
                if (answer.getValue() instanceof Coding c) {
                    if (AggirGrid.MODALITE_SYSTEM.equals(c.getSystem())) {
                        try {
                            answers.put(item.getLinkId(), Modalite.valueOf(c.getCode()));
                        } catch (IllegalArgumentException e) {
                            // not a modality: ignored
                        }
                    } else if ("gir".equals(item.getLinkId())) {
                        gir[0] = c.getDisplay();
                    }
                }
            }
            collect(item.getItem(), answers, gir);
        }
    }

    /** Writes the grid and its GIR; returns the GIR. */
    int write(SmartContext smart, Map<String, Modalite> answers) {
        int gir = Aggir.gir(AggirGrid.variables(answers));
        Coding girCoding = Systems.gir(gir);
        DateTimeType now = new DateTimeType(
                Date.from(clock.instant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(settings.zone()));
        Reference subject = new Reference("Patient/" + smart.patient());
        Reference author = new Reference(Refs.relative(smart.fhirUser()));

        QuestionnaireResponse grid = new QuestionnaireResponse();
        grid.getMeta().addProfile(EVALUATION_PROFILE);
        grid.setQuestionnaire(AggirGrid.QUESTIONNAIRE);
        grid.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        grid.setSubject(subject);
        if (smart.encounter() != null && !smart.encounter().isBlank()) {
            grid.setEncounter(new Reference("Encounter/" + Refs.id(smart.encounter())));
        }
        grid.setAuthoredElement(now.copy());
        grid.setAuthor(author);
        for (AggirGrid.Item item : AggirGrid.ITEMS) {
            if (item.groupe()) {
                QuestionnaireResponseItemComponent group = grid.addItem().setLinkId(item.linkId());
                for (AggirGrid.Question q : item.questions()) {
                    group.addItem().setLinkId(q.linkId()).addAnswer().setValue(modality(answers.get(q.linkId())));
                }
            } else {
                grid.addItem().setLinkId(item.linkId()).addAnswer().setValue(modality(answers.get(item.linkId())));
            }
        }
        grid.addItem().setLinkId("gir").addAnswer().setValue(girCoding.copy());

        Observation score = new Observation();
        score.getMeta().addProfile(GIR_PROFILE);
        score.setStatus(Observation.ObservationStatus.FINAL);
        score.addCategory(new CodeableConcept(new Coding(Systems.OBSERVATION_CATEGORY, "evaluation-score", null)));
        score.setCode(new CodeableConcept(new Coding(Systems.OBSERVATION_CODE, "gir", null)));
        score.setSubject(subject);
        score.setEffective(now.copy());
        score.addPerformer(author);
        score.setValue(new CodeableConcept(girCoding.copy()));

        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String gridUrl = "urn:uuid:" + UUID.randomUUID();
        tx.addEntry()
                .setFullUrl(gridUrl)
                .setResource(grid)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("QuestionnaireResponse");
        score.addDerivedFrom(new Reference(gridUrl));
        tx.addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource(score)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation");
        fhir.client(smart).transaction().withBundle(tx).execute();
        return gir;
    }

    private static Type modality(Modalite m) {
        return new Coding(AggirGrid.MODALITE_SYSTEM, m.name(), null);
    }
}
