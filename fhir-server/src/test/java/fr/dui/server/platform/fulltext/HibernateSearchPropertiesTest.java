package fr.dui.server.platform.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.platform.DataSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HibernateSearchPropertiesTest {

    private final DataSettings data = new DataSettings(Path.of("/srv/dui/data"));

    @Test
    void luceneInTheDataFolderByDefault() {
        HibernateSearchProperties props = new HibernateSearchProperties(
                new FullTextSettings(FullTextSettings.Backend.LUCENE, null, elasticsearch("", "")), data);

        Map<String, String> jpa = props.asJpaProperties();

        assertThat(jpa)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", "/srv/dui/data/lucene")
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
        assertThat(jpa.get("hibernate.search.backend.analysis.configurer")).endsWith("HapiLuceneAnalysisConfigurer");
        assertThat(props.describe()).isEqualTo("Lucene (/srv/dui/data/lucene)");
    }

    @Test
    void elasticsearchOrOpenSearchWhenConfigured() {
        HibernateSearchProperties props = new HibernateSearchProperties(
                new FullTextSettings(
                        FullTextSettings.Backend.ELASTICSEARCH, null, elasticsearch("dui", "opensearch:3.6")),
                data);

        Map<String, String> jpa = props.asJpaProperties();

        assertThat(jpa)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.hosts", "es1:9200,es2:9200")
                .containsEntry("hibernate.search.backend.username", "dui")
                .containsEntry(
                        "hibernate.search.backend.schema_management.settings_file",
                        "ca/uhn/fhir/jpa/elastic/index-settings.json")
                .containsEntry("hibernate.search.backend.version", "opensearch:3.6")
                .containsEntry("hibernate.search.backend.version_check.enabled", "false");
        assertThat(props.describe())
                .isEqualTo("Elasticsearch/OpenSearch (https://es1:9200,es2:9200)")
                .doesNotContain("secret");
    }

    private static FullTextSettings.Elasticsearch elasticsearch(String user, String version) {
        return new FullTextSettings.Elasticsearch(List.of("es1:9200", "es2:9200"), "https", user, "secret", version);
    }
}
