package fr.dui.server.platform.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.IValidatorModule;
import fr.dui.profiles.DuiPackages;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConformanceConfig {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConformanceConfig.class);

    @Bean
    ProfileRegistry profileRegistry() {
        return ProfileRegistry.fromPackage(DuiPackages.guide());
    }

    /**
     * The validator of DUI resources, on HAPI's instance validator bean: the one {@code $validate} uses, with its
     * worker context and caches shared by every validation.
     */
    @Bean
    FhirValidator duiValidator(
            FhirContext fhirContext, @Qualifier("myInstanceValidator") IValidatorModule instanceValidator) {
        FhirValidator validator = fhirContext.newValidator();
        validator.setValidateAgainstStandardSchema(false);
        validator.setValidateAgainstStandardSchematron(false);
        validator.registerValidatorModule(instanceValidator);
        return validator;
    }

    @Bean
    ProfileEnforcement profileEnforcement(
            ProfileRegistry registry, FhirValidator duiValidator, ConformanceSettings settings) {
        if (!settings.enforceProfiles()) {
            log.warn("Profile enforcement is OFF (dui.conformance.enforce-profiles=false): resources are stored"
                    + " without DUI profile validation");
            return new ProfileEnforcement(new ProfileRegistry(java.util.Map.of()), null);
        }
        return new ProfileEnforcement(registry, duiValidator);
    }
}
