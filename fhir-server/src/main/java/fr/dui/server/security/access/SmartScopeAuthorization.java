package fr.dui.server.security.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilder;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderAppliesTo;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderOperationNamed;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderOperationNamedAndScoped;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleBulkExportWithTarget;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOpClassifier;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.RuleBuilder;
import fr.dui.server.platform.fhir.RestInterceptor;
import fr.dui.server.security.habilitations.BreakGlassOperation;
import fr.dui.server.security.habilitations.EntitlementsService;
import fr.dui.server.security.habilitations.HabilitationRule;
import fr.dui.server.security.habilitations.MesDroitsOperation;
import fr.dui.server.security.habilitations.ProcheAccess;
import fr.dui.server.security.habilitations.ProcheRule;
import fr.dui.server.security.smart.EhrLaunchOperation;
import fr.dui.server.security.smart.SmartScope;
import fr.dui.server.security.smart.SmartScope.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * What a token's SMART scopes allow, as HAPI authorization rules (deny by default): per resource type and
 * interaction; with a patient-level scope, only inside the compartment of the patient in context. A professional's
 * habilitations ({@link HabilitationRule}) and the audit trail's own rule come first and only deny, so the rights are
 * the intersection of all. HAPI applies them to
 * reads, searches (each result), {@code _include}s, transaction entries and operations.
 */
@Interceptor
public class SmartScopeAuthorization extends AuthorizationInterceptor implements RestInterceptor {

    static final String EXPORT = "$export";
    static final String EXPORT_POLL_STATUS = "$export-poll-status";
    static final String NO_BULK_EXPORT =
            "L'export en masse est réservé aux services connectés en SMART Backend Services"
                    + " (portée system/…) ; le dossier d'un usager s'obtient par Patient/{id}/$everything";

    private final EntitlementsService entitlements;
    private final ProcheAccess proches;
    private final FhirContext fhir;

    public SmartScopeAuthorization(EntitlementsService entitlements, ProcheAccess proches, FhirContext fhir) {
        super(PolicyEnum.DENY);
        this.entitlements = entitlements;
        this.proches = proches;
        this.fhir = fhir;
    }

    @Override
    public List<IAuthRule> buildRuleList(RequestDetails request) {
        Optional<DuiCaller> caller = CurrentCaller.get(request);
        IAuthRuleBuilder rules = new RuleBuilder();
        rules.allow().metadata().andThen();
        if (caller.isEmpty()) {
            return rules.denyAll("Aucun jeton d'accès").build();
        }
        List<IAuthRule> trail = new ArrayList<>();
        trail.add(new AuditTrailRule(caller.get().mayReadAuditTrail()));
        caller.get()
                .professional()
                .ifPresent(p -> trail.add(new HabilitationRule(entitlements.of(p), entitlements, fhir)));
        if (caller.get().accountKind().filter("PROCHE"::equals).isPresent()) {
            trail.add(new ProcheRule(
                    caller.get().fhirUser().flatMap(proches::of), caller.get().patient()));
        }
        if (caller.get().professional().isPresent()) {
            for (String operation : List.of(BreakGlassOperation.NAME, EhrLaunchOperation.NAME)) {
                rules.allow()
                        .operation()
                        .named(operation)
                        .onInstancesOfType(Patient.class)
                        .andAllowAllResponses()
                        .andThen();
            }
        }
        // what the caller's habilitations allow: any authenticated caller may ask (the operation refuses whoever has
        // none)
        rules.allow()
                .operation()
                .named(MesDroitsOperation.NAME)
                .onServer()
                .andAllowAllResponses()
                .andThen();
        if (caller.get().mayReadAuditTrail()) {
            rules.allow()
                    .operation()
                    .named("$verify-chain")
                    .onType(AuditEvent.class)
                    .andAllowAllResponses()
                    .andThen();
        }
        bulkExport(rules, caller.get().bulkExportTypes());
        for (SmartScope scope : caller.get().scopes()) {
            Optional<DuiCaller.Reach> reach = caller.get().reach(scope);
            if (reach.isEmpty()) {
                continue; // a scope beyond what the token holder is grants nothing
            }
            Optional<IdType> compartment = reach.get().patient().map(p -> new IdType("Patient", p));
            boolean read = scope.permissions().contains(Permission.READ)
                    || scope.permissions().contains(Permission.SEARCH);
            boolean write = scope.permissions().contains(Permission.CREATE)
                    || scope.permissions().contains(Permission.UPDATE);
            if (read) {
                limit(on(rules.allow().read(), scope.resourceType()), compartment);
                if ("*".equals(scope.resourceType()) || "Patient".equals(scope.resourceType())) {
                    everything(rules, compartment);
                }
            }
            if (write) {
                limit(on(rules.allow().write(), scope.resourceType()), compartment);
            }
            if (scope.permissions().contains(Permission.DELETE)) {
                limit(on(rules.allow().delete(), scope.resourceType()), compartment);
            }
        }
        rules.allow().transaction().withAnyOperation().andApplyNormalRules().andThen();
        rules.allow()
                .operation()
                .named("$validate")
                .onAnyType()
                .andAllowAllResponses() // an OperationOutcome about what the caller sent; nothing is read or stored
                .andThen();
        rules.allow()
                .operation()
                .named("$expand")
                .onType(org.hl7.fhir.r4.model.ValueSet.class)
                .andAllowAllResponses()
                .andThen();
        rules.allow()
                .operation()
                .named("$validate-code")
                .onType(org.hl7.fhir.r4.model.ValueSet.class)
                .andAllowAllResponses()
                .andThen();
        rules.allow()
                .operation()
                .named("$lookup")
                .onType(org.hl7.fhir.r4.model.CodeSystem.class)
                .andAllowAllResponses()
                .andThen();
        List<IAuthRule> all = new ArrayList<>(trail);
        all.addAll(rules.denyAll("Hors des droits accordés à ce jeton").build());
        return all;
    }

