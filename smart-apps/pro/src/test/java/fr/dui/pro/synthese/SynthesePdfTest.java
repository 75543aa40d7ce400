package fr.dui.pro.synthese;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SynthesePdfTest {

    @Test
    void thePdfReadsInFrenchWithItsAccentsAndLeavesOutWhatWasRefused() throws IOException {
        Synthese s = new Synthese(
                "usager-jeanne-dupont",
                new Synthese.Identite(
                        "Jeanne DUPONT",
                        "DUPONT",
                        "Jeanne Marie Louise",
                        "Jeanne",
                        "Femme",
                        "14 mai 1938",
                        86,
                        "Lyon",
                        "Identité qualifiée",
                        true,
                        "238056912304586",
                        "INS-NIR",
                        "12 rue des Tilleuls, 69003 Lyon",
                        null),
                Synthese.Part.of(
                        List.of(new Synthese.Proche("Marie LEFÈVRE", List.of("Fille"), true, "06 12 34 56 78"))),
                Synthese.Part.of(List.of(new Synthese.Intervenant("Dr Claire MARTIN", "Médecin"))),
                Synthese.Part.of(new Synthese.Sejour(
                        "EHPAD Résidence Les Tilleuls", "1 mars 2024", "", "Hébergement permanent", "Domicile")),
                Synthese.Part.of(new Synthese.Gir("GIR 2", "10 mars 2024", "Claire MARTIN")),
                Synthese.Part.of(null),
                List.of(new Synthese.Alerte("attention", "APA : droits à renouveler avant le 1 juin 2026.", null)),
                Synthese.Part.of(new Synthese.Constantes(
                        List.of(new Synthese.Constante("Température", "37,8 °C", "2 mai 2026 à 08h00")), null)),
                Synthese.Part.refused("Vos habilitations n'ouvrent pas les données médicales."),
                Synthese.Part.of(List.of()));

        byte[] pdf = SynthesePdf.render(s, "3 mai 2026 à 10h00");

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Fiche de synthèse — Jeanne DUPONT",
                            "Identité qualifiée",
                            "238056912304586",
                            "EHPAD Résidence Les Tilleuls",
                            "Hébergement permanent",
                            "GIR 2",
                            "Marie LEFÈVRE — personne de confiance",
                            "Dr Claire MARTIN — Médecin",
                            "APA : droits à renouveler",
                            "Température",
                            "37,8 °C")
                    .doesNotContain("Observations médicales");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Fiche de synthèse — Jeanne DUPONT");
        }
    }
}
