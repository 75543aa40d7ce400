package fr.dui.server.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.profiles.DuiCanonicals;
import fr.dui.profiles.DuiPackages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The error codes the server sends are those the published CodeSystem dui-error defines, and no others. */
class DuiErrorCodeSystemTest {

    @Test
    void everyErrorCodeIsPublished() throws Exception {
        JsonNode codeSystem =
                new ObjectMapper().readTree(DuiPackages.terminology().read("CodeSystem-dui-error.json"));
        assertThat(codeSystem.path("url").asText()).isEqualTo(DuiCanonicals.ERROR_CODES);
        List<String> published = new ArrayList<>();
        codeSystem.path("concept").forEach(c -> published.add(c.path("code").asText()));

        assertThat(published)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(DuiError.values()).map(DuiError::code).toList());
    }
}
