package fr.dui.server.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.security.smart.SmartScope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scope never opens more than the person or service holding the token is. */
class DuiCallerTest {

    private static SmartScope scope(String text) {
        return SmartScope.parse(text).orElseThrow();
    }

    private static DuiCaller person(String kind, String fhirUser, String patient, String... scopes) {
        return new DuiCaller(
                "jeanne",
                "app",
                Optional.ofNullable(fhirUser),
                Optional.ofNullable(patient),
                Optional.of(kind),
                List.of(scopes).stream().map(DuiCallerTest::scope).toList());
    }

    @Test
    void patientScopesNeedAUsagerInContext() {
        DuiCaller withPatient = person("USAGER", "Patient/p1", "p1", "patient/*.rs");
        assertThat(withPatient.reach(scope("patient/*.rs"))).contains(new DuiCaller.Reach(Optional.of("p1")));
        DuiCaller without = person("PROFESSIONAL", "PractitionerRole/r1", null, "patient/*.rs");
        assertThat(without.reach(scope("patient/*.rs"))).isEmpty();
    }

    @Test
    void userScopesAreBoundedByWhoTheUserIs() {
        assertThat(person("USAGER", "Patient/p1", "p1").reach(scope("user/*.rs")))
                .contains(new DuiCaller.Reach(Optional.of("p1")));
        assertThat(person("PROFESSIONAL", "PractitionerRole/r1", null).reach(scope("user/*.rs")))
                .contains(new DuiCaller.Reach(Optional.empty()));
        assertThat(person("PROCHE", "RelatedPerson/x", null).reach(scope("user/*.rs")))
                .as("a personne de confiance's reach comes from the usager's consents, not from a scope")
                .isEmpty();
        assertThat(person("ADMINISTRATOR", null, null).reach(scope("user/*.rs")))
                .isEmpty();
    }

    @Test
    void systemScopesOnlyInABackendServicesOwnToken() {
        DuiCaller backend = new DuiCaller(
                "bridge",
                "bridge",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(scope("system/*.rs")));
        assertThat(backend.reach(scope("system/*.rs"))).contains(new DuiCaller.Reach(Optional.empty()));
        assertThat(person("ADMINISTRATOR", null, null).reach(scope("system/*.rs")))
                .isEmpty();
        DuiCaller sameName = new DuiCaller(
                "app", "app", Optional.empty(), Optional.empty(), Optional.of("ADMINISTRATOR"), List.of());
        assertThat(sameName.reach(scope("system/*.rs")))
                .as("a person whose login equals a client id")
                .isEmpty();
    }

    @Test
    void confinedWhenEveryGrantedScopeIsTheSameUsager() {
        assertThat(person("USAGER", "Patient/p1", "p1", "patient/*.rs", "user/Observation.rs", "system/*.rs")
                        .confinedTo())
                .contains("p1");
        assertThat(person("PROFESSIONAL", "PractitionerRole/r1", "p1", "patient/*.rs", "user/*.rs")
                        .confinedTo())
                .isEmpty();
        assertThat(person("PROCHE", "RelatedPerson/x", null, "user/*.rs").confinedTo())
                .isEmpty();
    }
}
