package fr.dui.pro.fhir;

import org.hl7.fhir.r4.model.Reference;

/** References compared as {@code Type/id}, whether the DUI wrote them relative or absolute. */
public final class Refs {

    private Refs() {}

    /** {@code http://x/fhir/PractitionerRole/12} or {@code PractitionerRole/12/_history/3} → {@code PractitionerRole/12}. */
    public static String relative(String reference) {
        if (reference == null) {
            return null;
        }
        String[] parts = reference.replaceAll("/_history/.*$", "").split("/");
        return parts.length < 2 ? reference : parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }

    public static String relative(Reference reference) {
        return reference == null || !reference.hasReference() ? null : relative(reference.getReference());
    }

    /** The id part of a reference ({@code Patient/12} → {@code 12}). */
    public static String id(String reference) {
        String relative = relative(reference);
        return relative == null ? null : relative.substring(relative.indexOf('/') + 1);
    }
}
