package fr.dui.server.platform.fulltext;

import fr.dui.server.platform.DataSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translates {@link FullTextSettings} into the Hibernate Search properties HAPI's persistence unit needs, with
 * HAPI's own analysers (they give {@code _content} its French-friendly tokenising and its n-grams).
 */
public final class HibernateSearchProperties {

    private static final String LUCENE_ANALYSIS =
            "ca.uhn.fhir.jpa.search.HapiHSearchAnalysisConfigurers$HapiLuceneAnalysisConfigurer";
    private static final String ELASTIC_ANALYSIS =
            "ca.uhn.fhir.jpa.search.HapiHSearchAnalysisConfigurers$HapiElasticsearchAnalysisConfigurer";
    /** Without these settings, index creation fails on Elasticsearch's n-gram limit. */
    private static final String ELASTIC_INDEX_SETTINGS = "ca/uhn/fhir/jpa/elastic/index-settings.json";

    private final FullTextSettings settings;
    private final DataSettings data;

    public HibernateSearchProperties(FullTextSettings settings, DataSettings data) {
        this.settings = settings;
        this.data = data;
    }

    /** Where the local Lucene index lives (meaningful for the Lucene backend only). */
    public Path luceneDirectory() {
        Path dir = settings.luceneDir() != null ? settings.luceneDir() : data.resolve("lucene");
        return dir.toAbsolutePath().normalize();
    }

    /** A one-line description for the startup report; no secrets. */
    public String describe() {
        return switch (settings.backend()) {
            case LUCENE -> "Lucene (" + luceneDirectory() + ")";
            case ELASTICSEARCH ->
                "Elasticsearch/OpenSearch (" + settings.elasticsearch().protocol() + "://"
                        + String.join(",", settings.elasticsearch().hosts()) + ")";
        };
    }

    public Map<String, String> asJpaProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("hibernate.search.enabled", "true");
        props.put("hibernate.search.mapping.process_annotations", "true");
        // A write returns once the index change is visible to searches, without waiting for it to be flushed to
        // disk (the default, write-sync, costs a disk commit per transaction). The database stays the reference:
        // an index that lost its last second in a crash is rebuilt by HAPI's reindexing.
        props.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
        switch (settings.backend()) {
            case LUCENE -> {
                props.put("hibernate.search.backend.type", "lucene");
                props.put("hibernate.search.backend.analysis.configurer", LUCENE_ANALYSIS);
                props.put("hibernate.search.backend.directory.type", "local-filesystem");
                props.put(
                        "hibernate.search.backend.directory.root",
                        luceneDirectory().toString());
                props.put("hibernate.search.backend.lucene_version", "LUCENE_CURRENT");
            }
            case ELASTICSEARCH -> {
                FullTextSettings.Elasticsearch es = settings.elasticsearch();
                props.put("hibernate.search.backend.type", "elasticsearch");
                props.put("hibernate.search.backend.analysis.configurer", ELASTIC_ANALYSIS);
                props.put("hibernate.search.backend.hosts", String.join(",", es.hosts()));
                props.put("hibernate.search.backend.protocol", es.protocol());
                if (!es.username().isBlank()) {
                    props.put("hibernate.search.backend.username", es.username());
                    props.put("hibernate.search.backend.password", es.password());
                }
                props.put("hibernate.search.backend.schema_management.settings_file", ELASTIC_INDEX_SETTINGS);
                props.put("hibernate.search.schema_management.strategy", "create-or-update");
                // Terminology indexes need a dynamic mapping.
                props.put("hibernate.search.backend.dynamic_mapping", "true");
                props.put(
                        "hibernate.search.backend.layout.strategy",
                        "ca.uhn.fhir.jpa.search.elastic.IndexNamePrefixLayoutStrategy");
                if (!es.version().isBlank()) {
                    // e.g. "opensearch:3.6": lets Hibernate Search 7.2 talk to versions it does not know yet.
                    props.put("hibernate.search.backend.version", es.version());
                    props.put("hibernate.search.backend.version_check.enabled", "false");
                }
            }
        }
        return props;
    }
}
