package fr.dui.pro.prestations;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.coordination.Codes;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.synthese.UsagerRefusedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/** Reads (one batch: the usager, their benefits with the payers, the partner organisations) and enters benefits. */
@Component
class PrestationStore {

    static final String PROFILE = Systems.DUI + "StructureDefinition/dui-prestation-sociale";
    static final String TYPE_SYSTEM = Systems.DUI + "CodeSystem/dui-type-prestation-sociale";
    static final String PARTNER_PROFILE = Systems.DUI + "StructureDefinition/dui-organisation-partenaire";

    /** The benefits offered (dui-type-prestation-sociale). */
    static final List<Codes.Code> TYPES = List.of(
            new Codes.Code("apa-domicile", "Allocation personnalisée d'autonomie à domicile (APA)"),
            new Codes.Code("apa-etablissement", "Allocation personnalisée d'autonomie en établissement (APA)"),
            new Codes.Code("pch", "Prestation de compensation du handicap (PCH)"),
            new Codes.Code("aah", "Allocation aux adultes handicapés (AAH)"),
            new Codes.Code("aeeh", "Allocation d'éducation de l'enfant handicapé (AEEH)"),
            new Codes.Code("ash-aide-sociale-hebergement", "Aide sociale à l'hébergement (ASH)"),
            new Codes.Code("aide-menagere", "Aide ménagère au titre de l'aide sociale"),
            new Codes.Code("apl-als", "Aide au logement (APL ou ALS)"),
            new Codes.Code("complementaire-sante-solidaire", "Complémentaire santé solidaire (C2S)"),
            new Codes.Code("pension-invalidite", "Pension d'invalidité"),
            new Codes.Code("autre", "Autre prestation"));

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ZoneId zone;
    private final Clock clock;

    PrestationStore(DuiFhir fhir, DroitsReader droits, ProSettings settings, Clock clock) {
        this.fhir = fhir;
        this.droits = droits;
        this.zone = settings.zone();
        this.clock = clock;
    }

    Prestations read(SmartContext smart) {
        BatchBuilder b = new BatchBuilder();
        int usager = b.get("Patient/" + enc(smart.patient()));
        int benefits = b.get("Coverage?beneficiary=" + enc("Patient/" + smart.patient())
                + "&status=active&_include=Coverage:payor&_count=100");
        int payers = b.get("Organization?_profile=" + enc(PARTNER_PROFILE) + "&_count=200&_sort=name");
        int rights = droits.demander(b, smart.patient());
        BatchAnswer answer = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(b.build()).execute());
        droits.lire(answer, rights);
        Patient person = answer.read(usager, Patient.class)
                .orElseThrow(() -> new UsagerRefusedException(answer.refusal(usager)));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Prestations.Ligne> lines = answer.matches(benefits, Coverage.class).stream()
                .sorted(Comparator.comparing(
                        c -> c.getPeriod().hasEnd() ? c.getPeriod().getEnd() : new Date(Long.MAX_VALUE)))
                .map(c -> line(c, answer, today))
                .toList();
        List<Codes.Code> payerChoices = answer.matches(payers, Organization.class).stream()
                .map(o -> new Codes.Code("Organization/" + o.getIdElement().getIdPart(), o.getName()))
                .toList();
        return new Prestations(Texts.name(person.getName()), lines, answer.refusal(benefits), payerChoices);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    void add(SmartContext smart, PrestationForm form) {
        Codes.Code type = Codes.find(TYPES, form.getType()).orElseThrow();
        Coverage benefit = new Coverage();
        benefit.getMeta().addProfile(PROFILE);
        benefit.setStatus(Coverage.CoverageStatus.ACTIVE);
        benefit.getType().addCoding(new Coding(TYPE_SYSTEM, type.code(), type.display()));
        benefit.setBeneficiary(new Reference("Patient/" + smart.patient()));
        benefit.addPayor(new Reference(form.getPayeur()));
        Period period = new Period();
        period.setStartElement(
                new org.hl7.fhir.r4.model.DateTimeType(form.getDebut().toString()));
        if (form.getFin() != null) {
            period.setEndElement(
                    new org.hl7.fhir.r4.model.DateTimeType(form.getFin().toString()));
        }
        benefit.setPeriod(period);
        if (form.getDossier() != null && !form.getDossier().isBlank()) {
            benefit.setSubscriberId(form.getDossier().strip());
        }
        fhir.client(smart).create().resource(benefit).execute();
    }

    private Prestations.Ligne line(Coverage c, BatchAnswer answer, LocalDate today) {
        LocalDate end = c.getPeriod().hasEnd()
                ? c.getPeriod().getEnd().toInstant().atZone(zone).toLocalDate()
                : null;
        Echeance.Alerte alert = Echeance.of(end, today);
        String payer = c.getPayor().stream()
                .map(p -> answer.resolve(p, Organization.class)
                        .map(Organization::getName)
                        .orElse(p.getDisplay()))
                .filter(n -> n != null && !n.isBlank())
                .findFirst()
                .orElse("");
        return new Prestations.Ligne(
                Texts.of(c.getType()),
                payer,
                c.hasSubscriberId() ? c.getSubscriberId() : "",
                c.getPeriod().hasStart() ? Texts.day(c.getPeriod().getStart(), zone) : "",
                end == null ? "" : Texts.day(end),
                alert.niveau(),
                alert.texte());
    }
}
