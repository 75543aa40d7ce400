package fr.dui.pro.admission;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * ADM-1: the waiting list's filters, as the form sends them (each may be empty): the establishment, the status, the
 * GIR known at the application, its origin, the dates it was received between, and words of the usager's name. A value
 * that is not one of the list (a forged address) filters nothing.
 */
record Filtres(
        String etablissement,
        String statut,
        Integer gir,
        String origine,
        LocalDate depuis,
        LocalDate jusqua,
        String nom) {

    static Filtres of(
            String etablissement, String statut, String gir, String origine, String depuis, String jusqua, String nom) {
        return new Filtres(
                blankToNull(etablissement),
                blankToNull(statut) == null || Statut.ofCode(statut).isEmpty() ? null : statut,
                girOf(gir),
                blankToNull(origine) == null || AdmissionFhir.origine(origine) == null ? null : origine,
                dateOf(depuis),
                dateOf(jusqua),
                blankToNull(nom));
    }

    /** The search parameters these filters add to the waiting list's Task search (the name is filtered in the app). */
    String parametres() {
        StringBuilder search = new StringBuilder();
        if (statut != null) {
            search.append("&business-status=").append(enc(Statut.SYSTEM + "|" + statut));
        }
        if (gir != null) {
            search.append("&gir=").append(enc(AdmissionFhir.girToken(gir)));
        }
        if (origine != null) {
            search.append("&focus:ServiceRequest.origine=").append(enc(AdmissionFhir.ORIGIN + "|" + origine));
        }
        if (depuis != null) {
            search.append("&authored-on=ge").append(depuis);
        }
        if (jusqua != null) {
            search.append("&authored-on=le").append(jusqua);
        }
        return search.toString();
    }

    /** Whether a filter other than the establishment is set (the page says the list is filtered). */
    public boolean actifs() {
        return statut != null || gir != null || origine != null || depuis != null || jusqua != null || nom != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer girOf(String value) {
        String v = blankToNull(value);
        if (v == null || !v.matches("[1-6]")) {
            return null;
        }
        return Integer.valueOf(v);
    }

    private static LocalDate dateOf(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
