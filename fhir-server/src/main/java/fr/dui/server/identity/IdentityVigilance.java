package fr.dui.server.identity;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import fr.dui.server.platform.fhir.StorageInterceptor;
import fr.dui.terminology.IdentifierSystems;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Patient;

/**
 * Identity-vigilance rules (RNIV) that a profile cannot express, applied to every write of a Patient:
 *
 * <ul>
 *   <li>an INS (NIR or NIA) has the right key (modulo 97, Corsica included);
 *   <li>an INS of the INSi test system is accepted only by a server configured for tests;
 *   <li>a qualified identity (VALI with an INS) keeps its INS and its traits as INSi returned them: changing them
 *       needs a new INSi call (a later date of collection), or first stepping the identity down from VALI.
 * </ul>
 *
 * The structural rules (a qualified identity has an INS, a validation mode, an INS obtained through INSi) are in the
 * DUI profiles.
 */
@Interceptor
public class IdentityVigilance implements StorageInterceptor {

    private final IdentitySettings settings;

    public IdentityVigilance(IdentitySettings settings) {
        this.settings = settings;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void created(IBaseResource resource) {
        if (resource instanceof Patient patient) {
            checkIns(PatientIdentity.of(patient));
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void updated(IBaseResource previous, IBaseResource resource) {
        if (resource instanceof Patient patient && previous instanceof Patient before) {
            PatientIdentity now = PatientIdentity.of(patient);
            checkIns(now);
            checkTransition(PatientIdentity.of(before), now);
        }
    }

    void checkIns(PatientIdentity identity) {
        for (int i = 0; i < identity.ins().size(); i++) {
            Identifier ins = identity.ins().get(i);
            String value = ins.getValue();
            if (IdentifierSystems.INS_NIR_TEST.equals(ins.getSystem()) && !settings.acceptTestIns()) {
                throw violation(
                        "un INS du système de test de l'INSi (" + IdentifierSystems.INS_NIR_TEST
                                + ") n'est accepté que par un serveur de test.",
                        "Patient.identifier");
            }
            if (!InsNumber.hasValidFormat(value)) {
                throw violation(
                        "le matricule INS « " + value + " » n'a pas le format attendu (15 caractères).",
                        "Patient.identifier");
            }
            if (!InsNumber.hasValidKey(value)) {
                throw violation(
                        String.format(
                                Locale.FRANCE,
                                "la clé du matricule INS « %s » est fausse : %02d attendu d'après les 13 premiers"
                                        + " caractères. Vérifiez la saisie ou récupérez l'INS par le téléservice INSi.",
                                value,
                                InsNumber.expectedKey(value).orElseThrow()),
                        "Patient.identifier");
            }
        }
    }

    void checkTransition(PatientIdentity before, PatientIdentity now) {
        if (!before.qualified() || !now.qualified()) {
            return;
        }
        if (!before.insValue().equals(now.insValue())) {
            throw violation(
                    "l'INS d'une identité qualifiée ne se modifie pas. Repassez d'abord l'identité au statut"
                            + " provisoire (doute sur l'identité), puis requalifiez-la par l'INSi.",
                    "Patient.identifier");
        }
        boolean traitsChanged = !before.traits().equals(now.traits());
        boolean reverified = now.dateCollection().isPresent()
                && (before.dateCollection().isEmpty()
                        || now.dateCollection()
                                .get()
                                .after(before.dateCollection().get()));
        if (traitsChanged && !reverified) {
            throw violation(
                    "les traits d'une identité qualifiée (nom et prénoms de naissance, date et lieu de naissance,"
                            + " sexe) sont ceux renvoyés par l'INSi : pour les modifier, interrogez de nouveau l'INSi"
                            + " (date de récupération postérieure) ou repassez l'identité au statut provisoire.",
                    "Patient.name");
        }
    }

    private static DuiRequestException violation(String detail, String expression) {
        String message = DuiError.IDENTITY_RULE_VIOLATED.message(detail);
        OperationOutcomeIssueComponent issue = new OperationOutcomeIssueComponent()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.BUSINESSRULE)
                .setDetails(new CodeableConcept().setText(message));
        issue.addExpression(expression);
        return new DuiRequestException(DuiError.IDENTITY_RULE_VIOLATED, message, List.of(issue));
    }
}
