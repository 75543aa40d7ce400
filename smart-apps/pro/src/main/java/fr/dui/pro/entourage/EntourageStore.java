package fr.dui.pro.entourage;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.coordination.Codes;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.synthese.UsagerRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.springframework.stereotype.Component;

/**
 * The entourage (profile dui-entourage: its role from JDV J384, its link from TRE_R216) and the care team's
 * professionals, read in one batch; a member added (one create) or changed (a read and an update).
 */
@Component
class EntourageStore {

    private final DuiFhir fhir;
    private final DroitsReader droits;

    EntourageStore(DuiFhir fhir, DroitsReader droits) {
        this.fhir = fhir;
        this.droits = droits;
    }

    Annuaire read(SmartContext smart) {
        String patient = enc("Patient/" + smart.patient());
        BatchBuilder b = new BatchBuilder();
        int usager = b.get("Patient/" + enc(smart.patient()));
        int proches = b.get("RelatedPerson?patient=" + patient + "&_count=100");
        int equipe = b.get("CareTeam?subject=" + patient + "&status=active&_include=CareTeam:participant"
                + "&_include:iterate=PractitionerRole:practitioner&_include:iterate=PractitionerRole:organization");
        int rights = droits.demander(b, smart.patient());
        BatchAnswer answer = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(b.build()).execute());
        droits.lire(answer, rights);
        Patient person = answer.read(usager, Patient.class)
                .orElseThrow(() -> new UsagerRefusedException(answer.refusal(usager)));
        List<Annuaire.Professionnel> team = new ArrayList<>();
        for (CareTeam t : answer.matches(equipe, CareTeam.class)) {
            for (CareTeam.CareTeamParticipantComponent p : t.getParticipant()) {
                answer.resolve(p.getMember(), PractitionerRole.class)
                        .ifPresent(role -> team.add(professional(role, answer)));
            }
        }
        return new Annuaire(
                Texts.name(person.getName()),
                answer.matches(proches, RelatedPerson.class).stream()
                        .filter(r -> !r.hasActive() || r.getActive())
                        .map(EntourageStore::proche)
                        .toList(),
                answer.refusal(proches),
                team,
                answer.refusal(equipe));
    }

    /**
     * COO-2: the professionals of the care team's establishment who are not in it yet: the usager's active care team,
     * then the establishment's active roles (two searches: the second needs the first's establishment).
     */
    List<Codes.Code> candidates(SmartContext smart) {
        var client = fhir.client(smart);
        CareTeam team = activeTeam(smart).orElse(null);
        if (team == null || !team.getManagingOrganizationFirstRep().hasReference()) {
            return List.of();
        }
        List<String> members = team.getParticipant().stream()
                .map(p -> Refs.relative(p.getMember()))
                .toList();
        BatchAnswer answer = BatchAnswer.ofSearch(client.search()
                .byUrl("PractitionerRole?organization="
                        + enc(Refs.relative(team.getManagingOrganizationFirstRep()))
                        + "&active=true&_include=PractitionerRole:practitioner&_count=200")
                .returnBundle(org.hl7.fhir.r4.model.Bundle.class)
                .execute());
        List<Codes.Code> choices = new ArrayList<>();
        for (PractitionerRole role : answer.matches(0, PractitionerRole.class)) {
            String ref = "PractitionerRole/" + role.getIdElement().getIdPart();
            if (!members.contains(ref)) {
                Annuaire.Professionnel p = professional(role, answer);
                choices.add(new Codes.Code(ref, p.nom() + (p.fonction().isBlank() ? "" : " — " + p.fonction())));
            }
        }
        choices.sort(java.util.Comparator.comparing(Codes.Code::display));
        return choices;
    }

    /** Adds a professional to the usager's active care team (a search and an update). */
    void join(SmartContext smart, String member) {
        CareTeam team = activeTeam(smart).orElseThrow(() -> new IllegalStateException("No active care team"));
        if (team.getParticipant().stream().noneMatch(p -> member.equals(Refs.relative(p.getMember())))) {
            team.addParticipant().setMember(new Reference(member));
            fhir.client(smart).update().resource(team).execute();
        }
    }

    /** Takes a professional out of the usager's active care team (a search and an update). */
    void leave(SmartContext smart, String member) {
        CareTeam team = activeTeam(smart).orElseThrow(() -> new IllegalStateException("No active care team"));
        if (team.getParticipant().removeIf(p -> member.equals(Refs.relative(p.getMember())))) {
            fhir.client(smart).update().resource(team).execute();
        }
    }

    private Optional<CareTeam> activeTeam(SmartContext smart) {
        return BatchAnswer.ofSearch(fhir.client(smart)
                        .search()
                        .byUrl("CareTeam?subject=" + enc("Patient/" + smart.patient()) + "&status=active&_count=1")
                        .returnBundle(org.hl7.fhir.r4.model.Bundle.class)
                        .execute())
                .matches(0, CareTeam.class)
                .stream()
                .findFirst();
    }

    Optional<ProcheForm> form(SmartContext smart, String id) {
        RelatedPerson person = fhir.client(smart)
                .read()
                .resource(RelatedPerson.class)
                .withId(id)
                .execute();
        if (!("Patient/" + smart.patient()).equals(Refs.relative(person.getPatient()))) {
            return Optional.empty();
        }
        ProcheForm form = new ProcheForm();
        form.setRole(code(person, EntourageCodes.ROLE_SYSTEM));
        form.setLien(code(person, EntourageCodes.LINK_SYSTEM));
        HumanName name = person.getNameFirstRep();
        form.setNom(name.hasFamily() ? name.getFamily() : "");
        form.setPrenom(name.getGiven().isEmpty() ? "" : name.getGiven().get(0).getValue());
        form.setTelephone(telecom(person, ContactPoint.ContactPointSystem.PHONE));
        form.setCourriel(telecom(person, ContactPoint.ContactPointSystem.EMAIL));
        return Optional.of(form);
    }

    void add(SmartContext smart, ProcheForm form) {
        RelatedPerson person = new RelatedPerson();
        person.getMeta().addProfile(EntourageCodes.PROFILE);
        person.setActive(true);
        person.setPatient(new Reference("Patient/" + smart.patient()));
        // FR Core asks for an identifier: the DUI's entourage system, the usager and a number of the app's own
        person.addIdentifier()
                .setSystem(EntourageCodes.IDENTIFIER_SYSTEM)
                .setValue(smart.patient() + "-ENT-"
                        + java.util.UUID.randomUUID().toString().substring(0, 8));
        fill(person, form);
        fhir.client(smart).create().resource(person).execute();
    }

    void change(SmartContext smart, String id, ProcheForm form) {
        var client = fhir.client(smart);
        RelatedPerson person =
                client.read().resource(RelatedPerson.class).withId(id).execute();
        if (!("Patient/" + smart.patient()).equals(Refs.relative(person.getPatient()))) {
            throw new IllegalArgumentException("Not a member of the usager's entourage");
        }
        fill(person, form);
        client.update().resource(person).execute();
    }

    private static void fill(RelatedPerson person, ProcheForm form) {
        Codes.Code role = Codes.find(EntourageCodes.ROLES, form.getRole()).orElseThrow();
        person.getRelationship().clear();
        person.addRelationship(
                new CodeableConcept(new Coding(EntourageCodes.ROLE_SYSTEM, role.code(), role.display())));
        Codes.find(EntourageCodes.LINKS, form.getLien())
                .ifPresent(link -> person.addRelationship(
                        new CodeableConcept(new Coding(EntourageCodes.LINK_SYSTEM, link.code(), link.display()))));
        person.getName().clear();
        HumanName name = person.addName().setFamily(form.getNom().strip().toUpperCase(Locale.FRENCH));
        if (form.getPrenom() != null && !form.getPrenom().isBlank()) {
            name.addGiven(form.getPrenom().strip());
        }
        person.getTelecom().clear();
        if (form.getTelephone() != null && !form.getTelephone().isBlank()) {
            person.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(form.getTelephone().strip());
        }
        if (form.getCourriel() != null && !form.getCourriel().isBlank()) {
            person.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(form.getCourriel().strip());
        }
    }

    private static Annuaire.Proche proche(RelatedPerson r) {
        String role = r.getRelationship().stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> EntourageCodes.ROLE_SYSTEM.equals(c.getSystem()))
                .map(Texts::of)
                .findFirst()
                .orElse("");
        String link = r.getRelationship().stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> EntourageCodes.LINK_SYSTEM.equals(c.getSystem()))
                .map(Texts::of)
                .findFirst()
                .orElse("");
        return new Annuaire.Proche(
                r.getIdElement().getIdPart(),
                Texts.name(r.getName()),
                role.isEmpty() ? "" : Character.toUpperCase(role.charAt(0)) + role.substring(1),
                link,
                telecom(r, ContactPoint.ContactPointSystem.PHONE),
                telecom(r, ContactPoint.ContactPointSystem.EMAIL));
    }

    private static Annuaire.Professionnel professional(PractitionerRole role, BatchAnswer answer) {
        String name = answer.resolve(role.getPractitioner(), Practitioner.class)
                .map(p -> Texts.name(p.getName()))
                .orElse(role.getPractitioner().getDisplay());
        String establishment = answer.resolve(role.getOrganization(), Organization.class)
                .map(Organization::getName)
                .orElse("");
        String phone = role.getTelecom().stream()
                .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .map(ContactPoint::getValue)
                .findFirst()
                .orElse("");
        return new Annuaire.Professionnel(
                "PractitionerRole/" + role.getIdElement().getIdPart(),
                name,
                Texts.of(role.getCodeFirstRep()),
                establishment,
                phone);
    }

    private static String code(RelatedPerson r, String system) {
        return r.getRelationship().stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> system.equals(c.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .orElse("");
    }

    private static String telecom(RelatedPerson r, ContactPoint.ContactPointSystem system) {
        return r.getTelecom().stream()
                .filter(t -> t.getSystem() == system)
                .map(ContactPoint::getValue)
                .findFirst()
                .orElse("");
    }
}
