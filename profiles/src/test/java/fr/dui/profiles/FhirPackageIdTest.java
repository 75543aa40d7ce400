package fr.dui.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class FhirPackageIdTest {

    @Test
    void parsesAndPrintsNameHashVersion() {
        FhirPackageId id = FhirPackageId.parse("hl7.fhir.fr.core#2.1.0");

        assertThat(id.name()).isEqualTo("hl7.fhir.fr.core");
        assertThat(id.version()).isEqualTo("2.1.0");
        assertThat(id).hasToString("hl7.fhir.fr.core#2.1.0");
    }

    @Test
    void refusesNamesThatCouldEscapeAFolder() {
        assertThatThrownBy(() -> new FhirPackageId("../etc", "1.0.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FhirPackageId("a", "1/../../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FhirPackageId.parse("no-version")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frCoreIsShippedWithTheDui() throws IOException {
        try (InputStream in = DuiPackages.bundled(DuiPackages.FR_CORE).orElseThrow()) {
            assertThat(in.readAllBytes()).hasSizeGreaterThan(100_000);
        }
        assertThat(DuiPackages.bundled(new FhirPackageId("unknown", "1.0.0"))).isEmpty();
    }
}
