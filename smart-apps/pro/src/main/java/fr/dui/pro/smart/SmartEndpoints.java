package fr.dui.pro.smart;

/** The DUI's SMART endpoints, from its {@code .well-known/smart-configuration}. */
public record SmartEndpoints(String issuer, String authorizationEndpoint, String tokenEndpoint) {}
