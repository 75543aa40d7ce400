package fr.dui.pro.transmissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ShiftTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aNightAfterMidnightBelongsToThePreviousEvening() {
        Shift.Window window = Shift.Window.at(ZonedDateTime.of(2026, 11, 28, 3, 15, 0, 0, PARIS));

        assertThat(window.shift()).isEqualTo(Shift.NUIT);
        assertThat(window.day()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(window.start()).isEqualTo(ZonedDateTime.of(2026, 11, 27, 21, 0, 0, 0, PARIS));
        assertThat(window.end()).isEqualTo(ZonedDateTime.of(2026, 11, 28, 7, 0, 0, 0, PARIS));
    }

    @Test
    void theShiftsFollowEachOtherWithoutGapOrOverlap() {
        Shift.Window morning = Shift.Window.at(ZonedDateTime.of(2026, 11, 28, 7, 0, 0, 0, PARIS));
        assertThat(morning.shift()).isEqualTo(Shift.MATIN);

        Shift.Window afternoon = morning.next();
        Shift.Window night = afternoon.next();
        assertThat(afternoon.start()).isEqualTo(morning.end());
        assertThat(night.start()).isEqualTo(afternoon.end());
        assertThat(night.next().start()).isEqualTo(night.end());
        assertThat(night.next().previous()).isEqualTo(night);
        assertThat(morning.previous().shift()).isEqualTo(Shift.NUIT);
        assertThat(morning.previous().day()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aWindowContainsItsStartButNotItsEnd() {
        Shift.Window afternoon = new Shift.Window(LocalDate.of(2026, 11, 28), Shift.APRES_MIDI, PARIS);

        assertThat(afternoon.contains(afternoon.start())).isTrue();
        assertThat(afternoon.contains(afternoon.end())).isFalse();
        assertThat(afternoon.label()).isEqualTo("Après-midi du samedi 28 novembre 2026");
    }
}
