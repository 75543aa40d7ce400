package fr.dui.pro.synthese;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.pro.prestations.Echeance;
import org.junit.jupiter.api.Test;

class ExpiryNoticeTest {

    @Test
    void theSynthesisAndTheBenefitsScreenAnnounceExpiryAlike() {
        assertThat(SyntheseAssembler.EXPIRY_NOTICE_DAYS).isEqualTo(Echeance.NOTICE_DAYS);
    }
}
