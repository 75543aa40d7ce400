package fr.dui.server.platform;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded default keeps its files (H2 database, Lucene index, generated keys).
 *
 * @param dir the data folder ({@code DUI_DATA_DIR}); relative paths are resolved against the working folder
 */
@Validated
@ConfigurationProperties("dui.data")
public record DataSettings(@NotNull @DefaultValue("./data") Path dir) {

    /** The absolute, normalised data folder. */
    public Path root() {
        return dir.toAbsolutePath().normalize();
    }

    /** A sub-folder of the data folder. */
    public Path resolve(String child) {
        return root().resolve(child);
    }
}
