package fr.dui.pro.documents;

import java.util.List;
import java.util.Optional;

/**
 * What a professional may upload into the record: a PDF or an image (JPEG, PNG), recognised by its first bytes (not
 * by what the browser claims), and not too large.
 */
public final class Upload {

    /** The largest document accepted (the DUI stores it inside the DocumentReference). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The largest photo of the usager (stored in Patient.photo). */
    public static final int MAX_PHOTO_BYTES = 1024 * 1024;

    public record Kind(String contentType, String extension) {}

    public static final Kind PDF = new Kind("application/pdf", "pdf");
    public static final Kind JPEG = new Kind("image/jpeg", "jpg");
    public static final Kind PNG = new Kind("image/png", "png");

    private Upload() {}

    /** The kind of file these bytes are, if one we accept. */
    public static Optional<Kind> kind(byte[] bytes) {
        if (starts(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** The French reason these bytes are refused as a document ({@code photo}: as the usager's photo), or null. */
    public static String refusal(byte[] bytes, boolean photo) {
        if (bytes == null || bytes.length == 0) {
            return "Choisissez un fichier.";
        }
        int max = photo ? MAX_PHOTO_BYTES : MAX_BYTES;
        if (bytes.length > max) {
            return "Le fichier dépasse " + (max / (1024 * 1024)) + " Mo.";
        }
        Optional<Kind> kind = kind(bytes);
        if (kind.isEmpty() || photo && kind.get() == PDF) {
            return photo
                    ? "La photo doit être une image JPEG ou PNG."
                    : "Seuls les documents PDF et les images JPEG ou PNG sont acceptés.";
        }
        return null;
    }

    /** « 1,2 Mo », « 34 ko ». */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.FRENCH, "%.1f Mo", bytes / (1024.0 * 1024));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " ko";
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The document types offered (dui-type-document). */
    public static final List<fr.dui.pro.coordination.Codes.Code> TYPES = List.of(
            new fr.dui.pro.coordination.Codes.Code("compte-rendu", "Compte rendu"),
            new fr.dui.pro.coordination.Codes.Code("courrier", "Courrier"),
            new fr.dui.pro.coordination.Codes.Code("ordonnance", "Ordonnance"),
            new fr.dui.pro.coordination.Codes.Code("attestation-droits", "Attestation de droits"),
            new fr.dui.pro.coordination.Codes.Code("notification-mdph", "Notification de décision MDPH"),
            new fr.dui.pro.coordination.Codes.Code("piece-identite", "Pièce d'identité"),
            new fr.dui.pro.coordination.Codes.Code("evaluation", "Évaluation"),
            new fr.dui.pro.coordination.Codes.Code("contrat-sejour", "Contrat de séjour"),
            new fr.dui.pro.coordination.Codes.Code("autre", "Autre document"));
}
