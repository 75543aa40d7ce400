package fr.dui.server.security.habilitations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;

/**
 * Installs the default habilitation matrix of ESSMS professions ({@code matrice-defaut.csv}) at first start, when
 * the establishment has none yet. Afterwards the matrix is the administrator's: it is never overwritten.
 */
public class DefaultHabilitations implements SmartInitializingSingleton {

    static final String RESOURCE = "matrice-defaut.csv";
    private static final Logger log = LoggerFactory.getLogger(DefaultHabilitations.class);

    private final HabilitationStore store;

    public DefaultHabilitations(HabilitationStore store) {
        this.store = store;
    }

    /** The default matrix, as shipped. */
    public static List<Habilitation> rows() {
        return HabilitationMatrixCsv.parse(text());
    }

    /** The default matrix file, comments included. */
    public static String text() {
        try (InputStream in = DefaultHabilitations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!store.isEmpty()) {
            return;
        }
        List<Habilitation> rows = rows();
        try {
            store.replaceAll(rows);
            log.info("Default habilitation matrix installed: {} cells", rows.size());
        } catch (DuplicateKeyException e) {
            log.info("Default habilitation matrix installed by another node");
        }
    }
}
