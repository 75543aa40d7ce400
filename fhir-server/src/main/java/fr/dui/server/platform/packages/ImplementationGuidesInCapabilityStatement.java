package fr.dui.server.platform.packages;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import fr.dui.server.platform.fhir.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;

/** Declares, in the CapabilityStatement, the implementation guides whose packages the server installed. */
@Interceptor
public class ImplementationGuidesInCapabilityStatement implements RestInterceptor {

    private final FhirPackageInstaller installer;

    public ImplementationGuidesInCapabilityStatement(FhirPackageInstaller installer) {
        this.installer = installer;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void declareGuides(IBaseConformance capabilityStatement) {
        CapabilityStatement cs = (CapabilityStatement) capabilityStatement;
        for (InstalledGuide guide : installer.installed()) {
            if (cs.getImplementationGuide().stream()
                    .noneMatch(ig -> guide.guideUrl().equals(ig.getValue()))) {
                cs.addImplementationGuide(guide.guideUrl());
            }
        }
    }
}
