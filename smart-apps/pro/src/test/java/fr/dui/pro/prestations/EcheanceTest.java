package fr.dui.pro.prestations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EcheanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void expiredSoonOrLaterAsOnTheSynthesis() {
        assertThat(Echeance.of(LocalDate.of(2026, 2, 28), TODAY))
                .isEqualTo(new Echeance.Alerte("danger", "Droits expirés depuis le 28 février 2026"));
        assertThat(Echeance.of(LocalDate.of(2026, 5, 30), TODAY))
                .isEqualTo(new Echeance.Alerte("attention", "Droits à renouveler avant le 30 mai 2026"));
        assertThat(Echeance.of(LocalDate.of(2026, 6, 1), TODAY).niveau()).isEqualTo("ok");
        assertThat(Echeance.of(null, TODAY).texte()).isEqualTo("Sans échéance");
    }
}