    /**
     * Bulk export for backend services, of the types their system-level read scopes name (an export of other types,
     * or of every type without {@code _type} when the scopes name some, is refused when it starts); for anybody else
     * a refusal that says where to go instead. Reading the files produced needs a read scope on {@code Binary}.
     */
    private static void bulkExport(IAuthRuleBuilder rules, Optional<Set<String>> types) {
        if (types.isEmpty()) {
            rules.deny(NO_BULK_EXPORT)
                    .operation()
                    .named(EXPORT)
                    .atAnyLevel()
                    .andAllowAllResponses()
                    .andThen();
            rules.deny(NO_BULK_EXPORT)
                    .operation()
                    .named(EXPORT_POLL_STATUS)
                    .onServer()
                    .andAllowAllResponses()
                    .andThen();
            return;
        }
        // first the rule that judges the export when it starts (it allows or denies, never abstains), then the
        // operations: an operation rule would otherwise allow the start of any export
        IAuthRuleBuilderRuleBulkExportWithTarget export =
                rules.allow().bulkExport().any();
        if (!types.get().contains("*")) {
            export = export.withResourceTypes(types.get());
        }
        export.andThen();
        rules.allow()
                .operation()
                .named(EXPORT)
                .atAnyLevel()
                .andAllowAllResponses()
                .andThen();
        rules.allow()
                .operation()
                .named(EXPORT_POLL_STATUS)
                .onServer()
                .andAllowAllResponses()
                .andThen();
    }

    /**
     * {@code Patient/{id}/$everything} for a scope that reads usagers: every resource returned must then pass the
     * read rules (and the habilitations, which {@link EverythingTrimming} applies first).
     */
    private static void everything(IAuthRuleBuilder rules, Optional<IdType> compartment) {
        IAuthRuleBuilderOperationNamed operation = rules.allow().operation().named("$everything");
        IAuthRuleBuilderOperationNamedAndScoped scoped = compartment.isPresent()
                ? operation.onInstance(compartment.get())
                : operation.onInstancesOfType(Patient.class);
        scoped.andRequireExplicitResponseAuthorization().andThen();
    }

    private static IAuthRuleBuilderRuleOpClassifier on(
            IAuthRuleBuilderAppliesTo<IAuthRuleBuilderRuleOpClassifier> op, String type) {
        return "*".equals(type) ? op.allResources() : op.resourcesOfType(type);
    }

    private static void limit(IAuthRuleBuilderRuleOpClassifier onType, Optional<IdType> compartment) {
        if (compartment.isPresent()) {
            onType.inCompartment("Patient", compartment.get()).andThen();
        } else {
            onType.withAnyId().andThen();
        }
    }
}
