package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * HAB-3: a nurse uploads a report into Jeanne's record, finds it in the list, downloads the same bytes, and gets
 * the fiche de synthèse as a PDF whose French text reads back.
 */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsIT {

    @Test
    void aNurseUploadsAndDownloadsADocumentAndGetsTheSynthesisAsPdf() throws IOException {
        ProEnvironment.Running env = ProEnvironment.get();
        Path file = Files.createTempFile("compte-rendu-", ".pdf");
        byte[] content = ("%PDF-1.4\n% Compte rendu d'hospitalisation de Jeanne\n1 0 obj << /Type /Catalog >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, content);
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.INFIRMIERE);
            String session = browser.cookie("DUI_PRO_SESSION");

            browser.open(env.appUrl + "/documents");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            // not a PDF nor an image: refused in French, nothing stored
            Path text = Files.createTempFile("notes-", ".pdf");
            Files.writeString(text, "juste du texte");
            browser.all("#fichier").get(0).sendKeys(text.toString());
            browser.select("type", "Courrier");
            browser.click("deposer");
            assertThat(browser.text("erreur"))
                    .isEqualTo("Seuls les documents PDF et les images JPEG ou PNG sont acceptés.");

            browser.all("#fichier").get(0).sendKeys(file.toString());
            browser.select("type", "Compte rendu");
            browser.type("titre", "Compte rendu d'hospitalisation — HCL");
            browser.click("deposer");
            browser.waitForUrl(env.appUrl + "/documents");
            assertThat(browser.text("succes")).contains("Compte rendu d'hospitalisation — HCL");
            assertThat(browser.text("liste-documents"))
                    .contains("Compte rendu d'hospitalisation — HCL", "Compte rendu", "PDF")
                    .doesNotContain("juste du texte");
            WebElement download = browser.all("a[id^=telecharger-]").stream()
                    .filter(a -> a.getAttribute("aria-label").contains("HCL"))
                    .findFirst()
                    .orElseThrow();
            HttpResponse<byte[]> downloaded = get(download.getAttribute("href"), session);
            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(downloaded.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(downloaded.body()).isEqualTo(content);
            browser.screenshot("documents");

            HttpResponse<byte[]> pdf = get(env.appUrl + "/synthese.pdf", session);
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains(
                                "Fiche de synthèse — Jeanne DUPONT",
                                "Identité qualifiée",
                                "EHPAD Résidence Les Tilleuls",
                                "Hébergement permanent",
                                "Marie LEFÈVRE — personne de confiance",
                                "GIR 2");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aCoordinatriceGivesJeanneAPhotoShownOnTheSynthesis() throws IOException {
        ProEnvironment.Running env = ProEnvironment.get();
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(60, 75, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1d, 0x4e, 0xd8));
        g.fillOval(10, 10, 40, 50);
        g.dispose();
        Path photo = Files.createTempFile("photo-jeanne-", ".png");
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.COORDINATRICE);

            browser.open(env.appUrl + "/documents");
            browser.all("#fichier-photo").get(0).sendKeys(photo.toString());
            browser.click("enregistrer-photo");
            browser.waitForUrl(env.appUrl + "/synthese");
            WebElement shown = browser.all("#photo-usager").get(0);
            assertThat(shown.getAttribute("src")).startsWith("data:image/png;base64,");
            assertThat(shown.getAttribute("alt")).isEqualTo("Photo de Jeanne DUPONT");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private static HttpResponse<byte[]> get(String url, String session) {
        try {
            return Http.CLIENT.send(
                    HttpRequest.newBuilder(Http.uri(url))
                            .header("Cookie", "DUI_PRO_SESSION=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
