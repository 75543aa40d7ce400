package fr.dui.server.platform.fhir;

/**
 * Marks a Spring bean that is a HAPI {@code @Interceptor} for the REST layer ({@code SERVER_*} pointcuts:
 * incoming requests, outgoing responses, exceptions, the CapabilityStatement). Every such bean is registered on
 * the {@code RestfulServer} at startup.
 */
public interface RestInterceptor {}
