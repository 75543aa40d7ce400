package fr.dui.pro.admission;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.web.DuiRefusalException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * One application in one establishment, in one round trip: the waiting-list Task with the usager, the demande and the
 * establishment; its history (the Task's versions: each status change is a version); the usager's events and séjours
 * (the planned first contact, the séjour opened at the entrée); and the professional's role and rights.
 */
@Component
class DemandeReader {

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ProSettings settings;

    DemandeReader(DuiFhir fhir, ProSettings settings, DroitsReader droits) {
        this.fhir = fhir;
        this.settings = settings;
        this.droits = droits;
    }

    record Identite(String nomNaissance, String prenoms, String naissance, String lieu, String sexe, String statut) {}

    record Version(String numero, String date, String statut) {}

    record Evenement(String type, String quand, String statut) {}

    record Sejour(String etablissement, String depuis, String statut) {}

    record Detail(
            Demande demande,
            Identite identite,
            String origine,
            List<Version> historique,
            List<Evenement> evenements,
            List<Sejour> sejours,
            Professionnel professionnel) {}

    static final class Refus extends DuiRefusalException {
        Refus(String reason) {
            super("Demande d'admission inaccessible", reason);
        }
    }

    Detail read(SmartContext smart, String usager, String tache) {
        BatchBuilder batch = new BatchBuilder();
        int task =
                batch.get("Task?_id=" + enc(tache) + "&_include=Task:patient&_include=Task:focus&_include=Task:owner");
        int encounters = batch.get("Encounter?subject=" + enc("Patient/" + usager)
                + "&_include=Encounter:service-provider&_sort=-date&_count=20");
        Professionnel.Query role = Professionnel.query(batch, smart, droits);
        Bundle answer =
                fhir.client(smart).transaction().withBundle(batch.build()).execute();
        BatchAnswer a = new BatchAnswer(answer);
        if (!a.answered(task)) {
            throw new Refus(a.refusal(task));
        }
        List<Task> tasks = a.matches(task, Task.class);
        if (tasks.isEmpty()) {
            throw new Refus("Cette demande n'existe pas ou vos habilitations ne l'ouvrent pas.");
        }
        ZoneId zone = settings.zone();
        Task t = tasks.get(0);
        Demande demande = Demande.of(t, a, zone);
        Patient patient = a.resolve(t.getFor(), Patient.class).orElse(null);
        ServiceRequest request = a.resolve(t.getFocus(), ServiceRequest.class).orElse(null);
        String origine = request == null || !request.hasExtension(AdmissionFhir.ORIGIN_EXTENSION)
                ? ""
                : AdmissionFhir.origine((org.hl7.fhir.r4.model.CodeableConcept)
                        request.getExtensionByUrl(AdmissionFhir.ORIGIN_EXTENSION)
                                .getValue());
        List<Task> tasksByVersion = new ArrayList<>(history(smart, t));
        tasksByVersion.sort((x, y) -> Integer.compare(
                number(x.getMeta().getVersionId()), number(y.getMeta().getVersionId())));
        List<Version> versions = new ArrayList<>();
        Task previous = null;
        for (Task v : tasksByVersion) {
            String statut =
                    Statut.of(v.getBusinessStatus()).map(Statut::libelle).orElse(Texts.of(v.getBusinessStatus()));
            if (previous != null && Texts.of(previous.getBusinessStatus()).equals(Texts.of(v.getBusinessStatus()))) {
                // the same status: what else changed
                statut = firstContacts(v) != firstContacts(previous) || firstContactChanged(previous, v)
                        ? "Rendez-vous planifié (" + statut.toLowerCase(java.util.Locale.FRENCH) + ")"
                        : "Mise à jour (" + statut.toLowerCase(java.util.Locale.FRENCH) + ")";
            }
            versions.add(new Version(
                    v.getMeta().getVersionId(), Texts.dayTime(v.getMeta().getLastUpdated(), zone), statut));
            previous = v;
        }
        Collections.reverse(versions);
        List<Evenement> events = new ArrayList<>();
        List<Sejour> stays = new ArrayList<>();
        for (Encounter e : a.matches(encounters, Encounter.class)) {
            boolean stay = e.getMeta().hasProfile(AdmissionFhir.SD + "dui-sejour")
                    || e.getIdentifier().stream().anyMatch(i -> AdmissionFhir.ID_SEJOUR.equals(i.getSystem()));
            String start =
                    e.getPeriod().hasStart() ? Texts.dayTime(e.getPeriod().getStart(), zone) : "";
            if (stay) {
                String place = a.resolve(e.getServiceProvider(), Organization.class)
                        .map(Organization::getName)
                        .orElse("");
                stays.add(new Sejour(
                        place,
                        e.getPeriod().hasStart() ? Texts.day(e.getPeriod().getStart(), zone) : "",
                        encounterStatus(e)));
            } else {
                events.add(new Evenement(
                        e.getTypeFirstRep().isEmpty() ? "Événement" : Texts.of(e.getTypeFirstRep()),
                        start,
                        encounterStatus(e)));
            }
        }
        return new Detail(
                demande,
                identite(patient, zone),
                origine,
                versions,
                events,
                stays,
                Professionnel.from(a, role, droits, a.included(task, Organization.class)));
    }

    /**
     * The Task's earlier versions (each status change is one), read version by version ({@code vread}) in one batch:
     * a second round trip, as the current version must be known first. (An instance {@code _history} in the first
     * batch returned only the current version on the DUI.)
     */
    private List<Task> history(SmartContext smart, Task current) {
        int last = number(current.getMeta().getVersionId());
        List<Task> versions = new ArrayList<>();
        versions.add(current);
        if (last <= 1) {
            return versions;
        }
        BatchBuilder batch = new BatchBuilder();
        String id = current.getIdElement().getIdPart();
        List<Integer> entries = new ArrayList<>();
        for (int v = last - 1; v >= Math.max(1, last - MAX_VERSIONS); v--) {
            entries.add(batch.get("Task/" + enc(id) + "/_history/" + v));
        }
        BatchAnswer a = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(batch.build()).execute());
        for (int entry : entries) {
            a.read(entry, Task.class).ifPresent(versions::add);
        }
        return versions;
    }

    private static long firstContacts(Task task) {
        return task.getInput().stream()
                .filter(i -> i.getType().getCoding().stream().anyMatch(c -> "premier-contact".equals(c.getCode())))
                .count();
    }

    private static boolean firstContactChanged(Task before, Task after) {
        return !firstContactOf(before).equals(firstContactOf(after));
    }

    private static String firstContactOf(Task task) {
        return task.getInput().stream()
                .filter(i -> i.getType().getCoding().stream().anyMatch(c -> "premier-contact".equals(c.getCode())))
                .map(i -> i.getValue() instanceof org.hl7.fhir.r4.model.Reference r
                        ? String.valueOf(r.getReference())
                        : "")
                .findFirst()
                .orElse("");
    }

    /** The earlier versions shown at most. */
    static final int MAX_VERSIONS = 30;

    private static int number(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String encounterStatus(Encounter e) {
        return switch (e.getStatus()) {
            case PLANNED -> "planifié";
            case INPROGRESS -> "en cours";
            case FINISHED -> "terminé";
            case CANCELLED -> "annulé";
            default -> e.getStatus() == null ? "" : e.getStatus().getDisplay();
        };
    }

    static Identite identite(Patient patient, ZoneId zone) {
        if (patient == null) {
            return new Identite("", "", "", "", "", "");
        }
        HumanName official = patient.getName().stream()
                .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst()
                .orElse(patient.getNameFirstRep());
        String prenoms = official.hasExtension(Systems.BIRTH_LIST_GIVEN_NAME)
                ? official.getExtensionByUrl(Systems.BIRTH_LIST_GIVEN_NAME)
                        .getValue()
                        .primitiveValue()
                : official.getGivenAsSingleString();
        Extension place = patient.getExtensionByUrl(Systems.BIRTH_PLACE);
        String lieu = place != null && place.getValue() instanceof Address address ? address.getCity() : "";
        String statut = "";
        Extension reliability = patient.getExtensionByUrl(Systems.IDENTITY_RELIABILITY);
        if (reliability != null && reliability.getExtensionByUrl("identityStatus") != null) {
            var coding = (org.hl7.fhir.r4.model.Coding)
                    reliability.getExtensionByUrl("identityStatus").getValue();
            statut = switch (coding.getCode()) {
                case "PROV" -> "Identité provisoire";
                case "VALI" -> "Identité validée";
                case "DOUTE" -> "Identité douteuse";
                case "FICTI" -> "Identité fictive";
                default -> Texts.of(coding);
            };
        }
        String sexe = patient.getGender() == null
                ? ""
                : switch (patient.getGender()) {
                    case FEMALE -> "Féminin";
                    case MALE -> "Masculin";
                    case OTHER -> "Indéterminé";
                    default -> "Inconnu";
                };
        return new Identite(
                official.hasFamily() ? official.getFamily().toUpperCase(java.util.Locale.FRENCH) : "",
                prenoms == null ? "" : prenoms,
                Demande.naissance(patient),
                lieu == null ? "" : lieu,
                sexe,
                statut);
    }
}
