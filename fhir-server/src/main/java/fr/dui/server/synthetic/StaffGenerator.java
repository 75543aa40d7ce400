package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import fr.dui.server.security.habilitations.Professions;
import fr.dui.server.synthetic.OgPlan.EstablishmentPlan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/**
 * The professionals of an establishment ({@code effectifs.csv}): a Practitioner and a PractitionerRole each, health
 * professionals with an RPPS-based idNatPs and an MSSanté address, the others with a local identifier.
 */
final class StaffGenerator {

    /** The resources and who is who. */
    record Generated(List<Resource> resources, Staff staff) {}

    private StaffGenerator() {}

    static Generated generate(OgPlan og, EstablishmentPlan e) {
        SyntheticRandom random = SyntheticRandom.of(og.seed(), e.index(), 0);
        FrenchNames names = FrenchNames.get();
        List<Resource> resources = new ArrayList<>();
        List<Staff.Member> members = new ArrayList<>();
        int p = 0;
        for (Staffing.Line line : Staffing.get().of(e.category())) {
            for (int i = 0; i < line.count(e.size().capacity()); i++) {
                p++;
                boolean woman = random.chance(ProfessionKeys.womenShare(line.profession()));
                int birthYear = og.referenceDate().getYear() - random.between(24, 62);
                String given = names.given(random, woman, birthYear);
                String family = names.family(random);
                Staff.Member member = new Staff.Member(
                        og.ids().role(e.index(), p),
                        og.ids().practitioner(e.index(), p),
                        line.profession(),
                        given,
                        family,
                        woman);
                members.add(member);
                resources.add(practitioner(og, e, member, p));
                resources.add(role(og, e, member));
            }
        }
        return new Generated(resources, new Staff(members));
    }

    private static Practitioner practitioner(OgPlan og, EstablishmentPlan e, Staff.Member m, int p) {
        Practitioner practitioner = profiled(
                new Practitioner(),
                m.practitionerId(),
                "dui-professionnel",
                og.ids().key());
        String idNat = ProfessionKeys.health(m.profession())
                ? "8"
                        + String.format(
                                "%011d",
                                Math.floorMod(
                                        SyntheticRandom.mix(og.seed() * 1_000_003L + e.index() * 1009L + p),
                                        100_000_000_000L))
                : "3" + e.finess() + "/P" + String.format("%04d", p);
        practitioner
                .addIdentifier()
                .setType(new CodeableConcept(new Coding(Fhir.FR_CORE_0203, "IDNPS", null)))
                .setSystem(Fhir.ID_NAT_PS)
                .setValue(idNat);
        var name = practitioner.addName().setFamily(m.family()).addGiven(m.given());
        if (m.profession().equals(ProfessionKeys.MEDECIN)) {
            name.addPrefix("Dr");
        }
        return practitioner;
    }

    private static PractitionerRole role(OgPlan og, EstablishmentPlan e, Staff.Member m) {
        PractitionerRole role = profiled(
                new PractitionerRole(),
                m.roleId(),
                "dui-role-professionnel",
                og.ids().key());
        role.setPractitioner(Fhir.ref("Practitioner", m.practitionerId()));
        role.setOrganization(Fhir.ref("Organization", e.id()));
        Coding profession = Professions.coding(m.profession());
        role.addCode(new CodeableConcept(profession));
        role.setActive(true);
        if (ProfessionKeys.health(m.profession())) {
            role.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(ascii(m.given()) + "." + ascii(m.family()) + "@"
                            + ascii(e.name()).replace(".", "") + ".mssante.fr");
        }
        return role;
    }

    /** Lower-case ASCII for e-mail addresses: accents dropped, spaces and apostrophes as hyphens. */
    static String ascii(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
