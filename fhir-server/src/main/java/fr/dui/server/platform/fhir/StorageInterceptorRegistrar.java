package fr.dui.server.platform.fhir;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/** Registers every {@link StorageInterceptor} bean on HAPI's JPA interceptor service. */
class StorageInterceptorRegistrar implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StorageInterceptorRegistrar.class);

    private final IInterceptorService interceptorService;
    private final List<StorageInterceptor> interceptors;

    StorageInterceptorRegistrar(IInterceptorService interceptorService, List<StorageInterceptor> interceptors) {
        this.interceptorService = interceptorService;
        this.interceptors = interceptors;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (StorageInterceptor interceptor : interceptors) {
            interceptorService.registerInterceptor(interceptor);
            log.debug(
                    "Storage interceptor registered: {}", interceptor.getClass().getSimpleName());
        }
    }
}
