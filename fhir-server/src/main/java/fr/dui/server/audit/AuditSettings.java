package fr.dui.server.audit;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail.
 *
 * @param enabled {@code false} records nothing: only to measure what the trail costs, never in service
 * @param queueCapacity events waiting to be written; when full, requests wait (an event is never dropped)
 * @param batchSize events written per database transaction at most
 */
@Validated
@ConfigurationProperties("dui.audit")
public record AuditSettings(
        @DefaultValue("true") boolean enabled,
        @Min(100) @DefaultValue("100000") int queueCapacity,
        @Min(1) @DefaultValue("500") int batchSize) {}
