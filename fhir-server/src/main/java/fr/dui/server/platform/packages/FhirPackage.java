package fr.dui.server.platform.packages;

import fr.dui.profiles.FhirPackageId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A FHIR package's archive, in memory.
 *
 * @param id name and version
 * @param tgz the gzipped tar archive
 * @param origin where it was read from (a path or a URL), for the logs
 */
public record FhirPackage(FhirPackageId id, byte[] tgz, String origin) {

    /** SHA-256 of the archive: tells whether the installed content is still the same. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tgz));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
