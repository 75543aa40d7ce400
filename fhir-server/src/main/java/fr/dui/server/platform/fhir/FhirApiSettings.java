package fr.dui.server.platform.fhir;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The FHIR REST API at {@code /fhir}.
 *
 * @param serverAddress the public base URL ({@code https://dui.example.fr/fhir}) when the server sits behind a
 *     proxy; empty = deduced from each request
 * @param defaultPageSize search results per page when the client does not ask ({@code _count})
 * @param maxPageSize the largest page a client may ask for
 * @param maxRequestBody the largest request body accepted; bigger bodies are refused with 413
 * @param batchJobInterval how often background jobs ({@code $export}, reindexing) move on to their next step; HAPI's
 *     one minute made a small export wait four minutes
 */
@Validated
@ConfigurationProperties("dui.fhir")
public record FhirApiSettings(
        @DefaultValue("") String serverAddress,
        @DefaultValue("20") @Min(1) @Max(1000) int defaultPageSize,
        @DefaultValue("200") @Min(1) @Max(5000) int maxPageSize,
        @NotNull @DefaultValue("8MB") DataSize maxRequestBody,
        @NotNull @DefaultValue("5s") Duration batchJobInterval) {}
