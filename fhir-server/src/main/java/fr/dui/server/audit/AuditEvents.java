package fr.dui.server.audit;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Turns an {@link AuditRecord} into a FHIR AuditEvent, in the shape of the ANS traceability guide and IHE BALP: the
 * event type and interaction, the outcome, the person and the app as agents (with the network address), the server
 * as source, and as entities every usager touched and what was asked.
 */
final class AuditEvents {

    static final String PROFILE = "https://dui-libre.fr/fhir/StructureDefinition/dui-trace";
    static final String DUI_AUDIT = "https://dui-libre.fr/fhir/CodeSystem/dui-audit";
    static final String CLIENT_ID_SYSTEM = "urn:ietf:params:oauth:client-id";
    static final String ACCOUNT_SYSTEM = "https://dui-libre.fr/fhir/sid/compte";
    /** idNat_PS: who Pro Santé Connect says a professional is, when no local account could be found. */
    static final String IDNAT_PS = "urn:oid:1.2.250.1.71.4.2.1";

    private static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    private static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
    private static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    private static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}");
    private static final Set<String> INTERACTIONS = Set.of(
            "read",
            "vread",
            "update",
            "patch",
            "delete",
            "history",
            "history-instance",
            "history-type",
            "history-system",
            "create",
            "search",
            "search-type",
            "search-system",
            "capabilities",
            "transaction",
            "batch",
            "operation");

    private AuditEvents() {}

    private static final Map<String, String> ADMINISTRATION_LABELS = Map.of(
            "habilitations-changed", "Matrice d'habilitations modifiée",
            "account-changed", "Compte modifié",
            "client-registered", "Application enregistrée");

    static AuditEvent toFhir(long seq, AuditRecord r) {
        AuditEvent event = new AuditEvent();
        event.setId(Long.toString(seq));
        event.getMeta().addProfile(PROFILE);
        switch (r.kind()) {
            case REST -> {
                event.setType(new Coding(EVENT_TYPE, "rest", "RESTful Operation"));
                event.addSubtype(
                        r.subtype() != null && INTERACTIONS.contains(r.subtype())
                                ? new Coding(INTERACTION, r.subtype(), null)
                                : new Coding(INTERACTION, "operation", Objects.toString(r.subtype(), null)));
            }
            case LOGIN -> {
                event.setType(new Coding(DCM, "110114", "User Authentication"));
                event.addSubtype(new Coding(DCM, "110122", "Login"));
            }
            case TOKEN -> {
                event.setType(new Coding(DCM, "110114", "User Authentication"));
                event.addSubtype(new Coding(DUI_AUDIT, "token-issued", "Jeton d'accès émis"));
            }
            case ACCESS_REFUSED -> {
                event.setType(new Coding(DCM, "110113", "Security Alert"));
                event.addSubtype(new Coding(DUI_AUDIT, "access-refused", "Accès refusé sans jeton valide"));
            }
            case BREAK_GLASS -> {
                event.setType(new Coding(DCM, "110113", "Security Alert"));
                event.addSubtype(new Coding(DUI_AUDIT, "break-the-glass", "Bris de glace"));
                event.addPurposeOfEvent(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "BTG", "break the glass")));
            }
            case SECURITY_ADMINISTRATION -> {
                event.setType(new Coding(DCM, "110136", "Security Roles Changed"));
                event.addSubtype(new Coding(DUI_AUDIT, r.subtype(), ADMINISTRATION_LABELS.get(r.subtype())));
            }
        }
        event.setAction(AuditEventAction.fromCode(r.action()));
        event.setRecorded(Date.from(r.recorded()));
        event.setOutcome(
                switch (r.outcome()) {
                    case AuditRecord.SUCCESS -> AuditEventOutcome._0;
                    case AuditRecord.MINOR_FAILURE -> AuditEventOutcome._4;
                    default -> AuditEventOutcome._8;
                });
        if (r.outcomeText() != null) {
            event.setOutcomeDesc(r.outcomeText());
        }

        boolean personKnown = r.who() != null && !r.who().equals(r.clientId());
        if (personKnown) {
            AuditEventAgentComponent person = event.addAgent()
                    .setType(new CodeableConcept(new Coding(
                            "http://terminology.hl7.org/CodeSystem/extra-security-role-type",
                            "humanuser",
                            "human user")))
                    .setRequestor(true)
                    .setWho(reference(r.who(), ACCOUNT_SYSTEM));
            network(person, r.remoteAddress());
        }
        if (r.clientId() != null) {
            AuditEventAgentComponent app = event.addAgent()
                    .setType(new CodeableConcept(new Coding(DCM, "110150", "Application")))
                    .setRequestor(!personKnown)
                    .setWho(new Reference()
                            .setIdentifier(
                                    new Identifier().setSystem(CLIENT_ID_SYSTEM).setValue(r.clientId())));
            if (!personKnown) {
                network(app, r.remoteAddress());
            }
        }
        if (!personKnown && r.clientId() == null) {
            network(event.addAgent().setRequestor(true), r.remoteAddress());
        }

        event.getSource()
                .setSite("DUI")
                .setObserver(new Reference().setDisplay("Serveur FHIR du DUI"))
                .addType(new Coding(SOURCE_TYPE, "4", "Application Server"));

        for (String patient : r.sortedPatients()) {
            event.addEntity()
                    .setWhat(new Reference("Patient/" + patient))
                    .setType(new Coding(ENTITY_TYPE, "1", "Person"))
                    .setRole(new Coding(OBJECT_ROLE, "1", "Patient"));
        }
        if (r.target() != null) {
            boolean query = r.subtype() != null && r.subtype().startsWith("search");
            AuditEvent.AuditEventEntityComponent target = event.addEntity()
                    .setType(new Coding(ENTITY_TYPE, "2", "System Object"))
                    .setRole(
                            query
                                    ? new Coding(OBJECT_ROLE, "24", "Query")
                                    : new Coding(OBJECT_ROLE, "4", "Domain Resource"))
                    .setDescription(r.target());
            if (query) {
                target.setQuery(r.target().getBytes(StandardCharsets.UTF_8));
            } else if (REFERENCE.matcher(r.target()).matches()) {
                target.setWhat(new Reference(r.target()));
            }
        }
        return event;
    }

    /** A FHIR reference, an identifier of a known system ({@code urn:oid:...|value}), or a login. */
    private static Reference reference(String who, String identifierSystem) {
        if (REFERENCE.matcher(who).matches()) {
            return new Reference(who);
        }
        if (who.startsWith(IDNAT_PS + "|")) {
            return new Reference()
                    .setIdentifier(new Identifier().setSystem(IDNAT_PS).setValue(who.substring(IDNAT_PS.length() + 1)));
        }
        return new Reference()
                .setIdentifier(new Identifier().setSystem(identifierSystem).setValue(who));
    }

    private static void network(AuditEventAgentComponent agent, String address) {
        if (address != null) {
            agent.getNetwork().setAddress(address).setType(AuditEvent.AuditEventAgentNetworkType._2);
        }
    }
}
