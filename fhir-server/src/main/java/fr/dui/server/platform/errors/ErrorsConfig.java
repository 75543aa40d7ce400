package fr.dui.server.platform.errors;

import fr.dui.server.platform.fhir.FhirApiSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ErrorsConfig {

    @Bean
    FrenchOperationOutcomes frenchOperationOutcomes(FhirApiSettings api) {
        return new FrenchOperationOutcomes(inFrench(api.maxRequestBody()));
    }

    /** 8 Mo, 512 Ko, 1000 octets. */
    static String inFrench(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " Mo";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " Ko";
        }
        return bytes + " octets";
    }

    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(FhirApiSettings api) {
        FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyFilter(api.maxRequestBody().toBytes()));
        registration.addUrlPatterns("/fhir/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
