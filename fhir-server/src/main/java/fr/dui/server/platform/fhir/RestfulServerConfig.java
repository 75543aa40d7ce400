package fr.dui.server.platform.fhir;

import ca.uhn.fhir.batch2.api.IJobMaintenanceService;
import ca.uhn.fhir.batch2.coordinator.JobDefinitionRegistry;
import ca.uhn.fhir.batch2.model.JobDefinition;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.ResponseHighlighterInterceptor;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The FHIR REST endpoint at {@code /fhir}: HAPI's resource and system providers over the JPA DAOs. */
@Configuration(proxyBeanMethods = false)
class RestfulServerConfig {

    static final String FHIR_PATH = "/fhir";

    @Bean
    RestfulServer fhirRestfulServer(
            IFhirSystemDao<?, ?> systemDao,
            @Qualifier("myResourceProvidersR4") ResourceProviderFactory resourceProviders,
            JpaSystemProvider<?, ?> systemProvider,
            ValueSetOperationProvider valueSetOperations,
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport,
            DatabaseBackedPagingProvider pagingProvider,
            FhirApiSettings api,
            List<RestInterceptor> interceptors,
            List<OwnResourceProvider> ownProviders,
            List<OperationProvider> operationProviders) {
        RestfulServer server = new RestfulServer(systemDao.getContext());
        server.setServerName("DUI — Dossier Usager Informatisé");
        server.setImplementationDescription("Serveur FHIR du Dossier Usager Informatisé (ESSMS)");
        Set<String> ownTypes = ownProviders.stream()
                .map(p -> p.getResourceType().getSimpleName())
                .collect(Collectors.toSet());
        server.registerProviders(resourceProviders.createProviders().stream()
                .filter(p -> !(p instanceof IResourceProvider rp
                        && ownTypes.contains(rp.getResourceType().getSimpleName())))
                .toList());
        server.registerProviders(List.copyOf(ownProviders));
        server.registerProviders(List.copyOf(operationProviders));
        server.registerProvider(systemProvider);
        // $expand, $validate-code on ValueSet (the DUI terminology, FR Core's and the base FHIR value sets).
        server.registerProvider(valueSetOperations);
        JpaCapabilityStatementProvider capabilities = new JpaCapabilityStatementProvider(
                server, systemDao, storageSettings, searchParamRegistry, validationSupport);
        // Resource counts would tell anyone how many usagers an establishment holds (and cost a count query);
        // the _revinclude lists made the statement 1.6 MB for no client's benefit.
        capabilities.setIncludeResourceCounts(false);
        capabilities.setRestResourceRevIncludesEnabled(false);
        server.setServerConformanceProvider(capabilities);

        pagingProvider.setDefaultPageSize(api.defaultPageSize());
        pagingProvider.setMaximumPageSize(api.maxPageSize());
        server.setPagingProvider(pagingProvider);

        // A gzip body could expand far past the request size limit: compressed request bodies are not accepted.
        server.setUncompressIncomingContents(false);
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setDefaultPrettyPrint(false);
        server.setServerAddressStrategy(
                api.serverAddress().isBlank()
                        ? new IncomingRequestAddressStrategy()
                        : new HardcodedServerAddressStrategy(api.serverAddress()));

        // Readable HTML when a person opens the API in a browser; plain FHIR for every client.
        server.registerInterceptor(new ResponseHighlighterInterceptor());
        interceptors.forEach(server::registerInterceptor);
        return server;
    }

    @Bean
    BatchJobPace batchJobPace(IJobMaintenanceService maintenance, FhirApiSettings api) {
        return new BatchJobPace(maintenance, api.batchJobInterval());
    }

    @Bean
    BatchJobDefinitions batchJobDefinitions(JobDefinitionRegistry registry, List<JobDefinition<?>> definitions) {
        return new BatchJobDefinitions(registry, definitions);
    }

    @Bean
    StorageInterceptorRegistrar storageInterceptorRegistrar(
            IInterceptorService interceptorService, List<StorageInterceptor> interceptors) {
        return new StorageInterceptorRegistrar(interceptorService, interceptors);
    }

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer fhirRestfulServer) {
        ServletRegistrationBean<RestfulServer> registration =
                new ServletRegistrationBean<>(fhirRestfulServer, FHIR_PATH + "/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
