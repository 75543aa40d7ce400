package fr.dui.server.platform.fhir;

/**
 * Marks a Spring bean that is a HAPI {@code @Interceptor} for the storage layer ({@code STORAGE_*} pointcuts). Every
 * such bean is registered on HAPI's JPA {@code IInterceptorService}, so it applies to every write and read the
 * server performs (REST requests, transaction entries, internal operations), not only to REST requests.
 */
public interface StorageInterceptor {}
