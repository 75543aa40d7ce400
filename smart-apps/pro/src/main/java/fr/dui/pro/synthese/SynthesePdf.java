package fr.dui.pro.synthese;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The fiche de synthèse as a PDF for people (HAB-3), drawn on the server with OpenPDF from the same {@link Synthese}
 * as the page: what the professional may not see is not in it either. Helvetica in WinAnsi covers French (é, è, à,
 * ç, œ, « »).
 */
final class SynthesePdf {

    private static final Color ACCENT = new Color(0x1e, 0x3a, 0x8a);
    private static final Font TITLE = font(18, Font.BOLD, ACCENT);
    private static final Font HEADING = font(13, Font.BOLD, ACCENT);
    private static final Font TEXT = font(10, Font.NORMAL, Color.BLACK);
    private static final Font LABEL = font(10, Font.BOLD, new Color(0x4b, 0x55, 0x63));
    private static final Font SMALL = font(8, Font.NORMAL, new Color(0x4b, 0x55, 0x63));

    private SynthesePdf() {}

    static byte[] render(Synthese s, String generated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            Synthese.Identite id = s.identite();
            document.addTitle("Fiche de synthèse — " + id.nomUsuel());
            document.addCreator("DUI Pro");
            document.open();
            document.add(new Paragraph("Fiche de synthèse — " + id.nomUsuel(), TITLE));
            document.add(new Paragraph("Éditée le " + generated + ". Document confidentiel.", SMALL));

            heading(document, "Identité");
            PdfPTable identity = table();
            row(identity, "Statut de l'identité", id.statut());
            row(identity, "Nom de naissance", id.nomNaissance());
            row(identity, "Prénom(s) de naissance", id.prenoms());
            row(identity, "Sexe", id.sexe());
            row(identity, "Date de naissance", id.dateNaissance() + " (" + id.age() + " ans)");
            row(identity, "Lieu de naissance", id.lieuNaissance());
            if (id.ins() != null) {
                row(identity, id.insType(), id.ins());
            }
            row(identity, "Adresse", id.adresse());
            document.add(identity);

            if (!s.alertes().isEmpty()) {
                heading(document, "Alertes");
                list(document, s.alertes().stream().map(Synthese.Alerte::texte).toList());
            }

            heading(document, "Séjour en cours");
            part(document, s.sejour(), sj -> {
                PdfPTable t = table();
                row(t, "Établissement", sj.etablissement());
                row(t, "Depuis le", sj.depuis());
                row(t, "Accueil", sj.accueil());
                row(t, "Mode d'entrée", sj.modeEntree());
                return t;
            });
            part(
                    document,
                    s.gir(),
                    g -> new Paragraph(
                            g.niveau() + ", évalué le " + g.date()
                                    + (g.evaluateur().isBlank() ? "" : " par " + g.evaluateur()),
                            TEXT));

            heading(document, "Entourage");
            partList(
                    document,
                    s.entourage(),
                    p -> p.nom()
                            + (p.personneConfiance() ? " — personne de confiance" : "")
                            + (p.roles().isEmpty() ? "" : " (" + String.join(", ", p.roles()) + ")")
                            + (p.telephone() == null ? "" : " — " + p.telephone()));

            heading(document, "Équipe de prise en charge");
            partList(document, s.equipe(), m -> m.nom() + (m.fonction().isBlank() ? "" : " — " + m.fonction()));

            heading(document, "Projet personnalisé");
            part(document, s.projet(), pp -> {
                Paragraph p = new Paragraph();
                p.add(new Chunk(pp.titre() == null ? "" : pp.titre() + "\n", LABEL));
                p.add(new Chunk(pp.description() == null ? "" : pp.description() + "\n", TEXT));
                if (!pp.objectifs().isEmpty()) {
                    p.add(new Chunk("Objectifs : " + String.join(" ; ", pp.objectifs()) + "\n", TEXT));
                }
                if (!pp.actions().isEmpty()) {
                    p.add(new Chunk("Actions : " + String.join(" ; ", pp.actions()) + "\n", TEXT));
                }
                if (!pp.revision().isBlank()) {
                    p.add(new Chunk("Révision prévue le " + pp.revision(), TEXT));
                }
                return p;
            });

            heading(document, "Dernières constantes");
            part(document, s.constantes(), c -> {
                if (c.dernieres().isEmpty()) {
                    return new Paragraph("Aucune constante relevée.", TEXT);
                }
                PdfPTable t = table();
                for (Synthese.Constante k : c.dernieres()) {
                    row(t, k.libelle(), k.valeur() + " — " + k.date());
                }
                return t;
            });

            if (s.observationsMedicales().value() != null
                    && !s.observationsMedicales().value().isEmpty()) {
                heading(document, "Observations médicales");
                list(
                        document,
                        s.observationsMedicales().value().stream()
                                .map(o -> o.libelle() + " (" + o.date() + ")"
                                        + (o.detail().isBlank() ? "" : " : " + o.detail()))
                                .toList());
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF de la fiche de synthèse", e);
        }
        return out.toByteArray();
    }

    private static <T> void part(Document document, Synthese.Part<T> part, Function<T, Element> render)
            throws DocumentException {
        if (part.refusee()) {
            document.add(new Paragraph("Non accessible : " + part.refus(), SMALL));
        } else if (part.value() == null) {
            document.add(new Paragraph("Non renseigné.", TEXT));
        } else {
            document.add(render.apply(part.value()));
        }
    }

    private static <T> void partList(Document document, Synthese.Part<List<T>> part, Function<T, String> line)
            throws DocumentException {
        if (part.refusee()) {
            document.add(new Paragraph("Non accessible : " + part.refus(), SMALL));
        } else if (part.vide()) {
            document.add(new Paragraph("Non renseigné.", TEXT));
        } else {
            list(document, part.value().stream().map(line).toList());
        }
    }

    private static void list(Document document, List<String> lines) throws DocumentException {
        com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
        list.setListSymbol(new Chunk("• ", TEXT));
        for (String line : lines) {
            list.add(new com.lowagie.text.ListItem(line, TEXT));
        }
        document.add(list);
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(new float[] {1, 2});
        t.setWidthPercentage(100);
        return t;
    }

    private static void row(PdfPTable table, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        table.addCell(cell(new Phrase(label, LABEL)));
        table.addCell(cell(new Phrase(value, TEXT)));
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(new Color(0xc9, 0xd2, 0xdc));
        cell.setPadding(4);
        return cell;
    }

    private static Font font(float size, int style, Color colour) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style, colour);
    }
}
