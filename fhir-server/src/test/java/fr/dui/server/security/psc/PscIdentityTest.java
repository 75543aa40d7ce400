package fr.dui.server.security.psc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.Test;

class PscIdentityTest {

    private static final String TRE_A02 =
            "https://mos.esante.gouv.fr/NOS/TRE_A02-ProfessionSavFaire-CISIS/FHIR/TRE-A02-ProfessionSavFaire-CISIS";

    /** UserInfo as PSC sends it (fictitious person; fields the DUI ignores kept to show the real shape). */
    private static final String USERINFO = """
            {"sub":"f:550dc1c8-d97b-4b1e-ac8c-8eb4471cf9dd:899700218896","SubjectNameID":"899700218896",
             "preferred_username":"899700218896","given_name":"Claire","family_name":"Martin",
             "Secteur_Activite":"SA17^1.2.250.1.71.4.2.4","SubjectRole":["10^1.2.250.1.213.1.1.5.5"],
             "SubjectRefPro":{"codeCivilite":"MME","exercices":[
               {"codeProfession":"10","codeCategorieProfessionnelle":"C","codeSavoirFaire":"SM26",
                "codeTypeSavoirFaire":"S","nomDexercice":"Martin","prenomDexercice":"Claire","activities":[
                 {"codeModeExercice":"S","numeroFinessSite":"690012346","numeroFinessetablissementJuridique":"690012345",
                  "raisonSocialeSite":"EHPAD RESIDENCE LES TILLEULS","identifiantTechniqueDeLaStructure":"F690012346"},
                 {"codeModeExercice":"L","numeroFinessSite":"","numeroFinessetablissementJuridique":"",
                  "raisonSocialeSite":"CABINET DR MARTIN"}]}]}}
            """;

    @Test
    void readsTheIdentityAndPracticesPscDeclares() throws Exception {
        PscIdentity identity =
                PscIdentity.of(new ObjectMapper().readValue(USERINFO, new TypeReference<Map<String, Object>>() {}));

        assertThat(identity.idNat()).isEqualTo("899700218896");
        assertThat(identity.displayName()).isEqualTo("Claire MARTIN");
        assertThat(identity.exercices()).hasSize(1);
        PscIdentity.Exercice medecin = identity.exercices().get(0);
        assertThat(medecin.profession()).isEqualTo("10");
        assertThat(medecin.savoirFaire()).isEqualTo("SM26");
        assertThat(medecin.activities())
                .containsExactly(
                        new PscIdentity.Activity("690012346", "690012345", "EHPAD RESIDENCE LES TILLEULS"),
                        new PscIdentity.Activity("", "", "CABINET DR MARTIN"));
    }

    @Test
    void anIdentityWithoutPracticesHasNone() {
        PscIdentity identity = PscIdentity.of(Map.of("sub", "x", "preferred_username", "899700218896"));
        assertThat(identity.idNat()).isEqualTo("899700218896");
        assertThat(identity.exercices()).isEmpty();
        assertThat(PscIdentity.of(Map.of("sub", "x")).idNat()).isEmpty();
    }

    @Test
    void aRoleMatchesTheProfessionPscDeclaresAndItsSpecialtyWhenItNamesOne() {
        PscIdentity.Exercice generaliste = new PscIdentity.Exercice("10", "SM26", List.of());
        assertThat(PscIdentityMapper.professionMatches(role(TRE_A02, "G15_10"), generaliste))
                .isTrue();
        assertThat(PscIdentityMapper.professionMatches(role(TRE_A02, "G15_10/SM26"), generaliste))
                .isTrue();
        assertThat(PscIdentityMapper.professionMatches(role(TRE_A02, "G15_10/SM54"), generaliste))
                .isFalse();
        assertThat(PscIdentityMapper.professionMatches(role(TRE_A02, "G15_60"), generaliste))
                .isFalse();
        assertThat(PscIdentityMapper.professionMatches(role("urn:autre", "G15_10"), generaliste))
                .isFalse();
        assertThat(PscIdentityMapper.professionMatches(
                        role(TRE_A02, "G15_10"), new PscIdentity.Exercice("", "", List.of())))
                .isFalse();
    }

    private static PractitionerRole role(String system, String code) {
        return new PractitionerRole().addCode(new CodeableConcept(new Coding(system, code, null)));
    }
}
