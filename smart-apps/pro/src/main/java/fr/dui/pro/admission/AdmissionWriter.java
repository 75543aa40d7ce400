package fr.dui.pro.admission;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.web.DuiRefusalException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * Writes the admission as the guide models it: a new application creates the usager (identity traits, identity
 * status) with the demande (ServiceRequest) and one waiting-list Task per establishment, in one transaction; each
 * step of the walk is a new version of the Task (its history); the first contact is an event (Encounter
 * dui-evenement) the Task points to; the entrée opens the séjour (Encounter dui-sejour) in the establishment.
 */
@Component
class AdmissionWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ProSettings settings;
    private final Clock clock;

    AdmissionWriter(DuiFhir fhir, ProSettings settings, Clock clock, DroitsReader droits) {
        this.fhir = fhir;
        this.settings = settings;
        this.clock = clock;
        this.droits = droits;
    }

    /** An action the application's state does not allow (someone else moved it meanwhile, a forged form...). */
    static final class ActionImpossible extends DuiRefusalException {
        ActionImpossible(String reason) {
            super("Action impossible", reason);
        }
    }

    /** An existing usager who may be the person of a new application. */
    record Candidat(String id, String nom, String naissance, String lieu, String statut) {}

    /** The duplicate check and the professional's establishments, in one round trip. */
    record Verification(List<Candidat> candidats, Professionnel professionnel) {}

    /** Where a new application was stored. */
    record Creation(String usager, String tache) {}

    /**
     * ADM-3, before creating anyone: the usagers already known (those the professional's habilitations open) with the
     * same birth name or first name and the same date of birth, or the same birth name and first name.
     */
    Verification verifier(SmartContext smart, DemandeForm form) {
        BatchBuilder batch = new BatchBuilder();
        String family = form.getNomNaissance().trim();
        String given = form.listePrenoms().isEmpty() ? "" : form.listePrenoms().get(0);
        int sameBirth = form.naissance() == null
                ? -1
                : batch.get("Patient?birthdate=" + form.naissance() + "&name=" + enc(family) + "&_count=20");
        int sameNames = batch.get("Patient?family=" + enc(family) + "&given=" + enc(given) + "&_count=20");
        Professionnel.Query role = Professionnel.query(batch, smart, droits);
        BatchAnswer a = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(batch.build()).execute());
        Map<String, Candidat> candidates = new LinkedHashMap<>();
        List<Patient> found = new ArrayList<>();
        if (sameBirth >= 0) {
            found.addAll(a.matches(sameBirth, Patient.class));
        }
        found.addAll(a.matches(sameNames, Patient.class));
        for (Patient p : found) {
            DemandeReader.Identite id = DemandeReader.identite(p, settings.zone());
            candidates.putIfAbsent(
                    p.getIdElement().getIdPart(),
                    new Candidat(
                            p.getIdElement().getIdPart(),
                            Texts.name(p.getName()),
                            Demande.naissance(p),
                            id.lieu(),
                            id.statut()));
        }
        return new Verification(List.copyOf(candidates.values()), Professionnel.from(a, role, droits, List.of()));
    }

    /** Stores the application (and the new usager, unless it is for an existing one) in one transaction. */
    Creation creer(SmartContext smart, DemandeForm form, Professionnel pro) {
        List<Professionnel.Etablissement> targets = new ArrayList<>();
        for (String id : form.getEtablissements()) {
            Professionnel.Etablissement e = pro.etablissement(id);
            if (e == null) {
                throw new ActionImpossible("L'établissement « " + id + " » ne fait pas partie des vôtres.");
            }
            targets.add(e);
        }
        String accueil = AdmissionFhir.accueil(form.getAccueil());
        if (accueil == null) {
            throw new ActionImpossible("Prise en charge inconnue : « " + form.getAccueil() + " ».");
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.zone()));
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Reference subject;
        boolean existing =
                form.getUsagerExistant() != null && !form.getUsagerExistant().isBlank();
        if (existing) {
            subject = new Reference("Patient/" + form.getUsagerExistant().trim());
        } else {
            Patient patient = usager(form, targets.get(0), now);
            subject = new Reference(post(tx, patient));
        }
        ServiceRequest request = new ServiceRequest();
        request.getMeta().addProfile(AdmissionFhir.SD + "dui-demande-admission");
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        request.addCategory(new CodeableConcept(new Coding(AdmissionFhir.REQUEST_TYPE, "admission", null)));
        request.setCode(new CodeableConcept(new Coding(AdmissionFhir.RECEPTION_KINDS, form.getAccueil(), accueil)));
        request.setSubject(subject);
        request.setAuthoredOnElement(new DateTimeType(now.toLocalDate().toString()));
        targets.forEach(t -> request.addPerformer(new Reference("Organization/" + t.id())));
        if (form.getOrigine() != null && AdmissionFhir.origine(form.getOrigine()) != null) {
            request.addExtension(
                    AdmissionFhir.ORIGIN_EXTENSION,
                    new CodeableConcept(new Coding(
                            AdmissionFhir.ORIGIN, form.getOrigine(), AdmissionFhir.origine(form.getOrigine()))));
        }
        String requestRef = post(tx, request);
        List<Integer> taskEntries = new ArrayList<>();
        for (Professionnel.Etablissement target : targets) {
            Task task = new Task();
            task.getMeta().addProfile(AdmissionFhir.SD + "dui-liste-attente");
            task.setStatus(Statut.ANALYSE.taskStatus());
            task.setIntent(Task.TaskIntent.ORDER);
            task.setCode(new CodeableConcept(new Coding(AdmissionFhir.REQUEST_TYPE, "liste-attente", null)));
            task.setBusinessStatus(Statut.ANALYSE.concept());
            task.setFocus(new Reference(requestRef));
            task.setFor(subject);
            task.setOwner(new Reference("Organization/" + target.id()));
            task.setAuthoredOnElement(dateTime(now));
            task.setLastModifiedElement(dateTime(now));
            Integer gir = form.girConnu();
            if (gir != null) {
                task.addInput()
                        .setType(new CodeableConcept(new Coding(AdmissionFhir.REQUEST_TYPE, "gir", null)))
                        .setValue(new CodeableConcept(Systems.gir(gir)));
            }
            post(tx, task);
            taskEntries.add(tx.getEntry().size() - 1);
        }
        Bundle answer = fhir.client(smart).transaction().withBundle(tx).execute();
        String usager = existing
                ? form.getUsagerExistant().trim()
                : Refs.id(answer.getEntry().get(0).getResponse().getLocation());
        String tache =
                Refs.id(answer.getEntry().get(taskEntries.get(0)).getResponse().getLocation());
        return new Creation(usager, tache);
    }

    /**
     * Moves the application to its next status ({@code cible}): a new version of its Task; at the entrée, the séjour
     * is opened in the establishment (from {@code entree}) in the same transaction. Refused if the application is no
     * longer where the form saw it.
     */
    void avancer(SmartContext smart, String tache, Statut cible, LocalDate entree) {
        Lue lue = lire(smart, tache);
        Task task = lue.task();
        Statut current = Statut.of(task.getBusinessStatus())
                .orElseThrow(() ->
                        new ActionImpossible("Le statut de cette demande n'est pas celui d'une liste d'attente."));
        if (current.suivant().orElse(null) != cible) {
            throw new ActionImpossible("Cette demande est « " + current.libelle() + " » : elle ne peut pas passer à « "
                    + cible.libelle() + " ». Elle a peut-être été modifiée entre-temps : rechargez la page.");
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.zone()));
        LocalDate admittedOn = task.hasLastModified()
                ? task.getLastModified().toInstant().atZone(settings.zone()).toLocalDate()
                : now.toLocalDate();
        task.setBusinessStatus(cible.concept());
        task.setStatus(cible.taskStatus());
        touch(task, now);
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        put(tx, task);
        if (cible == Statut.ENTRE) {
            post(tx, sejour(lue, entree == null ? now.toLocalDate() : entree, admittedOn, now));
        }
        fhir.client(smart).transaction().withBundle(tx).execute();
    }

    /**
     * The establishment cannot admit the person (Admission impossible signalée, JDV_J252 45): a new version of the
     * Task, rejected, with the reason; only while the application is waiting.
     */
    void impossible(SmartContext smart, String tache, String motif) {
        Task task = lire(smart, tache).task();
        Statut current = Statut.of(task.getBusinessStatus()).orElse(null);
        if (current == null || !current.enAttente()) {
            throw new ActionImpossible("Cette demande n'est plus en attente"
                    + (current == null ? "" : " (« " + current.libelle() + " »)")
                    + " : l'admission ne peut plus être déclarée impossible. Rechargez la page.");
        }
        task.setBusinessStatus(Statut.IMPOSSIBLE.concept());
        task.setStatus(Statut.IMPOSSIBLE.taskStatus());
        task.setStatusReason(new CodeableConcept().setText(motif.trim()));
        touch(task, ZonedDateTime.now(clock.withZone(settings.zone())));
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        put(tx, task);
        fhir.client(smart).transaction().withBundle(tx).execute();
    }

    /** ADM-2: plans the first contact or the pre-admission visit, an event the application's Task points to. */
    void planifier(SmartContext smart, String tache, LocalDateTime quand, String type) {
        Lue lue = lire(smart, tache);
        Task task = lue.task();
        if (Statut.of(task.getBusinessStatus()).map(s -> !s.enAttente()).orElse(true)) {
            throw new ActionImpossible("Cette demande n'est plus en attente : le premier contact ne se planifie plus.");
        }
        String display = "premier-contact".equals(type) ? "Premier contact" : "Visite de pré-admission";
        Encounter visit = new Encounter();
        visit.getMeta().addProfile(AdmissionFhir.SD + "dui-evenement");
        visit.setStatus(Encounter.EncounterStatus.PLANNED);
        visit.setClass_(new Coding(AdmissionFhir.V3_ACT_CODE, "HH", null));
        visit.addType(new CodeableConcept(new Coding(
                AdmissionFhir.EVENT_TYPE,
                "premier-contact".equals(type) ? "premier-contact" : "visite-pre-admission",
                display)));
        visit.setSubject(task.getFor());
        visit.setServiceProvider(task.getOwner());
        String me = Refs.relative(smart.fhirUser());
        if (me != null && (me.startsWith("PractitionerRole/") || me.startsWith("Practitioner/"))) {
            visit.addParticipant().setIndividual(new Reference(me));
        }
        ZonedDateTime start = quand.atZone(settings.zone());
        visit.getPeriod().setStartElement(dateTime(start)).setEndElement(dateTime(start.plusHours(1)));
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String visitRef = post(tx, visit);
        task.getInput()
                .removeIf(i -> i.getType().getCoding().stream().anyMatch(c -> "premier-contact".equals(c.getCode())));
        task.addInput()
                .setType(new CodeableConcept(new Coding(AdmissionFhir.REQUEST_TYPE, "premier-contact", null)))
                .setValue(new Reference(visitRef));
        touch(task, ZonedDateTime.now(clock.withZone(settings.zone())));
        put(tx, task);
        fhir.client(smart).transaction().withBundle(tx).execute();
    }

    private record Lue(Task task, Patient patient, Organization owner, ServiceRequest request) {}

    private Lue lire(SmartContext smart, String tache) {
        Bundle found = fhir.client(smart)
                .search()
                .byUrl("Task?_id=" + enc(tache) + "&_include=Task:patient&_include=Task:owner&_include=Task:focus")
                .returnBundle(Bundle.class)
                .execute();
        Task task = null;
        Map<String, Resource> byRef = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent e : found.getEntry()) {
            Resource r = e.getResource();
            byRef.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
            if (r instanceof Task t && tache.equals(t.getIdElement().getIdPart())) {
                task = t;
            }
        }
        if (task == null) {
            throw new ActionImpossible("Cette demande n'existe pas ou vos habilitations ne l'ouvrent pas.");
        }
        return new Lue(
                task,
                byRef.get(Refs.relative(task.getFor())) instanceof Patient p ? p : null,
                byRef.get(Refs.relative(task.getOwner())) instanceof Organization o ? o : null,
                byRef.get(Refs.relative(task.getFocus())) instanceof ServiceRequest s ? s : null);
    }

    /** The séjour the entrée opens (profile dui-sejour). */
    private Encounter sejour(Lue lue, LocalDate entree, LocalDate admittedOn, ZonedDateTime now) {
        Encounter stay = new Encounter();
        stay.getMeta().addProfile(AdmissionFhir.SD + "dui-sejour");
        stay.setStatus(Encounter.EncounterStatus.INPROGRESS);
        stay.setClass_(new Coding(AdmissionFhir.V3_ACT_CODE, "HH", null));
        Coding kind = lue.request() == null
                ? null
                : lue.request().getCode().getCoding().stream()
                        .filter(c -> AdmissionFhir.RECEPTION_KINDS.equals(c.getSystem()))
                        .findFirst()
                        .orElse(null);
        if (kind == null) {
            kind = new Coding(AdmissionFhir.RECEPTION_KINDS, "hebergement-permanent", "Hébergement permanent");
        }
        stay.addExtension(Systems.RECEPTION_KIND, new CodeableConcept(kind.copy()));
        stay.addExtension(Systems.ADMISSION_DATE, new DateType(admittedOn.toString()));
        String local = lue.patient() == null
                ? null
                : lue.patient().getIdentifier().stream()
                        .filter(i -> AdmissionFhir.ID_USAGER.equals(i.getSystem()))
                        .map(i -> i.getValue())
                        .findFirst()
                        .orElse(null);
        if (local == null) {
            String finess =
                    lue.owner() == null ? "" : Professionnel.of(lue.owner()).finess();
            local = "3" + finess + "/" + Refs.id(Refs.relative(lue.task().getFor()));
        }
        stay.addIdentifier().setSystem(AdmissionFhir.ID_SEJOUR).setValue(local + "-SEJOUR-" + STAMP.format(now));
        stay.setSubject(lue.task().getFor());
        stay.setServiceProvider(lue.task().getOwner());
        stay.getPeriod().setStartElement(new DateTimeType(entree.toString()));
        return stay;
    }

    /** The new usager (profile dui-usager): identity traits and identity status, a local identifier. */
    private Patient usager(DemandeForm form, Professionnel.Etablissement first, ZonedDateTime now) {
        Patient patient = new Patient();
        patient.getMeta().addProfile(AdmissionFhir.SD + "dui-usager");
        Extension reliability = patient.addExtension().setUrl(Systems.IDENTITY_RELIABILITY);
        if ("VALI".equals(form.getStatutIdentite())) {
            reliability.addExtension(
                    "identityStatus", new Coding(AdmissionFhir.IDENTITY_STATUS, "VALI", "Identité validée"));
            reliability.addExtension(
                    "validationMode",
                    new Coding(AdmissionFhir.VALIDATION_MODE, form.getPieceIdentite(), piece(form.getPieceIdentite())));
            reliability.addExtension(
                    "validationDate", new DateType(now.toLocalDate().toString()));
        } else {
            reliability.addExtension(
                    "identityStatus", new Coding(AdmissionFhir.IDENTITY_STATUS, "PROV", "Identité provisoire"));
        }
        if (form.getLieuNaissance() != null && !form.getLieuNaissance().isBlank()) {
            patient.addExtension(
                    Systems.BIRTH_PLACE,
                    new Address().setCity(form.getLieuNaissance().trim()));
        }
        patient.addIdentifier()
                .setType(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v2-0203", "PI", "Patient internal identifier")))
                .setSystem(AdmissionFhir.ID_USAGER)
                .setValue("3" + first.finess() + "/ADM-" + STAMP.format(now) + "-"
                        + UUID.randomUUID().toString().substring(0, 4).toUpperCase());
        List<String> prenoms = form.listePrenoms();
        HumanName official = patient.addName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(form.getNomNaissance().trim().toUpperCase(java.util.Locale.FRENCH))
                .addGiven(prenoms.get(0));
        official.addExtension(Systems.BIRTH_LIST_GIVEN_NAME, new StringType(String.join(" ", prenoms)));
        patient.setGender(
                switch (form.getSexe()) {
                    case "female" -> AdministrativeGender.FEMALE;
                    case "male" -> AdministrativeGender.MALE;
                    case "other" -> AdministrativeGender.OTHER;
                    default -> AdministrativeGender.UNKNOWN;
                });
        patient.setBirthDateElement(new DateType(form.naissance().toString()));
        return patient;
    }

    static final String[][] PIECES = {
        {"CN", "Carte nationale d'identité"},
        {"PA", "Passeport"},
        {"CS", "Carte de séjour"},
        {"LE", "Livret de famille"}
    };

    static String piece(String code) {
        for (String[] p : PIECES) {
            if (p[0].equals(code)) {
                return p[1];
            }
        }
        return null;
    }

    /**
     * Sets when the Task last changed, with the precision of its {@code authoredOn} (the profile's invariant compares
     * them: a day-precision authoredOn with a dateTime lastModified cannot be compared).
     */
    private void touch(Task task, ZonedDateTime now) {
        boolean dayPrecision = task.hasAuthoredOnElement()
                && task.getAuthoredOnElement().getPrecision().ordinal()
                        <= ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal();
        task.setLastModifiedElement(
                dayPrecision ? new DateTimeType(now.toLocalDate().toString()) : dateTime(now));
    }

    private DateTimeType dateTime(ZonedDateTime time) {
        return new DateTimeType(
                Date.from(time.toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(settings.zone()));
    }

    private static String post(Bundle tx, Resource resource) {
        String fullUrl = "urn:uuid:" + UUID.randomUUID();
        tx.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
        return fullUrl;
    }

    private static void put(Bundle tx, Resource resource) {
        String id = resource.getIdElement().getIdPart();
        String version = resource.getMeta().getVersionId();
        Bundle.BundleEntryRequestComponent request = tx.addEntry()
                .setFullUrl(resource.fhirType() + "/" + id)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl(resource.fhirType() + "/" + id);
        if (version != null) {
            request.setIfMatch("W/\"" + version + "\"");
        }
    }
}
