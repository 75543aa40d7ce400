package fr.dui.server.platform.fulltext;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The full-text index behind {@code _content} and {@code _text}: a local Lucene index by default, or an
 * Elasticsearch / OpenSearch cluster for an OG that scales out.
 *
 * @param backend {@code lucene} (default) or {@code elasticsearch} ({@code DUI_FULLTEXT_BACKEND})
 * @param luceneDir where the Lucene index lives; default {@code <data dir>/lucene}
 * @param elasticsearch the cluster, when {@code backend} is {@code elasticsearch}
 */
@Validated
@ConfigurationProperties("dui.fulltext")
public record FullTextSettings(
        @NotNull @DefaultValue("lucene") Backend backend,
        Path luceneDir,
        @Valid @NotNull @DefaultValue Elasticsearch elasticsearch) {

    public enum Backend {
        LUCENE,
        ELASTICSEARCH
    }

    /**
     * @param hosts {@code host:port} of the cluster nodes
     * @param protocol {@code http} or {@code https}
     * @param username optional user
     * @param password optional password (never logged)
     * @param version the cluster's distribution and version ({@code opensearch:3.6}); empty = ask the cluster
     */
    public record Elasticsearch(
            @NotNull @DefaultValue("localhost:9200") List<String> hosts,
            @NotNull @DefaultValue("http") String protocol,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("") String version) {

        @Override
        public String toString() {
            return "Elasticsearch[hosts=" + hosts + ", protocol=" + protocol + ", username=" + username
                    + ", password=***, version=" + version + "]";
        }
    }
}
