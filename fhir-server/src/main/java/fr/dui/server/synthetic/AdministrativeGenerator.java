package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Contract;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;
import org.hl7.fhir.r4.model.StringType;

/**
 * The administrative side of a record: consents (ADM-4), social benefits with their expiry (GAD-2), the contract
 * and its signatures (GAD-1, HAB-2), MDPH orientations (ADM-6), documents (HAB-3) and information sent to the
 * entourage (REL-1).
 */
final class AdministrativeGenerator {

    private static final String SIGNATURE_CONSENT = "1.2.840.10065.1.12.1.7";
    private static final String SIGNATURE_AUTHOR = "1.2.840.10065.1.12.1.1";

    private AdministrativeGenerator() {}

    /** Who speaks for the usager: their legal representative, or themselves. */
    static Reference signatory(RecordContext r) {
        return r.entourage
                .representative()
                .map(g -> Fhir.ref("RelatedPerson", g.id()))
                .orElse(r.patient());
    }

    static Consent consent(RecordContext r, String what, String type, String label, LocalDateTime at, boolean permit) {
        Consent consent = profiled(new Consent(), r.id("consent-" + what), "dui-consentement", r.key());
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(Fhir.concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", null));
        consent.addCategory(Fhir.dui("dui-type-consentement", type, label));
        consent.setPatient(r.patient());
        consent.setDateTimeElement(Fhir.dateTime(at));
        consent.addPerformer(signatory(r));
        consent.addOrganization(r.establishmentRef());
        consent.setPolicyRule(Fhir.concept(Fhir.V3_ACT_CODE, permit ? "OPTIN" : "OPTOUT", null));
        consent.getProvision()
                .setType(permit ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
        return r.add(consent);
    }

    /** Consents collected at admission: DMP feeding, image rights, the personne de confiance's access. */
    static void consents(RecordContext r) {
        LocalDateTime at = r.entered.atTime(11, 0);
        consent(r, "dmp", "alimentation-dmp", "Alimentation du DMP", at, r.random.chance(0.88));
        consent(r, "image", "droit-image", "Droit à l'image", at, r.random.chance(0.55));
        r.entourage.withRole("NOK").filter(n -> r.random.chance(0.5)).ifPresent(nok -> {
            Consent access = consent(
                    r,
                    "confiance",
                    "acces-personne-confiance",
                    "Accès de la personne de confiance",
                    at.plusMinutes(10),
                    true);
            access.getProvision()
                    .addActor()
                    .setRole(Fhir.concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", null))
                    .setReference(Fhir.ref("RelatedPerson", nok.id()));
        });
    }

    /** Benefits by public: APA (GIR 1-4), aide sociale, AEEH, AAH, PCH, aide au logement. */
    static void benefits(RecordContext r) {
        Category c = r.category();
        String council = r.og.ids().partner(OrganizationsGenerator.COUNCIL);
        String caf = r.og.ids().partner(OrganizationsGenerator.CAF);
        switch (c.people()) {
            case PA -> {
                if (r.gir <= 4) {
                    boolean home = c.atHome();
                    coverage(
                            r,
                            "apa",
                            home ? "apa-domicile" : "apa-etablissement",
                            home
                                    ? "Allocation personnalisée d'autonomie à domicile (APA)"
                                    : "Allocation personnalisée d'autonomie en établissement (APA)",
                            council,
                            home ? 2 : 3);
                }
                if (c == Category.EHPAD && r.random.chance(0.2)) {
                    coverage(
                            r, "ash", "ash-aide-sociale-hebergement", "Aide sociale à l'hébergement (ASH)", council, 5);
                }
                if (c == Category.RESIDENCE_AUTONOMIE) {
                    coverage(r, "apl", "apl-als", "Aide au logement (APL ou ALS)", caf, 1);
                }
            }
            case ENF -> coverage(r, "aeeh", "aeeh", "Allocation d'éducation de l'enfant handicapé (AEEH)", caf, 2);
            case PH -> {
                coverage(r, "aah", "aah", "Allocation aux adultes handicapés (AAH)", caf, 5);
                if (r.random.chance(0.35)) {
                    coverage(r, "pch", "pch", "Prestation de compensation du handicap (PCH)", council, 3);
                }
            }
        }
    }

    /** A benefit granted for {@code years}, renewed while the person is accompanied; some end soon (alerts). */
    private static void coverage(RecordContext r, String what, String type, String label, String payor, int years) {
        LocalDate start = r.entered.minusMonths(r.random.between(0, 3));
        LocalDate end = start.plusYears(years).minusDays(1);
        while (end.isBefore(r.today())) {
            start = end.plusDays(1);
            end = start.plusYears(years).minusDays(1);
        }
        if (r.random.chance(0.1)) {
            end = r.today().plusDays(r.random.between(5, 60));
        }
        Coverage coverage = profiled(new Coverage(), r.id("prest-" + what), "dui-prestation-sociale", r.key());
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.setType(Fhir.dui("dui-type-prestation-sociale", type, label));
        coverage.setBeneficiary(r.patient());
        coverage.addPayor(Fhir.ref("Organization", payor));
        coverage.setPeriod(new Period().setStartElement(Fhir.day(start)).setEndElement(Fhir.day(end)));
        coverage.setSubscriberId(what.toUpperCase() + "-" + r.og.departement() + "-" + start.getYear() + "-"
                + String.format("%05d", r.establishment.index() * 1000 + r.person.index()));
        r.add(coverage);
    }

    /** The contract (contrat de séjour, DIPEC or contrat de prestations), signed by both sides, and the signature. */
    static void contract(RecordContext r) {
        String[] type = switch (r.category()) {
            case EHPAD, RESIDENCE_AUTONOMIE, MAS -> new String[] {"contrat-sejour", "Contrat de séjour"};
            case SAAD -> new String[] {"contrat-prestations", "Contrat de prestations"};
            default -> new String[] {"dipec", "Document individuel de prise en charge (DIPC)"};
        };
        LocalDateTime signed = r.entered.atTime(11, 0);
        Reference usagerSide = signatory(r);
        Staff.Member director = r.staff
                .first(
                        ProfessionKeys.DIRECTEUR,
                        ProfessionKeys.RESPONSABLE_SECTEUR,
                        ProfessionKeys.SECRETAIRE,
                        ProfessionKeys.INFIRMIER)
                .orElse(r.staff.any(0));
        Contract contract = profiled(new Contract(), r.id("contrat"), "dui-contrat", r.key());
        contract.setStatus(Contract.ContractStatus.EXECUTED);
        contract.setType(Fhir.dui("dui-type-contrat", type[0], type[1]));
        contract.addSubject(r.patient());
        contract.addAuthority(r.establishmentRef());
        contract.setIssuedElement(Fhir.dateTime(signed));
        contract.setApplies(new Period().setStartElement(Fhir.day(r.entered)));
        contract.setTitle(type[1] + " — " + r.category().temporaliteLabel().toLowerCase());
        Contract.SignatoryComponent usager = contract.addSigner()
                .setType(Fhir.coding(Fhir.SIGNATURE_TYPE, SIGNATURE_CONSENT, "Consent Signature"))
                .setParty(usagerSide);
        usager.addSignature(signature(SIGNATURE_CONSENT, "Consent Signature", signed, usagerSide));
        Contract.SignatoryComponent establishment = contract.addSigner()
                .setType(Fhir.coding(Fhir.SIGNATURE_TYPE, SIGNATURE_AUTHOR, "Author's Signature"))
                .setParty(r.establishmentRef());
        establishment.addSignature(
                signature(SIGNATURE_AUTHOR, "Author's Signature", signed.plusMinutes(5), r.role(director)));
        r.add(contract);

        Provenance proof = profiled(new Provenance(), r.id("signature-contrat"), "dui-signature", r.key());
        proof.addTarget(Fhir.ref(contract));
        proof.setRecordedElement(new InstantType(Fhir.dateTime(signed).getValueAsString()));
        proof.addAgent().setWho(usagerSide);
        Signature signature = signature(SIGNATURE_CONSENT, "Consent Signature", signed, usagerSide);
        signature.setSigFormat("application/pdf");
        signature.setData(MiniPdf.of(
                type[1],
                List.of(
                        r.person.displayName() + " — " + r.establishment.name(),
                        "Signé le " + r.entered + " par "
                                + (usagerSide.getReference().startsWith("Patient")
                                        ? "l'usager"
                                        : "son représentant légal"))));
        proof.addSignature(signature);
        r.add(proof);
    }

    private static Signature signature(String code, String display, LocalDateTime when, Reference who) {
        Signature signature = new Signature();
        signature.addType(Fhir.coding(Fhir.SIGNATURE_TYPE, code, display));
        signature.setWhenElement(new InstantType(Fhir.dateTime(when).getValueAsString()));
        signature.setWho(who);
        return signature;
    }

    /** The MDPH's orientation decision and its notification, for the establishments that admit on one. */
    static String orientation(RecordContext r, LocalDate decided) {
        boolean child = r.category().people() == Category.Public.ENF;
        String mdph = r.og.ids().partner(OrganizationsGenerator.MDPH);
        DocumentReference notification = document(
                r,
                "mdph",
                "notification-mdph",
                "Notification de décision MDPH",
                decided.atTime(9, 0),
                Fhir.ref("Organization", mdph),
                "Notification CDAPH — orientation " + r.category().name(),
                List.of(
                        "Décision de la CDAPH du " + decided,
                        "Orientation vers : " + r.category().finessLabel(),
                        "Bénéficiaire : " + r.person.displayName()));
        Basic decision = profiled(new Basic(), r.id("orientation"), "dui-decision-orientation", r.key());
        decision.setCode(
                child
                        ? Fhir.concept(Fhir.TRE_R420, "7", "Orientation ESMS Enfants")
                        : Fhir.concept(Fhir.TRE_R420, "13", "Orientation ESMS Adultes"));
        decision.setSubject(r.patient());
        decision.setCreatedElement(Fhir.date(decided));
        decision.setAuthor(Fhir.ref("Organization", mdph));
        LocalDate validFrom = decided.plusMonths(2).withDayOfMonth(1);
        LocalDate validTo = validFrom.plusYears(child ? 5 : 10).minusDays(1);
        decision.addExtension(
                Fhir.SD + "dui-periode-validite",
                new Period().setStartElement(Fhir.day(validFrom)).setEndElement(Fhir.day(validTo)));
        decision.addExtension(Fhir.SD + "dui-notification", Fhir.ref(notification));
        r.add(decision);
        return decision.getIdPart();
    }

    static DocumentReference document(
            RecordContext r,
            String what,
            String type,
            String label,
            LocalDateTime at,
            Reference author,
            String title,
            List<String> lines) {
        DocumentReference doc = profiled(new DocumentReference(), r.id("doc-" + what), "dui-document", r.key());
        doc.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        doc.setType(Fhir.dui("dui-type-document", type, label));
        doc.setSubject(r.patient());
        doc.setDateElement(new InstantType(Fhir.dateTime(at).getValueAsString()));
        doc.addAuthor(author);
        doc.addContent()
                .getAttachment()
                .setContentType("application/pdf")
                .setTitle(title)
                .setData(MiniPdf.of(title, lines));
        return r.add(doc);
    }

    /** A fiche de synthèse for some records: what the team printed last. */
    static void synthesis(RecordContext r) {
        if (!r.random.chance(0.4)) {
            return;
        }
        Staff.Member author = r.staff
                .first(
                        ProfessionKeys.INFIRMIER,
                        ProfessionKeys.EDUCATEUR,
                        ProfessionKeys.RESPONSABLE_SECTEUR,
                        ProfessionKeys.SECRETAIRE)
                .orElse(r.staff.any(0));
        LocalDate day = r.today().minusDays(r.random.between(1, 40));
        if (day.isBefore(r.entered)) {
            return;
        }
        Person p = r.person;
        document(
                r,
                "synthese",
                "fiche-synthese",
                "Fiche de synthèse",
                day.atTime(10, 0),
                r.role(author),
                "Fiche de synthèse — " + p.displayName(),
                List.of(
                        "Né" + (p.woman() ? "e" : "") + " le " + p.birthDate() + " à "
                                + p.birthPlace().name(),
                        "Accompagné" + (p.woman() ? "e" : "") + " par " + r.establishment.name() + " depuis le "
                                + r.entered,
                        r.category().aggir() ? "GIR " + r.gir : r.category().finessLabel(),
                        r.entourage
                                .withRole("NOK")
                                .map(n -> "Personne de confiance : " + n.displayName())
                                .orElse("Pas de personne de confiance désignée")));
    }

    /** An information sent to the personne de confiance or the representative after a transmission. */
    static void information(RecordContext r) {
        var recipient = r.entourage.withRole("NOK").or(() -> r.entourage.representative());
        if (recipient.isEmpty() || !r.random.chance(0.3)) {
            return;
        }
        Staff.Member sender = r.staff
                .oneOf(
                        r.person.index(),
                        ProfessionKeys.INFIRMIER,
                        ProfessionKeys.EDUCATEUR,
                        ProfessionKeys.RESPONSABLE_SECTEUR)
                .orElse(r.staff.any(0));
        LocalDate day = r.today().minusDays(r.random.between(1, 20));
        if (day.isBefore(r.entered)) {
            return;
        }
        Communication message = profiled(new Communication(), r.id("info1"), "dui-communication", r.key());
        message.setStatus(Communication.CommunicationStatus.COMPLETED);
        message.addCategory(Fhir.dui("dui-categorie-communication", "information-usager", "Information à l'usager"));
        message.setSubject(r.patient());
        message.setSentElement(Fhir.dateTime(day, 11, 0));
        message.setSender(r.role(sender));
        message.addRecipient(Fhir.ref("RelatedPerson", recipient.get().id()));
        String who = r.category().people() == Category.Public.ENF
                ? "Votre enfant"
                : French.civility(r.person.woman(), r.person.usualFamily());
        message.addPayload()
                .setContent(new StringType(r.random.pick(List.of(
                        who
                                + " a bien participé aux activités cette semaine ; n'hésitez pas à nous appeler pour en parler.",
                        who + " a été vu" + (r.person.woman() ? "e" : "")
                                + " par le médecin ce matin ; le traitement est" + " inchangé.",
                        "Le projet personnalisé de "
                                + (r.category().people() == Category.Public.ENF ? "votre enfant" : who)
                                + " sera revu prochainement : nous vous proposerons une date de rencontre."))));
        r.add(message);
    }

    static CodeableConcept origin(RecordContext r) {
        return switch (r.category().people()) {
            case PA ->
                r.random.chance(0.4)
                        ? Fhir.dui("dui-origine-demande", "viatrajectoire", "ViaTrajectoire")
                        : r.random.chance(0.5)
                                ? Fhir.dui("dui-origine-demande", "hopital", "Établissement de santé")
                                : Fhir.dui("dui-origine-demande", "famille", "Famille ou entourage");
            case ENF, PH -> Fhir.dui("dui-origine-demande", "mdph-orientation", "Orientation MDPH");
        };
    }
}
